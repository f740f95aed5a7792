import { describe, expect, it } from 'vitest';
import {
  type ContactContext,
  contactOf,
  contactsFor,
  sessionsByStudent,
} from '../../../src/core/summary/contact';
import { input, session, student } from './fixtures';

const CTX: ContactContext = {
  month: '2026-11',
  asOf: '2026-11-30',
  tier: 2,
  mentorSince: null,
  intervals: { 3: 7, 2: 30, other: 30 },
};

describe('contactOf', () => {
  it('finds the last attended session and counts the month by type, up to the as-of day', () => {
    const c = contactOf(
      [
        session({ date: '2026-10-30', student_id: 'S', type: 'family' }),
        session({ date: '2026-11-03', student_id: 'S' }),
        session({ date: '2026-11-17', student_id: 'S', type: 'counselling' }),
        session({ date: '2026-11-09', student_id: 'S' }),
        session({ date: '2026-11-20', student_id: 'S', type: 'home_visit', attended: false }),
        session({ date: '2026-11-24', student_id: 'S', type: 'group', attended: false }),
        session({ date: '2026-12-01', student_id: 'S', type: 'group' }),
      ],
      CTX,
    );
    expect(c.last).toEqual({ date: '2026-11-17', type: 'counselling' });
    expect(c.held).toEqual({ individual: 2, counselling: 1, group: 0, family: 0, home_visit: 0 });
    expect([c.heldCount, c.missed]).toEqual([3, 2]);
    expect(c.overdue).toEqual([]);
  });

  it('counts a session on the as-of day; of two on the last day, the one logged later names it', () => {
    const c = contactOf(
      [
        session({ date: '2026-11-30', student_id: 'S', type: 'group' }),
        session({ date: '2026-11-30', student_id: 'S', type: 'family' }),
      ],
      CTX,
    );
    expect(c.last).toEqual({ date: '2026-11-30', type: 'family' });
    expect(c.heldCount).toBe(2);
  });

  it('has no last session when none was attended', () => {
    const c = contactOf([session({ date: '2026-11-20', student_id: 'S', attended: false })], CTX);
    expect(c.last).toBeNull();
    expect(c.overdue).toEqual([{ kind: 'never', since: null, days: null, interval: 30 }]);
  });

  it('never says "sessions this month" and "overdue" in a way that contradicts: the days count from the last session shown', () => {
    const c = contactOf([session({ date: '2026-11-02', student_id: 'S' })], { ...CTX, tier: 3 });
    expect(c.heldCount).toBe(1);
    expect(c.overdue).toEqual([{ kind: 'days', last: '2026-11-02', days: 28, interval: 7 }]);
    expect(c.last?.date).toBe('2026-11-02');
  });

  it('starts the clock at the assignment', () => {
    const c = contactOf([], { ...CTX, tier: 3, mentorSince: '2026-11-27' });
    expect(c.overdue).toEqual([]);
  });
});

describe('contactsFor', () => {
  it('gives each student the interval of their tier in the baseline and their own assignment day', () => {
    const students = [
      student({ student_id: 'S01', name: 'A', mentor_since: '2026-11-01' }), // Tier 3: weekly
      student({ student_id: 'S02', name: 'B', mentor_since: '2026-11-01' }), // Tier 2: monthly
      student({ student_id: 'S03', name: 'C', mentor_since: '2026-11-28' }), // Tier 1, just assigned
    ];
    const contacts = contactsFor(input('en', { sessions: [] }), students);
    expect(contacts.get('S01')!.overdue).toEqual([
      { kind: 'never', since: '2026-11-01', days: 29, interval: 7 },
    ]);
    expect(contacts.get('S02')!.overdue).toEqual([]);
    expect(contacts.get('S03')!.overdue).toEqual([]);
  });
});

describe('sessionsByStudent', () => {
  it('groups by student and drops sessions dated after the as-of day', () => {
    const map = sessionsByStudent(
      [
        session({ date: '2026-11-01', student_id: 'A' }),
        session({ date: '2026-11-02', student_id: 'B' }),
        session({ date: '2026-12-01', student_id: 'A' }),
        session({ date: '2026-11-30', student_id: 'A' }),
      ],
      '2026-11-30',
    );
    expect(map.get('A')?.map((s) => s.date)).toEqual(['2026-11-01', '2026-11-30']);
    expect(map.get('B')).toHaveLength(1);
  });
});
