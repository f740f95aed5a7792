/**
 * What the emails must never do: show a confidential or unrelated field, show one mentor's
 * students to another, name a student without consent, carry active content or outside assets,
 * let data through unescaped, or grow too big to send.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/i18n/lang';
import type { SessionRow, Student } from '../../../src/core/schema/records';
import { coordinatorSummary } from '../../../src/core/summary/coordinator';
import { mentorSummary } from '../../../src/core/summary/mentor';
import type { RiskNow, SummaryEmail } from '../../../src/core/summary/types';
import { input, MARKER, session, student, students } from './fixtures';

const LANGS: Lang[] = ['en', 'id'];
const emails = (lang: Lang): SummaryEmail[] => [
  mentorSummary(input(lang), 'M1')!,
  mentorSummary(input(lang), 'M2')!,
  coordinatorSummary(input(lang), 'bk@example.sch.id'),
];
const bodies = (e: SummaryEmail) => [e.subject, e.html, e.text];

/**
 * What each email must hold, so that an email rendered empty (or without its lists) fails every
 * test here instead of passing the "never shows" checks: the mentees it names, their session
 * lines (where a leaked topic or note would sit), the coordinator's caseloads and sessions.
 */
function expectContent(e: SummaryEmail, lang: Lang): void {
  const text = e.text;
  expect(e.subject).toMatch(/November 2026 — SMP Negeri 3 Kupang$/);
  expect(e.html).toContain(e.subject);
  const mentor = e.to === 'sari@example.sch.id' ? 'M1' : e.to === 'budi@example.sch.id' ? 'M2' : null;
  const last = lang === 'en' ? 'Last session: ' : 'Sesi terakhir: ';
  if (mentor) {
    const named = students.filter(
      (s) => s.mentor_id === mentor && s.consent && s.status !== 'dropped_out' && s.status !== 'transferred',
    );
    expect(named.length).toBeGreaterThan(1);
    for (const s of named) {
      expect(text).toContain(`* ${s.name}`);
      expect(e.html).toContain(`<b>${s.name.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</b>`);
    }
    expect(text.split(last).length - 1).toBe(named.length);
  } else {
    expect(text).toContain('Sari Wulandari: 4');
    expect(text).toContain('Budi Santoso: 2');
    expect(text).toMatch(
      lang === 'en' ? /^Sessions held in November 2026: 6$/m : /^Sesi terlaksana November 2026: 6$/m,
    );
  }
}

describe.each(LANGS)('privacy (%s)', (lang) => {
  it('every email holds its content (so that the checks below cannot pass on an empty email)', () => {
    for (const e of emails(lang)) expectContent(e, lang);
  });

  it('no email holds session notes, topics, follow-ups or unrelated student and mentor fields', () => {
    for (const e of emails(lang)) {
      expectContent(e, lang);
      for (const body of bodies(e)) expect(body).not.toContain(MARKER);
    }
  });

  it("a mentor's email holds only that mentor's students", () => {
    const [sari, budi] = emails(lang);
    expectContent(sari!, lang);
    expectContent(budi!, lang);
    const others = (mentor: string) =>
      students.filter((s) => s.mentor_id !== mentor && !/Ayu/.test(s.name)).map((s) => s.name);
    for (const name of others('M1')) expect(sari!.text + sari!.html).not.toContain(name);
    for (const name of others('M2')) expect(budi!.text + budi!.html).not.toContain(name);
    expect(sari!.text).not.toContain('<b>Ayu</b>');
    expect(budi!.text).not.toContain('Ayu Lestari');
  });

  it('a student without recorded consent is counted, never named, in both emails', () => {
    for (const e of emails(lang)) expectContent(e, lang);
    for (const e of emails(lang))
      for (const name of ['Dimas Saputra', 'Gita Rahma']) expect(e.html + e.text).not.toContain(name);
    const [sari, , coordinator] = emails(lang);
    expect(sari!.text).toMatch(/^1 (student|siswa) .*(coordinator|koordinator)\)$/m);
    expect(
      coordinator!.text.match(/^1 (student|siswa) .*(not named|tidak disebut namanya)\)$/gm),
    ).toHaveLength(2);
  });

  it('the HTML carries no script, image, style block or outside address', () => {
    for (const e of emails(lang)) {
      expectContent(e, lang);
      expect(e.html).not.toMatch(/<script|<img|<style|<link|http|url\(|<iframe|on\w+=/i);
      expect(e.html).not.toMatch(/class=/);
    }
  });

  it('escapes data in the HTML and keeps it literal in the text', () => {
    const budi = mentorSummary(input(lang), 'M2')!;
    expect(budi.html).toContain('<b>&lt;b&gt;Ayu&lt;/b&gt;</b> (8C)');
    expect(budi.html).not.toContain('<b>Ayu</b>');
    expect(budi.text).toContain('* <b>Ayu</b> (8C)');
    const school = '<i>SMP</i> "3" & Co';
    const coordinator = coordinatorSummary(input(lang, { school }), 'bk@example.sch.id');
    expect(coordinator.html).toContain('&lt;i&gt;SMP&lt;/i&gt; &quot;3&quot; &amp; Co');
    expect(coordinator.html).not.toContain('<i>');
    expect(coordinator.subject).toContain(school);
    const header = mentorSummary(input(lang, { school: 'SMP 3\r\nBcc: x@example.com' }), 'M1')!.subject;
    expect(header).not.toMatch(/[\r\n]/);
  });
});

