/**
 * What each form asks, question by question (the forms are the programme's instruments: a
 * changed type, a dropped "required" or a lost choice changes what schools collect).
 */
import { describe, expect, it } from 'vitest';
import {
  choiceLabel,
  type FormDefinition,
  idOfChoice,
  intakeForm,
  sessionForm,
  studentChoiceIds,
  studentChoiceLabel,
  studentOfChoice,
} from '../../../src/core/forms/definitions';

const shape = (def: FormDefinition) =>
  def.questions.map((q) => [
    q.key,
    q.type,
    q.title,
    q.required,
    q.type === 'choice' || q.type === 'list'
      ? q.choices
      : q.type === 'scale'
        ? [q.low, q.high, ...q.labels]
        : null,
    q.help ?? null,
  ]);

describe('the intake form', () => {
  it('asks the student’s identity, consent and the needs assessment, in this order', () => {
    const def = intakeForm('id', 'SMP Negeri 3');
    expect([def.kind, def.title, def.description, def.confirmation]).toEqual([
      'intake',
      'Asesmen awal — SMP Negeri 3',
      'Isi bersama siswa (dan orang tua/wali bila memungkinkan). Jawaban hanya untuk program pendampingan sekolah.',
      'Terima kasih. Jawaban sudah diterima.',
    ]);
    expect(shape(def)).toEqual([
      [
        'student_id',
        'text',
        'NISN',
        true,
        null,
        'NISN: 10 digit, lengkap dengan angka 0 di depannya (mis. 0012345678).',
      ],
      ['name', 'text', 'Nama', true, null, null],
      ['class', 'text', 'Kelas', false, null, 'mis. 7A'],
      [
        'grade',
        'list',
        'Tingkat',
        false,
        ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
        null,
      ],
      ['gender', 'choice', 'JK', false, ['L', 'P'], null],
      ['birth_date', 'date', 'Tanggal lahir', false, null, null],
      ['guardian_name', 'text', 'Nama wali', false, null, null],
      [
        'guardian_phone',
        'text',
        'HP wali',
        false,
        null,
        'Angka saja, mis. 081234567890 atau +6281234567890.',
      ],
      [
        'consent',
        'choice',
        'Izin orang tua',
        true,
        ['Ya, orang tua/wali setuju', 'Belum'],
        'Apakah orang tua/wali setuju sekolah mencatat asesmen ini untuk pendampingan? (UU PDP)',
      ],
      ['assessment', 'section', 'Asesmen kebutuhan', false, null, '0 = tidak ada, 3 = berat'],
      ['date', 'date', 'Tanggal asesmen', false, null, 'Kosong: hari ini.'],
      ['assessor', 'text', 'Penilai', false, null, null],
      [
        'social_pressure',
        'scale',
        'Tekanan sosial',
        true,
        [0, 3, 'tidak ada', 'berat'],
        'Tekanan dari teman atau lingkungan (mis. untuk bekerja, menikah, berhenti sekolah).',
      ],
      [
        'economic_hardship',
        'scale',
        'Kesulitan ekonomi',
        true,
        [0, 3, 'tidak ada', 'berat'],
        'Kesulitan uang di rumah yang mengganggu sekolah.',
      ],
      [
        'low_home_support',
        'scale',
        'Kurang dukungan di rumah',
        true,
        [0, 3, 'tidak ada', 'berat'],
        'Kurang bantuan atau tempat belajar di rumah.',
      ],
      [
        'motivation',
        'scale',
        'Motivasi',
        true,
        [1, 5, 'sangat rendah', 'sangat tinggi'],
        'Seberapa besar keinginan siswa untuk tetap sekolah?',
      ],
      [
        'wellbeing',
        'scale',
        'Kesejahteraan',
        true,
        [1, 5, 'sangat rendah', 'sangat tinggi'],
        'Bagaimana perasaan siswa akhir-akhir ini?',
      ],
      ['aspirations', 'paragraph', 'Cita-cita', false, null, null],
      ['notes', 'paragraph', 'Catatan', false, null, 'Rahasia: tidak pernah disalin ke email atau sidebar.'],
    ]);
  });

  it('speaks English in an English workbook', () => {
    const def = intakeForm('en', 'SMP 3');
    expect(def.title).toBe('Intake assessment — SMP 3');
    expect(def.questions.map((q) => q.title).slice(0, 9)).toEqual([
      'Student ID',
      'Name',
      'Class',
      'Grade',
      'Gender',
      'Birth date',
      'Guardian',
      'Guardian phone',
      'Parental consent',
    ]);
  });
});

