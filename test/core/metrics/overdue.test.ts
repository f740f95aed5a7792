import { describe, expect, it } from 'vitest';
import {
  contactIntervals,
  intervalFor,
  type OverdueInput,
  overdueOf,
} from '../../../src/core/metrics/overdue';

const INTERVALS = { 3: 7, 2: 30, other: 45 };
const AS_OF = '2026-11-30';
const held = (date: string, next_check: string | null = null) => ({ date, attended: true, next_check });
const missed = (date: string) => ({ date, attended: false, next_check: null });
const overdue = (over: Partial<OverdueInput>) =>
  overdueOf({ sessions: [], mentorSince: null, tier: 2, asOf: AS_OF, intervals: INTERVALS, ...over });

describe('contactIntervals (Settings)', () => {
  it('reads the three keys, Tier 3 weekly and Tier 2 monthly by default', () => {
    expect(contactIntervals({})).toEqual({ 3: 7, 2: 30, other: 30 });
    expect(
      contactIntervals({ contact_days_tier3: '14', contact_days_tier2: ' 21 ', overdue_days: '60' }),
    ).toEqual({ 3: 14, 2: 21, other: 60 });
  });

  it.each(['', ' ', '0', '-3', 'seminggu', 'Infinity'])('keeps the default for %j', (value) => {
    expect(contactIntervals({ contact_days_tier3: value })[3]).toBe(7);
  });

  it('gives Tier 1 and students without a tier the other interval', () => {
    expect([3, 2, 1, null, undefined].map((t) => intervalFor(INTERVALS, t as 1))).toEqual([
      7, 30, 45, 45, 45,
    ]);
  });
});

describe('overdueOf: the clock starts at the later of the assignment and the last session', () => {
  it('is not overdue three days after the assignment, with no session yet', () => {
    expect(overdue({ mentorSince: '2026-11-27', tier: 3 })).toEqual([]);
  });

  it('is overdue once the interval has passed since the assignment, naming the day', () => {
    expect(overdue({ mentorSince: '2026-11-23', tier: 3 })).toEqual([]); // exactly a week: not yet
    expect(overdue({ mentorSince: '2026-11-22', tier: 3 })).toEqual([
      { kind: 'never', since: '2026-11-22', days: 8, interval: 7 },
    ]);
  });

  it.each([
    [3, '2026-11-23', []],
    [3, '2026-11-22', [{ kind: 'days', last: '2026-11-22', days: 8, interval: 7 }]],
    [2, '2026-10-31', []],
    [2, '2026-10-30', [{ kind: 'days', last: '2026-10-30', days: 31, interval: 30 }]],
    [1, '2026-10-16', []],
    [1, '2026-10-15', [{ kind: 'days', last: '2026-10-15', days: 46, interval: 45 }]],
    [null, '2026-10-15', [{ kind: 'days', last: '2026-10-15', days: 46, interval: 45 }]],
  ] as const)('Tier %s, last attended %s: %j', (tier, date, expected) => {
    expect(overdue({ tier, sessions: [held(date)], mentorSince: '2026-09-01' })).toEqual(expected);
  });

  it('counts from the assignment when it is later than the last session (a new mentor)', () => {
    expect(overdue({ tier: 3, sessions: [held('2026-10-01')], mentorSince: '2026-11-26' })).toEqual([]);
    expect(overdue({ tier: 3, sessions: [held('2026-10-01')], mentorSince: '2026-11-20' })).toEqual([
      { kind: 'never', since: '2026-11-20', days: 10, interval: 7 },
    ]);
  });

  it('counts from the last session on the day of the assignment too', () => {
    expect(overdue({ tier: 3, sessions: [held('2026-11-20')], mentorSince: '2026-11-20' })).toEqual([
      { kind: 'days', last: '2026-11-20', days: 10, interval: 7 },
    ]);
  });

  it('is overdue without a date when neither an assignment day nor a session is recorded', () => {
    expect(overdue({})).toEqual([{ kind: 'never', since: null, days: null, interval: 30 }]);
    expect(overdue({ sessions: [missed('2026-11-29')] })).toEqual([
      { kind: 'never', since: null, days: null, interval: 30 },
    ]);
  });

  it('uses the last session when no assignment day is recorded', () => {
    expect(overdue({ sessions: [held('2026-11-01'), held('2026-10-01')] })).toEqual([]);
    expect(overdue({ sessions: [held('2026-10-01'), held('2026-09-01')] })).toEqual([
      { kind: 'days', last: '2026-10-01', days: 60, interval: 30 },
    ]);
  });

  it('counts only attended sessions, and none after the as-of day', () => {
    expect(overdue({ sessions: [held('2026-10-01'), missed('2026-11-28')] })[0]).toMatchObject({
      kind: 'days',
      last: '2026-10-01',
    });
    expect(overdue({ sessions: [held('2026-10-01'), held('2026-12-02')] })[0]).toMatchObject({
      kind: 'days',
      days: 60,
    });
  });

  it('counts a session on the as-of day itself', () => {
    expect(overdue({ tier: 3, sessions: [held('2026-11-20'), held(AS_OF)] })).toEqual([]);
  });

  it('is never overdue for a mentoring that starts after the as-of day', () => {
    expect(overdue({ mentorSince: '2026-12-05', sessions: [held('2026-08-01')] })).toEqual([]);
  });
});

