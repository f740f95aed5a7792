import { describe, expect, it } from 'vitest';
import { absenceRange } from '../../../local/demo/data/attendance';
import { demoCalendar, enrolledThen, isSchoolDay, toSchoolDay } from '../../../local/demo/data/calendar';

describe('demoCalendar', () => {
  it('on the default day: Jul–Nov 2026 recaps, the odd semester mid-term and the even one before', () => {
    const cal = demoCalendar('2026-11-28');
    expect(cal.months.map((m) => [m.month, m.schoolDays])).toEqual([
      ['2026-07', 15],
      ['2026-08', 20],
      ['2026-09', 22],
      ['2026-10', 22],
      ['2026-11', 20],
    ]);
    expect([cal.latestTerm, cal.latestBack, cal.previousTerm, cal.previousBack]).toEqual([
      '2026-1',
      0,
      '2025-2',
      1,
    ]);
    expect(cal.start).toBe('2026-07-13');
  });

  it.each([
    ['2026-11-10', '2026-10', '2026-1', '2025-2'], // too few November days for a recap
    ['2026-09-01', '2026-08', '2025-2', '2025-1'], // no mid-term grades yet
    ['2026-07-20', '2026-06', '2025-2', '2025-1'], // a week into the year: last year's recaps
    ['2026-04-15', '2026-03', '2025-2', '2025-1'],
  ])('on %s the latest recap is %s and the terms %s, %s', (asOf, month, latest, previous) => {
    const cal = demoCalendar(asOf);
    expect([cal.months.at(-1)?.month, cal.latestTerm, cal.previousTerm]).toEqual([month, latest, previous]);
  });

  it('knows school days and who was here in earlier years', () => {
    expect([isSchoolDay('2026-08-17'), isSchoolDay('2026-11-28'), isSchoolDay('2026-11-27')]).toEqual([
      false,
      false,
      true,
    ]);
    expect(toSchoolDay('2026-11-29', -1)).toBe('2026-11-27');
    expect([enrolledThen(7, 0), enrolledThen(7, 1), enrolledThen(8, 1)]).toEqual([true, false, true]);
  });
});

describe('absenceRange', () => {
  it.each([
    ['ok', 20, [0, 1]],
    ['watch', 20, [2, 2]],
    ['high', 20, [3, 4]],
    ['critical', 20, [5, 10]],
    ['ok', 15, [0, 0]],
    ['watch', 22, [2, 2]],
    ['high', 22, [3, 4]],
  ] as const)('%s in a month of %i days: %j absences', (level, days, range) => {
    expect(absenceRange(level, days)).toEqual(range);
  });
});
