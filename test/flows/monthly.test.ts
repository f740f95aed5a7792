import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoSchool } from '../../local/demo/data';
import { loadDemoSchool } from '../../local/demo/school';
import { createRuntime, type Runtime, type RuntimeSnapshot } from '../../local/runtime';
import type { AcceptResult, AssignmentView, Proposal } from '../../sidebar/contract';
import { sheetOf } from '../helpers/workbook';
import { coordinatorNumbers, dashboardNumbers, mentorNumbers, sidebarNumbers } from './surfaces';

const school = generateDemoSchool();
let saved: RuntimeSnapshot;

beforeAll(() => {
  saved = loadDemoSchool(school).snapshot();
}, 60_000);

const fresh = () => createRuntime({ snapshot: saved });
const DECEMBER_1 = '2026-12-01T08:00:00+07:00';
const log = (rt: Runtime) =>
  sheetOf(rt, 'email_log', 'id')
    .values()
    .slice(1)
    .filter((r) => r[0] !== '');

/** Mentors who should get an email: active, with an address and at least one active mentee. */
function expectedMentors(): string[] {
  const active = new Set(school.students.filter((s) => s.status === 'active').map((s) => s.mentor_id));
  return school.mentors
    .filter((m) => m.active !== false && m.email && active.has(m.mentor_id))
    .map((m) => m.email!);
}

describe('the monthly summary, fired by the daily trigger', () => {
  it('sends exactly one email to each active mentor with mentees and one to each coordinator', () => {
    const rt = fresh();
    rt.advanceTo(DECEMBER_1);
    const to = rt.outbox.map((m) => m.to);
    expect(to.sort()).toEqual([...expectedMentors(), ...school.school.coordinatorEmails].sort());
    // One per recipient and kind (the counsellor is a mentor and a coordinator: two different emails).
    const sent = log(rt).map((r) => `${r[1]} ${r[2]}`);
    expect(new Set(sent).size).toBe(sent.length);
    expect(rt.outbox[0]!.subject).toMatch(/^Ringkasan pendampingan November 2026 — /);
    expect(rt.outbox.every((m) => m.htmlBody && m.body)).toBe(true);
    expect(log(rt).every((r) => r[3] === 'terkirim')).toBe(true);
    expect(log(rt)).toHaveLength(to.length);
  });

  it('takes the month’s risk snapshot first, and moves the as-of date', () => {
    const rt = fresh();
    rt.advanceTo(DECEMBER_1);
    const months = new Set(
      sheetOf(rt, 'risk_history', 'id')
        .values()
        .slice(1)
        .map((r) => r[0]),
    );
    // The demo's Risk history holds every month since July 2025; December's is this run's.
    expect([...months].filter(Boolean).sort().slice(-2)).toEqual(['2026-11', '2026-12']);
    const settings = sheetOf(rt, 'settings', 'id').values();
    expect(settings.find((r) => r[0] === 'as_of_date')![1]).toBe('2026-12-01');
  });

  it('sends nothing twice: a second run in the month sends none', () => {
    const rt = fresh();
    rt.advanceTo(DECEMBER_1);
    const sent = rt.outbox.length;
    rt.advanceTo('2026-12-05T08:00:00+07:00');
    rt.call('monthlyRun');
    expect(rt.outbox).toHaveLength(sent);
  });

  it('within quota: with 3 left it sends 3 and holds the rest, which the next run sends', () => {
    const rt = fresh();
    rt.mail.dailyQuota = 3;
    rt.mail.remaining = 3;
    rt.mail.day = '2026-12-01';
    rt.advanceTo(DECEMBER_1);
    expect(rt.outbox).toHaveLength(3);
    expect(log(rt).filter((r) => r[3] === 'ditahan').length).toBe(expectedMentors().length + 2 - 3);
    rt.mail.dailyQuota = 100;
    rt.advanceTo('2026-12-02T08:00:00+07:00');
    const to = rt.outbox.map((m) => `${m.to} ${m.subject} ${m.body.slice(0, 60)}`);
    expect(to).toHaveLength(expectedMentors().length + 2);
    expect(new Set(to).size).toBe(to.length);
    expect(log(rt).every((r) => r[3] === 'terkirim')).toBe(true);
  });

  it('keeps every email private: no confidential text, and each mentor sees only their mentees', () => {
    const rt = fresh();
    rt.advanceTo(DECEMBER_1);
    const names = new Map<string, string[]>();
    for (const s of school.students) names.set(s.name, [...(names.get(s.name) ?? []), s.mentor_id ?? '']);
    for (const mail of rt.outbox) {
      expect(`${mail.subject}${mail.body}${mail.htmlBody}`).not.toMatch(/RAHASIA-/);
      const mentor = school.mentors.find((m) => m.email === mail.to && mail.body.includes(m.name));
      if (!mentor || !mail.body.startsWith(`Yth. ${mentor.name}`)) continue; // a coordinator's email
      for (const [name, mentors] of names) {
        // A name in a mentor's email belongs to one of their own mentees.
        if (name.length > 6 && mail.body.includes(name))
          expect(mentors, `${name} in ${mail.to}`).toContain(mentor.mentor_id);
      }
    }
  });

  it('speaks English when the workbook is set to English', () => {
    const rt = fresh();
    const settings = sheetOf(rt, 'settings', 'id');
    settings.setCell(`B${settings.values().findIndex((r) => r[0] === 'language') + 1}`, 'en');
    rt.advanceTo(DECEMBER_1);
    expect(rt.outbox[0]!.subject).toMatch(/^Mentoring summary November 2026 — /);
  });

  it('writes an error of the trigger into the workbook', () => {
    const rt = fresh();
    rt.spreadsheet.deleteSheet('Riwayat Risiko');
    rt.advanceTo(DECEMBER_1);
    expect(rt.triggerRuns.at(-1)!.error).toMatch(/risk_history/);
    const review = sheetOf(rt, 'review', 'id')
      .values()
      .slice(1)
      .filter((r) => r[0] !== '');
    expect(String(review.at(-1)![2])).toMatch(/^proses bulanan gagal: .*Dicoba lagi besok\.$/);
  });
});

