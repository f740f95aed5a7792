/** A tiny Env for the spreadsheet tests (one realm, switchable mode, counted calls) and a workbook. */
import type { Access, AuthMode, Env } from '../../../local/gas/env';
import { isAllowed, permissionMessage } from '../../../local/gas/env';
import type { CustomFunctions, SpreadsheetHooks, WorkbookOptions } from '../../../local/gas/spreadsheet';
import { createSpreadsheetApp, Workbook } from '../../../local/gas/spreadsheet';

export interface TestEnv extends Env {
  mode: AuthMode;
  calls: Map<string, number>;
}

export function testEnv(mode: AuthMode = 'FULL'): TestEnv {
  const env: TestEnv = {
    mode,
    calls: new Map(),
    timeZone: 'Asia/Jakarta',
    scriptTimeZone: 'Asia/Jakarta',
    user: () => 'koordinator@sekolah.sch.id',
    hasDocument: true,
    deployment: 'addon',
    touch(method: string, access: Access) {
      env.calls.set(method, (env.calls.get(method) ?? 0) + 1);
      if (!isAllowed(env.mode, access)) throw new Error(permissionMessage(method));
    },
    now: () => new Date('2026-09-15T03:00:00Z'),
    toScript: (v) => v,
    fromScript: (v) => v,
    fail(message: string): never {
      throw new Error(message);
    },
  };
  return env;
}

/** Custom functions from a table of plain functions; calls run in CUSTOM_FUNCTION mode. */
export function customFunctions(
  env: TestEnv,
  fns: Record<string, (...args: unknown[]) => unknown>,
): CustomFunctions {
  return {
    has: (name) => name in fns,
    call: (name, args) => {
      const before = env.mode;
      env.mode = 'CUSTOM_FUNCTION';
      try {
        return fns[name]!(...args);
      } finally {
        env.mode = before;
      }
    },
  };
}

export function setup(options: WorkbookOptions = {}, hooks: Partial<SpreadsheetHooks> = {}) {
  const env = testEnv();
  const wb = new Workbook({ locale: 'en_US', timeZone: 'Asia/Jakarta', ...options });
  const app = createSpreadsheetApp(env, wb, hooks) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  env.calls.clear();
  return { env, wb, app, ss };
}

/** Expects `fn` to throw exactly `message`. */
export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  return '(no error)';
}
