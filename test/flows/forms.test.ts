import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byTitle, choice, createForms } from '../helpers/forms';
import { schoolWithMentors } from '../helpers/school';
import { sheetOf } from '../helpers/workbook';

type Rt = ReturnType<typeof schoolWithMentors>['rt'];

const body = (rt: Rt, key: Parameters<typeof sheetOf>[1]) =>
  sheetOf(rt, key, 'id')
    .values()
    .slice(1)
    .filter((r) => r.some((v, i) => v !== '' && i < 10));
const review = (rt: Rt) => body(rt, 'review');

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
    expect(rt.forms.map((f) => f.destination)).toEqual(['Jawaban Formulir 1', 'Jawaban Formulir 2']);
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
    expect(form.items.find((i) => i.title === 'Siswa')!.choices![0]).toBe('0010000001 – Ani (7A)');
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
    expect(choice(rt, forms.session, 'Siswa', '0012345678')).toBe('0012345678 – Sinta Nubatonis (8A)');
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
    expect(review(rt).map((r) => r[2])).toEqual([
      'Nama: lembar Siswa berisi “Beni”, formulir berisi “Beny” (yang di lembar dipertahankan); ' +
        'Tingkat: lembar Siswa berisi “7”, formulir berisi “8” (yang di lembar dipertahankan)',
    ]);
    expect(body(rt, 'assessments').at(-1)![1]).toBe('0010000002'); // the assessment is taken
  });
});

describe('bad answers go whole to Review with a precise reason, and nothing else changes', () => {
  const cases: Array<
    [
      string,
      (rt: Rt, f: ReturnType<typeof createForms>) => Record<string, string>,
      'intake' | 'session',
      RegExp,
    ]
  > = [
    [
      'a NISN of 11 digits',
      () => intake({ student_id: '00123456789' }),
      'intake',
      /^NISN “00123456789” bukan NISN \(10 digit\) maupun nomor induk sekolah$/,
    ],
    ['an ID with symbols', () => intake({ student_id: 'abc!?' }), 'intake', /^NISN “abc!\?” bukan NISN/],
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
      'minutes out of range',
      (rt, f) => session(rt, f.session, { minutes: '900' }),
      'session',
      /^Menit: '900' harus antara 1 dan 600$/,
    ],
    [
      'minutes in words',
      (rt, f) => session(rt, f.session, { minutes: 'tiga puluh' }),
      'session',
      /^Menit: 'tiga puluh' harus berupa angka$/,
    ],
  ];

  it.each(cases)('%s', (_name, answers, kind, reason) => {
    const { rt } = schoolWithMentors();
    const forms = createForms(rt);
    const before = {
      students: body(rt, 'students'),
      sessions: body(rt, 'sessions'),
      assessments: body(rt, 'assessments'),
    };
    const submitted = answers(rt, forms);
    rt.submitForm(kind === 'intake' ? forms.intake : forms.session, submitted);
    const rows = review(rt);
    expect(rows).toHaveLength(1);
    expect(String(rows[0]![2])).toMatch(reason);
    // Kept whole: every answer is in the Review row (dates as the sheet shows them).
    for (const [title, value] of Object.entries(submitted)) {
      expect(String(rows[0]![3])).toContain(
        /^\d{4}-\d\d-\d\d$/.test(value) ? `${title}: ` : `${title}: ${value}`,
      );
    }
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
    expect(String(review(rt)[0]![2])).toBe(
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
    expect(String(review(rt)[0]![2])).toMatch(
      /^isian yang sama sudah masuk 4 menit sebelumnya \(baris 2 di Jawaban Formulir 2\)$/,
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
    expect(String(review(rt)[0]![2])).toMatch(/^add-on gagal saat memproses isian ini: /);
    expect(String(review(rt)[0]![3])).toContain(`Menit: 30`);
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
  }, 120_000);

  it('any text in any field never throws out of the handler and is never lost (property)', () => {
    const { rt } = schoolWithMentors();
    const forms = createForms(rt);
    const snap = rt.snapshot();
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom('=1+1', '+62', '-', '@x', '0012', '', ' ', '31/02/2026', '1e9'),
    );
    fc.assert(
      fc.property(
        fc.record({
          student_id: text,
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
          // Google's form page refuses a blank required answer, so those two always hold something.
          const submitted = intake({
            ...answers,
            name: answers.name.trim() || 'x',
            student_id: answers.student_id.trim() || '1',
          });
          const before = review(rt).length + body(rt, 'assessments').length;
          const result = rt.submitForm(forms.intake, submitted);
          expect(result.error).toBeUndefined();
          // Taken (an assessment row) or kept (a Review row): something new holds it.
          expect(review(rt).length + body(rt, 'assessments').length).toBeGreaterThan(before);
        },
      ),
      { numRuns: 25, seed: 20261128 },
    );
  }, 120_000);
});