describe('size', () => {
  const REASONS =
    'Attendance 78% (< 80%) · 3 unexcused absences (≥ 3) · 2 subjects below passing (≥ 2) · Term average 68 (< 75) · Average down 12 points (≥ 10)';
  const many: Student[] = Array.from({ length: 300 }, (_, i) =>
    student({
      student_id: `00${1000000 + i}`,
      name: `Maria Fransiska Nggadas Kewa Lodo ${i}`,
      class: `${7 + (i % 3)}${'ABCDEFGH'[i % 8]}`,
      mentor_id: 'M1',
      consent: i % 10 !== 0,
    }),
  );
  const manySessions: SessionRow[] = many.flatMap((s, i) => [
    session({ date: '2026-11-03', student_id: s.student_id, type: 'home_visit' }),
    session({ date: '2026-11-10', student_id: s.student_id, type: 'counselling', attended: i % 2 === 0 }),
    session({ date: '2026-10-01', student_id: s.student_id, next_check: '2026-11-15' }),
  ]);
  const big = (lang: Lang) =>
    input(lang, {
      students: many,
      sessions: manySessions,
      risk: new Map(
        many.map((s, i): [string, RiskNow] => [
          s.student_id,
          { tier: 3, score: 99 - (i % 50), reasons: REASONS },
        ]),
      ),
      previousRisk: new Map(),
      needs: new Map(many.map((s) => [s.student_id, { economicHardship: true }])),
    });
  const bytes = (text: string) => new TextEncoder().encode(text).length;

  // Every mentee here is overdue twice over (a week without a session in Tier 3, and a passed check).
  it.each(LANGS)('stays well under 200 KB for 300 mentees (%s)', (lang) => {
    const mentor = mentorSummary(big(lang), 'M1')!;
    expect(mentor.mentees).toBe(300);
    expect(bytes(mentor.html)).toBeLessThan(160_000);
    expect(bytes(mentor.text)).toBeLessThan(160_000);
    const coordinator = coordinatorSummary(big(lang), 'bk@example.sch.id');
    expect(bytes(coordinator.html)).toBeLessThan(160_000);
    expect(bytes(coordinator.text)).toBeLessThan(160_000);
  });
});

// Under mutation testing the sources are Stryker's instrumented copies: a static check of them means nothing.
describe.skipIf(process.env.PENDAMPING_MUTATION)('src/core/summary stays pure', () => {
  const dir = fileURLToPath(new URL('../../../src/core/summary', import.meta.url));
  // Apps Script services, Node and DOM globals, the clock, and newer-than-ES2019 methods.
  const FORBIDDEN =
    /\b(SpreadsheetApp|HtmlService|ScriptApp|MailApp|GmailApp|Utilities|Logger|console|process|require|window|document|globalThis|Date|Math\.random|replaceAll|hasOwn)\b|\.at\(/;
  it.each(readdirSync(dir).filter((f) => f.endsWith('.ts')))('%s', (file) => {
    const code = readFileSync(join(dir, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code.match(FORBIDDEN)?.[0]).toBeUndefined();
    // Only the session fields the emails may use are read.
    expect(code).not.toMatch(/\.(notes|topics|follow_up)\b/);
  });
});
