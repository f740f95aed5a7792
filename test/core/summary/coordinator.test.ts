import { describe, expect, it } from 'vitest';
import { coordinatorSummary } from '../../../src/core/summary/coordinator';
import { input, mentor, student } from './fixtures';

const linesOf = (text: string) => text.split('\n').map((l) => l.trim());
/** The lines of a section of the plain-text body, from its heading to the next heading. */
function section(text: string, heading: string): string[] {
  const lines = linesOf(text);
  const start = lines.indexOf(heading);
  const next = lines.findIndex((l, i) => i > start + 1 && /^-+$/.test(l));
  return lines.slice(start + 2, next === -1 ? undefined : next - 1).filter(Boolean);
}

describe('coordinatorSummary (English)', () => {
  const email = coordinatorSummary(input('en'), ' bk@example.sch.id ');

  it('is addressed to the coordinator, with the school and the month in the subject', () => {
    expect(email.to).toBe('bk@example.sch.id');
    expect(email.subject).toBe('School mentoring summary November 2026 — SMP Negeri 3 Kupang');
  });

  it('names the month it reports and the baselines its tiers come from', () => {
    const lines = linesOf(email.text);
    expect(lines).toContain(
      'The mentoring programme at SMP Negeri 3 Kupang in November 2026, as of 30 November 2026.',
    );
    expect(lines).toContain(
      'Tiers: monthly baseline of December 2026, taken 1 December 2026, compared with the monthly baseline of November 2026.',
    );
  });

  it('counts active students by tier, with the change since the earlier baseline', () => {
    expect(section(email.text, 'Active students by tier')).toEqual([
      'Tier 3: 3 (+3)',
      'Tier 2: 3 (−1)',
      'Tier 1: 2 (+1)',
    ]);
  });

  it('names new Tier 3 students with consent and counts the others', () => {
    expect(section(email.text, 'New in Tier 3 during November 2026')).toEqual([
      '* Fajar Nugroho (7B)',
      'Tier 3 ↑ worse (was Tier 1) · score 85',
      'Why: Attendance 75% (< 80%)',
      '* Ayu Lestari (8A)',
      'Tier 3 ↑ worse (was Tier 2) · score 82',
      'Why: Attendance 78% (< 80%) · 3 unexcused absences (≥ 3)',
      '1 student without recorded parental consent (not named)',
    ]);
  });

  it('counts unassigned at-risk students and names those with consent', () => {
    expect(section(email.text, 'Tier 2–3 students without a mentor: 2')).toEqual([
      '* Fajar Nugroho (7B)',
      'Tier 3 ↑ worse (was Tier 1) · score 85',
      'Why: Attendance 75% (< 80%)',
      '1 student without recorded parental consent (not named)',
    ]);
  });

  it('names at most five unassigned students', () => {
    const many = Array.from({ length: 8 }, (_, i) => student({ student_id: `U${i}`, name: `Siswa ${i}` }));
    const text = coordinatorSummary(
      input('en', {
        students: many,
        risk: new Map(many.map((s, i) => [s.student_id, { tier: 2, score: 80 - i, reasons: '' }])),
      }),
      'bk@example.sch.id',
    ).text;
    const lines = section(text, 'Tier 2–3 students without a mentor: 8');
    expect(lines.filter((l) => l.startsWith('* '))).toEqual([
      '* Siswa 0',
      '* Siswa 1',
      '* Siswa 2',
      '* Siswa 3',
      '* Siswa 4',
    ]);
    expect(lines[lines.length - 1]).toBe('… and 3 more');
  });

  it('counts the sessions held in the month by type, and the missed ones, under labels naming the month', () => {
    expect(section(email.text, 'Sessions held in November 2026, by type')).toEqual([
      'individual: 3',
      'counselling: 1',
      'group: 1',
      'family: 1',
      'home visit: 0',
      'Sessions held in November 2026: 6',
      'Sessions the student missed in November 2026: 1',
    ]);
  });

  it('shows the last six months of attendance, up to the month of the run', () => {
    expect(section(email.text, 'Attendance trend (school average)')).toEqual([
      'June 2026: 93%',
      'July 2026: 96%',
      'August 2026: 95%',
      'September 2026: 94%',
      'October 2026: 92.5%',
      'November 2026: 90%',
    ]);
  });

  it('counts dropouts of the month and of the school year', () => {
    expect(section(email.text, 'Students who dropped out mid-year')).toEqual([
      'November 2026: 1',
      'This school year (since 1 July 2026): 2',
    ]);
  });

  it('lists mentor caseloads with overdue counts, leaving out inactive mentors without mentees', () => {
    expect(section(email.text, 'Mentor caseloads')).toEqual([
      'Sari Wulandari: 4 of 10 · 3 overdue',
      'Budi Santoso: 2 of 25 · 0 overdue',
    ]);
  });

  it('counts the open Review rows, with what to do about them, under the Dashboard’s label', () => {
    expect(section(email.text, 'Review rows still open: 2')).toEqual([
      'Form answers and import rows the add-on could not take wait in the Review sheet, whole. Correct the answer, set the status to "fixed: take again", then run "Take fixed Review rows again".',
      'Confidential notes, session topics and assessment answers are never included in this email. Sent by Pendamping.',
    ]);
    const none = coordinatorSummary(input('en', { reviewOpen: 0 }), 'bk@example.sch.id').text;
    expect(section(none, 'Review rows still open: 0')).toEqual([
      'Confidential notes, session topics and assessment answers are never included in this email. Sent by Pendamping.',
    ]);
  });

  it('draws bars as inline-styled table cells', () => {
    expect(email.html).toContain(
      '<div style="width:38%;height:12px;line-height:12px;font-size:1px;background-color:#d93025">',
    );
    expect(email.html).toContain('<div style="width:90%;');
  });
});

