import { describe, expect, it } from 'vitest';
import { baselinesOf } from '../../../src/core/evaluation/baselines';
import { flagSection } from '../../../src/core/evaluation/flags';
import { steppedThreshold, THRESHOLD_STEPS } from '../../../src/core/evaluation/steps';
import { whatIfSection } from '../../../src/core/evaluation/what-if';
import { DEFAULT_THRESHOLDS, RISK_SETTINGS, type Thresholds } from '../../../src/core/risk/thresholds';
import type { RiskHistoryRow } from '../../../src/core/schema/records';
import { baseline, student, TODAY, YEAR } from './fixtures';

const CLEAN = {
  attendance: 1,
  unexcused: 0,
  incidents: 0,
  below_passing: 0,
  average: 85,
  previous_average: 85,
  overage: 0,
  needs: 0,
};
const measured = (id: string, month: string, over: Partial<RiskHistoryRow>) =>
  baseline(id, month, 1, { ...CLEAN, ...over });

describe('steppedThreshold', () => {
  it.each([
    ['attendance_high', 'stricter', 0.95],
    ['attendance_high', 'looser', 0.85],
    ['attendance_watch', 'stricter', 1],
    ['attendance_critical', 'looser', 0.75],
    ['unexcused_high', 'stricter', 2],
    ['unexcused_high', 'looser', 4],
    ['passing_grade', 'stricter', 80],
    ['passing_grade', 'looser', 70],
    ['average_margin', 'stricter', 7],
    ['average_margin', 'looser', 3],
    ['grade_drop_watch', 'stricter', 3],
    ['grade_drop_high', 'looser', 12],
    ['needs_high', 'looser', 3],
    ['needs_high', 'stricter', 1],
  ] as const)('moves %s one step %s to %f', (key, direction, value) => {
    expect(steppedThreshold(DEFAULT_THRESHOLDS, key, direction)).toBe(value);
  });

  it.each([
    ['needs_watch', 'stricter'], // 0 would flag every student with an assessment
    ['incidents_watch', 'stricter'],
    ['below_passing_watch', 'stricter'],
    ['overage_watch', 'stricter'],
  ] as const)('gives no variant where %s %s leaves its range', (key, direction) => {
    expect(steppedThreshold(DEFAULT_THRESHOLDS, key, direction)).toBeNull();
  });

  it('stops at the ends of each range', () => {
    const t: Thresholds = {
      ...DEFAULT_THRESHOLDS,
      needs_high: 3,
      attendance_watch: 1,
      average_margin: 0,
      passing_grade: 5,
    };
    expect(steppedThreshold(t, 'needs_high', 'looser')).toBeNull();
    expect(steppedThreshold(t, 'attendance_watch', 'stricter')).toBeNull();
    expect(steppedThreshold(t, 'average_margin', 'looser')).toBeNull();
    expect(steppedThreshold({ ...t, average_margin: 2 }, 'average_margin', 'looser')).toBe(0);
    expect(steppedThreshold(t, 'passing_grade', 'looser')).toBeNull();
    expect(steppedThreshold({ ...t, passing_grade: 100 }, 'passing_grade', 'stricter')).toBeNull();
    expect(steppedThreshold({ ...t, attendance_critical: 0.1 }, 'attendance_critical', 'looser')).toBe(0.05);
    expect(steppedThreshold({ ...t, attendance_critical: 0.05 }, 'attendance_critical', 'looser')).toBeNull();
    expect(steppedThreshold({ ...t, grade_drop_watch: 3 }, 'grade_drop_watch', 'stricter')).toBe(1);
    expect(steppedThreshold({ ...t, grade_drop_high: 100 }, 'grade_drop_high', 'looser')).toBeNull();
  });

  it('has a step for every threshold of Settings', () => {
    expect(Object.keys(THRESHOLD_STEPS).sort()).toEqual(RISK_SETTINGS.map((s) => s.key).sort());
  });
});

