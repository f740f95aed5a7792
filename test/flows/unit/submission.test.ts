/**
 * Every rule of taking a form response, against the strict in-memory Store: what lands in which
 * table, what goes to Review and why, and what never changes.
 */
import { describe, expect, it } from 'vitest';
import type { ReviewRow, SessionRow, Student } from '../../../src/core/schema/records';
import {
  DUPLICATE_MINUTES,
  findDuplicate,
  type Other,
  type Submission,
  takeAnswers,
  takeSubmission,
} from '../../../src/flows/submission';
import { CTX, INTAKE, intake, SESSION, school, session } from './fixtures';

/** Another response, as the duplicate check sees it: first (came before) or not, in a table or not. */
const other = (sub: Submission, first = true, inTable = false): Other => ({ ...sub, first, inTable });

const take = (store: ReturnType<typeof school>, sub: Submission, others: Other[] = []) =>
  takeSubmission(store, sub.answers.byKey.mentor_id !== undefined ? SESSION : INTAKE, sub, others, CTX);

const students = (store: ReturnType<typeof school>) => store.records<Student>('students');
const review = (store: ReturnType<typeof school>) => store.records<ReviewRow>('review');

describe('an intake', () => {
  it('adds a new student with every answer, leading zeros kept, active, and the assessment (dated today when blank)', () => {
    const store = school();
    const outcome = take(
      store,
      intake({ guardian_phone: '081234500001', gender: 'P', birth_date: '2013-05-01' }),
    );
    expect(outcome).toEqual({ taken: true, problems: [], needsPerson: false, added: ['0012345678'] });
    expect(students(store).at(-1)).toMatchObject({
      student_id: '0012345678',
      name: 'Sinta',
      class: '8A',
      grade: 8,
      gender: 'P',
      birth_date: '2013-05-01',
      guardian_phone: '081234500001',
      status: 'active',
      consent: true,
    });
    expect(store.records('assessments')).toEqual([
      expect.objectContaining({
        date: '2026-11-16',
        student_id: '0012345678',
        social_pressure: 2,
        economic_hardship: 3,
        low_home_support: 1,
        motivation: 4,
        wellbeing: 3,
        notes: 'RAHASIA ayah merantau',
      }),
    ]);
    expect(review(store)).toEqual([]);
  });

  it('keeps an assessment date that was answered', () => {
    const store = school();
    take(store, intake({ date: '2026-11-02' }));
    expect(store.records('assessments')[0]).toMatchObject({ date: '2026-11-02' });
  });

  it('attaches a NISN typed without its zero to the student it names, and notes the repair (done)', () => {
    const store = school();
    const outcome = take(store, intake({ student_id: '115550102', name: 'Beni', class: '7A', grade: '7' }));
    expect(outcome).toMatchObject({ taken: true, needsPerson: false, added: [] });
    expect(students(store).map((s) => s.student_id)).toEqual(['0115550102', 'NIS-7-031']);
    expect(store.records('assessments')[0]).toMatchObject({ student_id: '0115550102' });
    expect(review(store)).toEqual([
      expect.objectContaining({
        problem:
          'NISN “115550102” dibaca sebagai 0115550102 (angka 0 di depan dilengkapi: siswa itu ada di lembar Siswa)',
        status: 'done',
        taken: true,
        origin: 'intake',
      }),
    ]);
  });

  it('attaches an exact school number that is on the roster', () => {
    const store = school();
    expect(take(store, intake({ student_id: 'NIS-7-031', name: 'Cici', class: '7B' })).taken).toBe(true);
    expect(store.records('assessments')[0]).toMatchObject({ student_id: 'NIS-7-031' });
  });

  it.each([
    ['a 9-digit ID that names nobody', '123456789'],
    ['a 3-digit ID', '123'],
    ['an 11-digit ID', '00123456789'],
    ['letters and symbols', 'abc!?'],
    ['a school number not on the roster', 'NIS-9-999'],
  ])('sends %s whole to Review as a malformed NISN, and writes nothing else', (_name, id) => {
    const store = school();
    const before = students(store);
    const outcome = take(store, intake({ student_id: id }));
    expect(outcome).toEqual({
      taken: false,
      problems: [expect.stringMatching(/^NISN “/)],
      needsPerson: true,
      added: [],
    });
    expect(outcome.problems[0]).toBe(
      `NISN “${id}” tidak 10 digit, dan tidak ada siswa dengan NISN itu bila angka 0 di depannya dilengkapi`,
    );
    expect(students(store)).toEqual(before);
    expect(store.records('assessments')).toEqual([]);
    expect(review(store)).toEqual([
      expect.objectContaining({ status: 'open', taken: false, origin: 'intake', student_id: id }),
    ]);
  });

  it('completes a known student, never overwrites, and notes each conflict for a person', () => {
    const store = school();
    const outcome = take(
      store,
      intake({
        student_id: '0115550102',
        name: 'Beny',
        class: '7A',
        grade: '8',
        guardian_phone: '0812' + '34500001',
      }),
    );
    expect(outcome.taken).toBe(true);
    expect(outcome.needsPerson).toBe(true);
    const beni = students(store)[0]!;
    expect([beni.name, beni.grade, beni.guardian_phone]).toEqual(['Beni', 7, '081234500001']);
    expect(outcome.problems).toEqual([
      'Nama: lembar Siswa berisi “Beni”, formulir berisi “Beny” (yang di lembar dipertahankan)',
      'Tingkat: lembar Siswa berisi “7”, formulir berisi “8” (yang di lembar dipertahankan)',
    ]);
    expect(review(store)).toEqual([expect.objectContaining({ status: 'open', taken: true })]);
  });

  describe('consent', () => {
    const withConsent = (recorded: string) =>
      school().seed('students', [{ student_id: '0012345678', name: 'Sinta', consent: recorded }]);
    const answer = (yes: boolean) => intake({ consent: yes ? 'Ya, orang tua/wali setuju' : 'Belum' });
    const consent = (store: ReturnType<typeof school>) =>
      students(store).find((s) => s.student_id === '0012345678')!.consent;

    it('a new student without consent is recorded as no', () => {
      const store = school();
      take(store, answer(false));
      expect(consent(store)).toBe(false);
    });

    it('a "no" is recorded where nothing was', () => {
      const store = withConsent('');
      take(store, answer(false));
      expect(consent(store)).toBe(false);
    });

    it('a repeated "no" stays no, never becoming yes, and is no conflict', () => {
      const store = withConsent('tidak');
      expect(take(store, answer(false)).problems).toEqual([]);
      expect(take(store, answer(false)).problems).toEqual([]);
      expect(consent(store)).toBe(false);
    });

    it('a "yes" where yes is recorded changes nothing', () => {
      const store = school().seed('students', [
        { student_id: '0012345678', name: 'Sinta', class: '8A', grade: '8', consent: 'ya' },
      ]);
      expect(take(store, answer(true)).problems).toEqual([]);
      expect(store.writes.filter((w) => w.key === 'students')).toEqual([]);
    });

    it('a "yes" replaces a missing or earlier "no"', () => {
      for (const recorded of ['', 'tidak']) {
        const store = withConsent(recorded);
        take(store, answer(true));
        expect(consent(store)).toBe(true);
      }
    });

    it('a "no" never takes back a recorded "yes": the sheet keeps it and a person decides', () => {
      const store = withConsent('ya');
      const outcome = take(store, answer(false));
      expect(consent(store)).toBe(true);
      expect(outcome.problems).toEqual([
        'Izin orang tua: lembar Siswa berisi “ya”, formulir berisi “tidak” (yang di lembar dipertahankan)',
      ]);
    });

    it('reads a consent typed in Review as yes or no, and refuses anything else', () => {
      const store = school();
      take(store, intake({ consent: 'ya' }));
      expect(consent(store)).toBe(true);
      const no = school();
      take(no, intake({ consent: 'tidak' }));
      expect(consent(no)).toBe(false);
      const other = school();
      expect(take(other, intake({ consent: 'mungkin' })).problems).toEqual([
        "Izin orang tua: 'mungkin' harus ya atau tidak",
      ]);
      expect(students(other)).toHaveLength(2);
    });

    it('an unanswered consent (blank or spaces) leaves a known student as recorded', () => {
      const store = withConsent('ya');
      expect(take(store, intake({ consent: '' })).problems).toEqual([]);
      expect(take(store, intake({ consent: '   ' }, '2026-11-16T02:00:00.000Z')).problems).toEqual([]);
      expect(consent(store)).toBe(true);
    });
  });

  it('says only that the NISN is required when it is blank', () => {
    const store = school();
    expect(take(store, intake({ student_id: '' })).problems).toEqual(['NISN wajib diisi']);
  });

  it('refuses an assessment date in the future', () => {
    const store = school();
    expect(take(store, intake({ date: '2026-11-17' })).problems).toEqual([
      'Tanggal asesmen: 2026-11-17 belum terjadi (di masa depan)',
    ]);
    expect(store.records('assessments')).toEqual([]);
  });

  it('never compares or overwrites with a blank answer, and writes nothing when there is nothing to fill', () => {
    const store = school();
    const outcome = take(
      store,
      intake({
        student_id: '0115550102',
        name: 'Beni',
        class: '',
        grade: '',
        consent: 'Ya, orang tua/wali setuju',
      }),
    );
    expect(outcome).toEqual({ taken: true, problems: [], needsPerson: false, added: [] });
    expect(students(store)[0]).toMatchObject({ class: '7A', grade: 7, consent: true });
    expect(store.writes.filter((w) => w.key === 'students')).toEqual([]);
  });

  it('takes an intake from a form without a consent question (consent left as recorded)', () => {
    const store = school();
    const def = { ...INTAKE, questions: INTAKE.questions.filter((q) => q.key !== 'consent') };
    const sub = intake();
    delete (sub.answers.byKey as Record<string, string>).consent;
    expect(takeSubmission(store, def, sub, [], CTX).taken).toBe(true);
    expect(students(store).at(-1)).toMatchObject({ student_id: '0012345678', consent: null });
  });

  it('names the intake form as the source of its Review row', () => {
    const store = school();
    const sub = intake({ student_id: '123' });
    take(store, sub);
    expect(review(store)[0]!.source).toBe(`formulir asesmen (Jawaban Formulir 1, ${sub.shownAt})`);
  });

  it('refuses a birth date in the future (today is fine)', () => {
    const store = school();
    expect(take(store, intake({ birth_date: '2026-11-17' })).problems).toEqual([
      'Tanggal lahir: 2026-11-17 belum terjadi (di masa depan)',
    ]);
    expect(take(school(), intake({ birth_date: '2026-11-16' })).taken).toBe(true);
  });
});

