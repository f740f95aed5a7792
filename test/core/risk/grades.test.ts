import { describe, expect, it } from 'vitest';
import { belowPassingCounts, type GradeRecord, termAverages } from '../../../src/core/risk/grades';

describe('grade records', () => {
  const g = (
    student_id: string,
    term: string,
    average: number | null,
    below_passing: number | null,
  ): GradeRecord => ({
    student_id,
    term,
    average,
    below_passing,
  });
  const records = [
    g('0012345', '2025/2026-2', 71, 2),
    g('0012345', '2025/2026-1', 82, 0),
    g('12345', '2026-1', 88, null),
    g('12345', '2025-2', 90, 0),
    g('12346', '2026-1', 70, 3),
    g('12346', '2026-1', 72, 1),
    g('0077777', 'not a term', 50, 9),
  ];

  it('takes the latest term, or the one before', () => {
    expect(Object.fromEntries(termAverages(records))).toEqual({ '0012345': 71, '12345': 88, '12346': 72 });
    expect(Object.fromEntries(termAverages(records, 1))).toEqual({ '0012345': 82, '12345': 90 });
    expect(Object.fromEntries(termAverages(records, 2))).toEqual({});
  });

  it('gives below-passing counts of the latest term only', () => {
    expect(Object.fromEntries(belowPassingCounts(records))).toEqual({ '0012345': 2, '12346': 1 });
  });
});
