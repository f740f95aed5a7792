import type { Access, AuthMode, Env } from '../../local/gas/env';
import { isAllowed, permissionMessage } from '../../local/gas/env';

/** An Env for testing one service without a realm: values stay in this realm. */
export function fakeEnv(mode: AuthMode = 'FULL', now = new Date('2026-09-01T01:00:00Z')) {
  const calls: Record<string, number> = {};
  const env: Env & { calls: Record<string, number>; setMode(m: AuthMode): void; setNow(d: Date): void } = {
    mode,
    timeZone: 'Asia/Jakarta',
    calls,
    setMode(m) {
      (env as { mode: AuthMode }).mode = m;
    },
    setNow(d) {
      now = d;
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
