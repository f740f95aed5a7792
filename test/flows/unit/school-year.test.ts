/**
 * A school year on the demo school, step by step, with snapshots by trigger and by hand in any
 * order, "Send now" in any month, reassignments mid-month, a quota that runs out, duplicate
 * recipients and two coordinators at once. After every step: nothing was sent twice, and no
 * email contradicts another, the sidebar, the data or itself.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DemoSchool, generateDemoSchool } from '../../../local/demo/data';
import type { MentorRow, RiskHistoryRow, SettingRow, Student } from '../../../src/core/schema/records';
import { planMonthly, runMonthly } from '../../../src/flows/monthly';
import { expectAtMostOnce, expectEmailsAgree, reportMonth } from './checks';
import { SchoolYear } from './year';

let school: DemoSchool;
beforeAll(() => {
  school = generateDemoSchool({ students: 100 });
});

const sentOn = (year: SchoolYear, day: string) => year.sent.filter((e) => e.day === day);
const baselines = (year: SchoolYear) =>
  year.store
    .read<RiskHistoryRow>('risk_history')
    .rows.map((r) => r.record)
    .filter((r) => r.kind === 'baseline');

function step(year: SchoolYear, day: string, sameDayBaseline: boolean) {
  expectAtMostOnce(year);
  expectEmailsAgree(year, sentOn(year, day), sameDayBaseline);
}

// Whole years of runs: too slow to repeat for every mutant, and the rules they exercise are pinned
// by test/core; they run in the ordinary suite.
const describeYear = process.env.PENDAMPING_MUTATION ? describe.skip : describe;

describeYear('a school year, scripted', () => {
  it('keeps one baseline a month, sends each summary once, and every email agrees', () => {
    const year = new SchoolYear(school, '2026-07-01');
    const recipients = () => year.sent.length;

    // July: the first run takes July's baseline and reports June (the year before: no sessions).
    year.trigger('2026-07-01');
    step(year, '2026-07-01', true);
    year.manual('2026-07-20');

    // August: a snapshot by hand at dawn, then the trigger: the baseline is still the trigger's.
    const manual = year.manual('2026-08-01');
    expect(manual).toMatchObject({ kind: 'manual', written: true });
    const run = year.trigger('2026-08-01');
    expect(run.snapshot).toBe(true);
    expect(sentOn(year, '2026-08-01').every((e) => reportMonth(e.subject) === '2026-07')).toBe(true);
    step(year, '2026-08-01', true);
    const august = baselines(year).filter((r) => r.month === '2026-08');

    // The trigger again the next day: nothing more.
    const before = recipients();
    expect(year.trigger('2026-08-02')).toMatchObject({ sent: 0, held: 0, snapshot: false });
    expect(recipients()).toBe(before);
    year.manual('2026-08-10');
    expect(baselines(year).filter((r) => r.month === '2026-08')).toEqual(august);

    // A reassignment mid-August.
    expect(year.reassign('2026-08-15')).not.toBeNull();

    // September: the quota runs out; the rest goes the next day.
    year.dailyQuota = 4;
    const september = year.trigger('2026-09-01');
    expect(september.sent).toBe(4);
    expect(september.held).toBeGreaterThan(0);
    step(year, '2026-09-01', true);
    year.dailyQuota = 100;
    const rest = year.trigger('2026-09-02');
    expect(rest).toMatchObject({ sent: september.held, held: 0, alreadySent: 4 });
    step(year, '2026-09-02', false);
    // "Send now" later in September: nothing left to send.
    const again = year.sendNow('2026-09-10');
    expect(again.plan.toSend).toEqual([]);
    expect(again.result.sent).toBe(0);

    // October: the trigger is off; "Send now" on the 20th sends September, with October's baseline
    // taken then.
    year.manual('2026-10-05');
    const late = year.sendNow('2026-10-20');
    expect(late.plan.month).toBe('2026-09');
    expect(late.plan.takesBaseline).toBe(true);
    expect(late.result.sent).toBe(late.plan.toSend.length);
    expect(
      sentOn(year, '2026-10-20')
        .map((e) => e.to)
        .sort(),
    ).toEqual(late.plan.toSend.map((e) => e.to).sort());
    step(year, '2026-10-20', true);
    year.manual('2026-10-21');

    // November: the trigger on the 1st; a reassignment; duplicate recipients typed in.
    year.trigger('2026-11-01');
    step(year, '2026-11-01', true);
    year.reassign('2026-11-12');
    duplicateRecipients(year);

    // December: one email per address, whatever the duplicates.
    year.trigger('2026-12-01');
    step(year, '2026-12-01', true);
    const coordinators = sentOn(year, '2026-12-01').filter((e) => e.kind === 'coordinator');
    expect(coordinators.map((e) => e.to)).toEqual(
      school.school.coordinatorEmails.map((e) => e.toLowerCase()),
    );
    const shared = sentOn(year, '2026-12-01').filter(
      (e) => e.kind === 'mentor' && e.to.toLowerCase() === sharedAddress(year),
    );
    expect(shared).toHaveLength(1);
    expect(shared[0]!.text).toMatch(/^Yth\. .+ \/ .+,$/m);
    year.reassign('2026-12-15');

    // January: "Send now" on the 4th, then the trigger (late) on the 5th: nothing twice.
    year.sendNow('2027-01-04');
    step(year, '2027-01-04', true);
    expect(year.trigger('2027-01-05').sent).toBe(0);

    // February: two coordinators at once. A plans, B sends, then A's run sends nothing again.
    year.advance('2027-02-01');
    const planA = planMonthly(year.store, '2027-02-01', 100);
    const b = year.sendNow('2027-02-01');
    expect(b.result.sent).toBe(planA.toSend.length);
    const count = recipients();
    const a = runMonthly(
      year.store,
      { remaining: () => 100, send: () => expect.fail('sent twice') },
      {
        reportMonth: '2027-01',
        runMonth: '2027-02',
        today: '2027-02-01',
        at: '2027-02-01T01:00:00.000Z',
      },
    );
    expect(a).toMatchObject({ sent: 0, alreadySent: planA.toSend.length });
    expect(recipients()).toBe(count);
    step(year, '2027-02-01', true);

    // March to July: by hand and by trigger in any order.
    year.manual('2027-03-01');
    year.trigger('2027-03-01');
    step(year, '2027-03-01', true);
    year.trigger('2027-04-03');
    year.manual('2027-04-03');
    step(year, '2027-04-03', true);
    year.sendNow('2027-05-31');
    step(year, '2027-05-31', true);
    year.trigger('2027-06-01');
    step(year, '2027-06-01', true);
    year.trigger('2027-07-01');
    step(year, '2027-07-01', true);

    // One baseline a month, each written once, from July to July.
    const months = baselines(year).map((r) => r.month);
    expect([...new Set(months)]).toEqual([
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
      '2027-07',
    ]);
    // Every month's summary went out, June 2026 to June 2027, whichever way it was sent.
    const reports = new Set(year.sent.map((e) => reportMonth(e.subject)));
    expect([...reports].sort()).toEqual([
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
    ]);
  });
});

/** The first coordinator typed again in capitals and twice more; two mentor rows share an address. */
function duplicateRecipients(year: SchoolYear): void {
  const settings = year.store.read<SettingRow>('settings').rows;
  const row = settings.find((r) => r.record.key === 'coordinator_emails')!;
  const first = school.school.coordinatorEmails[0]!;
  year.store.update(
    'settings',
    new Map([[row.row, { value: `${row.record.value}; ${first.toUpperCase()}, ${first} ${first}` }]]),
  );
  const mentors = year.store.read<MentorRow>('mentors').rows.map((r) => r.record);
  const withMentees = (id: string) =>
    year.store
      .read<Student>('students')
      .rows.some((r) => r.record.mentor_id === id && r.record.status === 'active');
  const [a, b] = mentors.filter((m) => m.active !== false && m.email && withMentees(m.mentor_id));
  const mentorsRow = year.store
    .read<MentorRow>('mentors')
    .rows.find((r) => r.record.mentor_id === b!.mentor_id)!;
  year.store.update('mentors', new Map([[mentorsRow.row, { email: a!.email!.toUpperCase() }]]));
}

