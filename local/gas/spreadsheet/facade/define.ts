/**
 * How facade objects are made: every method is counted through env.touch (which also enforces the
 * auth mode), model errors are rethrown in the script realm with Apps Script's wording, and each
 * object remembers what it stands for so that it can be passed back (a Range to setRanges, a
 * DataValidation to setDataValidation).
 */
import type { Access, Env } from '../../env';
import { isDate } from '../model/cell';
import { SheetsError } from '../model/errors';

// biome-ignore lint/suspicious/noExplicitAny: facade methods take whatever the script passes.
export type Method = (...args: any[]) => unknown;

const facadeProto = Object.freeze(Object.create(Object.prototype));
const internals = new WeakMap<object, { kind: string; data: unknown }>();

/**
 * A facade object of `kind` ('Range') whose methods count `Range.method` calls. Its prototype is
 * not Object.prototype, so the runtime's realm bridge passes it to the script as it is.
 */
export function defineFacade<T extends object = Record<string, Method>>(
  env: Env,
  kind: string,
  methods: Record<string, [Access, Method]>,
  data?: unknown,
): T {
  const target = Object.create(facadeProto) as Record<string, unknown>;
  for (const [name, [access, impl]] of Object.entries(methods)) {
    target[name] = (...args: unknown[]) => {
      env.touch(`${kind}.${name}`, access);
      try {
        return impl(...args);
      } catch (e) {
        if (e instanceof SheetsError) env.fail(e.message);
        throw e;
      }
    };
  }
  Object.defineProperty(target, 'toString', { value: () => kind });
  internals.set(target, { kind, data });
  return target as T;
}

/** What a facade object stands for, or undefined when `value` is not a facade of that kind. */
export function internalOf<D>(value: unknown, kind: string): D | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const found = internals.get(value);
  return found && found.kind === kind ? (found.data as D) : undefined;
}

/** How Apps Script names an argument's type in its signature errors. */
export function describeType(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  if (isDate(value)) return 'Date';
  if (Array.isArray(value)) return `${value.length ? describeType(value[0]) : 'Object'}[]`;
  if (typeof value === 'function') return 'Function';
  const found = internals.get(value as object);
  return found ? `SpreadsheetApp.${found.kind}` : 'Object';
}

/** Apps Script's error for arguments that fit no overload of a method. */
export function signatureError(method: string, args: readonly unknown[]): SheetsError {
  const types = args.map(describeType).join(',');
  return new SheetsError(
    `The parameters (${types}) don't match the method signature for SpreadsheetApp.${method}.`,
  );
}

/** Throws Apps Script's signature error unless every argument passes its check. */
export function expectArgs(
  method: string,
  args: readonly unknown[],
  ...checks: ((v: unknown) => boolean)[]
): void {
  if (args.length > checks.length || !checks.every((check, i) => check(args[i]))) {
    throw signatureError(method, args);
  }
}

export const isNumber = (v: unknown) => typeof v === 'number';
export const isString = (v: unknown) => typeof v === 'string';
export const isBoolean = (v: unknown) => typeof v === 'boolean';
export const optional = (check: (v: unknown) => boolean) => (v: unknown) => v === undefined || check(v);
