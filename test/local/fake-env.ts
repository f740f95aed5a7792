import type { Access, AuthMode, Env } from '../../local/gas/env';
import { isAllowed, permissionMessage } from '../../local/gas/env';

export interface FakeEnv extends Env {
  calls: Record<string, number>;
  setMode(m: AuthMode): void;
  setNow(d: Date): void;
  /** Who the execution runs as. */
  setUser(email: string): void;
  /** false: an add-on's time-driven run, outside any document. */
  setDocument(has: boolean): void;
}

/** An Env for testing one service without a realm: values stay in this realm. */
export function fakeEnv(mode: AuthMode = 'FULL', now = new Date('2026-09-01T01:00:00Z')): FakeEnv {
  const calls: Record<string, number> = {};
  let user = 'koordinator@sekolah.sch.id';
  let document = true;
  const env: FakeEnv = {
    mode,
    timeZone: 'Asia/Jakarta',
    scriptTimeZone: 'Asia/Jakarta',
    deployment: 'addon',
    calls,
    user: () => user,
    get hasDocument() {
      return document;
    },
    setMode(m) {
      (env as { mode: AuthMode }).mode = m;
    },
    setNow(d) {
      now = d;
    },
    setUser(email) {
      user = email;
    },
    setDocument(has) {
      document = has;
    },
    touch(method: string, access: Access) {
      calls[method] = (calls[method] ?? 0) + 1;
      if (!isAllowed(env.mode, access)) throw new Error(permissionMessage(method));
    },
    now: () => now,
    toScript: (v) => v,
    fromScript: (v) => v,
    fail(message: string): never {
      throw new Error(message);
    },
  };
  return env;
}