const sharedAddress = (year: SchoolYear) => {
  const mentors = year.store.read<MentorRow>('mentors').rows.map((r) => r.record);
  const seen = new Map<string, number>();
  for (const m of mentors)
    if (m.email) seen.set(m.email.toLowerCase(), (seen.get(m.email.toLowerCase()) ?? 0) + 1);
  return [...seen].find(([, n]) => n > 1)![0];
};

describeYear('a school year, in any order (property)', () => {
  type Action = 'trigger' | 'manual' | 'send' | 'reassign' | 'quota';
  const action = fc.constantFrom<Action>('trigger', 'manual', 'send', 'reassign', 'quota');

  it('never sends a (recipient, month, kind) twice, and every email agrees, whatever the order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(action, fc.integer({ min: 0, max: 27 })), { minLength: 4, maxLength: 10 }),
        (steps) => {
          const year = new SchoolYear(school, '2026-08-01');
          let day = 0;
          for (const [what, gap] of steps) {
            day += gap;
            const date = new Date(Date.UTC(2026, 7, 1 + day)).toISOString().slice(0, 10);
            if (what === 'trigger') year.trigger(date);
            else if (what === 'manual') year.manual(date);
            else if (what === 'send') year.sendNow(date);
            else if (what === 'reassign') year.reassign(date);
            else year.dailyQuota = year.dailyQuota === 100 ? 3 : 100;
            expectAtMostOnce(year);
            expectEmailsAgree(year, sentOn(year, date), false);
          }
          // Whatever happened by hand, a student has one baseline row and one manual row a month at most.
          const rows = year.store.read<RiskHistoryRow>('risk_history').rows.map((x) => x.record);
          expect(new Set(rows.map((r) => `${r.month} ${r.student_id} ${r.kind}`)).size).toBe(rows.length);
        },
      ),
      { seed: 13, numRuns: 6 },
    );
  });
});
