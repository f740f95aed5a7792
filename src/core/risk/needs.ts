/** A row of the Assessments sheet, as far as risk reads it: each domain 0 none … 3 severe. */
export interface AssessmentRecord {
  student_id: string;
  date: string;
  social_pressure: number | null;
  economic_hardship: number | null;
  low_home_support: number | null;
}

/** The need domains of the intake assessment. */
export const NEED_DOMAINS = ['social_pressure', 'economic_hardship', 'low_home_support'] as const;

/** A domain scored this high or higher is a need. */
export const NEED_SCORE = 2;

const scored = (record: AssessmentRecord) => NEED_DOMAINS.some((domain) => record[domain] !== null);

/**
 * Each student's number of need domains scored 2 or more in their latest assessment that scored
 * the domains (a follow-up may record only motivation and wellbeing); of two on the same day,
 * the later row wins. Students without one are left out (unknown).
 * @example needCounts([{ student_id: '1', date: '2026-08-01', social_pressure: 2,
 *   economic_hardship: 3, low_home_support: 1 }]).get('1') // 2
 */
export function needCounts(records: readonly AssessmentRecord[]): Map<string, number> {
  const latest = new Map<string, AssessmentRecord>();
  for (const record of records) {
    const current = latest.get(record.student_id);
    if (scored(record) && (!current || record.date >= current.date)) latest.set(record.student_id, record);
  }
  const counts = new Map<string, number>();
  latest.forEach((record, id) => {
    counts.set(id, NEED_DOMAINS.filter((domain) => (record[domain] ?? 0) >= NEED_SCORE).length);
  });
  return counts;
}