describe('coordinatorSummary edge cases', () => {
  it('says when there is no earlier baseline to compare with, and lists no one as new in Tier 3', () => {
    const first = input('en', {
      previousRisk: new Map(),
      baselines: { now: { month: '2026-12', takenOn: '2026-12-01' }, previous: null },
    });
    const text = coordinatorSummary(first, 'bk@example.sch.id').text;
    expect(section(text, 'Active students by tier')).toEqual(['Tier 3: 3', 'Tier 2: 3', 'Tier 1: 2']);
    expect(linesOf(text)).toContain(
      'Tiers: monthly baseline of December 2026, taken 1 December 2026; there is no earlier baseline to compare with yet.',
    );
    expect(section(text, 'New in Tier 3 during November 2026')).toEqual([
      'No baseline from the month before, so changes cannot be shown yet.',
    ]);
  });

  it('counts active students without a tier apart', () => {
    const text = coordinatorSummary(
      input('en', { risk: new Map([['S01', { tier: 3, score: 80, reasons: '' }]]) }),
      'bk@example.sch.id',
    ).text;
    // S01 in Tier 3; the other seven active students have no tier in the baseline.
    expect(section(text, 'Active students by tier')).toEqual([
      'Tier 3: 1 (+1)',
      'Tier 2: 0 (−4)',
      'Tier 1: 0 (−1)',
      'No tier yet: 7',
    ]);
  });

  it('does not count a transfer as a dropout', () => {
    const moved = input('en', {
      students: [
        student({ student_id: 'T', name: 'Tono', status: 'transferred', status_date: '2026-11-10' }),
      ],
    });
    expect(
      section(coordinatorSummary(moved, 'bk@example.sch.id').text, 'Students who dropped out mid-year'),
    ).toEqual(['November 2026: 0', 'This school year (since 1 July 2026): 0']);
  });

  it('says none and no data where there is nothing', () => {
    const text = coordinatorSummary(
      input('en', { students: [], sessions: [], mentors: [], attendanceTrend: [] }),
      'bk@example.sch.id',
    ).text;
    const lines = linesOf(text);
    for (const line of [
      'None.',
      'Tier 2–3 students without a mentor: 0',
      'No attendance recap yet.',
      'No mentors yet.',
    ])
      expect(lines).toContain(line);
  });
});

