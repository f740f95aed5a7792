import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoSchool } from '../../local/demo/data';
import { loadDemoSchool } from '../../local/demo/school';
import { createRuntime, type Runtime, type RuntimeSnapshot } from '../../local/runtime';
import { sheetOf } from '../helpers/workbook';

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