describe('a session log', () => {
  it('stores every answer, and reads back the mentor, student, date, type, minutes, attended, topics, follow-up, next check and notes', () => {
    const store = school();
    const outcome = take(
      store,
      session({
        type: 'kunjungan rumah',
        minutes: '45',
        attended: 'tidak',
        follow_up: 'telepon wali',
        next_check: '2026-11-30',
        notes: 'RAHASIA-2',
      }),
    );
    expect(outcome).toEqual({ taken: true, problems: [], needsPerson: false, added: [] });
    expect(store.records<SessionRow>('sessions')).toEqual([
      {
        date: '2026-11-16',
        student_id: '0115550102',
        mentor_id: 'M01',
        type: 'home_visit',
        minutes: 45,
        attended: false,
        topics: 'PR matematika',
        follow_up: 'telepon wali',
        next_check: '2026-11-30',
        notes: 'RAHASIA-2',
      },
    ]);
  });

  it('attended "ya" is read back as yes', () => {
    const store = school();
    take(store, session());
    expect(store.records<SessionRow>('sessions')[0]!.attended).toBe(true);
  });

  it('names a student whose zero was lost by the roster student, and notes the repair', () => {
    const store = school();
    const outcome = take(store, session({ student_id: '115550102 – Beni (7A)' }));
    expect(outcome.taken).toBe(true);
    expect(outcome.problems).toEqual([
      'NISN “115550102” dibaca sebagai 0115550102 (angka 0 di depan dilengkapi: siswa itu ada di lembar Siswa)',
    ]);
    expect(store.records<SessionRow>('sessions')[0]!.student_id).toBe('0115550102');
    expect(review(store)).toEqual([
      expect.objectContaining({ status: 'done', taken: true, origin: 'session' }),
    ]);
  });

  it('says only that the student is required when none was chosen', () => {
    const store = school();
    expect(take(store, session({ student_id: '' })).problems).toEqual(['Siswa wajib diisi']);
  });

  it('sends an unknown student and an unknown mentor to Review with both reasons', () => {
    const store = school();
    const outcome = take(store, session({ student_id: '0099999999 – Wayan', mentor_id: 'M09 – Pak Budi' }));
    expect(outcome.problems).toEqual([
      'tidak ada siswa dengan NISN 0099999999 di lembar Siswa',
      'tidak ada pendamping dengan ID M09 di lembar Pendamping',
    ]);
    expect(review(store)[0]!.problem).toBe(
      'tidak ada siswa dengan NISN 0099999999 di lembar Siswa; tidak ada pendamping dengan ID M09 di lembar Pendamping',
    );
    expect(store.records('sessions')).toEqual([]);
  });

  it.each([
    ['minutes out of range', { minutes: '900' }, "Menit: '900' harus antara 1 dan 600"],
    ['minutes in words', { minutes: 'tiga puluh' }, "Menit: 'tiga puluh' harus berupa angka"],
    ['a date in the future', { date: '2026-12-24' }, 'Tanggal: 2026-12-24 belum terjadi (di masa depan)'],
    ['a type that is not one', { type: 'telepon' }, /^Jenis: 'telepon' harus salah satu dari/],
  ])('sends %s to Review, whole', (_name, over, reason) => {
    const store = school();
    const sub = session(over as Record<string, string>);
    const outcome = take(store, sub);
    expect(outcome.taken).toBe(false);
    expect(outcome.problems[0]).toMatch(reason);
    expect(store.records('sessions')).toEqual([]);
    const [row] = review(store);
    expect(row).toMatchObject({
      received_at: '2026-11-16T01:00:00.000Z',
      source: `formulir catatan sesi (Jawaban Formulir 1, ${sub.shownAt})`,
      status: 'open',
      taken: false,
      origin: 'session',
      ref: sub.key,
      raw: sub.answers.raw,
      mentor_id: 'M01 – Bu Sari',
      topics: 'PR matematika',
    });
  });
});

