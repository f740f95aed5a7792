/** Month arithmetic on ISO text ('YYYY-MM', 'YYYY-MM-DD'), with no clock and no time zone. */

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The month before.
 * @example previousMonth('2026-12') // '2026-11'; previousMonth('2027-01') // '2026-12'
 */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
}

/**
 * The month after.
 * @example nextMonth('2026-11') // '2026-12'; nextMonth('2026-12') // '2027-01'
 */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`;
}

/**
 * The last day of a month.
 * @example monthEnd('2026-11') // '2026-11-30'; monthEnd('2028-02') // '2028-02-29'
 */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].indexOf(m) >= 0 ? 30 : 31;
  return `${month.slice(0, 7)}-${pad(days)}`;
}

/**
 * The first day of the school year a month belongs to: the Indonesian school year starts in July.
 * @example schoolYearStart('2027-02') // '2026-07-01'; schoolYearStart('2026-07') // '2026-07-01'
 */
export function schoolYearStart(month: string): string {
  const year = Number(month.slice(0, 4));
  return `${Number(month.slice(5, 7)) >= 7 ? year : year - 1}-07-01`;
}
