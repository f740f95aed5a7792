import { describe, expect, it } from 'vitest';
import { dayLabel, monthLabel, schoolYearStart } from '../../../src/core/summary/calendar';
import { changeOf, signed } from '../../../src/core/summary/change';

describe('monthLabel', () => {
  it.each([
    ['2026-11', 'en', 'November 2026'],
    ['2026-11', 'id', 'November 2026'],
    ['2026-10', 'id', 'Oktober 2026'],
    ['2027-02', 'en', 'February 2027'],
    ['2027-08', 'id', 'Agustus 2027'],
    ['soon', 'en', 'soon'],
  ] as const)('%s in %s is %s', (month, lang, label) => {
    expect(monthLabel(month, lang)).toBe(label);
  });
});

describe('dayLabel', () => {
  it('writes the day first, without a leading zero', () => {
    expect(dayLabel('2026-08-07', 'id')).toBe('7 Agustus 2026');
    expect(dayLabel('2026-12-25', 'en')).toBe('25 December 2026');
  });
});

describe('schoolYearStart', () => {
  it.each([
    ['2026-07', '2026-07-01'],
    ['2026-12', '2026-07-01'],
    ['2027-01', '2026-07-01'],
    ['2027-06', '2026-07-01'],
  ])('%s belongs to the school year starting %s', (month, start) => {
    expect(schoolYearStart(month)).toBe(start);
  });
});

describe('changeOf', () => {
  it.each([
    [3, 2, 'up'],
    [3, 1, 'up'],
    [1, 2, 'down'],
    [2, 3, 'down'],
    [2, 2, 'same'],
    [2, undefined, 'new'],
    [1, null, 'new'],
  ] as const)('tier %s after %s is %s', (now, previous, change) => {
    expect(changeOf(now, previous)).toBe(change);
  });
});

describe('signed', () => {
  it('writes a count change with its sign', () => {
    expect([signed(2), signed(-1), signed(0)]).toEqual(['+2', '−1', '±0']);
  });
});
