import { describe, expect, it } from 'vitest';
import { countSessions, countsIn, isHeld, noSessions } from '../../../src/core/metrics/sessions';
import type { SessionType } from '../../../src/core/schema/records';

const s = (date: string, type: SessionType = 'individual', attended: boolean | null = true) => ({
  date,
  type,
  attended,
});

describe('sessions of a month', () => {
  it('are held unless marked not attended (blank counts as held)', () => {
    expect([true, null, false].map((attended) => isHeld({ attended }))).toEqual([true, true, false]);
  });

  it('belong to the month of their date, up to the as-of day', () => {
    expect(countsIn({ date: '2026-11-01' }, '2026-11', '2026-11-30')).toBe(true);
    expect(countsIn({ date: '2026-11-30' }, '2026-11', '2026-11-30')).toBe(true);
    expect(countsIn({ date: '2026-10-31' }, '2026-11', '2026-11-30')).toBe(false);
    expect(countsIn({ date: '2026-12-01' }, '2026-11', '2026-11-30')).toBe(false);
    expect(countsIn({ date: '2026-11-20' }, '2026-11', '2026-11-16')).toBe(false); // typed ahead of time
    expect(countsIn({ date: '' }, '2026-11', '2026-11-30')).toBe(false);
  });

  it('are counted by type, with the missed ones apart', () => {
    const counts = countSessions(
      [
        s('2026-10-31'),
        s('2026-11-03'),
        s('2026-11-09', 'individual', null),
        s('2026-11-17', 'counselling'),
        s('2026-11-20', 'home_visit', false),
        s('2026-11-21', 'group', false),
        s('2026-12-01', 'family'),
      ],
      '2026-11',
      '2026-11-30',
    );
    expect(counts).toEqual({
      held: { individual: 2, counselling: 1, group: 0, family: 0, home_visit: 0 },
      heldTotal: 3,
      missed: 2,
    });
  });

  it('start from zero for every type', () => {
    expect(noSessions()).toEqual({ individual: 0, counselling: 0, group: 0, family: 0, home_visit: 0 });
    expect(countSessions([], '2026-11', '2026-11-30')).toEqual({
      held: noSessions(),
      heldTotal: 0,
      missed: 0,
    });
  });
});
