import { describe, expect, it } from 'vitest';
import { mentorSummary } from '../../../src/core/summary/mentor';
import { input, mentors, student, students } from './fixtures';

const linesOf = (text: string) => text.split('\n').map((l) => l.trim());
/** The lines of one mentee's entry in the plain-text body. */
function entry(text: string, name: string): string[] {
  const lines = linesOf(text);
  const start = lines.findIndex((l) => l.startsWith(`* ${name}`));
  const end = lines.findIndex((l, i) => i > start && (l.startsWith('* ') || l === ''));
  return lines.slice(start, end);
}

describe('mentorSummary (English)', () => {
  const email = mentorSummary(input('en'), 'M1')!;

  it('is addressed to the mentor, with the school and the month in the subject', () => {
    expect(email.to).toBe('sari@example.sch.id');
    expect(email.subject).toBe('Mentoring summary November 2026 — SMP Negeri 3 Kupang');
    expect(email.mentees).toBe(4);
    expect(linesOf(email.text)).toContain('Dear Sari Wulandari,');
  });

  it('gives the totals, with the sessions of the month by type', () => {
    const lines = linesOf(email.text);
    expect(lines).toContain('Active mentees: 4');
    expect(lines).toContain('Overdue for a session: 2');
    expect(lines).toContain('Sessions held this month: 3 (individual 1, counselling 1, group 1) · 1 missed');
  });

  it('lists overdue mentees first', () => {
    const names = linesOf(email.text).filter((l) => l.startsWith('* '));
    expect(names).toEqual(['* Bagus Pratama (8B)', '* Citra Dewi (7A)', '* Ayu Lestari (8A)']);
  });

  it('writes each mentee: overdue reason, tier change and next step, last session and sessions, PIP check', () => {
    expect(entry(email.text, 'Bagus Pratama')).toEqual([
      '* Bagus Pratama (8B)',
      '⚠ Overdue: no session for 58 days',
      'Tier 2 (same as last month) · score 55 · basic mentoring',
      'Why: Term average 68 (< 75)',
      'Last session: 1 October 2026 (home visit) · this month: none',
    ]);
    expect(entry(email.text, 'Citra Dewi')).toEqual([
      '* Citra Dewi (7A)',
      '⚠ Overdue: the check planned for 20 November 2026 has passed',
      'Tier 1 ↓ better (was Tier 2) · score 10 · keep in touch',
      'Last session: 10 November 2026 (group) · this month: 1 (group 1)',
    ]);
    expect(entry(email.text, 'Ayu Lestari')).toEqual([
      '* Ayu Lestari (8A)',
      'Tier 3 ↑ worse (was Tier 2) · score 82 · intensive support',
      'Why: Attendance 78% (< 80%) · 3 unexcused absences (≥ 3)',
      'Last session: 17 November 2026 (counselling) · this month: 2 (individual 1, counselling 1) · 1 missed',
      'PIP check: can the student get PIP/KIP aid?',
    ]);
  });

  it('spells out the next step of each tier among the mentees, once', () => {
    const lines = linesOf(email.text);
    const start = lines.indexOf('Suggested next steps');
    expect(lines.slice(start + 3, start + 6)).toEqual([
      'Tier 3, intensive support: involve the counsellor, plan a home visit and a family meeting.',
      'Tier 2, basic mentoring: a check-in with the student at least once a month.',
      'Tier 1, keep in touch: stay in contact, and consider ending formal mentoring.',
    ]);
    expect(lines[start + 6]).toBe('');
  });

  it('marks a mentee new this month, with no session yet', () => {
    const budi = mentorSummary(input('en'), 'M2')!;
    expect(budi.to).toBe('budi@example.sch.id');
    expect(entry(budi.text, 'Eka Putri')).toEqual([
      '* Eka Putri (9A)',
      '⚠ Overdue: no session yet',
      'Tier 2 (new this month) · score 48 · basic mentoring',
      'Last session: no session yet · this month: none',
    ]);
  });

  it('counts a mentee without consent and does not name them', () => {
    expect(linesOf(email.text)).toContain(
      '1 student without recorded parental consent (ask the coordinator)',
    );
    expect(email.text).not.toContain('Dimas');
    expect(email.html).not.toContain('Dimas');
  });

  it('leaves out students who are no longer active', () => {
    for (const name of ['Hadi Wibowo', 'Kartika Ayu']) expect(email.text).not.toContain(name);
  });
});

