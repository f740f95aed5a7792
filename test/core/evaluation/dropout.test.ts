import { describe, expect, it } from 'vitest';
import { baselinesOf } from '../../../src/core/evaluation/baselines';
import { dropoutSection, dropoutYear, enrolledAtStart, gradeIn } from '../../../src/core/evaluation/dropout';
import { schoolYear } from '../../../src/core/evaluation/year';
import {
  baseline,
  HISTORY,
  LAST_YEAR_HISTORY,
  LAST_YEAR_STUDENTS,
  STUDENTS,
  student,
  TODAY,
  YEAR,
} from './fixtures';

// Computed inside each test: a mutant that throws must fail a test, not the file's collection.
const index = () => baselinesOf(HISTORY);

describe('enrolled at the start of the year', () => {
  it('is the first baseline (July): S1–S6, not S7 who was never in one', () => {
    expect([...enrolledAtStart(YEAR, STUDENTS, index())!].sort()).toEqual([
      'S1',
      'S2',
      'S3',
      'S4',
      'S5',
      'S6',
    ]);
  });

  it('adds those who left before a late first baseline, and not those who left before the year', () => {
    const late = baselinesOf([baseline('S1', '2025-10', 1), baseline('S2', '2025-10', 2)]);
    const students = [
      ...STUDENTS,
      student({ student_id: 'S8', status: 'graduated', status_date: '2025-06-20' }),
      student({ student_id: 'S9', status: 'transferred', status_date: '2025-09-30' }),
      student({ student_id: 'S10', status: 'transferred', status_date: '2025-10-01' }),
      student({ student_id: 'S11', status: 'transferred', status_date: '2025-10-02' }),
    ];
    // Left from July to 1 October, before the October baseline: S3 (dropout), S5, S9 and S10 (transfers).
    expect([...enrolledAtStart(YEAR, students, late)!].sort()).toEqual(['S1', 'S10', 'S2', 'S3', 'S5', 'S9']);
  });

  it('counts a student who left on the year’s first day, and no active student with a stray date', () => {
    const students = [
      student({ student_id: 'D', status: 'dropped_out', status_date: '2025-07-01' }),
      student({ student_id: 'E', status: 'transferred', status_date: '2025-06-30' }),
      student({ student_id: 'F', status: 'active', status_date: '2025-07-15' }),
      student({ student_id: 'G', status: null, status_date: '2025-07-15' }),
    ];
    const late = baselinesOf([baseline('S1', '2025-09', 1)]);
    expect([...enrolledAtStart(YEAR, students, late)!].sort()).toEqual(['D', 'S1']);
  });

  it('is unknown without a baseline in the year', () => {
    expect(enrolledAtStart(schoolYear(2023), STUDENTS, index())).toBeNull();
  });
});

describe('gradeIn', () => {
  it('is the recorded grade in the year the record was last true', () => {
    expect(gradeIn(student({ student_id: 'a', grade: 9 }), 2025, TODAY)).toBe(9);
    expect(gradeIn(student({ student_id: 'a', grade: 9 }), 2025, '2026-11-28')).toBe(8);
    const left = student({ student_id: 'b', grade: 8, status: 'dropped_out', status_date: '2025-11-12' });
    expect(gradeIn(left, 2025, '2027-01-10')).toBe(8);
    expect(gradeIn(left, 2024, '2027-01-10')).toBe(7);
  });

  it('is unknown without a grade or before grade 1', () => {
    expect(gradeIn(student({ student_id: 'a', grade: null }), 2025, TODAY)).toBeNull();
    expect(gradeIn(student({ student_id: 'a', grade: 1 }), 2024, TODAY)).toBeNull();
    expect(gradeIn(student({ student_id: 'a', grade: 2 }), 2024, TODAY)).toBe(1);
  });

  it('reads an active student’s grade as of today even when a status date is filled in', () => {
    expect(
      gradeIn(student({ student_id: 'a', grade: 9, status_date: '2024-08-01' }), 2025, '2026-11-28'),
    ).toBe(8);
    expect(
      gradeIn(
        student({ student_id: 'a', grade: 9, status: null, status_date: '2024-08-01' }),
        2025,
        '2026-11-28',
      ),
    ).toBe(8);
  });

  it('has no grade for a student without one, whichever year is asked', () => {
    expect(gradeIn(student({ student_id: 'a', grade: null }), 2026, TODAY)).toBeNull();
  });

  it('counts a student who left without a date as still on the record now', () => {
    expect(gradeIn(student({ student_id: 'a', grade: 9, status: 'dropped_out' }), 2025, '2026-11-28')).toBe(
      8,
    );
  });
});

