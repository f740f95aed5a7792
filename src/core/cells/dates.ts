/**
 * Calendar days and months as ISO text ('2026-09-15', '2026-09'): they sort as text and cross
 * to flows and the sidebar unchanged. A Date from a cell is read in the spreadsheet's time zone
 * when one is given (Apps Script hands a date cell over as the instant of its midnight there);
 * without one, in the runtime's own zone.
 */

/**
 * True for a Date of any realm (the local runtime's script realm has its own Date).
 * @example isDate(new Date(2026, 8, 1)) // true; isDate('2026-09-01') // false
 */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

const formatters: Record<string, Intl.DateTimeFormat> = {};

function partsOf(date: Date, timeZone: string | undefined): [number, number, number] {
  if (timeZone === undefined) return [date.getFullYear(), date.getMonth() + 1, date.getDate()];
  let formatter = formatters[timeZone];
  if (!formatter) {
    const options = { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' } as const;
    formatter = new Intl.DateTimeFormat('en-US', options);
    formatters[timeZone] = formatter;
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(date)) parts[part.type] = Number(part.value);
  return [parts.year ?? Number.NaN, parts.month ?? Number.NaN, parts.day ?? Number.NaN];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isoDay(year: number, month: number, day: number): string | undefined {
  const check = new Date(Date.UTC(year, month - 1, day));
  const real =
    check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
  return real && year >= 1000 ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : undefined;
}

const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DMY_DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * Reads a cell as a calendar day: a Date, ISO text "2026-09-15" or day-first text "15/09/2026"
 * (the Indonesian order; month-first is not read). Null when blank, undefined when not a day.
 * @example dayOf('15/09/2026') // '2026-09-15'
 */
export function dayOf(raw: unknown, timeZone?: string): string | null | undefined {
  if (raw === null || raw === undefined) return null;
  if (isDate(raw)) {
    if (Number.isNaN(raw.getTime())) return undefined;
    const [year, month, day] = partsOf(raw, timeZone);
    return isoDay(year, month, day);
  }
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  if (text === '') return null;
  const iso = ISO_DAY.exec(text);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = DMY_DAY.exec(text);
  return dmy ? isoDay(Number(dmy[3]), Number(dmy[2]), Number(dmy[1])) : undefined;
}

const YEAR_MONTH = /^(\d{4})[/.-](\d{1,2})$/;
const MONTH_YEAR = /^(\d{1,2})[/.-](\d{4})$/;

/**
 * Reads a cell as a month: text "2026-09", "2026-9" or "09/2026", a day (its month), or a Date
 * (Sheets turns a typed "2026-09" into 1 September 2026). Null when blank, undefined when not a month.
 * @example monthOf('2026-9') // '2026-09'
 */
export function monthOf(raw: unknown, timeZone?: string): string | null | undefined {
  const text = typeof raw === 'string' ? raw.trim() : raw;
  if (typeof text === 'string') {
    const ym = YEAR_MONTH.exec(text);
    const my = MONTH_YEAR.exec(text);
    const [year, month] = ym ? [ym[1], ym[2]] : my ? [my[2], my[1]] : [undefined, undefined];
    if (year !== undefined) return isoDay(Number(year), Number(month), 1)?.slice(0, 7);
  }
  const day = dayOf(text, timeZone);
  return day ? day.slice(0, 7) : day;
}

/**
 * Counts days since 1970-01-01 for an ISO day, for day arithmetic.
 * @example dayNumber('1970-01-31') // 30
 */
export function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number);
  return Math.round(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1) / 86400000);
}
