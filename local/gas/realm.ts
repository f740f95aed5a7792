/**
 * The script realm: one node:vm context holding every script file of the project in a shared
 * global scope, as Apps Script loads a project. gas-local (the loader this project was asked to
 * use) creates the context and runs the files; then a small prelude, run in the same context,
 * gives the script the runtime's clock and the manifest's time zone (local/gas/prelude.js).
 * Values cross between this Node process and the context through `toScript` / `fromScript`, so
 * that the script's `instanceof Date` and `instanceof Array` hold for what the services hand it.
 */
import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import gasLocal from 'gas-local';

export interface Realm {
  /** The context's global object: the script's top-level functions live here. */
  readonly global: Record<string, unknown>;
  /** Runs a file of the project in the shared global scope. */
  load(code: string, filename: string): void;
  toScript<T>(value: T): T;
  fromScript<T>(value: T): T;
  /** An Error made in the script realm, as a service throws it. */
  error(message: string): Error;
}

export interface RealmOptions {
  /** Drives the script's `new Date()` and `Date.now()`: a test or the preview decides "now". */
  clock: () => number;
  /** The manifest's time zone: the script's Dates show their local time there. */
  timeZone: string;
  /** A folder of script files (dist/) for gas-local to load; none for an empty realm. */
  project?: string;
}

const PRELUDE = readFileSync(new URL('./prelude.js', import.meta.url), 'utf8');

/** The files Apps Script runs: .js (what clasp pushes) and .gs. Pages and the manifest are not code. */
export const isScriptFile = (path: string) => /\.(js|gs)$/.test(path);

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  // A plain object of either realm: its prototype is some realm's Object.prototype.
  return proto === null || Object.getPrototypeOf(proto) === null;
}

function copyInto(
  value: unknown,
  makeDate: (ms: number) => unknown,
  makeArray: () => unknown[],
  makeObject: () => Record<string, unknown>,
): unknown {
  const convert = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (isDate(v)) return makeDate(v.getTime());
    if (Array.isArray(v)) {
      const out = makeArray();
      for (let i = 0; i < v.length; i++) out.push(convert(v[i]));
      return out;
    }
    if (isPlainObject(v)) {
      const out = makeObject();
      for (const key of Object.keys(v)) out[key] = convert(v[key]);
      return out;
    }
    return v; // service objects (Range, Sheet, …) pass through as they are
  };
  return convert(value);
}

interface Bridge {
  makeDate(ms: number): Date;
  makeArray(): unknown[];
  makeObject(): Record<string, unknown>;
  makeError(message: string): Error;
}

/**
 * Makes the context from `globals` (the services): gas-local loads the project's files into it,
 * then the prelude runs. The project's files must do no work at load time — Apps Script runs
 * every file's top level on every execution, and the build checks that they do none.
 */
export function createRealm(globals: Record<string, unknown>, options: RealmOptions): Realm {
  const context = options.project
    ? gasLocal.require(options.project, globals, { filter: isScriptFile })
    : createContext(globals);
  context.__prelude = { clock: options.clock, timeZone: options.timeZone };
  runInContext(PRELUDE, context, { filename: 'prelude.js' });
  const bridge = context.__bridge as Bridge;
  delete context.__bridge;

  return {
    global: context,
    load(code, filename) {
      runInContext(code, context, { filename });
    },
    toScript: <T>(value: T) => copyInto(value, bridge.makeDate, bridge.makeArray, bridge.makeObject) as T,
    fromScript: <T>(value: T) =>
      copyInto(
        value,
        (ms) => new Date(ms),
        () => [],
        () => ({}),
      ) as T,
    error: (message) => bridge.makeError(message),
  };
}
