/** "Take fixed Review rows again": a person's corrections taken, refusals kept open with the new reason. */
import { describe, expect, it } from 'vitest';
import { reviewRecord } from '../../../src/core/forms/review';
import type { ReviewRow, SessionRow, Student } from '../../../src/core/schema/records';
import { retakeFixed } from '../../../src/flows/review';
import { takeSubmission } from '../../../src/flows/submission';
import { CTX, INTAKE, intake, SESSION, school, session } from './fixtures';

const FORMS = { intake: INTAKE, session: SESSION };
const ctx = { ...CTX, today: '2026-11-20', forms: FORMS, timeZone: 'Asia/Jakarta' };
const review = (store: ReturnType<typeof school>) => store.records<ReviewRow>('review');

/** A person fixes row `row` of Review: corrected answers, status "fixed". */
function fix(store: ReturnType<typeof school>, row: number, answers: Record<string, string>) {
  store.update('review', new Map([[row, { ...answers, status: 'fixed' }]]));
}

describe('retakeFixed', () => {
  it('takes a fixed session log from its corrected answers, and the row is done', () => {
    const store = school();
    takeSubmission(store, SESSION, session({ minutes: '900' }), [], CTX);
    fix(store, 2, { minutes: '90' });
    expect(retakeFixed(store, ctx)).toEqual({ taken: 1, open: 0, closed: 0, added: [] });
    expect(store.records<SessionRow>('sessions')).toEqual([
      expect.objectContaining({ minutes: 90, mentor_id: 'M01' }),
    ]);
    expect(review(store)[0]).toMatchObject({
      status: 'done',
      taken: true,
      problem: "Menit: '900' harus antara 1 dan 600 → diambil ulang 2026-11-20",
    });
    // Again: nothing is fixed any more, nothing is taken twice.
    expect(retakeFixed(store, ctx)).toEqual({ taken: 0, open: 0, closed: 0, added: [] });
    expect(store.records('sessions')).toHaveLength(1);
  });

  it('leaves a row still wrong open, with the new reason', () => {
    const store = school();
    takeSubmission(store, SESSION, session({ minutes: '900' }), [], CTX);
    fix(store, 2, { minutes: '0' });
    expect(retakeFixed(store, ctx)).toEqual({ taken: 0, open: 1, closed: 0, added: [] });
    expect(review(store)[0]).toMatchObject({
      status: 'open',
      taken: false,
      problem: "Menit: '0' harus antara 1 dan 600",
    });
    expect(store.records('sessions')).toEqual([]);
  });

  it('takes a fixed intake (a NISN corrected) and adds the student', () => {
    const store = school();
    takeSubmission(store, INTAKE, intake({ student_id: '12345' }), [], CTX);
    fix(store, 2, { student_id: '0000012345' });
    expect(retakeFixed(store, ctx)).toEqual({ taken: 1, open: 0, closed: 0, added: ['0000012345'] });
    expect(store.records<Student>('students').at(-1)).toMatchObject({
      student_id: '0000012345',
      name: 'Sinta',
    });
    expect(store.records('assessments')).toEqual([expect.objectContaining({ student_id: '0000012345' })]);
  });

  it('joins every new reason of a log refused again, and says only "taken again" of a row without one', () => {
    const store = school();
    takeSubmission(store, SESSION, session({ minutes: '900' }), [], CTX);
    takeSubmission(
      store,
      SESSION,
      session({ minutes: '800', topics: 'lain' }, '2026-11-16T03:00:00.000Z'),
      [],
      CTX,
    );
    fix(store, 2, { minutes: 'lima', date: '2026-12-25' });
    store.update('review', new Map([[3, { minutes: '80', status: 'fixed', problem: null }]]));
    expect(retakeFixed(store, ctx)).toMatchObject({ taken: 1, open: 1 });
    expect(review(store).map((r) => r.problem)).toEqual([
      "Tanggal: 2026-12-25 belum terjadi (di masa depan); Menit: 'lima' harus berupa angka",
      'diambil ulang 2026-11-20',
    ]);
  });

  it('dates a retaken session log left without a date on the day it was sent', () => {
    const store = school();
    takeSubmission(store, SESSION, session({ minutes: '900', date: '' }), [], CTX);
    fix(store, 2, { minutes: '45' });
    expect(retakeFixed(store, ctx)).toMatchObject({ taken: 1 });
    expect(store.records<SessionRow>('sessions')).toEqual([
      expect.objectContaining({ date: '2026-11-16', minutes: 45 }),
    ]);
  });

  it('records a retaken intake on the day it was sent, not the day it was taken again', () => {
    const store = school();
    takeSubmission(store, INTAKE, intake({ student_id: '12345' }), [], CTX);
    fix(store, 2, { student_id: '0000012345' });
    retakeFixed(store, ctx);
    expect(store.records('assessments')).toEqual([expect.objectContaining({ date: '2026-11-16' })]);
  });

  it('keeps a taken row whose new answers conflict open for a person', () => {
    const store = school();
    takeSubmission(store, INTAKE, intake({ student_id: '12345' }), [], CTX);
    fix(store, 2, { student_id: '0115550102', name: 'Beny' });
    retakeFixed(store, ctx);
    expect(review(store)[0]).toMatchObject({ status: 'open', taken: true });
    expect(String(review(store)[0]!.problem)).toContain('formulir berisi “Beny”');
  });

  it('closes a fixed note on an input already taken, and an error row, without taking anything', () => {
    const store = school();
    store.append('review', [
      reviewRecord({
        receivedAt: '2026-11-16T01:00:00Z',
        source: 'x',
        problem: 'konflik',
        origin: 'intake',
        taken: true,
        raw: 'r',
        answers: { student_id: '0012345678' },
      }),
      reviewRecord({
        receivedAt: '2026-11-16T01:00:00Z',
        source: 'ringkasan bulanan',
        problem: 'gagal',
        origin: null,
        taken: false,
        raw: '',
        answers: {},
      }),
    ]);
    fix(store, 2, {});
    fix(store, 3, {});
    expect(retakeFixed(store, ctx)).toEqual({ taken: 0, open: 0, closed: 2, added: [] });
    expect(review(store).map((r) => r.status)).toEqual(['done', 'done']);
    expect(store.records('assessments')).toEqual([]);
  });

  it('leaves open, dismissed and done rows alone', () => {
    const store = school();
    takeSubmission(store, SESSION, session({ minutes: '900' }), [], CTX);
    takeSubmission(store, SESSION, session({ minutes: '901' }), [], CTX);
    store.update('review', new Map([[3, { status: 'dismissed', minutes: '30' }]]));
    expect(retakeFixed(store, ctx)).toEqual({ taken: 0, open: 0, closed: 0, added: [] });
    expect(review(store).map((r) => r.status)).toEqual(['open', 'dismissed']);
  });

  describe('an import row', () => {
    const importRow = (answers: Record<string, string>) =>
      reviewRecord({
        receivedAt: '2026-11-16T01:00:00Z',
        source: 'impor: Dapodik',
        problem: 'NISN “12ab” harus 10 digit',
        origin: 'import',
        taken: false,
        raw: 'r',
        answers,
      });

    it('is taken through the import: a new student with every field', () => {
      const store = school();
      store.append('review', [
        importRow({ student_id: '12ab', name: 'Eko', class: '9A', gender: 'L', status: 'aktif' }),
      ]);
      fix(store, 2, { student_id: '0012300045' });
      expect(retakeFixed(store, ctx)).toEqual({ taken: 1, open: 0, closed: 0, added: ['0012300045'] });
      expect(store.records<Student>('students').at(-1)).toMatchObject({
        student_id: '0012300045',
        name: 'Eko',
        class: '9A',
        grade: 9,
        gender: 'L',
        status: 'active',
      });
      expect(review(store)[0]).toMatchObject({ status: 'done', taken: true });
    });

    it('takes a school number as it is (only an all-digit ID must be a NISN)', () => {
      const store = school();
      store.append('review', [
        importRow({ student_id: '12ab', name: 'Eko', class: '9A' }),
        importRow({ student_id: '12ab', name: 'Fajar', class: '9B' }),
      ]);
      fix(store, 2, { student_id: 'NIS-9-001' });
      fix(store, 3, { student_id: '2024-015' });
      expect(retakeFixed(store, ctx)).toEqual({
        taken: 2,
        open: 0,
        closed: 0,
        added: ['NIS-9-001', '2024-015'],
      });
      // Taken with nothing to note: the row says only what it was and when it was taken again.
      expect(review(store)[0]).toMatchObject({
        status: 'done',
        problem: 'NISN “12ab” harus 10 digit → diambil ulang 2026-11-20',
      });
    });

    it('takes what it can read and stays open naming the column it cannot; a blank ID stays open, said so', () => {
      const store = school();
      store.append('review', [
        importRow({ student_id: '12ab', name: 'Eko', birth_date: 'kemarin' }),
        importRow({ student_id: '12ab', name: 'Eko' }),
      ]);
      fix(store, 2, { student_id: '0012300045' });
      fix(store, 3, { student_id: '' });
      expect(retakeFixed(store, ctx)).toEqual({ taken: 1, open: 1, closed: 0, added: ['0012300045'] });
      // The rest of the row is taken; the date that cannot be read stays open, named by its column.
      expect(review(store).map((r) => [r.status, r.taken, r.problem])).toEqual([
        [
          'open',
          true,
          "NISN “12ab” harus 10 digit → diambil ulang 2026-11-20 → Tanggal lahir: 'kemarin' harus berupa tanggal (mis. 2026-09-15 atau 15/09/2026)",
        ],
        ['open', false, 'NISN wajib diisi'],
      ]);
      expect(store.records<Student>('students').at(-1)).toMatchObject({ name: 'Eko', birth_date: null });
    });

    it('takes a known student again with a conflicting name: taken, and open for a person to decide', () => {
      const store = school();
      store.append('review', [importRow({ student_id: '12ab', name: 'Beny' })]);
      fix(store, 2, { student_id: '0115550102' });
      expect(retakeFixed(store, ctx)).toEqual({ taken: 1, open: 0, closed: 0, added: [] });
      expect(review(store)[0]).toMatchObject({ status: 'open', taken: true });
      expect(store.records<Student>('students')[0]).toMatchObject({ student_id: '0115550102', name: 'Beni' });
    });

    it('completes a known student (a NISN that lost its zero), and stays open when it still cannot be read', () => {
      const store = school();
      store.append('review', [
        importRow({ student_id: '12ab', name: 'Beni', guardian_name: 'Maria' }),
        importRow({ student_id: '12ab', name: 'Eko' }),
      ]);
      fix(store, 2, { student_id: '115550102' });
      fix(store, 3, { student_id: '12345' });
      expect(retakeFixed(store, ctx)).toEqual({ taken: 1, open: 1, closed: 0, added: [] });
      expect(store.records<Student>('students')[0]).toMatchObject({
        student_id: '0115550102',
        guardian_name: 'Maria',
      });
      expect(review(store).map((r) => r.status)).toEqual(['done', 'open']);
      expect(review(store)[1]!.problem).toBe('NISN “12345” harus 10 digit');
    });
  });
});
