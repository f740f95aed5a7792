import { dayOf, isDate, monthOf } from './dates';

// Month names people type, in both languages (full and short), for "15 Agustus 2026" or "Sep 2026".
const MONTH_NAMES: Record<string, number> = {};
[
  ['january', 'januari', 'jan'],
  ['february', 'februari', 'feb', 'pebruari'],
  ['march', 'maret', 'mar'],
  ['april', 'apr'],
  ['may', 'mei'],
  ['june', 'juni', 'jun'],
  ['july', 'juli', 'jul'],
  ['august', 'agustus', 'aug', 'agu', 'agt', 'ags'],
  ['september', 'sep', 'sept'],
  ['october', 'oktober', 'oct', 'okt'],
  ['november', 'nov', 'nop', 'nopember'],
  ['december', 'desember', 'dec', 'des'],
].forEach((names, i) => {
  for (const n of names) MONTH_NAMES[n] = i + 1;
});

const pad = (n: number) => String(n).padStart(2, '0');

/** Sheets' date serial numbers count days from 30 December 1899. */
function serialDay(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return undefined;
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000).toISOString().slice(0, 10);
}

/**
 * Reads a calendar day forgivingly: a Date, ISO or day-first text (as dayOf), a day with a
 * month name in either language ("15 Agustus 2026", "15 Aug 2026"), or a Sheets serial number.
 * Null when blank, undefined when not a day.
 * @example readDay('17 Agustus 2026') // '2026-08-17'; readDay(46266) // '2026-08-31'
 */
export function readDay(raw: unknown, timeZone?: string): string | null | undefined {
  if (typeof raw === 'number') return serialDay(raw);
  const day = dayOf(raw, timeZone);
  if (day !== undefined || typeof raw !== 'string') return day;
  const m = /^(\d{1,2})[\s-]+([a-z]+)\.?[\s-]+(\d{4})$/i.exec(raw.trim());
  const month = m ? MONTH_NAMES[m[2]!.toLowerCase()] : undefined;
  if (!m || !month) return undefined;
  return dayOf(`${m[3]}-${pad(month)}-${pad(Number(m[1]))}`);
}

/**
 * Reads a month forgivingly: as monthOf, or a month name and year ("September 2026", "Agt 2026").
 * @example readMonth('Agustus 2026') // '2026-08'
 */
export function readMonth(raw: unknown, timeZone?: string): string | null | undefined {
  const month = monthOf(raw, timeZone);
  if (month !== undefined || typeof raw !== 'string') return month;
  const m = /^([a-z]+)\.?[\s-]+(\d{4})$/i.exec(raw.trim());
  const number = m ? MONTH_NAMES[m[1]!.toLowerCase()] : undefined;
  return m && number ? `${m[2]}-${pad(number)}` : undefined;
}

/**
 * Reads an instant: a Date, or ISO text with a time. Null when blank.
 * @example readInstant('2026-09-01T08:00:00+07:00') // '2026-09-01T01:00:00.000Z'
 */
export function readInstant(raw: unknown): string | null | undefined {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return null;
  if (isDate(raw)) return Number.isNaN(raw.getTime()) ? undefined : raw.toISOString();
  if (typeof raw !== 'string') return undefined;
  const t = Date.parse(raw.trim());
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}
