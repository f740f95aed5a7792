import { describe, expect, it } from 'vitest';
import { mentorSummary } from '../../../src/core/summary/mentor';
import { input, mentors, session, student, students } from './fixtures';

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

  it('names the month it reports and the baselines its tiers come from', () => {
    const lines = linesOf(email.text);
    expect(lines).toContain(
      'Here is how your mentees at SMP Negeri 3 Kupang did in November 2026, as of 30 November 2026.',
    );
    expect(lines).toContain(
      'Tiers: monthly baseline of December 2026, taken 1 December 2026, compared with the monthly baseline of November 2026.',
    );
  });

  it('gives the totals over every mentee, those it may not name included', () => {
    const lines = linesOf(email.text);
    expect(lines).toContain('Active mentees: 4');
    // Bagus, Citra, and Dimas (no consent: counted, not named).
    expect(lines).toContain('Overdue for a session: 3');
    expect(lines).toContain(
      'Your mentees’ sessions held in November 2026: 4 (individual 1, counselling 1, group 1, family 1) · 1 missed',
    );
  });

  it('counts the month it reports whatever day it is sent: sessions of November on 1 December', () => {
    const onlyUnnamed = input('en', {
      students: [student({ student_id: 'X', name: 'Xavier', mentor_id: 'M1', consent: null })],
      sessions: ['2026-11-03', '2026-11-10', '2026-11-17', '2026-11-24'].map((date) =>
        session({ date, student_id: 'X' }),
      ),
    });
    const lines = linesOf(mentorSummary(onlyUnnamed, 'M1')!.text);
    expect(lines).toContain('Your mentees’ sessions held in November 2026: 4 (individual 4)');
    expect(lines).not.toContain('Xavier');
  });

  it('lists overdue mentees first', () => {
    const names = linesOf(email.text).filter((l) => l.startsWith('* '));
    expect(names).toEqual(['* Bagus Pratama (8B)', '* Citra Dewi (7A)', '* Ayu Lestari (8A)']);
  });

  it('writes each mentee: overdue reason, tier change and next step, last session and sessions, PIP check', () => {
    expect(entry(email.text, 'Bagus Pratama')).toEqual([
      '* Bagus Pratama (8B)',
      '⚠ Overdue: no session for 60 days',
      'Tier 2 (unchanged) · score 55 · basic mentoring',
      'Why: Term average 68 (< 75)',
      'Last session: 1 October 2026 (home visit) · sessions in November 2026: none',
    ]);
    expect(entry(email.text, 'Citra Dewi')).toEqual([
      '* Citra Dewi (7A)',
      '⚠ Overdue: the check planned for 20 November 2026 has passed',
      'Tier 1 ↓ better (was Tier 2) · score 10 · keep in touch',
      'Last session: 10 November 2026 (group) · sessions in November 2026: 1 (group 1)',
    ]);
    expect(entry(email.text, 'Ayu Lestari')).toEqual([
      '* Ayu Lestari (8A)',
      'Tier 3 ↑ worse (was Tier 2) · score 82 · intensive support',
      'Why: Attendance 78% (< 80%) · 3 unexcused absences (≥ 3)',
      'Last session: 24 November 2026 (counselling) · sessions in November 2026: 2 (individual 1, counselling 1) · 1 missed',
      'PIP check: can the student get PIP/KIP aid?',
    ]);
  });

  it('spells out the next step of each tier among the mentees, once', () => {
    const lines = linesOf(email.text);
    const start = lines.indexOf('Suggested next steps');
    expect(lines.slice(start + 3, start + 6)).toEqual([
      'Tier 3, intensive support: meet at least every 7 days; involve the counsellor, plan a home visit and a family meeting.',
      'Tier 2, basic mentoring: a check-in with the student at least every 30 days.',
      'Tier 1, keep in touch: stay in contact (at least every 30 days), and consider ending formal mentoring.',
    ]);
    expect(lines[start + 6]).toBe('');
  });

  it('marks a mentee new in the baseline; assigned five days ago without a session, not overdue', () => {
    const budi = mentorSummary(input('en'), 'M2')!;
    expect(budi.to).toBe('budi@example.sch.id');
    expect(entry(budi.text, 'Eka Putri')).toEqual([
      '* Eka Putri (9A)',
      'Tier 2 (new) · score 48 · basic mentoring',
      'Last session: no session yet · sessions in November 2026: none',
    ]);
    expect(linesOf(budi.text)).toContain('Overdue for a session: 0');
  });

  it('says since when a mentee has had no session after the interval passed', () => {
    const late = input('en', {
      students: [
        student({ student_id: 'S05', name: 'Eka Putri', mentor_id: 'M2', mentor_since: '2026-10-20' }),
      ],
    });
    expect(entry(mentorSummary(late, 'M2')!.text, 'Eka Putri')[1]).toBe(
      '⚠ Overdue: no session in the 41 days since the assignment on 20 October 2026',
    );
  });

  it('counts a mentee without consent and does not name them', () => {
    expect(linesOf(email.text)).toContain(
      '1 student without recorded parental consent: counted above, not named (ask the coordinator)',
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
      'Tier 3, intensive support: meet at least every 7 days; involve the counsellor, plan a home visit and a family meeting.',
      'intensive support',
    ],
    [2, 'Tier 2, basic mentoring: a check-in with the student at least every 30 days.', 'basic mentoring'],
    [
      1,
      'Tier 1, keep in touch: stay in contact (at least every 30 days), and consider ending formal mentoring.',
      'keep in touch',
    ],
  ] as const)('Tier %s: only its own step', (tier, guide, step) => {
    const lines = linesOf(only(tier));
    expect(lines).toContain(guide);
    expect(lines.filter((l) => l.startsWith('Tier ') && l.includes(': '))).toEqual([guide]);
    expect(lines).toContain(`Tier ${tier} (new) · score 50 · ${step}`);
  });

  it('says the tier is not computed when the baseline has none', () => {
    const lines = linesOf(only(null));
    expect(lines).toContain('No tier in the baseline (no data yet)');
    expect(lines).toContain(
      'No tier yet: keep meeting the student (at least every 30 days); the tier shows once attendance or grades are entered.',
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
      'Berikut keadaan siswa dampingan Anda di SMP Negeri 3 Kupang selama November 2026, per 30 November 2026.',
      'Tingkat: patokan bulanan Desember 2026, diambil 1 Desember 2026, dibandingkan dengan patokan bulanan November 2026.',
      'Terlambat ditemui: 3',
      'Sesi terlaksana November 2026 dengan siswa dampingan Anda: 4 (individu 1, konseling 1, kelompok 1, keluarga 1) · 1 tidak hadir',
      '⚠ Terlambat: sudah 60 hari tanpa sesi',
      '⚠ Terlambat: jadwal cek 20 November 2026 sudah lewat',
      'Tingkat 3 ↑ memburuk (sebelumnya Tingkat 2) · skor 82 · dukungan intensif',
      'Tingkat 1 ↓ membaik (sebelumnya Tingkat 2) · skor 10 · tetap jalin komunikasi',
      'Tingkat 2 (tetap) · skor 55 · pendampingan dasar',
      'Sesi terakhir: 1 Oktober 2026 (kunjungan rumah) · sesi November 2026: belum ada',
      'Tingkat 3, dukungan intensif: temui setidaknya setiap 7 hari; libatkan guru BK, rencanakan kunjungan rumah dan pertemuan keluarga.',
      'Cek PIP: apakah siswa bisa menerima bantuan PIP/KIP?',
      '1 siswa tanpa izin orang tua yang tercatat: sudah dihitung di atas, tidak disebut namanya (tanyakan kepada koordinator)',
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

describe("the order of a mentor's list", () => {
  // Everyone seen last week (not overdue) except where said; tiers and scores from the baseline.
  const seen = (id: string) => session({ date: '2026-11-28', student_id: id });
  const mentee = (id: string, name: string) => student({ student_id: id, name, mentor_id: 'M1' });
  const names = (text: string) =>
    linesOf(text)
      .filter((l) => l.startsWith('* '))
      .map((l) => l.slice(2));

  it('puts the higher tier first, then the higher score, then the name; no tier last', () => {
    const text = mentorSummary(
      input('en', {
        students: [
          mentee('A', 'Zaki'),
          mentee('B', 'Yuni'),
          mentee('C', 'Wati'),
          mentee('D', 'Vino'),
          mentee('E', 'Agus'),
          mentee('F', 'Bayu'),
        ],
        sessions: ['A', 'B', 'C', 'D', 'E', 'F'].map(seen),
        risk: new Map([
          ['A', { tier: 2, score: 40, reasons: '' }],
          ['B', { tier: 3, score: 70, reasons: '' }],
          ['C', { tier: 3, score: 90, reasons: '' }],
          ['D', { tier: 2, score: 40, reasons: '' }],
          ['F', { tier: 1, score: 10, reasons: '' }],
        ]),
      }),
      'M1',
    )!.text;
    expect(names(text)).toEqual(['Wati', 'Yuni', 'Vino', 'Zaki', 'Bayu', 'Agus']);
  });

  it('puts overdue mentees first, each group still in order of need', () => {
    const text = mentorSummary(
      input('en', {
        students: [mentee('A', 'Ani'), mentee('B', 'Budi'), mentee('C', 'Cici'), mentee('D', 'Dedi')],
        sessions: [seen('A'), seen('C')], // B and D: never, no assignment day
        risk: new Map([
          ['A', { tier: 3, score: 90, reasons: '' }],
          ['B', { tier: 2, score: 50, reasons: '' }],
          ['C', { tier: 2, score: 60, reasons: '' }],
          ['D', { tier: 3, score: 80, reasons: '' }],
        ]),
      }),
      'M1',
    )!.text;
    expect(names(text)).toEqual(['Dedi', 'Budi', 'Ani', 'Cici']);
  });
});

describe('whose mentees an email holds', () => {
  it('a mentor row with a blank ID gets no email, never the students without a mentor', () => {
    const blank = mentors.concat({
      ...mentors[0]!,
      mentor_id: '',
      name: 'Kosong',
      email: 'kosong@example.sch.id',
    });
    expect(mentorSummary(input('en', { mentors: blank }), '')).toBeNull();
    expect(mentorSummary(input('en', { mentors: blank }), '  ')).toBeNull();
  });

  it('one person listed under two IDs with one address gets one email with all their mentees', () => {
    const twice = mentors.map((m) =>
      m.mentor_id === 'M2' ? { ...m, email: 'sari@example.sch.id', name: 'Sari Wulandari' } : m,
    );
    const email = mentorSummary(input('en', { mentors: twice }), ['M1', 'M2'])!;
    expect(email.to).toBe('sari@example.sch.id');
    expect(email.mentees).toBe(6);
    expect(linesOf(email.text)).toContain('Dear Sari Wulandari,');
    for (const name of ['Ayu Lestari', 'Eka Putri', '<b>Ayu</b>']) expect(email.text).toContain(name);
  });
});

describe('the guide follows the contact intervals in Settings', () => {
  it('names each tier’s interval, so that "overdue" never contradicts the advice', () => {
    const text = mentorSummary(input('en', { intervals: { 3: 10, 2: 21, other: 60 } }), 'M1')!.text;
    const lines = linesOf(text);
    expect(lines).toContain(
      'Tier 3, intensive support: meet at least every 10 days; involve the counsellor, plan a home visit and a family meeting.',
    );
    expect(lines).toContain('Tier 2, basic mentoring: a check-in with the student at least every 21 days.');
    expect(lines).toContain(
      'Tier 1, keep in touch: stay in contact (at least every 60 days), and consider ending formal mentoring.',
    );
    // Dimas (Tier 3, last seen 18 days before the month's end) is overdue; Ayu (6 days) is not.
    expect(lines).toContain('Overdue for a session: 3');
  });

  it('joins every reason a mentee is overdue into one line', () => {
    const text = mentorSummary(
      input('en', {
        students: [student({ student_id: 'X', name: 'Xena', mentor_id: 'M1' })],
        sessions: [session({ date: '2026-09-01', student_id: 'X', next_check: '2026-09-15' })],
        risk: new Map([['X', { tier: 2, score: 50, reasons: '' }]]),
      }),
      'M1',
    )!.text;
    expect(entry(text, 'Xena')[1]).toBe(
      '⚠ Overdue: no session for 90 days; the check planned for 15 September 2026 has passed',
    );
  });
});

describe('edge cases of a mentor’s email', () => {
  it('counts each mentee once, even when an ID is given twice', () => {
    expect(mentorSummary(input('en'), ['M1', ' M1 '])!.mentees).toBe(4);
  });

  it('with only unnamed mentees: the totals and the consent line, no list and no guide', () => {
    const text = mentorSummary(
      input('en', {
        students: [student({ student_id: 'X', name: 'Xavier', mentor_id: 'M1', consent: false })],
      }),
      'M1',
    )!.text;
    const lines = linesOf(text);
    expect(lines).toContain('Active mentees: 1');
    expect(lines).not.toContain('Suggested next steps');
    expect(lines).not.toContain('Your mentees (overdue first)');
    expect(lines).toContain(
      '1 student without recorded parental consent: counted above, not named (ask the coordinator)',
    );
  });

  it('with only named mentees: no consent line', () => {
    const text = mentorSummary(input('en'), 'M2')!.text;
    expect(text).not.toMatch(/parental consent/);
  });
});

describe('a mentor’s email, HTML and edge rows', () => {
  it('writes the overdue line in red, the tiers line and the footer in grey, and no empty consent line', () => {
    const sari = mentorSummary(input('en'), 'M1')!.html;
    expect(sari).toContain('<br><span style="color:#b3261e">⚠ Overdue: no session for 60 days</span>');
    expect(sari).toContain('<br><span style="color:#5f6368;font-size:12px">Tiers: monthly baseline');
    expect(sari).toContain('<h2 style="font-size:16px;margin:20px 0 8px">Your mentees (overdue first)</h2>');
    expect(sari).toContain(
      '<p style="margin:0 0 10px"><span style="color:#b3261e">1 student without recorded parental consent',
    );
    expect(sari).toMatch(
      /<p style="margin:0 0 10px"><span style="color:#5f6368;font-size:12px">Confidential notes[^<]*<\/span><\/p><\/div>$/,
    );
    const budi = mentorSummary(input('en'), 'M2')!.html;
    expect(budi).not.toContain('<span style="color:#b3261e"></span>');
  });

  it('greets every name of an address once, and counts a mentee once when the Mentors sheet repeats a row', () => {
    const twice = mentors.concat({ ...mentors[0]! });
    expect(mentorSummary(input('en', { mentors: twice }), 'M1')!.mentees).toBe(4);
    const shared = mentors.map((m) => (m.mentor_id === 'M2' ? { ...m, email: 'sari@example.sch.id' } : m));
    const email = mentorSummary(input('en', { mentors: shared }), ['M1', 'M2'])!;
    expect(linesOf(email.text)).toContain('Dear Sari Wulandari / Budi Santoso,');
  });

  it('finds the mentor by an ID written with spaces', () => {
    expect(mentorSummary(input('en'), ' M1 ')!.to).toBe('sari@example.sch.id');
    const spaced = mentors.map((m) => (m.mentor_id === 'M1' ? { ...m, mentor_id: ' M1 ' } : m));
    expect(mentorSummary(input('en', { mentors: spaced }), 'M1')!.mentees).toBe(4);
  });

  it('orders mentees without a tier by name, after the others', () => {
    const untiered = ['Rudi', 'Ani', 'Made'].map((name, i) =>
      student({ student_id: `U${i}`, name, mentor_id: 'M1', mentor_since: '2026-11-29' }),
    );
    const text = mentorSummary(input('en', { students: untiered, risk: new Map() }), 'M1')!.text;
    expect(linesOf(text).filter((l) => l.startsWith('* '))).toEqual(['* Ani', '* Made', '* Rudi']);
  });
});