describe('from the menu', () => {
  it('"Preview summary" shows every email without sending or writing anything', () => {
    const rt = fresh();
    const contents = () => rt.spreadsheet.sheetNames().map((name) => rt.spreadsheet.sheet(name).values());
    const before = contents();
    const { calls } = rt.measure(() => rt.call('previewSummary'));
    expect(rt.outbox).toHaveLength(0);
    expect(rt.ui.dialogs.at(-1)!.html).toContain('email akan dikirim saat ini');
    expect(Object.keys(calls).filter((m) => /^Range\.(set|clear)|insert|delete/.test(m))).toEqual([]);
    expect(contents()).toEqual(before);
  });

  it('"Send me a test" sends the coordinator summary to me only', () => {
    const rt = fresh();
    rt.call('sendMeATest');
    expect(rt.outbox.map((m) => [m.to, m.subject.slice(0, 12)])).toEqual([
      [school.school.coordinatorEmails[0], '[Uji coba] R'],
    ]);
  });

  it('"Send last month’s summary now" sends the held emails without waiting for tomorrow', () => {
    const rt = fresh();
    rt.mail.dailyQuota = 3;
    rt.mail.remaining = 3;
    rt.mail.day = '2026-12-01';
    rt.advanceTo(DECEMBER_1);
    expect(rt.outbox).toHaveLength(3);
    rt.mail.remaining = 100; // a Workspace account, or quota freed up
    rt.call('sendMonthlySummaryNow');
    expect(rt.outbox).toHaveLength(expectedMentors().length + 2);
    expect(rt.ui.toasts.at(-1)!.message).toMatch(/email terkirim, 0 ditahan/);
  });

  it('installing twice keeps one daily trigger', () => {
    const rt = fresh();
    rt.call('turnOnMonthlyEmails');
    rt.call('turnOnMonthlyEmails');
    expect(rt.triggers.filter((t) => t.eventType === 'CLOCK')).toHaveLength(1);
    rt.call('turnOffMonthlyEmails');
    expect(rt.triggers.filter((t) => t.eventType === 'CLOCK')).toHaveLength(0);
  });
});

