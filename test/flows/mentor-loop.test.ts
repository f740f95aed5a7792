/**
 * The mentor's loop on the demo school (issue 14): every named mentee in every mentor email has
 * exactly one pre-filled session link, the link's answers log a session for exactly that mentor
 * and student, no link names a student without consent, every WhatsApp link goes to a 62… number
 * with a greeting that holds no risk word and no confidential text; the monitoring sheets.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoSchool } from '../../local/demo/data';
import { loadDemoSchool } from '../../local/demo/school';
import { prefilledAnswers } from '../../local/gas/forms/prefill-url';
import { createRuntime, type Runtime, type RuntimeSnapshot } from '../../local/runtime';
import { idOfChoice, studentOfChoice } from '../../src/core/forms/definitions';
import { columnLabel } from '../../src/core/schema/labels';
import { sheetOf } from '../helpers/workbook';

const school = generateDemoSchool();
const DECEMBER_1 = '2026-12-01T08:00:00+07:00';
let saved: RuntimeSnapshot;

beforeAll(() => {
  const rt = loadDemoSchool(school);
  rt.call('createSessionForm');
  saved = rt.snapshot();
}, 60_000);

const hrefs = (html: string) =>
  [...html.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
const byId = new Map(school.students.map((s) => [s.student_id, s]));

/** The mentees an email to these mentor IDs may name: active, consent yes, assigned by the month's end. */
function namedMentees(ids: string[]): string[] {
  return school.students
    .filter((s) => s.status === 'active' && ids.includes(s.mentor_id ?? '') && s.consent === true)
    .filter((s) => !s.mentor_since || s.mentor_since <= '2026-11-30')
    .map((s) => s.student_id)
    .sort();
}

describe('the monthly mentor emails on the demo school', () => {
  let rt: Runtime;
  let formItems: { mentor: number; student: number };
  beforeAll(() => {
    rt = createRuntime({ snapshot: saved });
    rt.advanceTo(DECEMBER_1);
    const items = rt.forms[0]!.items;
    formItems = {
      mentor: items.find((i) => i.title === 'Pendamping')!.id,
      student: items.find((i) => i.title === 'Siswa')!.id,
    };
  }, 60_000);

  const mentorEmails = () =>
    rt.outbox.filter(
      (m) => school.mentors.some((x) => x.email === m.to) && m.subject.startsWith('Ringkasan pendampingan '),
    );

  it('give every named mentee exactly one pre-filled link, with the mentee’s mentor chosen', () => {
    expect(mentorEmails().length).toBeGreaterThan(5);
    for (const mail of mentorEmails()) {
      const ids = school.mentors.filter((m) => m.email === mail.to).map((m) => m.mentor_id);
      const links = hrefs(mail.htmlBody!).flatMap((h) => {
        const p = prefilledAnswers(h);
        return p ? [p.answers] : [];
      });
      const mentee = links.filter((a) => a[String(formItems.student)] !== undefined);
      const students = mentee.map((a) => studentOfChoice(a[String(formItems.student)]!)).sort();
      expect(students).toEqual(namedMentees(ids));
      for (const a of mentee) {
        const student = byId.get(studentOfChoice(a[String(formItems.student)]!))!;
        expect(idOfChoice(a[String(formItems.mentor)]!)).toBe(student.mentor_id);
      }
      // One general link per mentor row, with only the mentor chosen.
      const general = links.filter((a) => a[String(formItems.student)] === undefined);
      expect(general.map((a) => idOfChoice(a[String(formItems.mentor)]!)).sort()).toEqual([...ids].sort());
      // The plain-text body carries the same links.
      for (const h of hrefs(mail.htmlBody!)) expect(mail.body).toContain(h);
    }
  });

  it('never name nor link a mentee without recorded consent', () => {
    const unnamed = school.students.filter((s) => s.status === 'active' && s.mentor_id && s.consent !== true);
    expect(unnamed.length).toBeGreaterThan(0);
    for (const mail of mentorEmails()) {
      for (const s of unnamed) {
        expect(mail.htmlBody).not.toContain(s.student_id);
        expect(mail.body).not.toContain(s.student_id);
      }
    }
  });

  it('send families to 62… numbers with a greeting that holds no risk word and nothing confidential', () => {
    const confidential = [
      ...school.sessions.flatMap((s) => [s.notes, s.topics, s.follow_up]),
      ...school.assessments.flatMap((a) => [a.notes, a.aspirations]),
    ].filter((t): t is string => typeof t === 'string' && t.length > 12);
    const words =
      /risiko|risk|tingkat|tier|nilai|grade|skor|score|kejadian|incident|catatan|note|alpa|kkm|absen|putus/i;
    let count = 0;
    for (const mail of mentorEmails()) {
      for (const h of hrefs(mail.htmlBody!).filter((x) => x.startsWith('https://wa.me/'))) {
        count++;
        const url = new URL(h);
        expect(url.pathname).toMatch(/^\/628\d{8,11}$/);
        const text = url.searchParams.get('text')!;
        expect(text).toMatch(/^Selamat pagi\/siang, saya /);
        expect(text).not.toMatch(words);
        for (const c of confidential) expect(text).not.toContain(c);
      }
    }
    expect(count).toBeGreaterThan(10);
  });

  it('log a session for exactly that mentor and student when the link’s answers are submitted', () => {
    const mail = mentorEmails().find((m) =>
      hrefs(m.htmlBody!).some((h) => prefilledAnswers(h)?.answers[String(formItems.student)]),
    )!;
    const answers = hrefs(mail.htmlBody!)
      .map((h) => prefilledAnswers(h)?.answers)
      .find((a) => a?.[String(formItems.student)])!;
    const run = createRuntime({ snapshot: rt.snapshot() });
    const before = sheetOf(run, 'sessions', 'id')
      .values()
      .filter((r) => r[0] !== '').length;
    // The link chose mentor, student and "came: yes"; the date is left blank (today): one tap for the type.
    run.submitForm(run.forms[0]!.id, { ...answers, Jenis: 'individu' });
    const rows = sheetOf(run, 'sessions', 'id')
      .values()
      .filter((r) => r[0] !== '');
    expect(rows.length).toBe(before + 1);
    const added = rows.at(-1)!;
    const header = sheetOf(run, 'sessions', 'id').values()[0]!;
    const at = (key: string) => added[header.indexOf(columnLabel('sessions', key, 'id'))];
    expect(at('student_id')).toBe(studentOfChoice(answers[String(formItems.student)]!));
    expect(at('mentor_id')).toBe(idOfChoice(answers[String(formItems.mentor)]!));
    expect(new Date(at('date') as Date).getTime()).toBe(Date.parse('2026-12-01T00:00:00+07:00'));
    expect(at('attended')).toBe('ya');
  });
});