describe('coordinatorSummary (Bahasa Indonesia)', () => {
  it('writes the same content in Indonesian', () => {
    const email = coordinatorSummary(input('id'), 'bk@example.sch.id');
    expect(email.subject).toBe('Ringkasan program pendampingan November 2026 — SMP Negeri 3 Kupang');
    const lines = linesOf(email.text);
    for (const line of [
      'Tingkat 3: 3 (+3)',
      'Siswa Tingkat 2–3 tanpa pendamping: 2',
      'Sesi terlaksana November 2026: 6',
      'Sesi yang tidak dihadiri siswa November 2026: 1',
      'November 2026: 1',
      '1 siswa tanpa izin orang tua yang tercatat (tidak disebut namanya)',
      'kunjungan rumah: 0',
      'Oktober 2026: 92,5%',
      'Tahun ajaran ini (sejak 1 Juli 2026): 2',
      'Sari Wulandari: 4 dari 10 · 3 terlambat',
    ])
      expect(lines).toContain(line);
  });
});

describe('coordinatorSummary caseloads and bars', () => {
  it('shows an inactive mentor who still has mentees, marked so; an overfull one in red', () => {
    const mentors = [
      mentor({ mentor_id: 'M1', name: 'Sari Wulandari', email: 'sari@example.sch.id', capacity: 3 }),
      mentor({ mentor_id: 'M2', name: 'Budi Santoso', active: false }),
      mentor({ mentor_id: 'M3', name: 'Rina Marlina', capacity: 0 }),
    ];
    const email = coordinatorSummary(input('en', { mentors }), 'bk@example.sch.id');
    expect(section(email.text, 'Mentor caseloads').slice(0, 3)).toEqual([
      'Sari Wulandari: 4 of 3 · 3 overdue',
      'Budi Santoso (inactive): 2 of 10 · 0 overdue',
      'Rina Marlina: 0 of 0 · 0 overdue',
    ]);
    // Over capacity: a red bar, full width (4 of 3); no room at all (0 of 0): a full bar.
    expect(email.html).toContain(
      '<div style="width:100%;height:12px;line-height:12px;font-size:1px;background-color:#d93025">&nbsp;</div></td><td style="padding:2px 6px">4 of 3 · 3 overdue',
    );
    expect(email.html).toContain(
      'background-color:#1a73e8">&nbsp;</div></td><td style="padding:2px 6px">0 of 0 · 0 overdue',
    );
  });

  it('says "None." when nobody is new in Tier 3', () => {
    const text = coordinatorSummary(
      input('en', { previousRisk: input('en').risk }),
      'bk@example.sch.id',
    ).text;
    expect(section(text, 'New in Tier 3 during November 2026')).toEqual(['None.']);
  });

  it('draws each tier’s bar as its share of the active students, those without a tier included', () => {
    const html = coordinatorSummary(
      input('en', { risk: new Map([['S01', { tier: 3, score: 80, reasons: '' }]]) }),
      'bk@example.sch.id',
    ).html;
    // 1 of 8 active students in Tier 3 (13%), 7 without a tier (88%).
    expect(html).toContain(
      '<div style="width:13%;height:12px;line-height:12px;font-size:1px;background-color:#d93025">',
    );
    expect(html).toContain(
      '<div style="width:88%;height:12px;line-height:12px;font-size:1px;background-color:#dadce0">',
    );
  });
});