describe('overdueOf: the planned check', () => {
  it('is overdue when the latest next_check has passed with no attended session since', () => {
    const planned = held('2026-11-10', '2026-11-20');
    expect(overdue({ sessions: [planned] })).toEqual([{ kind: 'check', date: '2026-11-20' }]);
    expect(overdue({ sessions: [planned, missed('2026-11-21')] })).toEqual([
      { kind: 'check', date: '2026-11-20' },
    ]);
    expect(overdue({ sessions: [planned, held('2026-11-20')] })).toEqual([]);
    expect(overdue({ sessions: [held('2026-11-10', '2026-11-30')] })).toEqual([]);
    expect(overdue({ sessions: [held('2026-11-10', '2026-11-29')] })).toEqual([
      { kind: 'check', date: '2026-11-29' },
    ]);
  });

  it('takes the next_check of the latest session that set one, whatever the order', () => {
    // The latest (missed) session moved the check to December: the passed one of November no longer counts.
    const moved = [
      held('2026-11-01', '2026-11-08'),
      { date: '2026-11-10', attended: false, next_check: '2026-12-10' },
    ];
    expect(overdue({ sessions: moved })).toEqual([]);
    expect(overdue({ sessions: [...moved].reverse() })).toEqual([]);
    // And the other way: the latest set a check that has passed.
    const passed = [
      held('2026-11-01', '2026-12-10'),
      { date: '2026-11-10', attended: false, next_check: '2026-11-20' },
    ];
    expect(overdue({ sessions: passed })).toEqual([{ kind: 'check', date: '2026-11-20' }]);
    expect(overdue({ sessions: [...passed].reverse() })).toEqual([{ kind: 'check', date: '2026-11-20' }]);
  });

  it('a passed check with no session ever attended', () => {
    const missedOnly = [{ date: '2026-11-10', attended: false, next_check: '2026-11-20' }];
    expect(overdue({ sessions: missedOnly, mentorSince: '2026-11-05' })).toEqual([
      { kind: 'check', date: '2026-11-20' },
    ]);
  });

  it('a check planned before the assignment belonged to the previous mentor', () => {
    const planned = held('2026-11-01', '2026-11-10');
    expect(overdue({ sessions: [planned], mentorSince: '2026-11-12' })).toEqual([]);
    expect(overdue({ sessions: [planned], mentorSince: '2026-11-10' })).toEqual([
      { kind: 'check', date: '2026-11-10' },
    ]);
  });

  it('gives both reasons when both apply', () => {
    expect(overdue({ sessions: [held('2026-09-01', '2026-09-15')] }).map((o) => o.kind)).toEqual([
      'days',
      'check',
    ]);
  });
});
