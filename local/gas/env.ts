/**
 * What every emulated Apps Script service needs from the runtime that hosts it: the
 * execution's auth mode, a call counter, the clock, and the bridge between the host realm
 * (this Node process) and the script's realm (the node:vm context the dist/ bundle runs in).
 */
export type AuthMode = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

/** What a service method does, which decides whether an auth mode allows it. */
export type Access =
  | 'locale' // Session.getActiveUserLocale: allowed even in NONE
  | 'menu' // building the add-on menu: NONE and LIMITED too
  | 'read' // reading the document: LIMITED, FULL, CUSTOM_FUNCTION
  | 'write' // changing the document: LIMITED, FULL
  | 'ui' // dialogs, sidebars, alerts, toasts: FULL only (LIMITED may not open sidebars)
  | 'service' // properties, lock, cache: FULL and CUSTOM_FUNCTION
  | 'privileged'; // mail, forms, triggers, user identity: FULL only

export interface Env {
  /** The auth mode of the execution in progress. */
  readonly mode: AuthMode;
  /**
   * Records one call of a service method (`'Range.getValues'`) and throws Apps Script's
   * permission error when the current mode does not allow `access`.
   */
  touch(method: string, access: Access): void;
  /** The runtime's clock (the script's `new Date()` reads the same clock). */
  now(): Date;
  /** The spreadsheet's time zone, e.g. 'Asia/Jakarta'. */
  readonly timeZone: string;
  /** Deep-copies a host value into the script realm: arrays and Dates the script can `instanceof`. */
  toScript<T>(value: T): T;
  /** Deep-copies a script value into the host realm (Dates from the script become host Dates). */
  fromScript<T>(value: T): T;
  /** Throws an Error built in the script realm, so the script sees what Apps Script throws. */
  fail(message: string): never;
}

const allowed: Record<AuthMode, ReadonlySet<Access>> = {
  NONE: new Set<Access>(['locale', 'menu']),
  LIMITED: new Set<Access>(['locale', 'menu', 'read', 'write']),
  FULL: new Set<Access>(['locale', 'menu', 'read', 'write', 'ui', 'service', 'privileged']),
  CUSTOM_FUNCTION: new Set<Access>(['locale', 'read', 'service']),
};

/** True when Apps Script lets code running in `mode` do `access`. */
export function isAllowed(mode: AuthMode, access: Access): boolean {
  return allowed[mode].has(access);
}

/** Apps Script's wording when a mode forbids a call. */
export function permissionMessage(method: string): string {
  const name = method.split('.').pop();
  return `You do not have permission to call ${name}. Required permissions: https://www.googleapis.com/auth/spreadsheets`;
}
