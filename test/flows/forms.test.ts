import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byTitle, choice, createForms } from '../helpers/forms';
import { schoolWithMentors } from '../helpers/school';
import { rowsOf } from '../helpers/tables';
import { sheetOf } from '../helpers/workbook';

type Rt = ReturnType<typeof schoolWithMentors>['rt'];

const body = (rt: Rt, key: Parameters<typeof sheetOf>[1]) =>
  sheetOf(rt, key, 'id')
    .values()
    .slice(1)
    .filter((r) => r.some((v, i) => v !== '' && i < 10));
const review = (rt: Rt) => rowsOf(rt, 'review');

/** A teacher takes the validation off a question in the form editor (the add-on's rebuild puts it back). */
function withoutValidation(rt: Rt, title: string) {
  const snap = rt.snapshot();
  for (const form of snap.forms!.forms)
    for (const item of form.items) if (item.title === title) item.validation = null;
  rt.load(snap);
}

const intake = (over: Record<string, string> = {}) =>
  byTitle('intake', 'id', {
    student_id: '0012345678',
    name: 'Sinta Nubatonis',
    class: '8A',
    grade: '8',
    gender: 'P',
    guardian_phone: '081234500001',
    consent: 'Ya, orang tua/wali setuju',
    social_pressure: '2',
    economic_hardship: '3',
    low_home_support: '1',
    motivation: '4',
    wellbeing: '3',
    aspirations: 'ingin jadi bidan',
    notes: 'RAHASIA-1 ayah merantau',
    ...over,
  });

function session(rt: Rt, formId: string, over: Record<string, string> = {}) {
  return byTitle('session', 'id', {
    mentor_id: choice(rt, formId, 'Pendamping', 'M01'),
    student_id: choice(rt, formId, 'Siswa', '0010000002'),
    date: '2026-11-16',
    type: 'individu',
    minutes: '30',
    attended: 'ya',
    topics: 'PR matematika',
    ...over,
  });
}

