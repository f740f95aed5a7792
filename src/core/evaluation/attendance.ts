/**
 * Attendance of mentored students before and after their first session: the mean attendance
 * rate of the two calendar months before the month of the first session held, and of the two
 * months after it (the month itself is mixed, so it is left out). It shows change, not its
 * cause: there is no comparison group, and flagged students tend to improve anyway.
 */
import { attendanceRate } from '../risk/attendance';
import type { AttendanceRow } from '../schema/records';
import type { AttendanceSection, EvaluatedSession } from './types';
import { addMonths, type SchoolYear } from './year';

/**
 * Each student's attendance rate by month; of two recaps of one month the later row wins (a correction).
 * @example monthlyRates(rows).get('0012345')?.get('2026-09') // 0.85
 */
export function monthlyRates(rows: readonly AttendanceRow[]): Map<string, Map<string, number | null>> {
  const rates = new Map<string, Map<string, number | null>>();
  for (const row of rows) {
    const months = rates.get(row.student_id) ?? new Map<string, number | null>();
    months.set(row.month, attendanceRate(row));
    rates.set(row.student_id, months);
  }
  return rates;
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;

/**
 * The before/after section for students whose first session held (ever) fell in the year up to `through`.
 * @example attendanceSection(schoolYear(2025), sessions, attendance, '2026-06-30')
 * // { firstSessions: 30, n: 26, before: 0.86, after: 0.9, change: 0.04 }
 */
export function attendanceSection(
  year: SchoolYear,
  sessions: readonly EvaluatedSession[],
  attendance: readonly AttendanceRow[],
  through: string,
): AttendanceSection {
  const first = new Map<string, string>();
  for (const s of sessions) {
    if (s.attended === false) continue;
    const known = first.get(s.student_id);
    if (known === undefined || s.date < known) first.set(s.student_id, s.date);
  }
  const rates = monthlyRates(attendance);
  const befores: number[] = [];
  const afters: number[] = [];
  let firstSessions = 0;
  for (const [id, day] of first) {
    if (day < year.from || day > through) continue;
    firstSessions++;
    const month = day.slice(0, 7);
    const ratesIn = (offsets: number[]) =>
      offsets
        .map((k) => rates.get(id)?.get(addMonths(month, k)) ?? null)
        .filter((rate): rate is number => rate !== null);
    const before = mean(ratesIn([-2, -1]));
    const after = mean(ratesIn([1, 2]));
    if (before === null || after === null) continue;
    befores.push(before);
    afters.push(after);
  }
  const before = mean(befores);
  const after = mean(afters);
  return {
    firstSessions,
    n: befores.length,
    before,
    after,
    change: before === null || after === null ? null : after - before,
  };
}