describe('the PIP check', () => {
  const only = (over: Parameters<typeof student>[0], hardship: boolean | undefined) =>
    mentorSummary(
      input('en', {
        students: [student({ mentor_id: 'M1', ...over })],
        needs:
          hardship === undefined ? new Map() : new Map([[over.student_id, { economicHardship: hardship }]]),
      }),
      'M1',
    )!.text;

  it.each([
    [true, false, true],
    [true, null, true],
    [true, true, false],
    [false, false, false],
    [undefined, false, false],
  ])('hardship %s and pip %s: shown %s', (hardship, pip, shown) => {
    const text = only({ student_id: 'X', name: 'Xena', pip }, hardship);
    expect(text.includes('PIP check: can the student get PIP/KIP aid?')).toBe(shown);
  });
});

describe('next step by tier', () => {
  const only = (tier: 1 | 2 | 3 | null) =>
    mentorSummary(
      input('en', {
        students: [student({ student_id: 'X', name: 'Xena', mentor_id: 'M1' })],
        risk: tier ? new Map([['X', { tier, score: 50, reasons: '' }]]) : new Map(),
      }),
      'M1',
    )!.text;

  it.each([
    [
      3,
      'Tier 3, intensive support: involve the counsellor, plan a home visit and a family meeting.',
      'intensive support',
    ],
    [2, 'Tier 2, basic mentoring: a check-in with the student at least once a month.', 'basic mentoring'],
    [1, 'Tier 1, keep in touch: stay in contact, and consider ending formal mentoring.', 'keep in touch'],
  ] as const)('Tier %s: only its own step', (tier, guide, step) => {
    const lines = linesOf(only(tier));
    expect(lines).toContain(guide);
    expect(lines.filter((l) => l.startsWith('Tier ') && l.includes(':'))).toEqual([guide]);
    expect(lines).toContain(`Tier ${tier} (new this month) · score 50 · ${step}`);
  });

  it('says the tier is not computed when the snapshot has none', () => {
    const lines = linesOf(only(null));
    expect(lines).toContain('Tier not computed this month (no data yet)');
    expect(lines).toContain(
      'No tier yet: keep meeting the student; the tier shows once attendance or grades are entered.',
    );
  });
});

describe('mentorSummary (Bahasa Indonesia)', () => {
  const email = mentorSummary(input('id'), 'M1')!;

  it('writes the same content in Indonesian', () => {
    expect(email.subject).toBe('Ringkasan pendampingan November 2026 — SMP Negeri 3 Kupang');
    const lines = linesOf(email.text);
    for (const line of [
      'Yth. Sari Wulandari,',
      'Sesi bulan ini: 3 (individu 1, konseling 1, kelompok 1) · 1 tidak hadir',
      '⚠ Terlambat: sudah 58 hari tanpa sesi',
      '⚠ Terlambat: jadwal cek 20 November 2026 sudah lewat',
      'Tingkat 3 ↑ memburuk (sebelumnya Tingkat 2) · skor 82 · dukungan intensif',
      'Tingkat 1 ↓ membaik (sebelumnya Tingkat 2) · skor 10 · tetap jalin komunikasi',
      'Tingkat 2 (sama seperti bulan lalu) · skor 55 · pendampingan dasar',
      'Sesi terakhir: 1 Oktober 2026 (kunjungan rumah) · bulan ini: belum ada',
      'Tingkat 3, dukungan intensif: libatkan guru BK, rencanakan kunjungan rumah dan pertemuan keluarga.',
      'Cek PIP: apakah siswa bisa menerima bantuan PIP/KIP?',
      '1 siswa tanpa izin orang tua yang tercatat (tanyakan kepada koordinator)',
    ])
      expect(lines).toContain(line);
    expect(email.html).toContain(
      '<h2 style="font-size:16px;margin:20px 0 8px">Langkah berikutnya yang disarankan</h2>',
    );
  });
});

describe('who gets no email', () => {
  it('a mentor without email, without active mentees, or unknown', () => {
    const withMentee = students.map((s) => (s.student_id === 'S05' ? { ...s, mentor_id: 'M3' } : s));
    expect(mentorSummary(input('en', { students: withMentee }), 'M3')).toBeNull();
    const withEmail = mentors.map((m) => (m.mentor_id === 'M3' ? { ...m, email: 'rina@example.sch.id' } : m));
    expect(mentorSummary(input('en', { mentors: withEmail }), 'M3')).toBeNull();
    expect(mentorSummary(input('en'), 'M9')).toBeNull();
  });
});
