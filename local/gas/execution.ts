/**
 * One execution of the script: who it runs as, in which auth mode, whether it has a containing
 * document, and how long it may run. The runtime keeps a stack of them (a custom function's
 * recalculation runs inside the execution that read the cells).
 */
import type { AuthMode } from './env';

export type ExecutionKind =
  | 'menu' // a menu item, the Run button, a dialog's button: AuthMode.FULL
  | 'page' // google.script.run from a sidebar or dialog
  | 'simple-trigger' // onOpen as Sheets fires it
  | 'installable-trigger' // a spreadsheet trigger (open, form submit): has its document
  | 'time-trigger' // a time-driven trigger: an add-on's has no document
  | 'custom-function';

export interface Execution {
  kind: ExecutionKind;
  mode: AuthMode;
  /** Whom it runs as: the person at the keyboard, or a trigger's creator. */
  user: string;
  /** False for an add-on's time-driven trigger, which runs outside any document. */
  document: boolean;
  /** How long it may run, ms. */
  limitMs: number;
  startClock: number;
  startReal: number;
}

/**
 * "Script runtime 6 min / execution", "Custom function runtime 30 sec / execution" and, for
 * simple triggers, "They cannot run for longer than 30 seconds".
 * https://developers.google.com/apps-script/guides/services/quotas#current_limitations
 * https://developers.google.com/apps-script/guides/triggers#restrictions
 */
export const TIME_LIMITS: Record<ExecutionKind, number> = {
  menu: 6 * 60_000,
  page: 6 * 60_000,
  'simple-trigger': 30_000,
  'installable-trigger': 6 * 60_000,
  'time-trigger': 6 * 60_000,
  'custom-function': 30_000,
};

export const TIMEOUT_MESSAGE = 'Exceeded maximum execution time';

/** The account kind decides the daily quotas. */
export type Account = 'consumer' | 'workspace';

/**
 * "Email recipients per day 100 / 1,500" and "Triggers total runtime 90 min / day, 6 hr / day",
 * per user, reset 24 hours after the first request.
 * https://developers.google.com/apps-script/guides/services/quotas#current_quotas
 */
export const DAILY_QUOTAS: Record<Account, { mailRecipients: number; triggerRuntimeMs: number }> = {
  consumer: { mailRecipients: 100, triggerRuntimeMs: 90 * 60_000 },
  workspace: { mailRecipients: 1500, triggerRuntimeMs: 6 * 3_600_000 },
};

export const TRIGGER_RUNTIME_MESSAGE = 'Service using too much computer time for one day';

/** A user's trigger runtime in the current 24-hour window. */
export interface RuntimeWindow {
  usedMs: number;
  resetsAt: number | null;
}

const DAY_MS = 86_400_000;

/** The window as of `now`: emptied 24 hours after its first use. */
export function runtimeWindow(
  windows: Record<string, RuntimeWindow>,
  user: string,
  now: number,
): RuntimeWindow {
  windows[user] ??= { usedMs: 0, resetsAt: null };
  const w = windows[user];
  if (w.resetsAt !== null && now >= w.resetsAt) {
    w.usedMs = 0;
    w.resetsAt = null;
  }
  return w;
}

/** Records an execution's time in the window (which starts with the first). */
export function spendRuntime(window: RuntimeWindow, startedAt: number, ms: number): void {
  window.usedMs += ms;
  window.resetsAt ??= startedAt + DAY_MS;
}

/** How long an execution has run: the runtime's clock (Utilities.sleep moves it) plus real time. */
export function elapsed(ex: Execution, clock: number, real: number): number {
  return clock - ex.startClock + (real - ex.startReal);
}
