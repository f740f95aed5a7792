import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../../src/core/risk/assess';
import type { Flag, FlagLevel, RiskInputs, Tier } from '../../../src/core/risk/model';
import { excessOf, scoreOf, tierOf } from '../../../src/core/risk/score';
import { FINE, student } from './fixtures';

const flag = (level: FlagLevel, value = 3, threshold = 3): Flag => ({
  indicator: 'unexcused',
  level,
  value,
  threshold,
});

describe('tierOf', () => {
  it.each<[FlagLevel[], Tier]>([
    [[], 1],
    [['watch'], 1],
    [['watch', 'watch'], 2],
    [['high'], 2],
    [['high', 'watch', 'watch'], 2],
    [['high', 'high'], 3],
    [['critical'], 3],
    [['critical', 'watch'], 3],
  ])('%j → %d', (levels, tier) => {
    expect(tierOf(levels.map((level) => flag(level)))).toBe(tier);
  });
});

describe('excessOf', () => {
  it.each<[Flag, number]>([
    [{ indicator: 'unexcused', level: 'high', value: 3, threshold: 3 }, 0],
    [{ indicator: 'unexcused', level: 'high', value: 6, threshold: 3 }, 0.5],
    [{ indicator: 'incidents', level: 'watch', value: 1, threshold: 0 }, 0.5],
    [{ indicator: 'attendance', level: 'critical', value: 0.4, threshold: 0.8 }, 0.4 / 1.2],
    [{ indicator: 'average', level: 'high', value: 60, threshold: 75 }, 15 / 90],
  ])('%j → %d', (f, excess) => {
    expect(excessOf(f)).toBeCloseTo(excess, 12);
  });
});

describe('scoreOf: the formula', () => {
  it.each<[string, Partial<RiskInputs>, number]>([
    ['no flag', {}, 0],
    ['one amber on its threshold', { unexcused: 2 }, 16],
    ['one amber attendance 93% (excess 0.02/0.97)', { attendance: 0.93 }, 16],
    ['one amber attendance 91% (excess 0.04/0.99)', { attendance: 0.91 }, 16],
    ['one amber drop of 8 (excess 3/8)', { average: 82, previous_average: 90 }, 22],
    ['one red average 70 (excess 5/80)', { average: 70, previous_average: 70 }, 37],
    ['two amber on their thresholds', { unexcused: 2, needs: 1 }, 34],
    ['one red on its threshold', { unexcused: 3 }, 37],
    ['one red far beyond (6 of 3: excess 0.5)', { unexcused: 6 }, 38],
    ['one red and one amber', { unexcused: 3, needs: 1 }, 40],
    ['critical attendance 70%', { attendance: 0.7 }, 67],
    ['two red on their thresholds', { unexcused: 3, needs: 2 }, 71],
    ['attendance 86% and 3 unexcused', { attendance: 0.86, unexcused: 3 }, 71],
  ])('%s → %d', (_name, changes, score) => {
    expect(assessRisk(student(changes)).score).toBe(score);
  });

  it('lets severity break ties within a weight', () => {
    expect(scoreOf([flag('watch', 2, 2)], 1)).toBe(16);
    expect(scoreOf([flag('watch', 4, 2)], 1)).toBe(24);
    expect(scoreOf([flag('watch', 200, 2)], 1)).toBe(31);
  });

  it('reaches 100 only from a weight of about 21', () => {
    const red = (n: number) => Array.from({ length: n }, () => flag('high'));
    expect(scoreOf(red(6))).toBe(67 + 2 * (18 - 4));
    expect(scoreOf([...red(6), flag('watch')])).toBe(67 + 2 * (19 - 4));
    expect(scoreOf([...red(6), flag('watch'), flag('watch')])).toBe(67 + 2 * (20 - 4));
    expect(scoreOf(red(7))).toBe(100);
    expect(scoreOf([...red(7), flag('critical', 0, 3)])).toBe(100);
  });
});

// A seeded generator so that the property tests are the same on every run.
function lcg(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

type Level = 0 | 1 | 2 | 3;
// For each input, a value at a level (0 none, 1 watch, 2 high, 3 critical), with `r` placing it
// within the level's range so that severities vary.
const AT_LEVEL: ((level: Level, r: number) => Partial<RiskInputs>)[] = [
  (l, r) => ({ attendance: [0.95 + 0.05 * r, 0.9 + 0.049 * r, 0.8 + 0.099 * r, 0.79 * r][l] }),
  (l, r) => ({ unexcused: [1, 2, 3 + Math.floor(r * 10), 3][l] }),
  (l, r) => ({ incidents: [0, 1 + Math.floor(r * 2), 3 + Math.floor(r * 6), 3][l] }),
  (l, r) => ({ below_passing: [0, 1, 2 + Math.floor(r * 8), 2][l] }),
  (l, r) => ({ overage: [0, 1, 2 + Math.floor(r * 3), 2][l] }),
  (l, r) => ({ needs: [0, 1, 2 + Math.floor(r * 2), 2][l] }),
];
const MAX_LEVEL = [3, 2, 2, 2, 2, 2];

function generate(levels: Level[], r: () => number): RiskInputs {
  const inputs: RiskInputs = { ...FINE };
  levels.forEach((level, i) => {
    Object.assign(inputs, AT_LEVEL[i]!(level, r()));
  });
  return inputs;
}

describe('scoreOf: properties over generated students', () => {
  const random = lcg(20260901);
  const cases: { levels: Level[]; inputs: RiskInputs }[] = [];
  for (let n = 0; n < 3000; n++) {
    const levels = MAX_LEVEL.map((max) => Math.floor(random() * (max + 1)) as Level);
    cases.push({ levels, inputs: generate(levels, random) });
  }

  it('keeps the tier bands: Tier 1 0–33, Tier 2 34–66, Tier 3 67–100, integers', () => {
    const bands = { 1: [0, 33], 2: [34, 66], 3: [67, 100] } as const;
    const seen = new Set<number>();
    for (const { inputs } of cases) {
      const { tier, score } = assessRisk(inputs);
      const [low, high] = bands[tier!];
      expect(Number.isInteger(score)).toBe(true);
      expect(score).toBeGreaterThanOrEqual(low);
      expect(score).toBeLessThanOrEqual(high);
      seen.add(tier!);
    }
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });

  it('scores every Tier 3 above every Tier 2 above every Tier 1', () => {
    const byTier: Record<number, number[]> = { 1: [], 2: [], 3: [] };
    for (const { inputs } of cases) {
      const { tier, score } = assessRisk(inputs);
      byTier[tier!]!.push(score!);
    }
    expect(Math.max(...byTier[1]!)).toBeLessThan(Math.min(...byTier[2]!));
    expect(Math.max(...byTier[2]!)).toBeLessThan(Math.min(...byTier[3]!));
  });

  it('scores strictly higher with one more or one redder flag (until 100)', () => {
    const random2 = lcg(7);
    let compared = 0;
    for (const { levels } of cases.slice(0, 1500)) {
      const i = Math.floor(random2() * levels.length);
      if (levels[i]! >= MAX_LEVEL[i]!) continue;
      const raised = levels.slice() as Level[];
      raised[i] = (levels[i]! + 1) as Level;
      const seed = Math.floor(random2() * 1e6);
      const before = assessRisk(generate(levels, lcg(seed))).score!;
      const after = assessRisk(generate(raised, lcg(seed + 1))).score!;
      if (before < 100) expect(after).toBeGreaterThan(before);
      else expect(after).toBe(100);
      compared++;
    }
    expect(compared).toBeGreaterThan(500);
  });
});
