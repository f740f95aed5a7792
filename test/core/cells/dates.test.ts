import { describe, expect, it } from 'vitest';
import { dayNumber, dayOf, monthOf } from '../../../src/core/cells/dates';

describe('dayOf', () => {
  it.each<[unknown, unknown]>([
    ['2026-09-15', '2026-09-15'],
    ['2026-9-5', '2026-09-05'],
    ['15/09/2026', '2026-09-15'],
    ['5-9-2026', '2026-09-05'],
    ['15.09.2026', '2026-09-15'],
    ['29/02/2028', '2028-02-29'],
    ['29/02/2026', undefined],
    ['09/31/2026', undefined],
    ['2026-13-01', undefined],
    ['kemarin', undefined],
    [20260915, undefined],
    ['', null],
    [new Date(2026, 8, 15), '2026-09-15'],
    [new Date(2026, 8, 15, 23, 59), '2026-09-15'],
    [new Date(Number.NaN), undefined],
  ])('%j → %j', (raw, day) => {
    expect(dayOf(raw)).toBe(day);
  });

  it('reads a Date in the time zone given', () => {
    // Midnight of 1 October in Jakarta is still 30 September in UTC.
    const midnightJakarta = new Date(Date.UTC(2026, 8, 30, 17, 0));
    expect(dayOf(midnightJakarta, 'Asia/Jakarta')).toBe('2026-10-01');
    expect(dayOf(midnightJakarta, 'UTC')).toBe('2026-09-30');
    expect(monthOf(midnightJakarta, 'Asia/Jakarta')).toBe('2026-10');
  });

  it('counts days', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2026-10-01') - dayNumber('2026-09-01')).toBe(30);
    expect(dayNumber('2028-03-01') - dayNumber('2028-02-28')).toBe(2);
  });
});

describe('monthOf', () => {
  it.each<[unknown, unknown]>([
    ['2026-09', '2026-09'],
    ['2026-9', '2026-09'],
    ['2026/09', '2026-09'],
    ['09/2026', '2026-09'],
    ['9-2026', '2026-09'],
    ['2026-09-15', '2026-09'],
    ['15/09/2026', '2026-09'],
    [new Date(2026, 8, 1), '2026-09'],
    ['2026-13', undefined],
    ['September', undefined],
    [202609, undefined],
    ['', null],
  ])('%j → %j', (raw, month) => {
    expect(monthOf(raw)).toBe(month);
  });
});
