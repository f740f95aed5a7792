/**
 * The event objects installable triggers receive. A time-driven event carries the time and the
 * trigger's id and no document; a spreadsheet event carries its spreadsheet as `source`.
 * https://developers.google.com/apps-script/guides/triggers/events#time-driven_events
 * https://developers.google.com/apps-script/guides/triggers/events#google_sheets_events
 */
import type { TriggerRecord } from './script-app';

const DAY_MS = 86_400_000;

/** ISO week number (1–53) of a UTC day. */
function isoWeek(date: Date): number {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  return Math.ceil(((day.getTime() - yearStart) / DAY_MS + 1) / 7);
}

/** A time-driven trigger's event: fields in UTC, as Google sends them, and no `source`. */
export function timeDrivenEvent(trigger: TriggerRecord, at: number): Record<string, unknown> {
  const when = new Date(at);
  return {
    authMode: 'FULL',
    triggerUid: trigger.id,
    year: when.getUTCFullYear(),
    month: when.getUTCMonth() + 1,
    'day-of-month': when.getUTCDate(),
    'day-of-week': when.getUTCDay() || 7,
    'week-of-year': isoWeek(when),
    hour: when.getUTCHours(),
    minute: when.getUTCMinutes(),
    second: when.getUTCSeconds(),
    timezone: 'UTC',
  };
}

/** A spreadsheet trigger's event: what the firing gave, with the trigger's id and the spreadsheet. */
export function spreadsheetEvent(
  trigger: TriggerRecord,
  event: Record<string, unknown>,
  source: object,
): Record<string, unknown> {
  return { authMode: 'FULL', triggerUid: trigger.id, ...event, source };
}
