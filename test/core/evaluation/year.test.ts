import { describe, expect, it } from 'vitest';
import {
  addMonths,
  monthEnd,
  readSchoolYear,
  schoolYear,
  schoolYearOf,
} from '../../../src/core/evaluation/year';

describe('the school year', () => {
  it('runs from July to June and is named by both calendar years', () => {
    const year = schoolYear(2025);
    expect([year.label, year.from, year.to]).toEqual(['2025/2026', '2025-07-01', '2026-06-30']);
    expect(year.months).toEqual([
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
  });

  it.each([
    ['2026-06-30', 2025],
    ['2026-07-01', 2026],
    ['2026-01-15', 2025],
    ['2025-12', 2025],
  ])('holds %s in the year starting %i', (day, start) => {
    expect(schoolYearOf(day)).toBe(start);
  });

  it.each([
    ['2026-01', -1, '2025-12'],
    ['2026-03', -3, '2025-12'],
    ['2025-12', 1, '2026-01'],
    ['2025-07', 0, '2025-07'],
    ['2025-07', 12, '2026-07'],
    ['2025-10', -10, '2024-12'],
  ])('moves %s by %i months to %s', (month, count, moved) => {
    expect(addMonths(month, count)).toBe(moved);
  });

  it('ends months on their last day, leap years included', () => {
    expect([monthEnd('2026-02'), monthEnd('2028-02'), monthEnd('2025-12'), monthEnd('2026-04')]).toEqual([
      '2026-02-28',
      '2028-02-29',
      '2025-12-31',
      '2026-04-30',
    ]);
  });
});

describe('readSchoolYear', () => {
  it.each([
    [2025, 2025],
    ['2025', 2025],
    ['2025/2026', 2025],
    [' 2025 - 2026 ', 2025],
    ['2025/26', 2025],
    ['2099/00', 2099],
    ['', null],
    ['  ', null],
    [null, null],
    [undefined, null],
    ['2025/2027', undefined],
    ['2025/27', undefined],
    ['25/26', undefined],
    ['tahun ini', undefined],
    ['2025/2026/2027', undefined],
    [2025.5, undefined],
  ])('reads %j as %j', (raw, start) => {
    expect(readSchoolYear(raw)).toBe(start);
  });
});
