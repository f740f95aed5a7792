import { describe, expect, it } from 'vitest';
import { atRiskWithoutMentor, countTiers, newInTier3 } from '../../../src/core/metrics/tiers';

type S = {
  student_id: string;
  status: 'active' | 'dropped_out' | 'transferred' | null;
  mentor_id: string | null;
  mentor_since: string | null;
};
const s = (
  student_id: string,
  mentor_id: string | null = null,
  status: S['status'] = 'active',
  mentor_since: string | null = null,
): S => ({ student_id, mentor_id, status, mentor_since });
const tiers = (map: Record<string, 1 | 2 | 3>) => (id: string) => map[id];

describe('tiers', () => {
  const students = [s('A'), s('B'), s('C', 'M1'), s('D', null, null), s('E', null, 'dropped_out'), s('F')];
  const now = tiers({ A: 3, B: 2, C: 3, D: 1, E: 3 });

  it('counts active students by tier, and those without one', () => {
    expect(countTiers(students, now)).toEqual({ 3: 2, 2: 1, 1: 1, none: 1 });
  });

  it('lists active Tier 2–3 students without a mentor', () => {
    const waiting = [...students, s('G', '  '), s('H', ' ', 'transferred')];
    expect(
      atRiskWithoutMentor(waiting, tiers({ A: 3, B: 2, C: 3, D: 1, E: 3, G: 2, H: 3 })).map(
        (x) => x.student_id,
      ),
    ).toEqual(['A', 'B', 'G']);
  });

  it('counts a student whose mentoring starts after the day as still waiting on that day', () => {
    const later = [s('A', 'M1', 'active', '2026-12-02'), s('B', 'M1', 'active', '2026-11-30')];
    const tierOf = tiers({ A: 3, B: 2 });
    expect(atRiskWithoutMentor(later, tierOf, '2026-11-30').map((x) => x.student_id)).toEqual(['A']);
    expect(atRiskWithoutMentor(later, tierOf)).toEqual([]);
  });

  it('lists active students in Tier 3 now who were not in Tier 3 before (absent counts as not)', () => {
    const before = tiers({ A: 3, C: 2, E: 1 });
    expect(newInTier3(students, now, before).map((x) => x.student_id)).toEqual(['C']);
    expect(newInTier3(students, now, () => undefined).map((x) => x.student_id)).toEqual(['A', 'C']);
  });
});
