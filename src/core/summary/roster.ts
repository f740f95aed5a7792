/** Who a summary names, and in which order; who counts is in metrics/roster.ts. */
import type { Student } from '../schema/records';
import type { RiskNow } from './types';

export { isActive, menteesOf } from '../metrics/roster';

/**
 * True when an email may name the student: parental consent is recorded as yes. Anything else
 * (no, blank) keeps the student to a count.
 * @example mayName({ consent: true }) // true; mayName({ consent: null }) // false
 */
export function mayName(student: Pick<Student, 'consent'>): boolean {
  return student.consent === true;
}

/**
 * Orders students by need: higher tier, then higher score, then name; students without a tier
 * this month come last.
 * @example students.sort(byNeed(risk))
 */
export function byNeed(risk: Map<string, RiskNow>) {
  return (a: Student, b: Student): number => {
    const ra = risk.get(a.student_id);
    const rb = risk.get(b.student_id);
    return (
      (rb?.tier ?? 0) - (ra?.tier ?? 0) ||
      (rb?.score ?? -1) - (ra?.score ?? -1) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
    );
  };
}

/**
 * Splits students into those an email may name and the number it may only count.
 * @example splitByConsent(students) // { named: [ayu, budi], unnamed: 1 }
 */
export function splitByConsent(students: Student[]): { named: Student[]; unnamed: number } {
  const named = students.filter(mayName);
  return { named, unnamed: students.length - named.length };
}
