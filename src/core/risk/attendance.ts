import { tidyNumber } from '../cells/numbers';

/** A row of the Attendance sheet: one student's recap of one month ('YYYY-MM'). */
export interface AttendanceRecord {
  student_id: string;
  month: string;
  school_days: number | null;
  sick: number | null;
  excused: number | null;
  unexcused: number | null;
}

/**
 * Each student's recap of their latest month; of two rows for the same month, the later one
 * (a correction) wins.
 * @example latestAttendance([{ student_id: '1', month: '2026-08', … }, { student_id: '1', month: '2026-09', … }])
 * // Map { '1' => the 2026-09 row }
 */
export function latestAttendance(records: readonly AttendanceRecord[]): Map<string, AttendanceRecord> {
  const latest = new Map<string, AttendanceRecord>();
  for (const record of records) {
    const current = latest.get(record.student_id);
    if (!current || record.month >= current.month) latest.set(record.student_id, record);
  }
  return latest;
}

/**
 * The attendance rate of a recap, (school_days − S − I − A) / school_days; a blank S, I or A
 * counts as 0 (teachers leave zeros blank), and without school days the rate is unknown.
 * @example attendanceRate({ student_id: '1', month: '2026-09', school_days: 20, sick: 1, excused: null, unexcused: 2 }) // 0.85
 */
export function attendanceRate(record: AttendanceRecord): number | null {
  const days = record.school_days;
  if (days === null || days <= 0) return null;
  const absent = (record.sick ?? 0) + (record.excused ?? 0) + (record.unexcused ?? 0);
  return tidyNumber(Math.max(0, days - absent) / days);
}

/**
 * Each student's attendance rate in their latest month; students without one are left out (unknown).
 * @example attendanceRates(records).get('0012345') // 0.85
 */
export function attendanceRates(records: readonly AttendanceRecord[]): Map<string, number> {
  const rates = new Map<string, number>();
  latestAttendance(records).forEach((record, id) => {
    const rate = attendanceRate(record);
    if (rate !== null) rates.set(id, rate);
  });
  return rates;
}

/**
 * Each student's unexcused absences (A) in their latest month; a blank A in a recorded month is 0.
 * @example unexcusedCounts(records).get('0012345') // 2
 */
export function unexcusedCounts(records: readonly AttendanceRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  latestAttendance(records).forEach((record, id) => {
    counts.set(id, record.unexcused ?? 0);
  });
  return counts;
}
