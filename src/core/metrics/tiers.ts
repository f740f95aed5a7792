/**
 * Counts by tier: active students by tier (and those without one), new in Tier 3, and the
 * Tier 2–3 students without a mentor. A tier comes from a function, so the same count runs on
 * a monthly baseline (emails) or on tiers computed now from the data (sidebar).
 */
import type { Tier } from '../risk/model';
import type { Student } from '../schema/records';
import { hasMentorOn, isActive } from './roster';

/** A student's tier by ID; null or undefined when the student has none. */
export type TierOf = (studentId: string) => Tier | null | undefined;

export interface TierCounts {
  1: number;
  2: number;
  3: number;
  /** Active students without a tier (no data yet). */
  none: number;
}

/**
 * Active students by tier.
 * @example countTiers(students, (id) => risk.get(id)?.tier) // { 1: 240, 2: 35, 3: 12, none: 3 }
 */
export function countTiers(
  students: readonly Pick<Student, 'student_id' | 'status'>[],
  tierOf: TierOf,
): TierCounts {
  const counts: TierCounts = { 1: 0, 2: 0, 3: 0, none: 0 };
  for (const s of students) {
    if (!isActive(s)) continue;
    const tier = tierOf(s.student_id);
    if (tier === 1 || tier === 2 || tier === 3) counts[tier]++;
    else counts.none++;
  }
  return counts;
}

/**
 * Active students in Tier 2 or 3 without a mentor (on a day, when given: a mentoring that starts
 * later does not count yet): the sidebar's waiting list, the Dashboard's and the coordinator's count.
 * @example atRiskWithoutMentor(students, tierOf).length // 48
 */
export function atRiskWithoutMentor<
  S extends Pick<Student, 'student_id' | 'status' | 'mentor_id' | 'mentor_since'>,
>(students: readonly S[], tierOf: TierOf, day?: string): S[] {
  return students.filter((s) => isActive(s) && (tierOf(s.student_id) ?? 0) >= 2 && !hasMentorOn(s, day));
}

/**
 * Active students in Tier 3 now who were not in Tier 3 in the earlier baseline (absent from it
 * counts as not in Tier 3).
 * @example newInTier3(students, now, before).map((s) => s.name) // ['Ayu']
 */
export function newInTier3<S extends Pick<Student, 'student_id' | 'status'>>(
  students: readonly S[],
  tierOf: TierOf,
  previousTierOf: TierOf,
): S[] {
  return students.filter(
    (s) => isActive(s) && tierOf(s.student_id) === 3 && previousTierOf(s.student_id) !== 3,
  );
}