describe('whatIfSection', () => {
  // L1 leaves in December with 88% attendance in November (red under 90%, amber under 85%);
  // L2 leaves in December, 3 unexcused absences in September (red), nothing in November.
  // A stays, with 93% attendance (amber) every month.
  const history = [
    measured('L1', '2025-09', {}),
    measured('L1', '2025-11', { attendance: 0.88 }),
    measured('L2', '2025-09', { unexcused: 3, attendance: 0.85 }),
    measured('L2', '2025-11', {}),
    measured('A', '2025-09', { attendance: 0.93 }),
    measured('A', '2025-10', { attendance: 0.93 }),
    measured('A', '2025-11', { attendance: 0.93 }),
    baseline('OLD', '2025-10', 3), // written before the indicator columns
  ];
  const students = [
    student({ student_id: 'L1', status: 'dropped_out', status_date: '2025-12-03' }),
    student({ student_id: 'L2', status: 'dropped_out', status_date: '2025-12-15' }),
    student({ student_id: 'A' }),
  ];
  // Computed inside each test: a mutant that throws must fail a test, not the file's collection.
  const index = () => baselinesOf(history);
  const leavers = () => flagSection(YEAR, students, index(), TODAY).leavers;
  const section = () => whatIfSection(YEAR, index(), leavers(), { ...DEFAULT_THRESHOLDS }, TODAY);
  const row = (key: string) => section().rows.find((r) => r.key === key)!;

  it('assesses every baseline again under the current Settings', () => {
    // L1's November (88%): red, Tier 2. L2's September (85% and 3 alpa): two reds, Tier 3.
    expect(section().now.recall1).toEqual({ value: 0.5, part: 1, n: 2 });
    expect(section().now.recall3).toEqual({ value: 0.5, part: 1, n: 2 });
    // Rows with values: 7; at Tier 2–3: L1 Nov, L2 Sep. OLD has no values and is counted apart.
    expect(section().now.alertLoad).toEqual({ value: 2 / 7, part: 2, n: 7 });
    expect(section().rowsWithoutIndicators).toBe(1);
  });

  it('a looser attendance_high loses L1 a month ahead; a stricter one flags A every month', () => {
    const { looser, stricter } = row('attendance_high');
    expect(looser!.value).toBe(0.85);
    expect(looser!.recall1.part).toBe(0);
    // L2's 85% is no longer below 85%: one red (alpa) and one amber, still Tier 2.
    expect(looser!.alertLoad.part).toBe(1);
    expect(stricter!.value).toBe(0.95);
    expect(stricter!.recall1.part).toBe(1);
    expect(stricter!.alertLoad).toEqual({ value: 5 / 7, part: 5, n: 7 });
  });

  it('a stricter unexcused_high changes nothing here; a looser one keeps L2 at Tier 2', () => {
    expect(row('unexcused_high').stricter!.alertLoad.part).toBe(2);
    expect(row('unexcused_high').looser!.recall3.part).toBe(1);
  });

  it('lists every threshold with its current value and step, and no variant out of range', () => {
    expect(section().rows.map((r) => r.key)).toEqual(RISK_SETTINGS.map((s) => s.key));
    expect(row('attendance_high')).toMatchObject({ current: 0.9, step: 0.05 });
    expect(row('needs_watch').stricter).toBeNull();
    expect(row('needs_watch').looser!.value).toBe(2);
  });

  it('a threshold changed mid-year: recorded tiers stay as they were, the what-if uses today’s Settings', () => {
    // In November attendance_high was 85%: L1's 88% was Tier 1 then.
    const recorded = history.map((r) =>
      r.student_id === 'L1' && r.month === '2025-11'
        ? { ...r, tier: 1, reasons: 'Kehadiran 88% (< 95%)' }
        : r,
    );
    const idx = baselinesOf(recorded);
    const flags = flagSection(YEAR, students, idx, TODAY);
    expect(flags.recall1.part).toBe(0);
    const now = whatIfSection(YEAR, idx, flags.leavers, { ...DEFAULT_THRESHOLDS }, TODAY).now;
    expect(now.recall1.part).toBe(1);
    const then = whatIfSection(
      YEAR,
      idx,
      flags.leavers,
      { ...DEFAULT_THRESHOLDS, attendance_high: 0.85 },
      TODAY,
    );
    expect(then.now.recall1.part).toBe(0);
  });

  it('counts a leaver without a snapshot, or with one without values, as not flagged', () => {
    const gone = [student({ student_id: 'OLD', status: 'dropped_out', status_date: '2025-11-20' })];
    const flags = flagSection(YEAR, gone, index(), TODAY);
    expect(flags.recall1.part).toBe(1); // recorded Tier 3 in October
    expect(whatIfSection(YEAR, index(), flags.leavers, { ...DEFAULT_THRESHOLDS }, TODAY).now.recall1).toEqual(
      {
        value: 0,
        part: 0,
        n: 1,
      },
    );
  });

  it('tells apart rows whose values would run together', () => {
    // 90% and 5 alpa (Tier 2) against 95% and alpa unknown (Tier 1): '0.9' + '5' is '0.95' + ''.
    const rows = baselinesOf([
      measured('A', '2025-10', { attendance: 0.9, unexcused: 5 }),
      measured('B', '2025-10', { attendance: 0.95, unexcused: null }),
    ]);
    expect(whatIfSection(YEAR, rows, [], { ...DEFAULT_THRESHOLDS }, TODAY).now.alertLoad.part).toBe(1);
  });

  it('reads only the baselines of the year up to the day', () => {
    const early = whatIfSection(YEAR, index(), [], { ...DEFAULT_THRESHOLDS }, '2025-09-30');
    expect(early.now.alertLoad).toEqual({ value: 1 / 3, part: 1, n: 3 });
    expect(early.rowsWithoutIndicators).toBe(0);
  });
});
