/** The local runtime's public types: its options, its saved state, and its API. */

import type { AuthMode } from './gas/env';
import type { Account, RuntimeWindow } from './gas/execution';
import type { Answer, FormSummary, FormsState, SubmitOptions, SubmitResult } from './gas/forms';
import type { LockState } from './gas/lock';
import type { Email, MailState, MailWindow } from './gas/mail';
import type { PropertyStores } from './gas/properties';
import type { TriggerRecord, TriggerState } from './gas/script-app';
import type { CustomFunctionOutcome, Workbook, WorkbookJSON } from './gas/spreadsheet';
import type { MenuLine, UiState } from './gas/ui';

export interface RuntimeOptions {
  /**
   * 'addon' (default): a published editor add-on — a standalone project whose time-driven
   * triggers run outside any document. 'bound': a script bound to this spreadsheet.
   */
  deployment?: 'addon' | 'bound';
  /** 'consumer' (default, gmail.com) or 'workspace': decides the daily quotas. */
  account?: Account;
  /** What custom-function formulas show: 'run' (default), 'loading' or 'error'. */
  customFunctions?: CustomFunctionOutcome;
  /** The user's and the new spreadsheet's locale (default 'id_ID'). */
  locale?: string;
  /** The spreadsheet's time zone (default 'Asia/Jakarta'). */
  timeZone?: string;
  /** Where the clock starts (default: the real time). */
  now?: Date | string;
  /** The signed-in user's email: who calls, opens and installs unless `as()` says otherwise. */
  user?: string;
  /** The spreadsheet's name. */
  name?: string;
  /** The built add-on (default: <project>/dist). */
  dist?: string;
  /** A state saved by snapshot(), to start from. */
  snapshot?: RuntimeSnapshot;
}

export interface RuntimeSnapshot {
  version: 1;
  clock: string;
  locale: string;
  user: string;
  spreadsheet: WorkbookJSON;
  properties: PropertyStores;
  triggers: TriggerState;
  mail: MailState;
  /** Each user's trigger runtime today (absent in older snapshots). */
  triggerRuntime?: Record<string, RuntimeWindow>;
  /** Absent in snapshots saved before the runtime had forms. */
  forms?: FormsState;
}

export interface TriggerRun {
  handler: string;
  at: string;
  error: string | null;
  /** The user it ran as: its creator. */
  user: string;
}

/** MailApp's outbox and quota, seen from a test: the quota of the signed-in user unless asked. */
export interface MailView {
  readonly outbox: Email[];
  /** Recipients a user may send to in 24 hours (100 consumer, 1,500 Workspace). */
  dailyQuota: number;
  /** The signed-in user's recipients left in their current window. */
  remaining: number;
  /** Kept for tests written when the quota reset at midnight: it has no effect. */
  day: string;
  /** A user's window: what is left and when it is given back. */
  window(email: string): MailWindow;
}

export interface Runtime {
  readonly deployment: 'addon' | 'bound';
  /** The signed-in user (or the one `as()` is acting for). */
  readonly user: string;
  /** Runs `fn` with `email` at the keyboard: calls, page calls, opening the file, installing. */
  as<T>(email: string, fn: () => T): T;
  /** What custom-function formulas show from now on: 'run', 'loading' or 'error'. */
  customFunctions: CustomFunctionOutcome;
  /** Runs a top-level function as a menu click does (AuthMode.FULL) and returns its result. */
  call(name: string, ...args: unknown[]): unknown;
  /** Runs a top-level function in a given auth mode with the given arguments. */
  run(name: string, args: unknown[], mode: AuthMode): unknown;
  /** google.script.run from a page: JSON-like arguments and result only, private functions refused. */
  callFromPage(name: string, args: unknown[]): unknown;
  /**
   * The user opens the file: fires the simple onOpen in an auth mode (default NONE, as for an
   * add-on not yet used in this file), then every installable open trigger of the file, each as
   * its creator with `e.source`; returns the menu.
   */
  open(mode?: 'NONE' | 'LIMITED' | 'FULL'): MenuLine[];
  /** The workbook, for reading and editing cells as a person would (not counted). */
  readonly spreadsheet: Workbook;
  readonly ui: UiState;
  readonly properties: PropertyStores;
  readonly locks: LockState;
  /** Service calls so far, by method ('Range.getValues': 3); custom-function recalculations apart. */
  readonly calls: Record<string, number>;
  /** Service calls made by custom functions during recalculations. */
  readonly customFunctionCalls: Record<string, number>;
  resetCalls(): void;
  /** Runs `fn` and returns what it returned with the service calls it made. */
  measure<T>(fn: () => T): { result: T; calls: Record<string, number>; total: number };
  /** The forms the add-on made, with their items, responses sheet and response count. */
  readonly forms: FormSummary[];
  /**
   * A person fills in and submits a form: answers (by question title) are checked as the form page
   * does, written to the responses sheet, and the spreadsheet's form-submit trigger runs.
   */
  submitForm(formId: string, answers: Record<string, Answer>, options?: SubmitOptions): SubmitResult;
  /** Set `formSubmit` to hold form-submit events until deliverFormEvent() (late, reordered delivery). */
  readonly deferred: { formSubmit: boolean };
  /** Every form-submit event so far, with how often it was delivered. */
  readonly formEvents: Array<{ index: number; deliveries: number }>;
  /** Delivers (or delivers again) a form-submit event to the trigger's handler. */
  deliverFormEvent(index: number): TriggerRun;
  /** Emails sent, oldest first. */
  readonly outbox: Email[];
  readonly mail: MailView;
  /** Every user's installable triggers. */
  readonly triggers: TriggerRecord[];
  readonly triggerRuns: TriggerRun[];
  /** A user's trigger runtime in the current 24-hour window. */
  triggerRuntime(email: string): RuntimeWindow;
  readonly logs: string[];
  now(): Date;
  /** Moves the clock forward, firing every time-driven trigger that falls due on the way. */
  advanceTo(date: Date | string): TriggerRun[];
  snapshot(): RuntimeSnapshot;
  load(snapshot: RuntimeSnapshot): void;
  /** The names of the add-on's top-level functions. */
  functions(): string[];
}
