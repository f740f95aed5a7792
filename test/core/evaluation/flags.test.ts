import { describe, expect, it } from 'vitest';
import { baselineOf, baselinesOf, flagged, per100, shareOf } from '../../../src/core/evaluation/baselines';
import { baselineMonths, flagSection, leaverOf, leaversOf } from '../../../src/core/evaluation/flags';
import { baseline, HISTORY, STUDENTS, student, TODAY, YEAR } from './fixtures';

// Computed inside each test: a mutant that throws must fail a test, not the file's collection.
const index = () => baselinesOf(HISTORY);
const section = () => flagSection(YEAR, STUDENTS, index(), TODAY);
const byId = (id: string) => section().leavers.find((l) => l.student_id === id)!;

describe('the baselines', () => {
  it('keep one row per student and month, the later one, and leave manual snapshots out', () => {
    const rows = baselinesOf([
      baseline('A', '2025-09', 1),
      baseline('A', '2025-09', 3, { kind: 'manual' }),
      baseline('A', '2025-09', 2, { kind: null }), // written before the kind column: a baseline
      baseline('B', '2025-09', 1, { kind: 'manual' }),
    ]);
    expect(baselineOf(rows, 'A', '2025-09')?.tier).toBe(2);
    expect(baselineOf(rows, 'B', '2025-09')).toBeNull();
    expect(baselineOf(rows, 'A', '2025-10')).toBeNull();
    expect([...rows.byMonth.keys()]).toEqual(['2025-09']);
  });

  it('flag Tier 2 and 3 only', () => {
    expect([
      flagged({ tier: 1 }),
      flagged({ tier: 2 }),
      flagged({ tier: 3 }),
      flagged({ tier: null }),
      flagged(null),
    ]).toEqual([false, true, true, false, false]);
  });

  it('give shares and rates per 100 that say when n is 0', () => {
    expect(shareOf(1, 4)).toEqual({ value: 0.25, part: 1, n: 4 });
    expect(shareOf(0, 0)).toEqual({ value: null, part: 0, n: 0 });
    expect([per100(3, 150), per100(3, 0), per100(3, null)]).toEqual([2, null, null]);
  });

  it('list the months of the year that hold one, up to the day', () => {
    expect(baselineMonths(YEAR, index(), '2025-10-15')).toEqual(['2025-07', '2025-08', '2025-09', '2025-10']);
    expect(
      baselineMonths(YEAR, baselinesOf([baseline('A', '2025-09', 1), baseline('A', '2026-07', 1)]), TODAY),
    ).toEqual(['2025-09']);
  });
});

describe('the leavers and their tiers before leaving', () => {
  it('are the year’s dropouts up to the day, in the order they left, transfers left out', () => {
    expect(leaversOf(YEAR, STUDENTS, TODAY).map((s) => s.student_id)).toEqual(['S3', 'S4', 'S2', 'S7']);
    expect(leaversOf(YEAR, STUDENTS, '2026-03-09').map((s) => s.student_id)).toEqual(['S3', 'S4']);
    expect(leaversOf(YEAR, STUDENTS, '2026-03-10').map((s) => s.student_id)).toEqual(['S3', 'S4', 'S2']);
    expect(leaversOf(YEAR, [...STUDENTS].reverse(), TODAY).map((s) => s.student_id)).toEqual([
      'S3',
      'S4',
      'S2',
      'S7',
    ]);
    const before = student({ student_id: 'X', status: 'dropped_out', status_date: '2025-06-30' });
    const first = student({ student_id: 'Y', status: 'dropped_out', status_date: '2025-07-01' });
    const undated = student({ student_id: 'Z', status: 'dropped_out' });
    expect(leaversOf(YEAR, [before, first, undated], TODAY).map((s) => s.student_id)).toEqual(['Y']);
  });

  it('read the baselines 1, 2 and 3 months before the month of leaving', () => {
    // S2 left 10 March: February (3), January (2), December (2).
    expect(byId('S2').tiers).toEqual([3, 2, 2]);
    // S4 left 12 November: October (1), September (1), August (2): seen at 3 months, not at 1.
    expect(byId('S4').tiers).toEqual([1, 1, 2]);
    expect(byId('S4').reasons).toBe('Kehadiran 93% (< 95%)');
  });

  it('have no tier where there was no snapshot: the first month of the year, or never in one', () => {
    // S3 left in July: June, May and April 2025 come before the record starts.
    expect([byId('S3').tiers, byId('S3').reasons]).toEqual([[null, null, null], null]);
    expect(byId('S7').tiers).toEqual([null, null, null]);
  });

  it('carry who they are', () => {
    expect(leaverOf(STUDENTS[1]!, index())).toEqual({
      student_id: 'S2',
      name: 'Budi',
      class: '8B',
      grade: 8,
      status_date: '2026-03-10',
      tiers: [3, 2, 2],
      reasons: 'Tingkat 3',
    });
  });
});

