/**
 * The monthly emails' trigger as a published add-on has it. An add-on's time-driven trigger
 * runs outside any document (no active spreadsheet, no document properties, no document lock),
 * as the user who made it. So turning the emails on records, in that user's properties, which
 * spreadsheet the new trigger serves (keyed by the trigger's id, which its event carries), and
 * the trigger opens it by id — the one design that sends on the 1st whether or not anyone opens
 * the file, at the price of the full `spreadsheets` scope (README: "The monthly emails on Google").
 * Who owns the trigger is recorded on the spreadsheet, so a second coordinator's menu tells the
 * truth: they cannot see or delete another user's trigger.
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions
 * https://developers.google.com/apps-script/guides/triggers/installable#restrictions
 */
import { translator } from '../core/i18n/messages';
import { monthlyTriggerMessages } from '../core/monthly/messages';
import { uiMessages } from '../core/ui/messages';
import { openWorkbook, type Workbook, workbookOf } from './context';
import { withDocumentLock } from './lock';
import { type MonthlyState, offState, readMonthlyState, writeMonthlyState } from './monthly-state';

export const MONTHLY_HANDLER = 'monthlyRun';
/** User property: trigger id → the spreadsheet it serves. */
const SERVES = 'pendamping.monthly.trigger.';
/** The trigger runs daily: silent this long, its owner's trigger is gone (account left, access revoked). */
const GONE_MS = 3 * 86_400_000;

type Message = keyof (typeof monthlyTriggerMessages)['en'];

const me = () => Session.getEffectiveUser().getEmail();
const setting = (wb: Workbook, key: string, fallback: number) => {
  const n = Number(wb.settings[key]);
  return Number.isFinite(n) && wb.settings[key] !== '' ? n : fallback;
};
const hourOf = (wb: Workbook) => Math.min(23, Math.max(0, Math.round(setting(wb, 'summary_hour', 7))));

/** True when another user's trigger sends the emails and has run lately. */
function ownedByOther(state: MonthlyState | null, user: string, now: Date): boolean {
  if (!state?.owner || state.owner === user) return false;
  const last = Date.parse(state.lastRun);
  return Number.isFinite(last) && now.getTime() - last < GONE_MS;
}

/** Deletes this user's monthly triggers in this spreadsheet (a user reaches only their own). */
function removeMine(wb: Workbook): number {
  const serves = PropertiesService.getUserProperties();
  let removed = 0;
  for (const trigger of ScriptApp.getUserTriggers(wb.spreadsheet)) {
    if (trigger.getHandlerFunction() !== MONTHLY_HANDLER) continue;
    serves.deleteProperty(SERVES + trigger.getUniqueId());
    ScriptApp.deleteTrigger(trigger);
    removed++;
  }
  return removed;
}

/** Turns the emails on for `user`; returns what to tell them. */
export function turnOn(wb: Workbook, user: string): Message {
  const state = readMonthlyState(wb.spreadsheet);
  if (state && ownedByOther(state, user, wb.now)) {
    if (!state.paused) return 'on_other';
    writeMonthlyState(wb.spreadsheet, { ...state, paused: null });
    return 'resumed_other';
  }
  removeMine(wb);
  const trigger = ScriptApp.newTrigger(MONTHLY_HANDLER)
    .timeBased()
    .everyDays(1)
    .atHour(hourOf(wb))
    .inTimezone(wb.timeZone)
    .create();
  PropertiesService.getUserProperties().setProperty(SERVES + trigger.getUniqueId(), wb.spreadsheet.getId());
  const month = Utilities.formatDate(wb.now, wb.timeZone, 'yyyy-MM');
  writeMonthlyState(wb.spreadsheet, {
    ...(state ?? offState()),
    owner: user,
    triggerId: trigger.getUniqueId(),
    since: state?.since || month,
    paused: null,
    lastRun: wb.now.toISOString(),
  });
  return 'on_mine';
}

/** Turns the emails off for this workbook, whoever's trigger sends them; returns what to tell `user`. */
export function turnOff(wb: Workbook, user: string): Message {
  const removed = removeMine(wb);
  const state = readMonthlyState(wb.spreadsheet);
  if (state && ownedByOther(state, user, wb.now)) {
    writeMonthlyState(wb.spreadsheet, { ...state, paused: { by: user, at: wb.now.toISOString() } });
    return 'off_other';
  }
  if (!state?.owner) return removed > 0 ? 'off_mine' : 'already_off';
  writeMonthlyState(wb.spreadsheet, { ...offState(state.since), done: state.done });
  return 'off_mine';
}

/** Shows `user` what is now true; `before` is the record as it was (who had turned the emails off). */
function tell(wb: Workbook, message: Message, before: MonthlyState | null): void {
  const state = readMonthlyState(wb.spreadsheet);
  const t = translator(monthlyTriggerMessages, wb.lang);
  const text = t(message, {
    owner: state?.owner || before?.owner || '',
    day: setting(wb, 'summary_day', 1),
    hour: hourOf(wb),
    by: before?.paused?.by ?? '',
    at: before?.paused?.at.slice(0, 10) ?? '',
  });
  wb.spreadsheet.toast(text, translator(uiMessages, wb.lang)('monthly.title'), 10);
}

/** Menu: turn the monthly emails on (or learn who already sends them). */
export function turnOnAction(): Message {
  const wb = openWorkbook();
  const user = me();
  const before = readMonthlyState(wb.spreadsheet);
  const message = user ? withDocumentLock(() => turnOn(wb, user)) : 'no_email';
  tell(wb, message, before);
  return message;
}

/** Menu: turn the monthly emails off for this workbook. */
export function turnOffAction(): Message {
  const wb = openWorkbook();
  const user = me();
  const before = readMonthlyState(wb.spreadsheet);
  const message = user ? withDocumentLock(() => turnOff(wb, user)) : 'no_email';
  tell(wb, message, before);
  return message;
}

/**
 * The workbook a monthly trigger serves: the active one where there is one (a bound script),
 * else the one recorded for this trigger, opened by id. Null when the record is gone.
 */
export function triggerWorkbook(e: { triggerUid?: string } | undefined): Workbook | null {
  const active = SpreadsheetApp.getActiveSpreadsheet();
  if (active) return openWorkbook();
  const id = e?.triggerUid ? PropertiesService.getUserProperties().getProperty(SERVES + e.triggerUid) : null;
  return id ? workbookOf(SpreadsheetApp.openById(id), null) : null;
}

/**
 * The time-driven trigger's start: finds its workbook, and stands down (deleting itself) when
 * another coordinator has taken the emails over; records that it ran, so others know it lives.
 */
export function startMonthlyRun(e: { triggerUid?: string } | undefined): Workbook | null {
  const wb = triggerWorkbook(e);
  if (!wb) return null;
  const user = me();
  const state = readMonthlyState(wb.spreadsheet);
  if (state?.owner && state.owner !== user) {
    for (const trigger of ScriptApp.getProjectTriggers())
      if (trigger.getUniqueId() === e?.triggerUid) ScriptApp.deleteTrigger(trigger);
    return null;
  }
  if (state) writeMonthlyState(wb.spreadsheet, { ...state, lastRun: wb.now.toISOString() });
  return wb;
}
