import type {
  ExistingAssignment,
  MatchOptions,
  MatchWeights,
  Mentor,
  Need,
  Reason,
  StudentToPlace,
} from './types';

/** Which mentors already mentor someone of a family or of a class. */
export interface Continuity {
  byFamily: Map<string, string[]>;
  byClass: Map<string, string[]>;
}

function addTo(index: Map<string, string[]>, key: string | null, mentorId: string): void {
  if (!key) return; // a blank family key or class joins nobody
  const list = index.get(key);
  if (!list) index.set(key, [mentorId]);
  else if (list.indexOf(mentorId) < 0) list.push(mentorId);
}

function has(index: Map<string, string[]>, key: string | null, mentorId: string): boolean {
  return !!key && (index.get(key) || []).indexOf(mentorId) >= 0;
}

/**
 * Indexes existing assignments by family key and by class, for the continuity preference.
 * @example indexContinuity([{ studentId: 's1', mentorId: 'm1', className: '8A', familyKey: '0812' }])
 * // { byFamily: Map { '0812' => ['m1'] }, byClass: Map { '8A' => ['m1'] } }
 */
export function indexContinuity(existing: readonly ExistingAssignment[]): Continuity {
  const continuity: Continuity = { byFamily: new Map(), byClass: new Map() };
  for (const pair of existing) {
    addTo(continuity.byFamily, pair.familyKey, pair.mentorId);
    addTo(continuity.byClass, pair.className, pair.mentorId);
  }
  return continuity;
}

const sameWord = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The part of a pair's preference that does not depend on caseload, with a reason for each
 * preference that adds to it (a preference weighted 0 adds nothing and gives no reason).
 * @example scorePair({ needs: ['academic'], ... }, { strengths: ['academic'], ... }, continuity, weights)
 * // { score: 3, reasons: [{ kind: 'strengths', needs: ['academic'] }] }
 */
export function scorePair(
  student: StudentToPlace,
  mentor: Mentor,
  continuity: Continuity,
  weights: MatchWeights,
): { score: number; reasons: Reason[] } {
  const reasons: Reason[] = [];
  let score = 0;
  const met: Need[] = [];
  for (const need of student.needs) {
    if (mentor.strengths.indexOf(need) >= 0 && met.indexOf(need) < 0) met.push(need);
  }
  if (met.length > 0 && weights.strengths > 0) {
    score += weights.strengths * met.length;
    reasons.push({ kind: 'strengths', needs: met });
  }
  const shared = student.languages.find((language) => mentor.languages.some((m) => sameWord(m, language)));
  if (shared !== undefined && weights.language > 0) {
    score += weights.language;
    reasons.push({ kind: 'language', language: shared.trim() });
  }
  // A sibling's mentor already knows the family, which counts more than knowing the class.
  if (weights.continuity > 0) {
    if (has(continuity.byFamily, student.familyKey, mentor.id)) {
      score += weights.continuity;
      reasons.push({ kind: 'sibling' });
    } else if (has(continuity.byClass, student.className, mentor.id)) {
      score += weights.continuity / 2;
      reasons.push({ kind: 'classmate' });
    }
  }
  return { score, reasons };
}

/**
 * The cost of one more mentee for a mentor who has `caseloadBefore`: the step of
 * weight × caseload² / capacity, so each extra mentee costs more than the last, relative to capacity.
 * @example balanceCost(4, 10, 1) // 0.9 (from 4 to 5 of 10)
 */
export function balanceCost(caseloadBefore: number, capacity: number, weight: number): number {
  if (!(weight > 0)) return 0; // a weight of 0, negative or blank turns balancing off
  return (weight * (2 * caseloadBefore + 1)) / (capacity > 0 ? capacity : 1);
}

/**
 * The preference the optimiser maximises for one pair: what the pair earns minus the caseload cost
 * of giving the mentor one more mentee. A suggestion set's total is the sum over its pairs.
 * @example preferenceScore(student, mentor, 4, [], DEFAULT_MATCH_OPTIONS) // e.g. 3 − 0.9 = 2.1
 */
export function preferenceScore(
  student: StudentToPlace,
  mentor: Mentor,
  caseloadBefore: number,
  existing: readonly ExistingAssignment[],
  options: MatchOptions,
): number {
  const { score } = scorePair(student, mentor, indexContinuity(existing), options.weights);
  return score - balanceCost(caseloadBefore, mentor.capacity, options.weights.balance);
}