describe('recall, alert load, precision and the missed', () => {
  it('recall at 1 month: S2 of 4; at 3 months: S2 and S4 of 4; S3 and S7 have no snapshot', () => {
    expect(section().recall1).toEqual({ value: 0.25, part: 1, n: 4 });
    expect(section().recall3).toEqual({ value: 0.5, part: 2, n: 4 });
    expect([section().noSnapshot1, section().noSnapshot3]).toEqual([2, 2]);
  });

  it('alert load by month: the share of each baseline at Tier 2–3', () => {
    const load = Object.fromEntries(section().alertLoad.map((m) => [m.month, [m.share.part, m.share.n]]));
    expect(load).toEqual({
      '2025-07': [0, 6],
      '2025-08': [2, 5], // S4, S5
      '2025-09': [2, 5], // S5, S6
      '2025-10': [1, 4],
      '2025-11': [1, 4],
      '2025-12': [2, 3], // S2, S6
      '2026-01': [2, 3],
      '2026-02': [2, 3],
      '2026-03': [2, 3],
      '2026-04': [1, 2],
      '2026-05': [1, 2],
      '2026-06': [1, 2],
    });
    expect(section().alertLoadYear).toEqual({ value: 17 / 42, part: 17, n: 42 });
  });

  it('counts leavers without a snapshot 1 and 3 months before apart', () => {
    // L left in October: September's baseline exists, July's does not.
    const rows = baselinesOf([baseline('L', '2025-09', 2)]);
    const students = [student({ student_id: 'L', status: 'dropped_out', status_date: '2025-10-20' })];
    const flags = flagSection(YEAR, students, rows, TODAY);
    expect([flags.noSnapshot1, flags.noSnapshot3, flags.recall1.part, flags.recall3.part]).toEqual([
      0, 1, 1, 0,
    ]);
  });

  it('alert load leaves rows without a tier out of n', () => {
    const rows = baselinesOf([
      baseline('A', '2025-09', 2),
      baseline('B', '2025-09', null),
      baseline('C', '2025-09', 1),
    ]);
    expect(flagSection(YEAR, [], rows, TODAY).alertLoad).toEqual([
      { month: '2025-09', share: { value: 0.5, part: 1, n: 2 } },
    ]);
  });

  it('precision: of S4, S5, S6 and S2 flagged, S4 and S2 dropped out later; S5 transferred', () => {
    expect(section().precision).toEqual({ value: 0.5, part: 2, n: 4 });
    expect(section().falseAlarms).toBe(2);
  });

  it('precision counts a dropout only after the first flag', () => {
    const rows = baselinesOf([
      baseline('A', '2025-09', 1),
      baseline('A', '2025-10', 2),
      baseline('B', '2025-10', 2),
      baseline('C', '2025-10', 3),
    ]);
    const students = [
      student({ student_id: 'A', status: 'dropped_out', status_date: '2025-09-30' }),
      student({ student_id: 'B', status: 'dropped_out', status_date: '2025-10-01' }),
      student({ student_id: 'C', status: 'dropped_out', status_date: '2026-02-11' }),
    ];
    // A's only flag is in the October baseline, which A (gone on 30 September) cannot have preceded.
    expect(flagSection(YEAR, students, rows, TODAY).precision).toEqual({ value: 2 / 3, part: 2, n: 3 });
  });

  it('lists the missed: leavers not at Tier 2–3 one month before, with what the flags said', () => {
    expect(section().missed.map((l) => [l.student_id, l.tiers[0], l.reasons])).toEqual([
      ['S3', null, null],
      ['S4', 1, 'Kehadiran 93% (< 95%)'],
      ['S7', null, null],
    ]);
  });

  it('is empty but defined for a year without leavers or baselines', () => {
    const empty = flagSection(YEAR, [], baselinesOf([]), TODAY);
    expect(empty.recall1).toEqual({ value: null, part: 0, n: 0 });
    expect([empty.alertLoad, empty.missed, empty.precision.value, empty.falseAlarms]).toEqual([
      [],
      [],
      null,
      0,
    ]);
  });
});
