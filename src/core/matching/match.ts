import { type Arc, assignRows } from './assign';
import { balanceCost, indexContinuity, scorePair } from './preference';
import { blockFor, isEligible, roomOf } from './rules';
import { DEFAULT_MATCH_OPTIONS } from './settings';
import type {
  ExistingAssignment,
  MatchOptions,
  MatchResult,
  Mentor,
  Reason,
  StudentToPlace,
  Suggestion,
  Unplaced,
} from './types';

/**
 * Orders students by priority: Tier 3 before Tier 2, then higher score, then input order.
 * @example byPriority([{ tier: 2, score: 90 }, { tier: 3, score: 40 }]) // [1, 0]
 */
export function byPriority(students: readonly Pick<StudentToPlace, 'tier' | 'score'>[]): number[] {
  return students
    .map((_, index) => index)
    .sort((a, b) => {
      const sa = students[a]!;
      const sb = students[b]!;
      return sb.tier - sa.tier || (sb.score || 0) - (sa.score || 0) || a - b; // a blank score ranks as 0
    });
}

/**
 * Suggests a mentor for each student, optimally for the whole set.
 *
 * First it places as many students as the hard rules allow, never leaving out a student of higher
 * priority (tier, then score) for one of lower; then, among assignments of that set, it maximises the
 * total preference (strengths, language, continuity, minus a convex caseload cost). Existing
 * assignments are context only: they fill `caseload` and feed continuity, and are never changed.
 * `students` should all be unassigned; one that appears in `existing` is listed as unplaced with
 * blockedBy `assigned`. Deterministic: ties go to the earlier mentor in `mentors`.
 * @example matchMentors(students, mentors, existing, DEFAULT_MATCH_OPTIONS)
 * // { suggestions: [{ studentId: '0051', mentorId: 'M02', reasons: [{ kind: 'sibling' }, …] }],
 * //   unplaced: [{ studentId: '0077', blockedBy: { kind: 'grade', grade: 8 } }], totalPreference: 4.6 }
 */
export function matchMentors(
  students: readonly StudentToPlace[],
  mentors: readonly Mentor[],
  existing: readonly ExistingAssignment[],
  options: MatchOptions = DEFAULT_MATCH_OPTIONS,
): MatchResult {
  const { weights } = options;
  const continuity = indexContinuity(existing);
  const mentorOf = new Map<string, string>();
  for (const pair of existing) mentorOf.set(pair.studentId, pair.mentorId);

  const order = byPriority(students);
  const pairReasons: Reason[][][] = []; // per row, per arc
  const rows: Arc[][] = order.map((index) => {
    const student = students[index]!;
    const arcs: Arc[] = [];
    const reasons: Reason[][] = [];
    if (!mentorOf.has(student.id)) {
      mentors.forEach((mentor, col) => {
        if (!isEligible(student, mentor, options)) return;
        const pair = scorePair(student, mentor, continuity, weights);
        arcs.push({ col, cost: -pair.score });
        reasons.push(pair.reasons);
      });
    }
    pairReasons.push(reasons);
    return arcs;
  });
  const colOf = assignRows({
    rows,
    slots: mentors.map(roomOf),
    slotCost: (col, k) => {
      const mentor = mentors[col]!;
      return balanceCost(mentor.caseload + k, mentor.capacity, weights.balance);
    },
  });

  const added = mentors.map(() => 0);
  for (const col of colOf) if (col >= 0) added[col]!++;
  const seen = mentors.map(() => 0);
  const suggestions: Suggestion[] = [];
  const unplaced: Unplaced[] = [];
  let totalPreference = 0;
  order.forEach((index, row) => {
    const student = students[index]!;
    const col = colOf[row]!;
    if (col < 0) {
      const holder = mentorOf.get(student.id);
      const blockedBy =
        holder !== undefined
          ? { kind: 'assigned' as const, mentorId: holder }
          : blockFor(student, mentors, options);
      unplaced.push({ studentId: student.id, blockedBy: blockedBy || { kind: 'capacity' } });
      return;
    }
    const mentor = mentors[col]!;
    const arc = rows[row]!.findIndex((candidate) => candidate.col === col);
    const reasons = pairReasons[row]![arc]!.slice();
    totalPreference += -rows[row]![arc]!.cost;
    totalPreference -= balanceCost(mentor.caseload + seen[col]!++, mentor.capacity, weights.balance);
    if (weights.balance > 0) {
      reasons.push({
        kind: 'balance',
        caseloadAfter: mentor.caseload + added[col]!,
        capacity: mentor.capacity,
      });
    }
    suggestions.push({ studentId: student.id, mentorId: mentor.id, reasons });
  });
  return { suggestions, unplaced, totalPreference };
}
