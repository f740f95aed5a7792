import { describe, expect, it } from 'vitest';
import { contactOf, sessionsByStudent } from '../../../src/core/summary/contact';
import { session } from './fixtures';

const TODAY = '2026-11-28';
const contact = (sessions: ReturnType<typeof session>[], overdueDays = 30) =>
  contactOf(sessions, '2026-11', TODAY, overdueDays);

describe('contactOf', () => {
  it('is overdue when no session was ever attended', () => {
    expect(contact([]).overdue).toEqual([{ kind: 'never' }]);
    expect(contact([session({ date: '2026-11-20', student_id: 'S', attended: false })]).overdue).toEqual([
      { kind: 'never' },
    ]);
  });

  it.each([
    ['2026-10-29', 30, []],
    ['2026-10-28', 30, [{ kind: 'days', days: 31 }]],
    ['2026-11-20', 7, [{ kind: 'days', days: 8 }]],
    ['2026-11-21', 7, []],
  ])('last attended %s with %s days allowed: %j', (date, days, overdue) => {
    expect(contact([session({ date, student_id: 'S' })], days).overdue).toEqual(overdue);
  });

  it('is overdue when the latest next_check has passed with no attended session since', () => {
    const planned = session({ date: '2026-11-10', student_id: 'S', next_check: '2026-11-20' });
    expect(contact([planned]).overdue).toEqual([{ kind: 'check', date: '2026-11-20' }]);
    const missed = session({ date: '2026-11-21', student_id: 'S', attended: false });
    expect(contact([planned, missed]).overdue).toEqual([{ kind: 'check', date: '2026-11-20' }]);
    const met = session({ date: '2026-11-20', student_id: 'S' });
    expect(contact([planned, met]).overdue).toEqual([]);
    const later = session({ date: '2026-11-10', student_id: 'S', next_check: '2026-12-01' });
    expect(contact([later]).overdue).toEqual([]);
  });

  it('takes the next_check of the latest session that set one', () => {
    const sessions = [
      session({ date: '2026-11-15', student_id: 'S', next_check: '2026-12-10' }),
      session({ date: '2026-11-01', student_id: 'S', next_check: '2026-11-08' }),
    ];
    expect(contact(sessions).overdue).toEqual([]);
  });

  it('finds the last attended session and counts the month by type', () => {
    const c = contact([
      session({ date: '2026-10-30', student_id: 'S', type: 'family' }),
      session({ date: '2026-11-03', student_id: 'S' }),
      session({ date: '2026-11-17', student_id: 'S', type: 'counselling' }),
      session({ date: '2026-11-09', student_id: 'S' }),
      session({ date: '2026-11-20', student_id: 'S', type: 'home_visit', attended: false }),
    ]);
    expect(c.last).toEqual({ date: '2026-11-17', type: 'counselling' });
    expect(c.held).toEqual({ individual: 2, counselling: 1 });
    expect([c.heldCount, c.missed]).toEqual([3, 1]);
  });
});

describe('sessionsByStudent', () => {
  it('groups by student and drops sessions dated after today', () => {
    const map = sessionsByStudent(
      [
        session({ date: '2026-11-01', student_id: 'A' }),
        session({ date: '2026-11-02', student_id: 'B' }),
        session({ date: '2026-11-29', student_id: 'A' }),
      ],
      TODAY,
    );
    expect(map.get('A')?.map((s) => s.date)).toEqual(['2026-11-01']);
    expect(map.get('B')).toHaveLength(1);
  });
});
