import { describe, expect, it } from 'vitest';
import { evaluateSchoolYear } from '../../../src/core/evaluation/evaluate';
import { evaluateProgrammeIn } from '../../../src/flows/evaluate';
import { ATTENDANCE, HISTORY, SESSIONS, STUDENTS } from '../../core/evaluation/fixtures';
import { storeWith } from './store';

// The fixture school's rows as the workbook holds them: whole rows, confidential columns included.
const students = STUDENTS.map((s) => ({
  ...s,
  gender: 'L',
  birth_date: '2012-01-01',
  guardian_name: 'Wali RAHASIA-W',
  guardian_phone: '081234567890',
  consent: true,
  pip: false,
  languages: null,
  risk_reasons: 'RAHASIA-R?',
}));
const sessions = SESSIONS.map((s, i) => ({
  ...s,
  mentor_id: 'M1',
  minutes: 30,
  topics: `Topik RAHASIA-T${i}`,
  follow_up: 'Tindak lanjut RAHASIA-F',
  next_check: null,
  notes: `Catatan RAHASIA-S${i}`,
}));
const store = () =>
  storeWith({
    students,
    sessions,
    risk_history: HISTORY,
    attendance: ATTENDANCE,
    settings: [{ key: 'attendance_high', value: '0,85', description: null }],
  });

describe('evaluateProgrammeIn', () => {
  it('reads each table once, and only the tables it needs', () => {
    const s = store();
    evaluateProgrammeIn(s, { today: '2026-06-30', year: 2025 });
    expect(s.reads).toEqual({ students: 1, sessions: 1, risk_history: 1, attendance: 1, settings: 1 });
  });

  it('evaluates the school year of today by default, with the workbook’s Settings', () => {
    const e = evaluateProgrammeIn(store(), { today: '2026-06-30' });
    expect(e.schoolYear).toBe('2025/2026');
    expect(e.whatIf.rows.find((r) => r.key === 'attendance_high')!.current).toBe(0.85);
    expect(e).toEqual(
      evaluateSchoolYear({
        year: 2025,
        today: '2026-06-30',
        lang: 'id',
        students: STUDENTS,
        history: HISTORY,
        sessions: SESSIONS,
        attendance: ATTENDANCE,
        settings: { attendance_high: '0,85' },
      }),
    );
    expect(evaluateProgrammeIn(store(), { today: '2026-07-01' }).schoolYear).toBe('2026/2027');
    expect(evaluateProgrammeIn(store(), { today: '2026-07-01', year: null }).schoolYear).toBe('2026/2027');
  });

  it('evaluates the year asked for', () => {
    expect(evaluateProgrammeIn(store(), { today: '2027-01-10', year: 2025 }).through).toBe('2026-06-30');
  });

  it('lets no confidential column, topic or guardian through', () => {
    const e = evaluateProgrammeIn(store(), { today: '2026-06-30' });
    expect(JSON.stringify(e)).not.toMatch(/RAHASIA/);
  });
});
