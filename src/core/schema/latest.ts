/**
 * Each student's latest row of a dated table (assessments, sessions): the last by date, and by
 * position among rows of the same date.
 * @example latestByStudent([{ student_id: 'A', date: '2026-08-01' }, { student_id: 'A', date: '2026-09-01' }]).get('A')!.date // '2026-09-01'
 */
export function latestByStudent<T extends { student_id: string; date: string }>(
  rows: readonly T[],
): Map<string, T> {
  const latest = new Map<string, T>();
  for (const row of rows) {
    const seen = latest.get(row.student_id);
    if (!seen || seen.date <= row.date) latest.set(row.student_id, row);
  }
  return latest;
}
