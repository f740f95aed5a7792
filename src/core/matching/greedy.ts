import { byPriority } from './match';
import { preferenceScore } from './preference';
import { isEligible, roomOf } from './rules';
import type { ExistingAssignment, MatchOptions, Mentor, StudentToPlace } from './types';

/**
 * First-come greedy baseline, for tests and the benchmark only: students in priority order each take
 * the eligible mentor with room and the best preference at that moment, and are never moved again.
 * @example greedyMatch(students, mentors, [], DEFAULT_MATCH_OPTIONS)
 * // { pairs: [{ studentId: 's1', mentorId: 'm2' }], totalPreference: 2.9 }
 */
export function greedyMatch(
  students: readonly StudentToPlace[],
  mentors: readonly Mentor[],
  existing: readonly ExistingAssignment[],
  options: MatchOptions,
): { pairs: { studentId: string; mentorId: string }[]; totalPreference: number } {
  const added = mentors.map(() => 0);
  const pairs: { studentId: string; mentorId: string }[] = [];
  let totalPreference = 0;
  for (const index of byPriority(students)) {
    const student = students[index]!;
    let best = -1;
    let bestScore = 0;
    mentors.forEach((mentor, col) => {
      if (!isEligible(student, mentor, options) || added[col]! >= roomOf(mentor)) return;
      const score = preferenceScore(student, mentor, mentor.caseload + added[col]!, existing, options);
      if (best < 0 || score > bestScore) [best, bestScore] = [col, score];
    });
    if (best < 0) continue;
    added[best]!++;
    pairs.push({ studentId: student.id, mentorId: mentors[best]!.id });
    totalPreference += bestScore;
  }
  return { pairs, totalPreference };
}
