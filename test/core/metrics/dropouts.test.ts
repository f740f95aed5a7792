import { describe, expect, it } from 'vitest';
import { countDropouts } from '../../../src/core/metrics/dropouts';
import { monthEnd, nextMonth, previousMonth, schoolYearStart } from '../../../src/core/metrics/month';

describe('countDropouts', () => {
  const students = [
    { status: 'dropped_out', status_date: '2026-11-05' },
    { status: 'dropped_out', status_date: '2026-11-30' },
    { status: 'dropped_out', status_date: '2026-08-15' },
    { status: 'dropped_out', status_date: '2026-07-01' }, // the school year's first day
    { status: 'dropped_out', status_date: '2026-06-30' }, // the school year before
    { status: 'dropped_out', status_date: '2026-12-01' }, // after the as-of day
    { status: 'dropped_out', status_date: null },
    { status: 'transferred', status_date: '2026-11-10' },
    { status: 'graduated', status_date: '2026-11-10' },
    { status: 'active', status_date: '2026-11-10' },
  ] as const;

  it('counts dropouts of the month and of its school year so far; transfers are not dropouts', () => {
    expect(countDropouts(students, '2026-11', '2026-11-30')).toEqual({
      month: 2,
      year: 4,
      since: '2026-07-01',
    });
  });

  it('counts the school year from July', () => {
    expect(countDropouts(students, '2026-07', '2026-07-31')).toEqual({
      month: 1,
      year: 1,
      since: '2026-07-01',
    });
    expect(countDropouts(students, '2026-06', '2026-06-30')).toEqual({
      month: 1,
      year: 1,
      since: '2025-07-01',
    });
  });
});

describe('month arithmetic', () => {
  it.each([
    ['2026-12', '2026-11', '2027-01', '2026-12-31'],
    ['2027-01', '2026-12', '2027-02', '2027-01-31'],
    ['2026-11', '2026-10', '2026-12', '2026-11-30'],
    ['2027-02', '2027-01', '2027-03', '2027-02-28'],
    ['2028-02', '2028-01', '2028-03', '2028-02-29'],
    ['2100-02', '2100-01', '2100-03', '2100-02-28'],
    ['2000-02', '2000-01', '2000-03', '2000-02-29'],
    ['2026-04', '2026-03', '2026-05', '2026-04-30'],
    ['2026-06', '2026-05', '2026-07', '2026-06-30'],
    ['2026-09', '2026-08', '2026-10', '2026-09-30'],
    ['2026-08', '2026-07', '2026-09', '2026-08-31'],
  ])('%s: before %s, after %s, ends %s', (month, before, after, end) => {
    expect(previousMonth(month)).toBe(before);
    expect(nextMonth(month)).toBe(after);
    expect(monthEnd(month)).toBe(end);
  });

  it('ends the month of a day too', () => {
    expect(monthEnd('2026-11-15')).toBe('2026-11-30');
  });

  it.each([
    ['2026-07', '2026-07-01'],
    ['2026-06', '2025-07-01'],
    ['2027-01', '2026-07-01'],
    ['2026-12', '2026-07-01'],
  ])('the school year of %s starts %s', (month, start) => {
    expect(schoolYearStart(month)).toBe(start);
  });
});
