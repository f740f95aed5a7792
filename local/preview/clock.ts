/**
 * The preview's clock buttons, in the spreadsheet's time zone (the zone Sheets and the add-on's
 * triggers count days in), whatever the zone of the machine or the browser.
 */
import { zonedDate, zonedParts } from '../gas/spreadsheet/values/zoned';

/** The hour "Next month" lands on: after the monthly trigger's default hour (07:00). */
export const MORNING = 8;

/**
 * The same wall-clock time one day later.
 *
 *   nextDay(new Date('2026-07-31T20:00:00Z'), 'Asia/Jakarta') → 2026-08-01T20:00:00Z
 */
export function nextDay(now: Date, timeZone: string): Date {
  const p = zonedParts(now, timeZone);
  return zonedDate(p.year, p.month, p.day + 1, p.hour, p.minute, p.second, timeZone);
}

/**
 * 08:00 on the 1st of the month after the one it is in the time zone.
 *
 *   nextMonth(new Date('2026-07-31T18:00:00Z'), 'Asia/Jakarta') // 1 August, 01:00 in Jakarta
 *   → 2026-09-01T01:00:00Z (08:00 on 1 September in Jakarta)
 */
export function nextMonth(now: Date, timeZone: string): Date {
  const p = zonedParts(now, timeZone);
  return zonedDate(p.year, p.month + 1, 1, MORNING, 0, 0, timeZone);
}

/** A moment as a person reads it in the spreadsheet's zone and language: "1 Agu 2026 08.00". */
export function formatMoment(iso: string, timeZone: string, lang: 'id' | 'en'): string {
  return new Date(iso).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', {
    timeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}
