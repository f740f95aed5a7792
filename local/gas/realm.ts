/**
 * The script realm: one node:vm context holding every dist/*.js file in a shared global
 * scope, as Apps Script loads a project. Values cross between this Node process and the
 * context through `toScript` / `fromScript`, so that the script's `instanceof Date` and
 * `instanceof Array` hold for what the emulated services hand it.
 */
import { createContext, runInContext } from 'node:vm';

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

/**
 * Makes the context. `clock` drives the script's `new Date()` and `Date.now()`, so a test
 * or the preview decides what "now" is.
 */
export function createRealm(globals: Record<string, unknown>, clock: () => number): Realm {
  const context = createContext({ __clock: clock });
  runInContext(
    `(() => {
      const RealDate = Date;
      const clock = __clock;
      class ClockDate extends RealDate {
        constructor(...args) { if (args.length === 0) super(clock()); else super(...args); }
        static now() { return clock(); }
      }
      Object.defineProperty(ClockDate, 'name', { value: 'Date' });
      globalThis.Date = ClockDate;
      globalThis.__makeDate = (ms) => new ClockDate(ms);
      globalThis.__makeArray = () => [];
      globalThis.__makeObject = () => ({});
      globalThis.__makeError = (message) => new Error(message);
      delete globalThis.__clock;
    })();`,
    context,
  );
  const makeDate = context.__makeDate as (ms: number) => Date;
  const makeArray = context.__makeArray as () => unknown[];
  const makeObject = context.__makeObject as () => Record<string, unknown>;
  const makeError = context.__makeError as (m: string) => Error;
  for (const name of ['__makeDate', '__makeArray', '__makeObject', '__makeError']) delete context[name];
  Object.assign(context, globals);

  return {
    global: context as Record<string, unknown>,
    load(code, filename) {
      runInContext(code, context, { filename });
    },
    toScript: <T>(value: T) => copyInto(value, makeDate, makeArray, makeObject) as T,
    fromScript: <T>(value: T) =>
      copyInto(
        value,
        (ms) => new Date(ms),
        () => [],
        () => ({}),
      ) as T,
    error: (message) => makeError(message),
  };
}
