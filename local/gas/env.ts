/**
 * What every emulated Apps Script service needs from the runtime that hosts it: the
 * execution's auth mode, user and context, a call counter, the clock, and the bridge between
 * the host realm (this Node process) and the script's realm (the node:vm context dist/ runs in).
 */
export type AuthMode = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

/** What a service method does, which decides whether an auth mode allows it. */
export type Access =
  | 'locale' // Session.getActiveUserLocale, Utilities, Logger: allowed even in NONE
  | 'menu' // building the add-on menu: NONE and LIMITED too
  | 'read' // reading the document: LIMITED, FULL, CUSTOM_FUNCTION
  | 'write' // changing the document: LIMITED, FULL
  | 'ui' // dialogs, sidebars, alerts, toasts: FULL only (LIMITED may not open sidebars)
  | 'service' // reading properties, locks, caches: LIMITED, FULL, CUSTOM_FUNCTION
  | 'store' // writing properties: LIMITED and FULL; a custom function cannot
  | 'privileged'; // mail, forms, triggers, user identity: FULL only

export interface Env {
  /** The auth mode of the execution in progress. */
  readonly mode: AuthMode;
  /**
   * Records one call of a service method (`'Range.getValues'`) and throws Apps Script's
   * permission error when the current mode, or the manifest's scopes, do not allow it.
   */
  touch(method: string, access: Access): void;
  /** The runtime's clock (the script's `new Date()` reads the same clock). */
  now(): Date;
  /** The spreadsheet's time zone, e.g. 'Asia/Jakarta'. */
  readonly timeZone: string;
  /** The script's time zone: the manifest's `timeZone`. */
  readonly scriptTimeZone: string;
  /** The email of the user the execution runs as ('' when Apps Script would not tell). */
  user(): string;
  /**
   * False when the execution has no containing document: an add-on's time-driven trigger.
   * Then getActiveSpreadsheet(), getDocumentProperties(), getDocumentLock() and
   * getDocumentCache() give null.
   */
  readonly hasDocument: boolean;
  /** 'addon' (a published editor add-on, the default) or 'bound' (a script bound to the file). */
  readonly deployment: 'addon' | 'bound';
  /** Deep-copies a host value into the script realm: arrays and Dates the script can `instanceof`. */
  toScript<T>(value: T): T;
  /** Deep-copies a script value into the host realm (Dates from the script become host Dates). */
  fromScript<T>(value: T): T;
  /** Throws an Error built in the script realm, so the script sees what Apps Script throws. */
  fail(message: string): never;
}

// The editor add-on authorization modes, as the table on
// https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes
// gives them: NONE has the locale, Logger and Utilities and may add menu items; LIMITED (simple
// triggers once the add-on is enabled) has the document and the Properties service but no user
// data and no UI beyond the menu; CUSTOM_FUNCTION reads the document and properties
// (https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services:
// read-only Spreadsheet, and "editors can't set user properties in a custom function": the strict
// reading is that a custom function sets no property at all); FULL has everything.
const allowed: Record<AuthMode, ReadonlySet<Access>> = {
  NONE: new Set<Access>(['locale', 'menu']),
  LIMITED: new Set<Access>(['locale', 'menu', 'read', 'write', 'service', 'store']),
  FULL: new Set<Access>(['locale', 'menu', 'read', 'write', 'ui', 'service', 'store', 'privileged']),
  CUSTOM_FUNCTION: new Set<Access>(['locale', 'read', 'service']),
};

/** True when Apps Script lets code running in `mode` do `access`. */
export function isAllowed(mode: AuthMode, access: Access): boolean {
  return allowed[mode].has(access);
}

/** Apps Script's wording when a mode or the manifest's scopes forbid a call. */
export function permissionMessage(
  method: string,
  scope = 'https://www.googleapis.com/auth/spreadsheets',
): string {
  const name = method.split('.').pop();
  return `You do not have permission to call ${name}. Required permissions: ${scope}`;
}
