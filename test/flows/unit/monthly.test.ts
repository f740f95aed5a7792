/**
 * The monthly run against the in-memory store: the baseline, exactly once (each send logged
 * before the next, so a crash never resends), the plan "Send now" shows, and risk computed from
 * the data whatever the Students sheet's formula cells show.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type DemoSchool, generateDemoSchool } from '../../../local/demo/data';
import type { EmailLogRow, RiskHistoryRow, Student } from '../../../src/core/schema/records';
import {
  type Mailer,
  type OutgoingEmail,
  planMonthly,
  previewEmails,
  runMonthly,
} from '../../../src/flows/monthly';
import { coordinatorsOf } from '../../../src/flows/monthly-report';
import { demoStore } from './demo';
import type { MemoryStore } from './store';

let school: DemoSchool;
beforeAll(() => {
  school = generateDemoSchool({ students: 100 });
});

const DEC_1 = {
  reportMonth: '2026-11',
  runMonth: '2026-12',
  today: '2026-12-01',
  at: '2026-12-01T00:00:00.000Z',
};

/** A mailer that records what it sent and what the log held at each send. */
function mailer(store: MemoryStore, quota = 100, failOn = -1) {
  const sent: OutgoingEmail[] = [];
  const loggedBefore: number[] = [];
  const m: Mailer = {
    remaining: () => quota,
    send: (email) => {
      if (sent.length === failOn) throw new Error('Service unavailable: Gmail');
      loggedBefore.push(
        store.read<EmailLogRow>('email_log').rows.filter((r) => r.record.status === 'sent').length,
      );
      sent.push(email);
    },
  };
  return { m, sent, loggedBefore };
}
const log = (store: MemoryStore) => store.read<EmailLogRow>('email_log').rows.map((r) => r.record);
const baseline = (store: MemoryStore, month: string) =>
  store
    .read<RiskHistoryRow>('risk_history')
    .rows.map((r) => r.record)
    .filter((r) => r.month === month && r.kind === 'baseline');

describe('exactly once', () => {
  it('logs each email as sent before the next one goes', () => {
    const store = demoStore(school);
    const { m, sent, loggedBefore } = mailer(store);
    const result = runMonthly(store, m, DEC_1);
    expect(result.sent).toBe(sent.length);
    expect(sent.length).toBeGreaterThan(3);
    expect(loggedBefore).toEqual(sent.map((_, i) => i));
  });

  it('a run that stops mid-way never sends again what went out; the next run sends the rest', () => {
    const store = demoStore(school);
    const first = mailer(store, 100, 2);
    expect(() => runMonthly(store, first.m, DEC_1)).toThrow(/Gmail/);
    expect(first.sent).toHaveLength(2);
    expect(log(store).map((r) => r.status)).toEqual(['sent', 'sent', 'failed']);
    const second = mailer(store);
    const result = runMonthly(store, second.m, { ...DEC_1, today: '2026-12-02' });
    const to = (list: OutgoingEmail[]) => list.map((e) => `${e.kind} ${e.to}`);
    expect(to(second.sent)).not.toContain(to(first.sent)[0]);
    expect(to(second.sent)).not.toContain(to(first.sent)[1]);
    expect(result).toMatchObject({ alreadySent: 2, sent: second.sent.length, held: 0 });
    // One log row per recipient and kind: the failed one became sent.
    expect(log(store).filter((r) => r.status === 'sent')).toHaveLength(2 + second.sent.length);
    expect(log(store).filter((r) => r.status !== 'sent')).toEqual([]);
  });

  it('holds what the quota does not allow, and sends it later, once', () => {
    const store = demoStore(school);
    const first = mailer(store, 3);
    const held = runMonthly(store, first.m, DEC_1);
    expect(held).toMatchObject({ sent: 3 });
    expect(log(store).filter((r) => r.status === 'held')).toHaveLength(held.held);
    const again = mailer(store, 0);
    expect(runMonthly(store, again.m, DEC_1)).toMatchObject({ sent: 0, held: held.held, alreadySent: 3 });
    const rest = mailer(store);
    expect(runMonthly(store, rest.m, { ...DEC_1, today: '2026-12-02' })).toMatchObject({
      sent: held.held,
      held: 0,
    });
    expect(log(store)).toHaveLength(3 + held.held);
  });

  it('deduplicates coordinators without case or spaces', () => {
    expect(
      coordinatorsOf({ coordinator_emails: ' BK@x.sch.id, bk@x.sch.id;kepala@x.sch.id\nbk@X.sch.id x@y ' }),
    ).toEqual(['bk@x.sch.id', 'kepala@x.sch.id']);
  });

  it('refuses to send the summary of a month that has not ended', () => {
    const store = demoStore(school);
    expect(() => runMonthly(store, mailer(store).m, { ...DEC_1, reportMonth: '2026-12' })).toThrow(
      /has ended/,
    );
    expect(store.writes).toEqual([]);
  });
});