describe('the attendance trend', () => {
  it('takes the last six months up to the report’s month, oldest first, whatever the order given', () => {
    const trend = [
      { month: '2026-11', rate: 0.9 },
      { month: '2026-05', rate: 0.91 },
      { month: '2026-12', rate: 0.5 },
      { month: '2026-07', rate: 0.96 },
      { month: '2026-06', rate: 0.93 },
      { month: '2026-10', rate: 0.925 },
      { month: '2026-09', rate: 0.94 },
      { month: '2026-08', rate: 0.95 },
    ];
    const text = coordinatorSummary(input('en', { attendanceTrend: trend }), 'bk@example.sch.id').text;
    expect(section(text, 'Attendance trend (school average)')).toEqual([
      'June 2026: 93%',
      'July 2026: 96%',
      'August 2026: 95%',
      'September 2026: 94%',
      'October 2026: 92.5%',
      'November 2026: 90%',
    ]);
  });
});

describe('coordinatorSummary’s HTML', () => {
  const html = coordinatorSummary(input('en'), 'bk@example.sch.id').html;
  const fill = (width: number, colour: string) =>
    `<div style="width:${width}%;height:12px;line-height:12px;font-size:1px;background-color:${colour}">`;

  it('colours each tier’s bar: Tier 3 red, Tier 2 amber, Tier 1 grey (3, 3 and 2 of 8)', () => {
    expect(html).toContain(`${fill(38, '#d93025')}&nbsp;</div></td><td style="padding:2px 6px">3 (+3)`);
    expect(html).toContain(`${fill(38, '#f9ab00')}&nbsp;</div></td><td style="padding:2px 6px">3 (−1)`);
    expect(html).toContain(`${fill(25, '#9aa0a6')}&nbsp;</div></td><td style="padding:2px 6px">2 (+1)`);
  });

  it('draws sessions by type against the most frequent type, and caseloads against capacity', () => {
    expect(html).toContain(`${fill(100, '#1a73e8')}&nbsp;</div></td><td style="padding:2px 6px">3</td>`);
    expect(html).toContain(`${fill(33, '#1a73e8')}&nbsp;</div></td><td style="padding:2px 6px">1</td>`);
    expect(html).toContain(
      `${fill(40, '#1a73e8')}&nbsp;</div></td><td style="padding:2px 6px">4 of 10 · 3 overdue`,
    );
  });

  it('greys the tiers line and the footer, and writes no empty line or paragraph', () => {
    expect(html).toContain(
      '<br><span style="color:#5f6368;font-size:12px">Tiers: monthly baseline of December 2026',
    );
    expect(html).toContain('<span style="color:#5f6368;font-size:12px">Confidential notes');
    expect(html).toContain(
      '<p style="margin:0 0 10px">1 student without recorded parental consent (not named)</p>',
    );
    expect(html).not.toMatch(/<p style="margin:0 0 10px">(<br>|<\/p>)/);
    const first = coordinatorSummary(
      input('en', { previousRisk: new Map(), baselines: { now: null, previous: null } }),
      'bk@example.sch.id',
    ).html;
    expect(first).toContain('<span style="color:#5f6368;font-size:12px">No baseline from the month before');
  });

  it('writes no "Why" line for a student without reasons, and lists the waiting by need', () => {
    const waiting = [
      student({ student_id: 'A', name: 'Anton' }),
      student({ student_id: 'B', name: 'Beti' }),
      student({ student_id: 'C', name: 'Cahya' }),
    ];
    const text = coordinatorSummary(
      input('en', {
        students: waiting,
        risk: new Map([
          ['A', { tier: 2, score: 40, reasons: '' }],
          ['B', { tier: 3, score: 70, reasons: 'Attendance 70% (< 80%)' }],
          ['C', { tier: 2, score: 60, reasons: '' }],
        ]),
      }),
      'bk@example.sch.id',
    ).text;
    expect(section(text, 'Tier 2–3 students without a mentor: 3')).toEqual([
      '* Beti',
      'Tier 3 (new) · score 70',
      'Why: Attendance 70% (< 80%)',
      '* Cahya',
      'Tier 2 (new) · score 60',
      '* Anton',
      'Tier 2 (new) · score 40',
    ]);
  });
});
