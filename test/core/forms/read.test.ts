import { describe, expect, it } from 'vitest';
import { intakeForm, sessionForm } from '../../../src/core/forms/definitions';
import { answersOfFields, answersOfRow, questionColumns, readAnswers } from '../../../src/core/forms/read';

const session = sessionForm('id', 'SMP', [], []);
const intake = intakeForm('id', 'SMP');

describe('questionColumns', () => {
  it("finds each question's columns by its title and the titles it had, a rebuilt question's two columns included", () => {
    const header = [
      'Stempel waktu',
      'Pendamping',
      'Siswa ',
      'Menit',
      'Menit (lama) ',
      'Pertanyaan guru',
      'Menit',
    ];
    const columns = questionColumns(session, header, { minutes: [' Menit (lama)'] });
    expect(columns.mentor_id).toEqual([1]);
    expect(columns.student_id).toEqual([2]);
    expect(columns.minutes).toEqual([3, 4, 6]);
    expect(columns.topics).toEqual([]);
  });

  it('gives a section header no columns', () => {
    expect('assessment' in questionColumns(intake, ['Stempel waktu', 'Asesmen kebutuhan'], {})).toBe(false);
  });
});

describe('answersOfRow', () => {
  const header = ['Stempel waktu', 'Pendamping', 'Menit', 'Menit (lama)', 'Catatan guru'];
  const columnsOf = () => questionColumns(session, header, { minutes: ['Menit (lama)'] });

  it("takes each question's last column that holds an answer, and keeps the row whole as raw", () => {
    const a = answersOfRow(
      session,
      header,
      ['16/11/2026 08:00:00', 'M01 – Bu Sari', '', ' 30 ', 'cek'],
      columnsOf(),
    );
    expect(a.byKey.mentor_id).toBe('M01 – Bu Sari');
    expect(a.byKey.minutes).toBe('30');
    expect(a.byKey.topics).toBe('');
    expect(a.raw).toBe(
      'Stempel waktu: 16/11/2026 08:00:00 | Pendamping: M01 – Bu Sari | Menit (lama): 30 | Catatan guru: cek',
    );
    expect(answersOfRow(session, header, ['t', '', '45', '30', ''], columnsOf()).byKey.minutes).toBe('30');
    expect(answersOfRow(session, header, ['t', '', '45', ' ', ''], columnsOf()).byKey.minutes).toBe('45');
  });

  it('reads a row shorter than the header as blank at its end, and names a column without a header by its position', () => {
    expect(answersOfRow(session, header, ['t', 'M01'], columnsOf()).byKey.minutes).toBe('');
    expect(answersOfRow(session, ['Stempel waktu', ''], ['t', 'x'], {}).raw).toBe('Stempel waktu: t | #2: x');
  });

  it('has no answer for a section header', () => {
    expect('assessment' in answersOfRow(intake, ['Stempel waktu'], ['t'], {}).byKey).toBe(false);
  });
});

describe('answersOfFields', () => {
  it('gives answers by key and raw by title, in the form’s order, and nothing for a section header', () => {
    const a = answersOfFields(session, { minutes: ' 30 ', mentor_id: 'M01', other: 'x' });
    expect(a.byKey.minutes).toBe('30');
    expect(a.byKey.date).toBe('');
    expect(a.raw).toBe('Pendamping: M01 | Menit: 30');
    expect('assessment' in answersOfFields(intake, {}).byKey).toBe(false);
  });
});

describe('readAnswers', () => {
  const ctx = { lang: 'id' as const, today: '2026-11-16' };

  it('reads the list choice of a student or mentor as its ID, and any other answer whole', () => {
    const a = answersOfFields(session, {
      mentor_id: 'M01 – Bu Sari',
      student_id: '0012345678 – Ayu (7A)',
      topics: 'matematika – pecahan',
    });
    expect(
      readAnswers(session, a, 'sessions', ['mentor_id', 'student_id', 'topics'], ctx, []).values,
    ).toEqual({
      mentor_id: 'M01',
      student_id: '0012345678',
      topics: 'matematika – pecahan',
    });
    const typed = answersOfFields(intake, { student_id: '0012345678 – Ayu', name: 'Ayu – Lestari' });
    expect(readAnswers(intake, typed, 'students', ['student_id', 'name'], ctx, []).values).toEqual({
      student_id: '0012345678 – Ayu',
      name: 'Ayu – Lestari',
    });
  });

  it('says what is required, unreadable or in the future; today is not; dates only are checked', () => {
    const a = answersOfFields(intake, {
      name: '',
      grade: 'delapan',
      birth_date: '2026-11-17',
      date: '2026-11-16',
      assessor: 'Zainab',
    });
    expect(
      readAnswers(intake, a, 'students', ['name', 'grade', 'birth_date'], ctx, ['birth_date']).problems,
    ).toEqual([
      'Nama wajib diisi',
      "Tingkat: 'delapan' harus berupa angka",
      'Tanggal lahir: 2026-11-17 belum terjadi (di masa depan)',
    ]);
    // 'Zainab' sorts after any date: only the questions asked to be in the past are compared.
    expect(readAnswers(intake, a, 'assessments', ['date', 'assessor'], ctx, ['date'])).toEqual({
      values: { date: '2026-11-16', assessor: 'Zainab' },
      problems: [],
    });
  });

  it('reads a question the form does not have as unanswered, under its key', () => {
    const without = { ...session, questions: session.questions.filter((q) => q.key !== 'notes') };
    expect(readAnswers(without, { byKey: {}, raw: '' }, 'sessions', ['notes', 'mentor_id'], ctx, [])).toEqual(
      {
        values: { notes: null, mentor_id: null },
        problems: ['Pendamping wajib diisi'],
      },
    );
  });
});