describe('the session-log form', () => {
  it('asks mentor and student from the lists it is given, then the session', () => {
    const def = sessionForm('id', 'SMP Negeri 3', ['7A – Ayu (0012)'], ['M01 – Bu Sari']);
    expect([def.kind, def.title, def.description, def.confirmation]).toEqual([
      'session',
      'Catatan sesi pendampingan — SMP Negeri 3',
      'Satu formulir untuk satu sesi. Catatan bersifat rahasia: hanya tersimpan di lembar Sesi.',
      'Sesi tercatat. Terima kasih.',
    ]);
    expect(shape(def)).toEqual([
      ['mentor_id', 'list', 'Pendamping', true, ['M01 – Bu Sari'], null],
      [
        'student_id',
        'list',
        'Siswa',
        true,
        ['7A – Ayu (0012)'],
        'Kelas – nama (NISN): ketik kelasnya untuk melompat.',
      ],
      ['date', 'date', 'Tanggal', false, null, 'Kosong: hari ini.'],
      [
        'type',
        'choice',
        'Jenis',
        true,
        ['individu', 'konseling', 'kelompok', 'keluarga', 'kunjungan rumah'],
        null,
      ],
      ['minutes', 'text', 'Menit', false, null, 'Jumlah menit (bilangan bulat), mis. 30'],
      ['attended', 'choice', 'Apakah siswa hadir?', true, ['ya', 'tidak'], null],
      ['topics', 'paragraph', 'Topik', false, null, null],
      ['follow_up', 'paragraph', 'Tindak lanjut', false, null, null],
      ['next_check', 'date', 'Cek berikutnya', false, null, null],
      [
        'notes',
        'paragraph',
        'Catatan (rahasia)',
        false,
        null,
        'Rahasia: tidak pernah disalin ke email atau sidebar.',
      ],
    ]);
    expect(shape(sessionForm('en', 'S', [], [])).map((q) => q[4])[3]).toEqual([
      'individual',
      'counselling',
      'group',
      'family',
      'home visit',
    ]);
  });
});

describe('list choices', () => {
  it('name a student with the ID first, and give the ID back', () => {
    expect(choiceLabel('0012345678', 'Ayu Lestari', '7A')).toBe('0012345678 – Ayu Lestari (7A)');
    expect(choiceLabel('M01', 'Bu Sari')).toBe('M01 – Bu Sari');
    expect(choiceLabel('M01', 'Bu Sari', '')).toBe('M01 – Bu Sari');
    expect(idOfChoice(' 0012345678 – Ayu Lestari (7A)')).toBe('0012345678');
    expect(idOfChoice('0012345678 ')).toBe('0012345678');
  });
});

describe('student choices', () => {
  it('put the class first, then the name, the ID last in brackets, so a mentor types the class', () => {
    expect(studentChoiceLabel('0012345678', 'Ayu Lestari', '7A')).toBe('7A – Ayu Lestari (0012345678)');
    expect(studentChoiceLabel('0012345678', 'Ayu Lestari', null)).toBe('Ayu Lestari (0012345678)');
    expect(studentChoiceLabel('0012345678', 'Ayu Lestari', '')).toBe('Ayu Lestari (0012345678)');
  });

  it('give back the student of the new order and of the old one, the likelier first', () => {
    expect(studentChoiceIds('7A – Ayu Lestari (0012345678)')).toEqual(['0012345678', '7A']);
    expect(studentChoiceIds(' Ayu Lestari (0012345678) ')).toEqual([
      '0012345678',
      'Ayu Lestari (0012345678)',
    ]);
    // Responses given before the order changed still name their student.
    expect(studentChoiceIds('0012345678 – Ayu Lestari (7A)')).toEqual(['0012345678', '7A']);
    expect(studentChoiceIds('0012345678 – Ayu Lestari')).toEqual(['0012345678']);
    expect(studentChoiceIds('0012345678')).toEqual(['0012345678']);
    // A name with brackets of its own: the ID is the last bracket.
    expect(studentOfChoice('7A – Ayu (Ika) (0012345678)')).toBe('0012345678');
    expect(studentOfChoice('0012345678 – Ayu (Ika) (7A)')).toBe('0012345678');
    // A short school number at the start is not taken for an old NISN.
    expect(studentOfChoice('7A – Ayu (S-123)')).toBe('S-123');
    expect(studentChoiceIds('1234 – Ayu (S-123)')).toEqual(['S-123', '1234']);
    expect(studentChoiceIds('12345 – Ayu (7A)')).toEqual(['12345', '7A']);
  });

  it('round-trip: every label names its own student first', () => {
    for (const [id, name, cls] of [
      ['0012345678', 'Ayu', '7A'],
      ['0099999999', 'Budi (Ucok)', 'VII-B'],
      ['S-001', 'Citra', null],
    ] as const)
      expect(studentOfChoice(studentChoiceLabel(id, name, cls))).toBe(id);
  });
});