describe('the same response twice', () => {
  const at = (minutes: number, seconds = 0) =>
    new Date(Date.parse('2026-11-16T01:00:00.000Z') + minutes * 60_000 + seconds * 1000).toISOString();

  it(`is one when the other came first at most ${DUPLICATE_MINUTES} minutes before, to the second`, () => {
    const first = other(session({}, at(0)));
    expect(findDuplicate(session({}, at(10)), [first])).toBe(first);
    expect(findDuplicate(session({}, at(0)), [first])).toBe(first);
    expect(findDuplicate(session({}, at(10, 1)), [first])).toBeNull();
    expect(findDuplicate(session({}, at(-10, -1)), [first])).toBeNull();
  });

  it('is one when the other came after it but was taken already (this one arrived late); not when it was not taken', () => {
    const later = session({}, at(5));
    expect(findDuplicate(session({}, at(0)), [other(later, false, true)])).toMatchObject({ inTable: true });
    expect(findDuplicate(session({}, at(0)), [other(later, false, false)])).toBeNull();
    expect(findDuplicate(session({}, at(-5, -1)), [other(later, false, true)])).toBeNull();
  });

  it('reads a question the other response did not have as unanswered', () => {
    const first = other(session({ notes: '' }, at(0)));
    delete (first.answers.byKey as Record<string, string>).notes;
    expect(findDuplicate(session({ notes: '' }, at(1)), [first])).toBe(first);
    expect(findDuplicate(session({ notes: 'x' }, at(1)), [first])).toBeNull();
  });

  it('compares answers as a person reads them: leading zeros and spaces aside, any other difference counts', () => {
    const first = other(intake({ student_id: '0012345678', guardian_phone: '081234' }, at(0)));
    expect(findDuplicate(intake({ student_id: '12345678', guardian_phone: ' 81234 ' }, at(3)), [first])).toBe(
      first,
    );
    expect(findDuplicate(intake({ name: 'Sinta D.' }, at(3)), [first])).toBeNull();
  });

  it('goes to Review saying when the other arrived, and is not taken', () => {
    const store = school();
    const first = session({}, at(0));
    const outcome = take(store, session({}, at(4)), [other(first)]);
    expect(outcome.problems).toEqual([
      `isian yang sama sudah masuk 4 menit sebelumnya (${first.shownAt}, di Jawaban Formulir 1)`,
    ]);
    const late = take(store, session({}, at(0)), [other(session({}, at(3)), false, true)]);
    expect(late.problems).toEqual([expect.stringMatching(/^isian yang sama, dikirim 3 menit sesudahnya \(/)]);
    expect(store.records('sessions')).toEqual([]);
  });
});

describe('takeAnswers (a fixed Review row taken again)', () => {
  it('skips the duplicate check and writes nothing to Review', () => {
    const store = school();
    const outcome = takeAnswers(store, SESSION, session({ minutes: '900' }), CTX);
    expect(outcome.taken).toBe(false);
    expect(review(store)).toEqual([]);
  });

  it('takes a session without a date as today’s, as the form’s help says', () => {
    const store = school();
    const outcome = take(store, session({ date: '' }));
    expect(outcome).toMatchObject({ taken: true, problems: [] });
    expect(store.records('sessions')).toEqual([
      expect.objectContaining({ date: '2026-11-16', student_id: '0115550102' }),
    ]);
  });

  it('takes a student chosen as "Kelas – Nama (NISN)" and as the older "NISN – Nama (Kelas)"', () => {
    for (const student_id of ['7A – Beni (0115550102)', '0115550102 – Beni (7A)', 'Beni (0115550102)']) {
      const store = school();
      expect(take(store, session({ student_id })).taken).toBe(true);
      expect(store.records('sessions')).toEqual([expect.objectContaining({ student_id: '0115550102' })]);
    }
  });
});
