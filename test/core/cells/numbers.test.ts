import { describe, expect, it } from 'vitest';
import { formatDecimal, formatPercent, readNumber, tidyNumber } from '../../../src/core/cells/numbers';

describe('readNumber', () => {
  it.each<[unknown, unknown]>([
    [12, { value: 12, percent: false }],
    [0, { value: 0, percent: false }],
    ['85,5', { value: 85.5, percent: false }],
    [' 85.5 ', { value: 85.5, percent: false }],
    ['86%', { value: 86, percent: true }],
    ['86,5 %', { value: 86.5, percent: true }],
    [',5', { value: 0.5, percent: false }],
    ['-1', { value: -1, percent: false }],
    ['', null],
    ['   ', null],
    [null, null],
    [undefined, null],
    ['abc', undefined],
    ['1.234,5', undefined],
    ['12abc', undefined],
    [true, undefined],
    [false, undefined],
    [Number.NaN, undefined],
    [Number.POSITIVE_INFINITY, undefined],
    [new Date(2026, 0, 1), undefined],
  ])('%j', (raw, expected) => {
    expect(readNumber(raw)).toEqual(expected);
  });

  it('tidies binary noise', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(tidyNumber(0.1 + 0.2)).toBe(0.3);
    expect(tidyNumber(19 / 20)).toBe(0.95);
  });

  it.each<[number, 'en' | 'id', number, string]>([
    [72.25, 'id', 1, '72,3'],
    [72, 'en', 1, '72'],
    [72.04, 'en', 1, '72'],
    [12.5, 'id', 1, '12,5'],
  ])('formatDecimal(%d, %s, %d) → %s', (value, lang, decimals, text) => {
    expect(formatDecimal(value, lang, decimals)).toBe(text);
  });

  it('formats percentages without needless decimals', () => {
    expect([formatPercent(0.9, 'en'), formatPercent(0.865, 'en'), formatPercent(0.865, 'id')]).toEqual([
      '90%',
      '86.5%',
      '86,5%',
    ]);
  });
});