describe('the forms', () => {
  it('are created once, with this spreadsheet as destination and one form-submit trigger', () => {
    const { rt } = schoolWithMentors();
    createForms(rt);
    expect(rt.forms.map((f) => f.destination)).toEqual(['Jawaban Asesmen', 'Jawaban Sesi']);
    rt.call('createIntakeForm'); // again: offers to open or rebuild, creates nothing
    expect(rt.forms).toHaveLength(2);
    expect(rt.ui.dialogs.at(-1)?.html).toContain('Bangun ulang pertanyaan');
    rt.callFromPage('rebuildForm', ['intake']);
    expect(rt.forms).toHaveLength(2);
    expect(rt.triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT')).toHaveLength(1);
  });

  it('list active students by class and active mentors in the session log', () => {
    const { rt } = schoolWithMentors();
    const { session: id } = createForms(rt);
    const form = rt.forms.find((f) => f.id === id)!;
    expect(form.items.find((i) => i.title === 'Siswa')!.choices![0]).toBe('7A – Ani (0010000001)');
    expect(form.items.find((i) => i.title === 'Pendamping')!.choices).toEqual([
      'M01 – Bu Sari',
      'M02 – Pak Yos',
      'M04 – Pak Made',
    ]);
  });
});

describe('an intake submission', () => {
  it('adds the student (leading zeros kept) and the assessment, and the session list learns the student', () => {
    const { rt } = schoolWithMentors();
    const forms = createForms(rt);
    const result = rt.submitForm(forms.intake, intake());
    expect(result.error).toBeUndefined();
    const student = body(rt, 'students').find((r) => r[0] === '0012345678')!;
    expect(student[1]).toBe('Sinta Nubatonis');
    expect(student[10]).toBe('ya'); // consent
    expect(body(rt, 'assessments').at(-1)!.slice(0, 6)).toEqual([
      expect.anything(),
      '0012345678',
      '',
      2,
      3,
      1,
    ]);
    expect(choice(rt, forms.session, 'Siswa', '0012345678')).toBe('8A – Sinta Nubatonis (0012345678)');
    expect(review(rt)).toEqual([]);
  });

  it('without consent stores consent = no', () => {
    const { rt } = schoolWithMentors();
    const forms = createForms(rt);
    rt.submitForm(forms.intake, intake({ consent: 'Belum' }));
    expect(body(rt, 'students').find((r) => r[0] === '0012345678')![10]).toBe('tidak');
  });

  it('completes a known student, never overwrites, and keeps the conflict in Review', () => {
    const { rt } = schoolWithMentors();
    const forms = createForms(rt);
    rt.submitForm(forms.intake, intake({ student_id: '0010000002', name: 'Beny', class: '7A' }));
    const beni = body(rt, 'students').find((r) => r[0] === '0010000002')!;
    expect(beni[1]).toBe('Beni');
    expect(beni[7]).toBe('081234500001'); // phone was blank: filled
    expect(review(rt).map((r) => r.problem)).toEqual([
      'Nama: lembar Siswa berisi “Beni”, formulir berisi “Beny” (yang di lembar dipertahankan); ' +
        'Tingkat: lembar Siswa berisi “7”, formulir berisi “8” (yang di lembar dipertahankan)',
    ]);
    expect(body(rt, 'assessments').at(-1)![1]).toBe('0010000002'); // the assessment is taken
  });
});

describe('the form itself refuses, on the phone, what Google Forms can check', () => {
  it.each([
    ['a NISN of 9 digits', 'intake', 'NISN', '012345678', 'NISN harus tepat 10 digit, mis. 0012345678.'],
    ['a NISN of 11 digits', 'intake', 'NISN', '00123456789', 'NISN harus tepat 10 digit, mis. 0012345678.'],
    ['an ID with symbols', 'intake', 'NISN', 'abc!?', 'NISN harus tepat 10 digit, mis. 0012345678.'],
    [
      'a phone with spaces',
      'intake',
      'HP wali',
      '0812 3456 7890',
      'Angka saja, boleh diawali + (mis. 081234567890).',
    ],
    [
      'minutes out of range',
      'session',
      'Menit',
      '900',
      'Jumlah menit harus bilangan bulat dari 1 sampai 600.',
    ],
    [
      'minutes in words',
      'session',
      'Menit',
      'tiga puluh',
      'Jumlah menit harus bilangan bulat dari 1 sampai 600.',
    ],
    ['minutes not whole', 'session', 'Menit', '2.5', 'Jumlah menit harus bilangan bulat dari 1 sampai 600.'],
  ])('%s', (_name, kind, title, value, message) => {
    const { rt } = schoolWithMentors();
    const forms = createForms(rt);
    const answers = kind === 'intake' ? intake() : session(rt, forms.session);
    const before = { runs: rt.triggerRuns.length, rows: sheetOf(rt, 'review', 'id').lastRow() };
    expect(() =>
      rt.submitForm(kind === 'intake' ? forms.intake : forms.session, { ...answers, [title]: value }),
    ).toThrow(`"${title}": ${message}`);
    expect(rt.forms.map((f) => f.responses)).toEqual([0, 0]);
    expect({ runs: rt.triggerRuns.length, rows: sheetOf(rt, 'review', 'id').lastRow() }).toEqual(before);
  });
});

describe('bad answers that reach the add-on go whole to Review with a precise reason, and nothing else changes', () => {
  const cases: Array<
    [
      string,
      (rt: Rt, f: ReturnType<typeof createForms>) => Record<string, string>,
      'intake' | 'session',
      RegExp,
      string?,
    ]
  > = [
    [
      'a NISN of 11 digits (validation taken off the form)',
      () => intake({ student_id: '00123456789' }),
      'intake',
      /^NISN “00123456789” tidak 10 digit, dan tidak ada siswa dengan NISN itu bila angka 0 di depannya dilengkapi$/,
      'NISN',
    ],
    [
      'a NISN without its zeros that names nobody',
      () => intake({ student_id: '12345678' }),
      'intake',
      /^NISN “12345678” tidak 10 digit/,
      'NISN',
    ],
    [
      'a birth date in the future',
      () => intake({ birth_date: '2027-01-01' }),
      'intake',
      /^Tanggal lahir: 2027-01-01 belum terjadi/,
    ],
    [
      'a session date in the future',
      (rt, f) => session(rt, f.session, { date: '2026-12-24' }),
      'session',
      /^Tanggal: 2026-12-24 belum terjadi/,
    ],
    [
      'minutes out of range (validation taken off the form)',
      (rt, f) => session(rt, f.session, { minutes: '900' }),
      'session',
      /^Menit: '900' harus antara 1 dan 600$/,
      'Menit',
    ],
  ];

  it.each(cases)('%s', (_name, answers, kind, reason, unvalidated) => {
    const { rt } = schoolWithMentors();
    const forms = createForms(rt);
    if (unvalidated) withoutValidation(rt, unvalidated);
    const before = {
      students: body(rt, 'students'),
      sessions: body(rt, 'sessions'),
      assessments: body(rt, 'assessments'),
    };
    const submitted = answers(rt, forms);
    rt.submitForm(kind === 'intake' ? forms.intake : forms.session, submitted);
    const rows = review(rt);
    expect(rows).toHaveLength(1);
    expect(String(rows[0]!.problem)).toMatch(reason);
    expect(rows[0]).toMatchObject({
      status: 'perlu dicek',
      taken: 'tidak',
      origin: kind === 'intake' ? 'formulir asesmen' : 'formulir catatan sesi',
    });
    // Kept whole: every answer is in raw (dates as the sheet shows them), and in its own column.
    for (const [title, value] of Object.entries(submitted)) {
      expect(String(rows[0]!.raw)).toContain(
        /^\d{4}-\d\d-\d\d$/.test(value) ? `${title}: ` : `${title}: ${value}`,
      );
    }
    expect(rows[0]!.student_id).toBe(kind === 'intake' ? submitted.NISN : submitted.Siswa);
    expect({
      students: body(rt, 'students'),
      sessions: body(rt, 'sessions'),
      assessments: body(rt, 'assessments'),
    }).toEqual(before);
  });

  it('an unknown student or mentor (a stale list)', () => {
    const { rt } = schoolWithMentors();
    const forms = createForms(rt);
    const answers = session(rt, forms.session);
    // Beni leaves the roster after the list was made; M01 too.
    const students = sheetOf(rt, 'students', 'id');
    students.deleteRows(students.values().findIndex((r) => r[0] === '0010000002') + 1);
    const mentors = sheetOf(rt, 'mentors', 'id');
    mentors.deleteRows(2);
    rt.submitForm(forms.session, answers);
    expect(String(review(rt)[0]!.problem)).toBe(
      'tidak ada siswa dengan NISN 0010000002 di lembar Siswa; tidak ada pendamping dengan ID M01 di lembar Pendamping',
    );
    expect(body(rt, 'sessions')).toEqual([]);
  });

  it('the same content again within minutes', () => {
    const { rt } = schoolWithMentors();
    const forms = createForms(rt);
    rt.submitForm(forms.session, session(rt, forms.session));
    rt.advanceTo('2026-11-16T08:04:00+07:00');
    rt.submitForm(forms.session, session(rt, forms.session));
    expect(body(rt, 'sessions')).toHaveLength(1);
    expect(String(review(rt)[0]!.problem)).toBe(
      'isian yang sama sudah masuk 4 menit sebelumnya (16/11/2026 8:00:00, di Jawaban Sesi)',
    );
  });
});

describe('submissions', () => {
  it('store text that looks like a formula as text', () => {
    const { rt } = schoolWithMentors();
    const forms = createForms(rt);
    rt.submitForm(
      forms.session,
      session(rt, forms.session, { topics: '=HYPERLINK("http://x")', follow_up: '+62 cek lagi' }),
    );
    const sheet = sheetOf(rt, 'sessions', 'id');
    expect(sheet.cell('G2').value).toBe('=HYPERLINK("http://x")');
    expect(sheet.cell('G2').formula).toBe('');
    expect(sheet.cell('H2').value).toBe('+62 cek lagi');
  });

  it('do nothing for a repeated or blank event', () => {
    const { rt } = schoolWithMentors();
    const forms = createForms(rt);
    rt.submitForm(forms.session, session(rt, forms.session));
    const event = rt.formEvents.at(-1)!.index;
    expect(rt.deliverFormEvent(event).error).toBeNull();
    expect(rt.run('onFormSubmitted', [{}], 'FULL')).toBeUndefined();
    expect(body(rt, 'sessions')).toHaveLength(1);
    expect(review(rt)).toEqual([]);
  });

  it('record a failure in the workbook and keep the submission whole', () => {
    const { rt } = schoolWithMentors();
    const forms = createForms(rt);
    rt.spreadsheet.deleteSheet('Sesi'); // the handler cannot write the session
    const answers = session(rt, forms.session);
    rt.submitForm(forms.session, answers);
    expect(String(review(rt)[0]!.problem)).toMatch(/^add-on gagal saat memproses isian ini: /);
    expect(String(review(rt)[0]!.raw)).toContain(`Menit: 30`);
    expect(review(rt)[0]).toMatchObject({
      minutes: '30',
      origin: 'formulir catatan sesi',
      status: 'perlu dicek',
    });
    expect(rt.triggerRuns.at(-1)!.error).toBeNull();
  });

  it('that a lock held elsewhere delays are taken later from the menu', () => {
    const { rt } = schoolWithMentors();
    const forms = createForms(rt);
    rt.locks.contended.add('document');
    rt.submitForm(forms.session, session(rt, forms.session));
    expect(rt.triggerRuns.at(-1)!.error).toMatch(/Lock timeout/);
    rt.locks.contended.clear();
    rt.call('takePendingFormResponses');
    expect(body(rt, 'sessions')).toHaveLength(1);
  });

  it('100 arriving interleaved, late and some twice: 100 outcomes, no duplicate, no loss', () => {
    const { rt } = schoolWithMentors();
    const forms = createForms(rt);
    rt.deferred.formSubmit = true;
    for (let i = 0; i < 100; i++) {
      if (i % 2 === 0)
        rt.submitForm(
          forms.session,
          session(rt, forms.session, { minutes: String(10 + i), topics: `topik ${i}` }),
        );
      else rt.submitForm(forms.intake, intake({ student_id: String(2000000000 + i), name: `Siswa ${i}` }));
    }
    // Delivered in a scrambled order, a third of them twice.
    const order = rt.formEvents.map((e) => e.index).sort((a, b) => ((a * 37) % 101) - ((b * 37) % 101));
    for (const i of order) rt.deliverFormEvent(i);
    for (const i of order.filter((i) => i % 3 === 0)) rt.deliverFormEvent(i);
    expect(rt.triggerRuns.filter((r) => r.error)).toEqual([]);
    expect(body(rt, 'sessions')).toHaveLength(50);
    expect(new Set(body(rt, 'sessions').map((r) => r[6])).size).toBe(50);
    expect(body(rt, 'assessments')).toHaveLength(1 + 50); // the school had one
    expect(body(rt, 'students')).toHaveLength(6 + 50);
    expect(review(rt)).toEqual([]);
    // Each delivery recalculates the Students sheet's custom functions over sheet-high ranges
    // (every row, as Sheets passes them): about 230 deliveries need more than the default 30 s.
  }, 240_000);

  it('any text in any field is refused by the page, taken once, or kept whole in Review once (property)', () => {
    const { rt } = schoolWithMentors();
    const forms = createForms(rt);
    const snap = rt.snapshot();
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom('=1+1', '+62', '-', '@x', '0012', '', ' ', '31/02/2026', '1e9', '+6281234567890'),
    );
    // IDs with leading zeros among them: of students on the roster and not, with and without their zeros.
    const id = fc.oneof(
      text,
      fc.constantFrom('0010000002', '010000002', '10000002', '0012345678', '0000000001'),
      fc.stringMatching(/^0{1,3}[1-9]\d{6,8}$/),
    );
    fc.assert(
      fc.property(
        fc.record({
          student_id: id,
          name: text,
          class: text,
          guardian_name: text,
          guardian_phone: text,
          assessor: text,
          aspirations: text,
          notes: text,
        }),
        (answers) => {
          rt.load(snap);
          // Google's form page refuses a blank required answer, so the name always holds something.
          const submitted = intake({ ...answers, name: answers.name.trim() || 'x' });
          const before = { review: review(rt), assessments: body(rt, 'assessments').length };
          let refused: string | null = null;
          try {
            const result = rt.submitForm(forms.intake, submitted);
            expect(result.error).toBeUndefined();
          } catch (error) {
            refused = (error as Error).message;
          }
          const added = review(rt).slice(before.review.length);
          const assessments = body(rt, 'assessments').length - before.assessments;
          if (refused !== null) {
            // The page said why, on the question; nothing reached the workbook.
            expect(refused).toMatch(/^"(NISN|HP wali|Nama)": /);
            expect([added.length, assessments]).toEqual([0, 0]);
          } else if (assessments === 1) {
            // Taken once; at most a note beside it, marked as taken.
            expect(added.every((r) => r.taken === 'ya')).toBe(true);
            expect(added.length).toBeLessThanOrEqual(1);
          } else {
            // Kept whole in Review once, not taken.
            expect(assessments).toBe(0);
            expect(added).toEqual([
              expect.objectContaining({ taken: 'tidak', student_id: submitted.NISN?.trim() || '' }),
            ]);
          }
          // No two students share an ID once leading zeros are restored.
          const ids = body(rt, 'students').map((r) => String(r[0]));
          const canonical = ids.map((i) => (/^\d{1,9}$/.test(i) ? i.padStart(10, '0') : i));
          expect(new Set(canonical).size).toBe(ids.length);
        },
      ),
      { numRuns: 30, seed: 20261128 },
    );
  }, 240_000);
});