describe('the baseline', () => {
  it('is taken once a month by the run, with the indicators, and never replaced', () => {
    const store = demoStore(school);
    expect(runMonthly(store, mailer(store).m, { ...DEC_1, send: false })).toMatchObject({
      snapshot: true,
      sent: 0,
    });
    const first = baseline(store, '2026-12');
    expect(first.length).toBeGreaterThan(50);
    expect(first.every((r) => r.taken_at === DEC_1.at)).toBe(true);
    expect(first.some((r) => r.attendance !== null && r.needs !== null)).toBe(true);
    expect(
      runMonthly(store, mailer(store).m, { ...DEC_1, today: '2026-12-02', at: '2026-12-02T00:00:00.000Z' })
        .snapshot,
    ).toBe(false);
    expect(baseline(store, '2026-12')).toEqual(first);
  });

  it('gives the report its tiers: the baseline of the month after, against the month’s own', () => {
    const store = demoStore(school);
    const plan = planMonthly(store, '2026-12-01', 100);
    expect(plan).toMatchObject({
      month: '2026-11',
      asOf: '2026-11-30',
      takesBaseline: true,
      baselines: { now: { month: '2026-12', takenOn: '2026-12-01' }, previous: null },
    });
    expect(store.writes).toEqual([]); // a plan writes nothing
  });
});

describe('"Send now" plans what it sends', () => {
  it('lists every email not yet sent, within the quota, and what waits', () => {
    const store = demoStore(school);
    const all = planMonthly(store, '2026-12-01', 100);
    expect(all.toSend.length).toBe(all.emails.length);
    expect(all.held).toEqual([]);
    const tight = planMonthly(store, '2026-12-01', 2);
    expect(tight.toSend).toEqual(all.emails.slice(0, 2));
    expect(tight.held).toEqual(all.emails.slice(2));
    runMonthly(store, mailer(store, 2).m, DEC_1);
    const after = planMonthly(store, '2026-12-01', 100);
    expect(after.alreadySent).toBe(2);
    expect(after.toSend).toEqual(all.emails.slice(2));
  });

  it('previews the summary of the last month that ended', () => {
    const store = demoStore(school);
    const emails = previewEmails(store, '2026-11-28');
    expect(emails.every((e) => / Oktober 2026 — /.test(e.subject))).toBe(true);
    expect(emails.some((e) => e.kind === 'coordinator')).toBe(true);
  });
});

describe('the emails compute risk from the data, whatever the formula cells show', () => {
  it.each(['Loading...', '#REF!'])('with every risk cell showing %s, the same emails', (shown) => {
    const clean = demoStore(school);
    const broken = demoStore(school);
    for (const { row } of broken.read<Student>('students').rows)
      for (const key of ['risk_tier', 'risk_score', 'risk_reasons', 'attendance', 'needs'])
        broken.setCell('students', row, key, shown);
    const a = mailer(clean);
    const b = mailer(broken);
    runMonthly(clean, a.m, DEC_1);
    runMonthly(broken, b.m, DEC_1);
    expect(b.sent).toEqual(a.sent);
    expect(baseline(broken, '2026-12')).toEqual(baseline(clean, '2026-12'));
  });
});
