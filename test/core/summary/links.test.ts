/**
 * The mentor's email as the start of the loop: a session link per named mentee and one with only
 * the mentor chosen, as the links were made on the Apps Script side; a WhatsApp link per named
 * mentee with a usable guardian phone; one line when some phones are unusable.
 */
import { describe, expect, it } from 'vitest';
import { mentorSummary } from '../../../src/core/summary/mentor';
import { renderHtml, renderText } from '../../../src/core/summary/render';
import { input, MARKER, student, students } from './fixtures';

const links = {
  general: new Map([['M1', 'https://docs.google.com/forms/d/e/F/viewform?usp=pp_url&entry.1=M1']]),
  mentee: new Map([
    ['S01', 'https://docs.google.com/forms/d/e/F/viewform?usp=pp_url&entry.1=M1&entry.2=S01'],
    ['S02', 'https://docs.google.com/forms/d/e/F/viewform?usp=pp_url&entry.1=M1&entry.2=S02'],
  ]),
};
const hrefs = (html: string) =>
  [...html.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

describe('session links in a mentor’s email', () => {
  it('puts the general link first and each mentee’s link under the mentee, in both bodies', () => {
    const email = mentorSummary(input('en', { links }), 'M1')!;
    const found = hrefs(email.html).filter((h) => h.includes('docs.google.com'));
    expect(found[0]).toBe(links.general.get('M1'));
    expect([...found].sort()).toEqual([...links.general.values(), ...links.mentee.values()].sort());
    expect(email.html.indexOf(links.general.get('M1')!.replace(/&/g, '&amp;'))).toBeLessThan(
      email.html.indexOf('Ayu Lestari'),
    );
    expect(email.text).toContain(`Log a session with any of your mentees: ${links.general.get('M1')}`);
    expect(email.text).toContain(`  Log a session: ${links.mentee.get('S01')}`);
    // The Ayu's item holds Ayu's link, not Bagus's.
    const ayu = email.text.slice(email.text.indexOf('* Ayu Lestari'));
    expect(ayu.slice(0, ayu.indexOf('\n*') > 0 ? ayu.indexOf('\n*') : undefined)).toContain('entry.2=S01');
  });

  it('links no mentee the links leave out, and none without the Apps Script side', () => {
    const email = mentorSummary(input('en', { links }), 'M1')!;
    expect(email.html).not.toContain('entry.2=S04');
    const none = mentorSummary(input('en'), 'M1')!;
    expect(hrefs(none.html).filter((h) => h.includes('docs.google.com'))).toEqual([]);
    expect(none.text).not.toContain('Log a session');
  });

  it('names the mentor in each general link when one email covers two mentor rows', () => {
    const two = input('id', {
      links: {
        general: new Map([
          ['M1', 'https://x.test/1'],
          ['M2', 'https://x.test/2'],
        ]),
        mentee: new Map(),
      },
      mentors: [
        ...input('id').mentors.filter((m) => m.mentor_id !== 'M2'),
        { ...input('id').mentors.find((m) => m.mentor_id === 'M2')!, email: 'sari@example.sch.id' },
      ],
    });
    const email = mentorSummary(two, ['M1', 'M2'])!;
    expect(email.text).toContain('Catat sesi sebagai Sari Wulandari: https://x.test/1');
    expect(email.text).toContain('Catat sesi sebagai Budi Santoso: https://x.test/2');
  });
});

describe('WhatsApp links in a mentor’s email', () => {
  const withPhones = students.map((s) =>
    s.student_id === 'S01'
      ? { ...s, guardian_phone: '0812-3456-7890' }
      : s.student_id === 'S02'
        ? { ...s, guardian_phone: '+62 813 1111 2222' }
        : s,
  );

  it('link each named mentee with a usable phone, greeting as the mentor, nothing about risk', () => {
    const email = mentorSummary(input('id', { students: withPhones }), 'M1')!;
    const wa = hrefs(email.html).filter((h) => h.startsWith('https://wa.me/'));
    expect(wa.map((h) => new URL(h).pathname).sort()).toEqual(['/6281234567890', '/6281311112222']);
    for (const h of wa) {
      const text = new URL(h).searchParams.get('text')!;
      expect(text).toContain('Sari Wulandari');
      expect(text).not.toMatch(/tingkat|skor|risiko|alasan|catatan/i);
      expect(text).not.toContain(MARKER);
    }
    expect(email.text).toContain('WhatsApp keluarga: https://wa.me/6281234567890?text=');
  });

  it('say once how many named mentees have an unusable phone, and never link the unnamed', () => {
    const email = mentorSummary(input('en', { students: withPhones }), 'M1')!;
    const named = [...email.text.matchAll(/^\* /gm)].length;
    const bad = named - 2;
    expect(bad).toBeGreaterThan(0);
    const line = bad === 1 ? '1 mentee has a guardian phone' : `${bad} mentees have a guardian phone`;
    expect(email.text.split(line).length - 1).toBe(1);
    // Dimas (S04) has no consent: never a link for him, whatever his phone.
    const dimas = withPhones.map((s) =>
      s.student_id === 'S04' ? { ...s, guardian_phone: '081299998888' } : s,
    );
    expect(mentorSummary(input('en', { students: dimas }), 'M1')!.html).not.toContain('6281299998888');
    const fine = mentorSummary(
      input('en', {
        students: [student({ student_id: 'X', name: 'X', mentor_id: 'M1', guardian_phone: '081200001111' })],
      }),
      'M1',
    )!;
    expect(fine.text).not.toContain('guardian phone');
  });
});

describe('links in the rendered bodies', () => {
  it('are links only for https addresses, escaped, with the address after the text in plain text', () => {
    const blocks = [
      {
        kind: 'para' as const,
        lines: [
          { text: 'Go', href: 'https://a.test/?x=1&y="2"' },
          { text: 'Bad', href: 'javascript:alert(1)' },
        ],
      },
    ];
    const html = renderHtml('T', blocks);
    expect(html).toContain('<a href="https://a.test/?x=1&amp;y=&quot;2&quot;" style="color:#1a73e8">Go</a>');
    expect(html).not.toContain('javascript:');
    expect(renderText('T', blocks)).toBe('T\n=\n\nGo: https://a.test/?x=1&y="2"\nBad');
  });
});

describe('edges of the loop in a mentor’s email', () => {
  const shared = () =>
    input('en').mentors.map((m) => (m.mentor_id === 'M2' ? { ...m, email: 'sari@example.sch.id' } : m));

  it('gives a general line only for the rows that have a link, and no empty paragraph without any', () => {
    const one = input('en', {
      mentors: shared(),
      links: { general: new Map([['M1', 'https://x.test/1']]), mentee: new Map() },
    });
    const email = mentorSummary(one, ['M1', 'M2'])!;
    expect(email.text).toContain('Log a session as Sari Wulandari: https://x.test/1');
    expect(email.text).not.toContain('Log a session as Budi Santoso');
    expect(email.html).not.toContain('<p style="margin:0 0 10px"></p>');
    const none = mentorSummary(input('en', { mentors: shared() }), ['M1', 'M2'])!;
    expect(none.html).not.toContain('<p style="margin:0 0 10px"></p>');
  });

  it('greets the family as the mentee’s own mentor when one email covers two rows', () => {
    const phones = students.map((s) =>
      s.student_id === 'S05'
        ? { ...s, guardian_phone: '081277776666' }
        : s.student_id === 'S01'
          ? { ...s, guardian_phone: '081255554444' }
          : s,
    );
    const email = mentorSummary(input('en', { mentors: shared(), students: phones }), ['M1', 'M2'])!;
    const texts = hrefs(email.html)
      .filter((h) => h.startsWith('https://wa.me/'))
      .map((h) => [new URL(h).pathname, new URL(h).searchParams.get('text')]);
    expect(texts).toContainEqual(['/6281277776666', expect.stringContaining('I am Budi Santoso,')]);
    expect(texts).toContainEqual(['/6281255554444', expect.stringContaining('I am Sari Wulandari,')]);
  });

  it('counts unusable phones in one alert line: one, or many', () => {
    const mentees = (n: number) =>
      ['P1', 'P2', 'P3'].map((id, i) =>
        student({
          student_id: id,
          name: id,
          mentor_id: 'M1',
          guardian_phone: i < n ? 'nomor?' : '081211112222',
        }),
      );
    const one = mentorSummary(input('en', { students: mentees(1) }), 'M1')!;
    expect(one.html).toContain(
      '<span style="color:#b3261e">1 mentee has a guardian phone that cannot be used for WhatsApp: ask the coordinator to fix it in the roster.</span>',
    );
    const two = mentorSummary(input('id', { students: mentees(2) }), 'M1')!;
    expect(two.text).toContain(
      '2 siswa dampingan punya nomor HP wali yang tidak dapat dipakai untuk WhatsApp',
    );
    expect(mentorSummary(input('en', { students: mentees(0) }), 'M1')!.text).not.toContain('guardian phone');
  });

  it('links only addresses that start with https://', () => {
    const html = renderHtml('T', [
      { kind: 'para', lines: [{ text: 'X', href: 'javascript:https://x.test' }] },
    ]);
    expect(html).not.toContain('<a ');
  });
});
