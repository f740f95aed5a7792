/**
 * Mid-year dropouts: students whose status is dropped out, counted by their status date. A
 * transfer or a graduation is not a dropout.
 */
import type { Student } from '../schema/records';
import { schoolYearStart } from './month';

export interface DropoutCounts {
  /** Dropouts dated in the month. */
  month: number;
  /** Dropouts from the start of the month's school year up to the as-of day. */
  year: number;
  /** The first day of that school year. */
  since: string;
}

/**
 * Dropouts of a month and of its school year so far.
 * @example countDropouts(students, '2026-11', '2026-11-30') // { month: 1, year: 2, since: '2026-07-01' }
 */
export function countDropouts(
  students: readonly Pick<Student, 'status' | 'status_date'>[],
  month: string,
  asOf: string,
): DropoutCounts {
  const since = schoolYearStart(month);
  let inMonth = 0;
  let inYear = 0;
  for (const s of students) {
    const date = s.status_date;
    if (s.status !== 'dropped_out' || !date || date > asOf) continue;
    if (date.slice(0, 7) === month) inMonth++;
    if (date >= since) inYear++;
  }
  return { month: inMonth, year: inYear, since };
}
