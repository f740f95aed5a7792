import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../../src/core/risk/assess';
import type { IndicatorKey, RiskInputs } from '../../../src/core/risk/model';
import { DEFAULT_THRESHOLDS } from '../../../src/core/risk/thresholds';
import { BLANK, FINE, student } from './fixtures';

const levelOf = (inputs: RiskInputs, indicator: IndicatorKey) =>
  assessRisk(inputs).flags.find((flag) => flag.indicator === indicator)?.level ?? null;

describe('assessRisk: every threshold edge (just below, at, just above)', () => {
  it.each<[IndicatorKey, Partial<RiskInputs>, string | null]>([
    ['attendance', { attendance: 0.951 }, null],
    ['attendance', { attendance: 0.95 }, null],
    ['attendance', { attendance: 0.949 }, 'watch'],
    ['attendance', { attendance: 0.901 }, 'watch'],
    ['attendance', { attendance: 0.9 }, 'watch'],
    ['attendance', { attendance: 0.899 }, 'high'],
    ['attendance', { attendance: 0.801 }, 'high'],
    ['attendance', { attendance: 0.8 }, 'high'],
    ['attendance', { attendance: 0.799 }, 'critical'],
    ['attendance', { attendance: 0 }, 'critical'],
    ['unexcused', { unexcused: 1 }, null],
    ['unexcused', { unexcused: 2 }, 'watch'],
    ['unexcused', { unexcused: 3 }, 'high'],
    ['unexcused', { unexcused: 4 }, 'high'],
    ['incidents', { incidents: 0 }, null],
    ['incidents', { incidents: 1 }, 'watch'],
    ['incidents', { incidents: 2 }, 'watch'],
    ['incidents', { incidents: 3 }, 'high'],
    ['incidents', { incidents: 4 }, 'high'],
    ['below_passing', { below_passing: 0 }, null],
    ['below_passing', { below_passing: 1 }, 'watch'],
    ['below_passing', { below_passing: 2 }, 'high'],
    ['below_passing', { below_passing: 3 }, 'high'],
    ['average', { average: 80.01, previous_average: 80.01 }, null],
    ['average', { average: 80, previous_average: 80 }, null],
    ['average', { average: 79.99, previous_average: 79.99 }, 'watch'],
    ['average', { average: 75.01, previous_average: 75.01 }, 'watch'],
    ['average', { average: 75, previous_average: 75 }, 'watch'],
    ['average', { average: 74.99, previous_average: 74.99 }, 'high'],
    ['grade_drop', { average: 85, previous_average: 89.9 }, null],
    ['grade_drop', { average: 85, previous_average: 90 }, 'watch'],
    ['grade_drop', { average: 85, previous_average: 90.1 }, 'watch'],
    ['grade_drop', { average: 85, previous_average: 94.9 }, 'watch'],
    ['grade_drop', { average: 85, previous_average: 95 }, 'high'],
    ['grade_drop', { average: 85, previous_average: 95.1 }, 'high'],
    ['grade_drop', { average: 85, previous_average: 80 }, null],
    // 16.4 - 6.4 is 9.999999999999998 in binary: a drop on the threshold must count as on it.
    ['grade_drop', { average: 3.04, previous_average: 8.04 }, 'watch'],
    ['grade_drop', { average: 6.4, previous_average: 16.4 }, 'high'],
    ['overage', { overage: 0 }, null],
    ['overage', { overage: 1 }, 'watch'],
    ['overage', { overage: 2 }, 'high'],
    ['overage', { overage: 3 }, 'high'],
    ['needs', { needs: 0 }, null],
    ['needs', { needs: 1 }, 'watch'],
    ['needs', { needs: 2 }, 'high'],
    ['needs', { needs: 3 }, 'high'],
  ])('%s %j → %s', (indicator, changes, level) => {
    expect(levelOf(student(changes), indicator)).toBe(level);
  });
});

describe('assessRisk: flags carry value and threshold', () => {
  it.each<[Partial<RiskInputs>, object]>([
    [{ attendance: 0.86 }, { indicator: 'attendance', level: 'high', value: 0.86, threshold: 0.9 }],
    [{ attendance: 0.7 }, { indicator: 'attendance', level: 'critical', value: 0.7, threshold: 0.8 }],
    [{ attendance: 0.93 }, { indicator: 'attendance', level: 'watch', value: 0.93, threshold: 0.95 }],
    [
      { average: 78, previous_average: 78 },
      { indicator: 'average', level: 'watch', value: 78, threshold: 80 },
    ],
    [
      { average: 70, previous_average: 70 },
      { indicator: 'average', level: 'high', value: 70, threshold: 75 },
    ],
    [
      { average: 85, previous_average: 97 },
      { indicator: 'grade_drop', level: 'high', value: 12, threshold: 10 },
    ],
    [{ unexcused: 5 }, { indicator: 'unexcused', level: 'high', value: 5, threshold: 3 }],
  ])('%j', (changes, flag) => {
    expect(assessRisk(student(changes)).flags).toEqual([flag]);
  });
});