describe('dropoutYear', () => {
  const year = () => dropoutYear(YEAR, STUDENTS, index(), TODAY, TODAY);

  it('counts four dropouts of six enrolled (S3 Jul, S4 Nov, S2 Mar, S7 Apr) and the transfer apart', () => {
    expect([year().enrolled, year().dropouts, year().transfers]).toEqual([6, 4, 1]);
    expect(year().per100).toBeCloseTo(66.667, 3);
    const byMonth = Object.fromEntries(year().months.map((m) => [m.month, [m.dropouts, m.transfers]]));
    expect(byMonth).toEqual({
      '2025-07': [1, 0],
      '2025-08': [0, 0],
      '2025-09': [0, 0],
      '2025-10': [0, 1],
      '2025-11': [1, 0],
      '2025-12': [0, 0],
      '2026-01': [0, 0],
      '2026-02': [0, 0],
      '2026-03': [1, 0],
      '2026-04': [1, 0],
      '2026-05': [0, 0],
      '2026-06': [0, 0],
    });
    expect(year().months[0]!.per100).toBeCloseTo(100 / 6, 6);
    expect(year().months[1]!.per100).toBe(0);
  });

  it('by grade: S3 of 2 in grade 7; S2 and S7 in grade 8 (S7 not enrolled at the start); S4 of 2 in grade 9', () => {
    expect(year().grades).toEqual([
      { grade: 7, enrolled: 2, dropouts: 1, per100: 50 },
      { grade: 8, enrolled: 2, dropouts: 2, per100: 100 },
      { grade: 9, enrolled: 2, dropouts: 1, per100: 50 },
    ]);
  });

  it('leaves a dropout without a grade out of the grade table, but not out of the count', () => {
    const students = [
      ...STUDENTS,
      student({ student_id: 'N', grade: null, status: 'dropped_out', status_date: '2026-05-04' }),
    ];
    const withUngraded = dropoutYear(YEAR, students, index(), TODAY, TODAY);
    expect(withUngraded.dropouts).toBe(5);
    expect(withUngraded.grades.map((g) => g.grade)).toEqual([7, 8, 9]);
    expect(withUngraded.grades.reduce((sum, g) => sum + g.dropouts, 0)).toBe(4);
  });

  it('counts a dropout and a transfer on the year’s first day, and none on the day before', () => {
    const students = [
      student({ student_id: 'A', status: 'dropped_out', status_date: '2025-07-01' }),
      student({ student_id: 'B', status: 'transferred', status_date: '2025-07-01' }),
      student({ student_id: 'C', status: 'dropped_out', status_date: '2025-06-30' }),
    ];
    const year = dropoutYear(YEAR, students, index(), TODAY, TODAY);
    expect([year.dropouts, year.transfers, year.months[0]!.dropouts, year.months[0]!.transfers]).toEqual([
      1, 1, 1, 1,
    ]);
  });

  it('has no figures for months not reached yet, and counts only up to the day', () => {
    const soFar = dropoutYear(YEAR, STUDENTS, index(), '2025-11-12', '2025-11-12');
    expect(soFar.months.map((m) => m.dropouts)).toEqual([
      1,
      0,
      0,
      0,
      1,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(soFar.months[6]).toEqual({ month: '2026-01', dropouts: null, per100: null, transfers: null });
    expect([soFar.dropouts, soFar.transfers]).toEqual([2, 1]);
    expect(dropoutYear(YEAR, STUDENTS, index(), '2025-11-11', '2025-11-11').dropouts).toBe(1);
  });

  it('gives counts but no rate when the record holds no baseline of the year', () => {
    const bare = dropoutYear(YEAR, STUDENTS, baselinesOf([]), TODAY, TODAY);
    expect([bare.enrolled, bare.dropouts, bare.per100, bare.months[0]!.per100]).toEqual([
      null,
      4,
      null,
      null,
    ]);
    expect(bare.grades.map((g) => [g.grade, g.enrolled, g.dropouts, g.per100])).toEqual([
      [7, 0, 1, null],
      [8, 0, 2, null],
      [9, 0, 1, null],
    ]);
  });
});

describe('dropoutSection', () => {
  const lastYear = LAST_YEAR_HISTORY;
  const students = [...STUDENTS, ...LAST_YEAR_STUDENTS];

  it('shows the year before beside it when the record holds it, over the same months too', () => {
    const section = dropoutSection(
      2025,
      students,
      baselinesOf([...HISTORY, ...lastYear]),
      '2025-11-30',
      '2025-11-30',
    );
    // The year before's first baseline is September 2024: P1–P4, and P4 who left in August before it.
    expect(section.previous!.enrolled).toBe(4);
    expect([section.previous!.dropouts, section.previous!.per100]).toEqual([3, 75]);
    // This year so far: July to November (5 months); the year before had P4 (Aug) and P1 (Oct) then.
    expect(section.previousSameMonths).toEqual({ months: 5, dropouts: 2, per100: 50, enrolled: 4 });
    expect(section.year.dropouts).toBe(2);
  });

  it('leaves the year before out when the record holds no baseline of it', () => {
    const section = dropoutSection(2025, students, index(), TODAY, TODAY);
    expect([section.previous, section.previousSameMonths]).toEqual([null, null]);
  });

  it('compares whole years once the year is over', () => {
    const section = dropoutSection(2025, students, baselinesOf([...HISTORY, ...lastYear]), TODAY, TODAY);
    expect(section.previousSameMonths).toEqual({ months: 12, dropouts: 3, per100: 75, enrolled: 4 });
  });

  it('counts students marked dropped out without a date apart', () => {
    const undated = [...STUDENTS, student({ student_id: 'U', status: 'dropped_out' })];
    const section = dropoutSection(2025, undated, index(), TODAY, TODAY);
    expect([section.undated, section.year.dropouts]).toEqual([1, 4]);
  });
});
