import { describe, expect, it } from 'vitest';
import {
  COUNT,
  GRADE,
  isBlank,
  NEEDS,
  POINTS,
  RATE,
  showValue,
  studentIdOf,
} from '../../../src/core/risk/cells';

describe('cell rules', () => {
  it.each<[string, { read(raw: unknown): unknown }, unknown, unknown]>([
    ['RATE', RATE, 0.86, 0.86],
    ['RATE', RATE, 86, 0.86],
    ['RATE', RATE, '86%', 0.86],
    ['RATE', RATE, '0,5%', 0.005],
    ['RATE', RATE, 1, 1],
    ['RATE', RATE, 100, 1],
    ['RATE', RATE, 100.5, undefined],
    ['RATE', RATE, '', null],
    ['POINTS', POINTS, '72,5', 72.5],
    ['POINTS', POINTS, 100, 100],
    ['POINTS', POINTS, 100.1, undefined],
    ['POINTS', POINTS, -0.1, undefined],
    ['COUNT', COUNT, '3', 3],
    ['COUNT', COUNT, 3.5, undefined],
    ['COUNT', COUNT, '3%', undefined],
    ['NEEDS', NEEDS, 3, 3],
    ['NEEDS', NEEDS, 4, undefined],
    ['GRADE', GRADE, 7, 7],
    ['GRADE', GRADE, '12', 12],
    ['GRADE', GRADE, ' vii ', 7],
    ['GRADE', GRADE, 'XII', 12],
    ['GRADE', GRADE, 0, undefined],
    ['GRADE', GRADE, 13, undefined],
    ['GRADE', GRADE, 'XIII', undefined],
  ])('%s %j → %j', (_name, rule, raw, expected) => {
    expect(rule.read(raw)).toBe(expected);
  });

  it.each<[unknown, unknown]>([
    ['0012345', '0012345'],
    [' 0012345 ', '0012345'],
    [12345, '12345'],
    [9988776655, '9988776655'],
    ['', null],
    [true, undefined],
    [new Date(2026, 0, 1), undefined],
  ])('studentIdOf(%j) → %j', (raw, id) => {
    expect(studentIdOf(raw)).toBe(id);
  });

  it('keeps 0012345 and 12345 apart', () => {
    expect(studentIdOf('0012345')).not.toBe(studentIdOf(12345));
  });

  it.each<[unknown, boolean]>([
    ['', true],
    ['  ', true],
    [null, true],
    [undefined, true],
    [0, false],
    [false, false],
  ])('isBlank(%j) → %s', (raw, blank) => {
    expect(isBlank(raw)).toBe(blank);
  });

  it.each<[unknown, string]>([
    ['abc', "'abc'"],
    [150, "'150'"],
    [true, "'TRUE'"],
    [new Date(2026, 8, 15), "'2026-09-15'"],
    ['x'.repeat(50), `'${'x'.repeat(39)}…'`],
  ])('showValue(%j) → %s', (raw, shown) => {
    expect(showValue(raw)).toBe(shown);
  });
});
