import { termRank } from '../cells/terms';

/** A row of the Grades sheet: one student's result in one term (see termRank for the forms). */
export interface GradeRecord {
  student_id: string;
  term: string;
  average: number | null;
  below_passing: number | null;
}

// Each student's results, one per term, latest term first. Of two rows for the same term the
// later one (a correction) wins; a term that does not rank is passed over.
function resultsByStudent(records: readonly GradeRecord[]): Map<string, GradeRecord[]> {
  const byTerm = new Map<string, Map<number, GradeRecord>>();
  for (const record of records) {
    const rank = termRank(record.term);
    if (typeof rank !== 'number') continue;
    let terms = byTerm.get(record.student_id);
    if (!terms) {
      terms = new Map();
      byTerm.set(record.student_id, terms);
    }
    terms.set(rank, record);
  }
  const results = new Map<string, GradeRecord[]>();
  byTerm.forEach((terms, id) => {
    const ranks = Array.from(terms.keys()).sort((a, b) => b - a);
    results.set(
      id,
      ranks.map((rank) => terms.get(rank)!),
    );
  });
  return results;
}

/**
 * Each student's term average in their latest term (termsBack 0) or the one before it (1);
 * students without that term or without an average in it are left out (unknown).
 * @example termAverages([{ student_id: '1', term: '2026-1', average: 70, below_passing: 2 },
 *   { student_id: '1', term: '2025/2026-2', average: 82, below_passing: 0 }], 1).get('1') // 82
 */
export function termAverages(records: readonly GradeRecord[], termsBack = 0): Map<string, number> {
  const averages = new Map<string, number>();
  resultsByStudent(records).forEach((results, id) => {
    const average = results[termsBack]?.average;
    if (average !== null && average !== undefined) averages.set(id, average);
  });
  return averages;
}

/**
 * Each student's number of subjects below the passing grade in their latest term; left out
 * (unknown) when that term has no number.
 * @example belowPassingCounts([{ student_id: '1', term: '2026-1', average: 70, below_passing: 2 }]).get('1') // 2
 */
export function belowPassingCounts(records: readonly GradeRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  resultsByStudent(records).forEach((results, id) => {
    const count = results[0]?.below_passing;
    if (count !== null && count !== undefined) counts.set(id, count);
  });
  return counts;
}