describe('the printable monitoring sheets on the demo school', () => {
  let html: string;
  beforeAll(() => {
    html = createRuntime({ snapshot: saved }).call('printMonitoringSheets') as string;
  }, 60_000);

  const sections = () =>
    [...html.matchAll(/<section class="mentee" data-student="([^"]+)">(.*?)<\/section>/g)].map((m) => ({
      id: m[1]!,
      body: m[2]!,
    }));

  it('has one page per active mentor with mentees, each mentee once, on A4', () => {
    const mentors = school.mentors.filter(
      (m) =>
        m.active !== false &&
        school.students.some((s) => s.status === 'active' && s.mentor_id === m.mentor_id),
    );
    const pages = [...html.matchAll(/<section class="mentor" data-mentor="([^"]+)"/g)].map((m) => m[1]);
    expect(pages.sort()).toEqual(mentors.map((m) => m.mentor_id).sort());
    expect(html).toContain('@page { size: A4');
    const ids = sections().map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows the baselines’ values of three months, ID only without consent, and nothing confidential', () => {
    const confidential = school.sessions
      .flatMap((s) => [s.notes, s.topics, s.follow_up])
      .filter((t): t is string => typeof t === 'string' && t.length > 12);
    for (const { id, body } of sections()) {
      const student = byId.get(id)!;
      if (student.consent !== true) expect(body).not.toContain(student.name);
      else expect(body).toContain(student.name);
      expect(body.match(/<tr><td>/g)).toHaveLength(3);
      for (const c of confidential) expect(body).not.toContain(c);
    }
    // One value checked against Risk history: October's baseline unexcused count of a mentee.
    const { id, body } = sections().find((s) =>
      school.history.some((h) => h.student_id === s.id && h.month === '2026-10'),
    )!;
    const row = school.history.find((h) => h.student_id === id && h.month === '2026-10')!;
    const october = /<tr><td>Oktober 2026<\/td><td>[^<]*<\/td><td>([^<]*)<\/td>/.exec(body)![1];
    expect(october).toBe(row.unexcused === null ? '–' : String(row.unexcused));
  });
});