describe('assessRisk: attendance over 1 is a percent', () => {
  it.each([
    [96, null],
    [95, null],
    [94, 'watch'],
    [86, 'high'],
    [80, 'high'],
    [79.9, 'critical'],
  ])('%d → %s', (attendance, level) => {
    expect(levelOf(student({ attendance }), 'attendance')).toBe(level);
  });

  it('keeps the rate in the flag', () => {
    expect(assessRisk(student({ attendance: 86 })).flags[0]).toEqual({
      indicator: 'attendance',
      level: 'high',
      value: 0.86,
      threshold: 0.9,
    });
  });

  it('reads exactly 1 as 100%', () => {
    expect(assessRisk(student({ attendance: 1 })).flags).toEqual([]);
  });
});

describe('assessRisk: tiers', () => {
  it.each<[string, Partial<RiskInputs>, number]>([
    ['no flag', {}, 1],
    ['one amber', { unexcused: 2 }, 1],
    ['two amber', { unexcused: 2, needs: 1 }, 2],
    ['one red', { unexcused: 3 }, 2],
    ['one red and one amber', { unexcused: 3, needs: 1 }, 2],
    ['one red and three amber', { unexcused: 3, needs: 1, overage: 1, incidents: 1 }, 2],
    ['two red', { unexcused: 3, needs: 2 }, 3],
    ['critical attendance alone', { attendance: 0.79 }, 3],
    ['high attendance alone', { attendance: 0.8 }, 2],
    ['red average and red drop', { average: 70, previous_average: 85 }, 3],
    [
      'eight amber',
      {
        attendance: 0.93,
        unexcused: 2,
        incidents: 1,
        below_passing: 1,
        average: 78,
        previous_average: 84,
        overage: 1,
        needs: 1,
      },
      2,
    ],
  ])('%s → Tier %d', (_name, changes, tier) => {
    expect(assessRisk(student(changes)).tier).toBe(tier);
  });
});

describe('assessRisk: unknown data', () => {
  it('raises no flag for an unknown indicator and lists it', () => {
    const a = assessRisk(student({ attendance: null, unexcused: 3 }));
    expect(a.unknown).toEqual(['attendance']);
    expect(a.flags.map((f) => f.indicator)).toEqual(['unexcused']);
    expect(a.tier).toBe(2);
  });

  it('needs both averages for the drop', () => {
    expect(assessRisk(student({ previous_average: null })).unknown).toEqual(['grade_drop']);
    expect(assessRisk(student({ average: null })).unknown).toEqual(['average', 'grade_drop']);
  });

  it('treats missing keys and NaN as unknown', () => {
    expect(assessRisk({ unexcused: 3, needs: Number.NaN }).unknown).toEqual([
      'attendance',
      'incidents',
      'below_passing',
      'average',
      'grade_drop',
      'overage',
      'needs',
    ]);
  });

  it('is blank (tier and score null) when every input is unknown', () => {
    expect(assessRisk(BLANK)).toEqual({
      flags: [],
      unknown: [
        'attendance',
        'unexcused',
        'incidents',
        'below_passing',
        'average',
        'grade_drop',
        'overage',
        'needs',
      ],
      tier: null,
      score: null,
    });
    expect(assessRisk({}).tier).toBeNull();
  });

  it('is not blank when only the previous average is known', () => {
    const a = assessRisk({ ...BLANK, previous_average: 80 });
    expect([a.tier, a.score, a.unknown.length]).toEqual([1, 0, 8]);
  });

  it('gives Tier 1 and score 0 to a known student without flags', () => {
    expect(assessRisk(FINE)).toEqual({ flags: [], unknown: [], tier: 1, score: 0 });
  });
});

describe('assessRisk: thresholds', () => {
  it('uses the thresholds given', () => {
    const t = { ...DEFAULT_THRESHOLDS, passing_grade: 70, average_margin: 0 };
    expect(assessRisk(student({ average: 72, previous_average: 72 }), t).flags).toEqual([]);
    expect(assessRisk(student({ average: 69, previous_average: 69 }), t).flags[0]?.level).toBe('high');
  });

  it('uses no demographic input: only the eight inputs are read', () => {
    const withExtra = { ...student({ unexcused: 3 }), gender: 'P', religion: 'x' } as RiskInputs;
    expect(assessRisk(withExtra)).toEqual(assessRisk(student({ unexcused: 3 })));
  });
});
