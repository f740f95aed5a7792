import { describe, expect, it } from 'vitest';
import { evaluateSchoolYear } from '../../../src/core/evaluation/evaluate';
import type { EvaluatedSession, EvaluatedStudent } from '../../../src/core/evaluation/types';
import { HISTORY, input, SESSIONS, STUDENTS } from './fixtures';

describe('evaluateSchoolYear', () => {
  // Computed inside each test: a mutant that throws must fail a test, not the file's collection.
  const evaluation = () => evaluateSchoolYear(input());

  it('answers the four questions of the hand-counted year', () => {
    const e = evaluation();
    expect([e.schoolYear, e.from, e.to, e.through]).toEqual([
      '2025/2026',
      '2025-07-01',
      '2026-06-30',
      '2026-06-30',
    ]);
    expect([e.dropout.year.enrolled, e.dropout.year.dropouts, e.dropout.year.transfers]).toEqual([6, 4, 1]);
    expect([e.flags.recall1.part, e.flags.recall3.part, e.flags.precision.part, e.flags.falseAlarms]).toEqual(
      [1, 2, 2, 2],
    );
    expect(e.whatIf.rows).toHaveLength(17);
    expect(e.mentoring.reach).toHaveLength(12);
    expect([e.attendance.firstSessions, e.attendance.n]).toEqual([2, 2]);
  });

  it('reads the current year up to today, and a past year to its end', () => {
    const now = evaluateSchoolYear(input({ today: '2026-01-15' }));
    expect(now.through).toBe('2026-01-15');
    expect(now.dropout.year.months.map((m) => m.dropouts)).toEqual([
      1,
      0,
      0,
      0,
      1,
      0,
      0,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(now.flags.leavers.map((l) => l.student_id)).toEqual(['S3', 'S4']);
    expect(now.flags.alertLoad.at(-1)!.month).toBe('2026-01');
    expect(evaluateSchoolYear(input({ today: '2027-03-01' })).through).toBe('2026-06-30');
  });

  it('has nothing to say of a year not begun', () => {
    const next = evaluateSchoolYear(input({ year: 2026 }));
    expect(next.through).toBe('2026-06-30');
    expect(next.dropout.year.months.every((m) => m.dropouts === null)).toBe(true);
    expect([next.flags.leavers, next.flags.alertLoad, next.mentoring.family]).toEqual([[], [], []]);
    expect(next.dropout.previous!.dropouts).toBe(4);
  });

  it('applies the thresholds of Settings to the what-if, and says which one is wrong (its default is used)', () => {
    const custom = evaluateSchoolYear(input({ settings: { attendance_high: '0,85', school_name: 'X' } }));
    expect(custom.whatIf.rows.find((r) => r.key === 'attendance_high')!.current).toBe(0.85);
    expect(custom.whatIf.unreadSettings).toEqual([]);
    const wrong = evaluateSchoolYear(input({ settings: { needs_high: 'banyak' }, lang: 'id' }));
    expect(wrong.whatIf.rows.find((r) => r.key === 'needs_high')!.current).toBe(2);
    expect(wrong.whatIf.unreadSettings).toEqual([
      "pengaturan needs_high harus berupa bilangan bulat 0 atau lebih ('banyak'): dipakai nilai bawaan 2",
    ]);
    expect(wrong.whatIf.now).toEqual(evaluateSchoolYear(input({ lang: 'id' })).whatIf.now);
  });

  it('gives a JSON-like object: it survives JSON unchanged', () => {
    const e = evaluation();
    expect(JSON.parse(JSON.stringify(e))).toEqual(e);
  });

  it('is pure: the same record gives the same figures and is left as it was', () => {
    const before = JSON.stringify([STUDENTS, HISTORY, SESSIONS]);
    expect(evaluateSchoolYear(input())).toEqual(evaluation());
    expect(JSON.stringify([STUDENTS, HISTORY, SESSIONS])).toBe(before);
  });

  it('copies nothing confidential, even when whole rows are passed in', () => {
    const students = STUDENTS.map((s) => ({
      ...s,
      guardian_phone: 'PHONE-SECRET',
      guardian_name: 'WALI-SECRET',
    }));
    const sessions = SESSIONS.map((s) => ({
      ...s,
      notes: 'RAHASIA-S1',
      topics: 'TOPIK-SECRET',
      follow_up: 'TL-SECRET',
    }));
    const out = JSON.stringify(
      evaluateSchoolYear(
        input({ students: students as EvaluatedStudent[], sessions: sessions as EvaluatedSession[] }),
      ),
    );
    expect(out).not.toMatch(/SECRET|RAHASIA/);
  });
});
