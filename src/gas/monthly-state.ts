/**
 * The monthly emails' shared record, kept on the spreadsheet itself (developer metadata), so
 * every context can read it: a coordinator's menu, and the owner's time-driven trigger, which
 * runs outside the document and has no document properties. Holds who owns the trigger, from
 * which month the summaries go out, the last month done, whether a coordinator turned the
 * emails off, the claim of a run in progress, and when the trigger last ran.
 */
const KEY = 'pendamping.monthly';

export interface MonthlyState {
  /** The email of the coordinator whose trigger sends the summaries ('' when off). */
  owner: string;
  /** The owner's trigger id. */
  triggerId: string;
  /** The first month (yyyy-MM) whose summary the trigger may send: the month it was turned on. */
  since: string;
  /** The last report month (yyyy-MM) whose summary went out whole. */
  done: string;
  /** Set when another coordinator turned the emails off while the owner's trigger stays. */
  paused: { by: string; at: string } | null;
  /** A run in progress: the month it sends, who runs it, since when (ISO). */
  claim: { month: string; by: string; at: string } | null;
  /** The owner's trigger last ran (ISO): a trigger silent for days is gone. */
  lastRun: string;
  /** The last month (yyyy-MM) whose baseline Risk history holds: a day with nothing to do reads no sheet. */
  baseline?: string;
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function entry(ss: Spreadsheet): GoogleAppsScript.Spreadsheet.DeveloperMetadata | null {
  for (const md of ss.getDeveloperMetadata()) if (md.getKey() === KEY) return md;
  return null;
}

/** The record, or null when the monthly emails were never turned on in this file. */
export function readMonthlyState(ss: Spreadsheet): MonthlyState | null {
  const md = entry(ss);
  if (!md) return null;
  try {
    return JSON.parse(md.getValue() ?? '') as MonthlyState;
  } catch {
    return null;
  }
}

export function writeMonthlyState(ss: Spreadsheet, state: MonthlyState): void {
  const md = entry(ss);
  if (md) md.setValue(JSON.stringify(state));
  else
    ss.addDeveloperMetadata(KEY, JSON.stringify(state), SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
}

/** A record with nobody sending, starting at `since`. */
export function offState(since = ''): MonthlyState {
  return { owner: '', triggerId: '', since, done: '', paused: null, claim: null, lastRun: '' };
}

const CLAIM_MS = 30 * 60_000;

/**
 * Claims the month's run: true when this run may send. Held under the script lock only for this
 * read-and-write (the script lock is one for every school using the add-on: never while sending).
 * A claim older than 30 minutes belongs to a run that died (executions stop at 6 minutes).
 * https://developers.google.com/apps-script/reference/lock/lock-service#getScriptLock()
 */
export function claimMonth(ss: Spreadsheet, month: string, by: string, now: Date): boolean {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(10_000)) return false;
  try {
    const state = readMonthlyState(ss) ?? offState();
    const busy = state.claim && now.getTime() - Date.parse(state.claim.at) < CLAIM_MS;
    if (busy) return false;
    writeMonthlyState(ss, { ...state, claim: { month, by, at: now.toISOString() } });
    SpreadsheetApp.flush();
    return true;
  } finally {
    lock.releaseLock();
  }
}

/**
 * Ends a claimed run and frees the claim: records the report month as done when nothing was held,
 * and the month whose baseline is now taken.
 */
export function releaseMonth(ss: Spreadsheet, ran: { done: string | null; baseline: string | null }): void {
  const state = readMonthlyState(ss) ?? offState();
  writeMonthlyState(ss, {
    ...state,
    claim: null,
    done: ran.done ?? state.done,
    baseline: ran.baseline ?? state.baseline,
  });
}