describe('one story: the Dashboard, the emails and the sidebar agree on every shared number', () => {
  const dashboard = (rt: Runtime) => dashboardNumbers(rt.spreadsheet.sheet('Ringkasan').values());
  const coordinatorMail = (rt: Runtime, month: string) =>
    rt.outbox.filter((m) => m.subject.startsWith(`Ringkasan program pendampingan ${month}`));
  const sidebar = (rt: Runtime) => sidebarNumbers(rt.callFromPage('getAssignmentView', []) as AssignmentView);

  /**
   * Every number that the three surfaces share, on the day the email went out. The email's tiers
   * are its baseline's: they are the Dashboard's "now" when that baseline was taken today.
   */
  function expectAgreement(rt: Runtime, month: string, baselineToday = true) {
    const mails = coordinatorMail(rt, month);
    expect(mails.length).toBeGreaterThan(0);
    const email = coordinatorNumbers(mails.at(-1)!.body);
    const board = dashboard(rt);
    const side = sidebar(rt);
    if (baselineToday) {
      expect(email.tiers).toEqual(board.tiers);
      expect(email.unassigned).toBe(board.unassigned);
    }
    expect(side.unassigned).toBe(board.unassigned);
    // Review is a worklist: the email counts it as it stands when sent, as the Dashboard does.
    expect(email.review).toBe(board.review);
    // The sessions of the month the email reports: the Dashboard's block naming that month.
    expect(board.sessions.find((b) => b.month === email.month)).toEqual(email.sessions[0]);
    // Caseloads: the coordinator's email, each mentor's own email, and (for a summary sent right
    // after its month, whose roster is today's) the sidebar.
    for (const [name, load] of email.caseloads) {
      if (baselineToday)
        expect(side.caseloads.get(name), name).toEqual({ mentees: load.mentees, capacity: load.capacity });
      const own = rt.outbox.find(
        (m) => m.subject.startsWith(`Ringkasan pendampingan ${month}`) && m.body.includes(`Yth. ${name},`),
      );
      if (own)
        expect(mentorNumbers(own.body)).toMatchObject({ mentees: load.mentees, overdue: load.overdue });
      else expect(load.mentees, `${name} has mentees but got no email`).toBe(0);
    }
  }

  it('on 1 December, the trigger’s November summary (blank statuses and missed sessions included)', () => {
    const rt = fresh();
    // A blank status counts as active everywhere; a session marked "tidak" is missed, not held.
    // (Each column is pasted whole: one recalculation, as one paste by a person.)
    const letter = (i: number) => String.fromCharCode(65 + i);
    const students = rt.spreadsheet.sheet('Siswa');
    const status = students.values()[0]!.indexOf('Status');
    const statuses = students
      .values()
      .slice(1)
      .map((r, i) => [r[status] === 'aktif' && i % 9 === 0 ? '' : r[status]]);
    expect(statuses.filter(([v]) => v === '').length).toBeGreaterThan(10);
    students.paste(`${letter(status)}2`, statuses as string[][]);
    const sessions = rt.spreadsheet.sheet('Sesi');
    const attended = sessions.values()[0]!.indexOf('Hadir');
    // Dates are midnight in Jakarta (UTC+7).
    const monthOf = (d: unknown) =>
      d instanceof Date ? new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 7) : '';
    const marks = sessions
      .values()
      .slice(1)
      .map((r, i) => [monthOf(r[0]) === '2026-11' && i % 4 === 0 ? 'tidak' : r[attended]]);
    expect(marks.filter(([v]) => v === 'tidak').length).toBeGreaterThan(10);
    sessions.paste(`${letter(attended)}2`, marks as string[][]);
    // Review rows a person left in each state: open and blank count, fixed and dismissed do not.
    const review = rt.spreadsheet.sheet('Periksa');
    const head = review.values()[0]!;
    const at = (title: string) => head.indexOf(title);
    const first = review.values().length + 1;
    const states = ['perlu dicek', '', 'diabaikan', 'sudah diperbaiki: ambil ulang', 'perlu dicek'];
    const rows = states.map((state, i) => {
      const row = head.map(() => '');
      row[at('Masalah')] = `masalah ${i}`;
      row[at('Status periksa')] = state;
      return row;
    });
    review.paste(`A${first}`, rows);
    rt.advanceTo(DECEMBER_1);
    expect(coordinatorMail(rt, 'November 2026')).toHaveLength(2);
    expectAgreement(rt, 'November 2026');
    const before = review.values().slice(1, first - 1);
    const open = before.filter((r) => ['perlu dicek', ''].includes(String(r[at('Status periksa')]))).length;
    expect(dashboard(rt).review).toBe(open + 3);
  });

  it('on 28 November, "Send now": October’s summary, built from October, after saying what it sends', () => {
    const rt = fresh();
    rt.call('sendMonthlySummaryNow');
    const alert = rt.ui.alerts.at(-1)!;
    expect(alert.title).toBe('Kirim ringkasan Oktober 2026?');
    expect(alert.buttons).toBe('YES_NO');
    expect(alert.prompt).toContain('Ringkasan Oktober 2026: sesi selama Oktober 2026, per 31 Oktober 2026.');
    expect(alert.prompt).toMatch(/Sekarang: (\d+) email \((\d+) ke pendamping, 2 ke koordinator\)\./);
    const [, all, mentors] = /Sekarang: (\d+) email \((\d+) ke pendamping/.exec(alert.prompt)!;
    expect(rt.outbox).toHaveLength(Number(all));
    expect(rt.outbox.filter((m) => m.subject.startsWith('Ringkasan pendampingan Oktober 2026'))).toHaveLength(
      Number(mentors),
    );
    expect(rt.outbox.every((m) => / Oktober 2026 — /.test(m.subject))).toBe(true);
    expect(rt.outbox.every((m) => m.body.includes('per 31 Oktober 2026'))).toBe(true);
    // Its tiers are November's baseline (taken on the 1st), and its roster October's: not the
    // Dashboard's or the sidebar's of today.
    expectAgreement(rt, 'Oktober 2026', false);
    expect(rt.outbox.at(-1)!.body).toContain(
      'Tingkat: patokan bulanan November 2026, diambil 1 November 2026',
    );
    // Asked again, it has nothing left to send: it says so, and asks nothing.
    const asked = rt.ui.alerts.length;
    rt.call('sendMonthlySummaryNow');
    expect(rt.ui.alerts).toHaveLength(asked);
    expect(rt.ui.toasts.at(-1)!.message).toMatch(/^Ringkasan Oktober 2026 sudah terkirim \(\d+ email\)\.$/);
  });

  it('"Send now" answered No sends nothing and writes nothing', () => {
    const rt = fresh();
    rt.ui.answers.push('NO');
    const before = rt.spreadsheet.sheet('Log Email').values();
    rt.call('sendMonthlySummaryNow');
    expect(rt.outbox).toHaveLength(0);
    expect(rt.spreadsheet.sheet('Log Email').values()).toEqual(before);
    expect(rt.ui.toasts.at(-1)!.message).toBe('Tidak ada yang dikirim.');
  });

  it('"Send now" tells what waits for the quota', () => {
    const rt = fresh();
    rt.mail.remaining = 4;
    rt.mail.day = '2026-11-28';
    rt.ui.answers.push('NO');
    rt.call('sendMonthlySummaryNow');
    expect(rt.ui.alerts.at(-1)!.prompt).toMatch(
      /Sekarang: 4 email .*\n\n.*\n\n\d+ menunggu besok: kuota email hari ini tinggal 4\./s,
    );
  });

  it('a reassignment mid-December shows in the January summary, and the surfaces still agree', () => {
    const rt = fresh();
    rt.advanceTo(DECEMBER_1);
    rt.advanceTo('2026-12-10T09:00:00+07:00');
    const view = rt.callFromPage('getAssignmentView', []) as AssignmentView;
    const from = view.mentors.find((m) => m.active && m.mentees.some((s) => s.tier === 3))!;
    const student = from.mentees.find((s) => s.tier === 3)!;
    rt.callFromPage('releaseStudents', [[student.id]]);
    // Released, the Tier 3 student waits again: the sidebar and the Dashboard count the same.
    expect(sidebar(rt).unassigned).toBe(view.unassigned.length + 1);
    expect(sidebar(rt).unassigned).toBe(dashboard(rt).unassigned);
    const card = (rt.callFromPage('suggestMentors', []) as Proposal).pairs.find(
      (p) => p.student.id === student.id,
    )!;
    const to = card.options.find((o) => o.id !== from.id)!;
    const accepted = rt.callFromPage('acceptMentors', [
      [{ studentId: student.id, mentorId: to.id }],
    ]) as AcceptResult;
    expect(accepted.refused).toEqual([]);
    expect(sidebar(rt).unassigned).toBe(dashboard(rt).unassigned);
    rt.advanceTo('2027-01-01T08:00:00+07:00');
    expectAgreement(rt, 'Desember 2026');
    const december = (name: string) =>
      rt.outbox.find(
        (m) =>
          m.subject.startsWith('Ringkasan pendampingan Desember 2026') && m.body.includes(`Yth. ${name},`),
      );
    const named = school.students.find((s) => s.student_id === student.id)!.consent === true;
    expect(december(to.name)!.body.includes(`* ${student.name}`)).toBe(named);
    expect(december(from.name)?.body ?? '').not.toContain(`* ${student.name}`);
  });

  it('a coordinator listed twice (once capitalised) gets one summary, logged once', () => {
    const rt = fresh();
    const settings = sheetOf(rt, 'settings', 'id');
    const row = settings.values().findIndex((r) => r[0] === 'coordinator_emails') + 1;
    const first = school.school.coordinatorEmails[0]!;
    settings.setCell(
      `B${row}`,
      `${school.school.coordinatorEmails.join(', ')}, ${first.toUpperCase()}; ${first}`,
    );
    rt.advanceTo(DECEMBER_1);
    expect(coordinatorMail(rt, 'November 2026').map((m) => m.to.toLowerCase())).toEqual(
      school.school.coordinatorEmails.map((e) => e.toLowerCase()),
    );
    const logged = log(rt)
      .filter((r) => r[2] === 'koordinator')
      .map((r) => String(r[1]).toLowerCase());
    expect(logged).toEqual(school.school.coordinatorEmails.map((e) => e.toLowerCase()));
  });
});
