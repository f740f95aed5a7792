/**
 * The school year the evaluation speaks of: July to June, named by the calendar year it starts
 * in (2025 is 2025/2026). Months are 'YYYY-MM', days ISO text.
 */

export interface SchoolYear {
  /** The calendar year it starts in. */
  start: number;
  /** '2025/2026', as schools write it. */
  label: string;
  /** 1 July and 30 June. */
  from: string;
  to: string;
  /** Its twelve months, July first. */
  months: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A month moved by whole months, forward or back.
 * @example addMonths('2026-01', -2) // '2025-11'; addMonths('2025-12', 1) // '2026-01'
 */
export function addMonths(month: string, count: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + count;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/**
 * The last day of a month.
 * @example monthEnd('2028-02') // '2028-02-29'
 */
export function monthEnd(month: string): string {
  const days = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  return `${month}-${pad(days)}`;
}

/**
 * The school year that starts in a calendar year.
 * @example schoolYear(2025).months[0] // '2025-07'; schoolYear(2025).label // '2025/2026'
 */
export function schoolYear(start: number): SchoolYear {
  return {
    start,
    label: `${start}/${start + 1}`,
    from: `${start}-07-01`,
    to: `${start + 1}-06-30`,
    months: Array.from({ length: 12 }, (_, i) => addMonths(`${start}-07`, i)),
  };
}

/**
 * The start year of the school year a day (or month) falls in.
 * @example schoolYearOf('2026-06-30') // 2025; schoolYearOf('2026-07') // 2026
 */
export function schoolYearOf(day: string): number {
  const year = Number(day.slice(0, 4));
  return Number(day.slice(5, 7)) >= 7 ? year : year - 1;
}

/**
 * Reads a school year as people write it: 2025, '2025', '2025/2026', '2025-2026' or '2025/26'.
 * Null when blank, undefined when it is not a school year.
 * @example readSchoolYear('2025/2026') // 2025; readSchoolYear('2025/2027') // undefined
 */
export function readSchoolYear(raw: unknown): number | null | undefined {
  if (raw === null || raw === undefined) return null;
  const text = String(raw).trim();
  if (text === '') return null;
  const match = /^(\d{4})(?:\s*[/-]\s*(\d{2}|\d{4}))?$/.exec(text);
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = match[2];
  if (end !== undefined && Number(end) !== (end.length === 2 ? (start + 1) % 100 : start + 1))
    return undefined;
  return start;
}
