import { describe, expect, it } from 'vitest';
import { overageByStudent, overageYears, schoolYearStart } from '../../../src/core/risk/overage';

describe('overage', () => {
  it.each([
    ['2026-06-30', '2025-07-01'],
    ['2026-07-01', '2026-07-01'],
    ['2026-12-31', '2026-07-01'],
    ['2027-01-01', '2026-07-01'],
  ])('the school year of %s starts on %s', (asOf, start) => {
    expect(schoolYearStart(asOf)).toBe(start);
  });

  it.each<[number, string, string, number]>([
    [7, '2011-06-30', '2026-09-15', 2],
    [7, '2011-07-01', '2026-09-15', 2],
    [7, '2011-07-02', '2026-09-15', 1],
    [7, '2012-07-01', '2026-09-15', 1],
    [7, '2013-07-01', '2026-09-15', 0],
    [7, '2014-01-01', '2026-09-15', 0],
    [1, '2019-07-01', '2026-09-15', 0],
    [1, '2018-07-01', '2026-09-15', 1],
    [7, '2012-03-01', '2026-06-30', 0],
    [7, '2012-03-01', '2026-07-01', 1],
    [12, '2006-12-31', '2026-01-15', 0],
    [12, '2005-12-31', '2026-01-15', 1],
  ])('grade %d born %s as of %s: %d', (grade, birth, asOf, years) => {
    expect(overageYears(grade, birth, asOf)).toBe(years);
  });

  it('leaves out students without grade or birth date', () => {
    const students = [
      { student_id: '1', grade: 7, birth_date: '2011-06-30' },
      { student_id: '2', grade: null, birth_date: '2011-06-30' },
      { student_id: '3', grade: 7, birth_date: null },
    ];
    expect(Object.fromEntries(overageByStudent(students, '2026-09-15'))).toEqual({ '1': 2 });
  });
});
