import { describe, expect, it } from 'vitest';
import { type AssessmentRecord, needCounts } from '../../../src/core/risk/needs';

describe('need records', () => {
  const a = (
    student_id: string,
    date: string,
    social_pressure: number | null,
    economic_hardship: number | null,
    low_home_support: number | null,
  ): AssessmentRecord => ({ student_id, date, social_pressure, economic_hardship, low_home_support });

  it('counts domains scored 2 or more in the latest assessment that scored them', () => {
    const records = [
      a('1', '2026-07-15', 2, 3, 0),
      a('1', '2026-09-01', 1, 2, 0),
      a('2', '2026-08-01', 3, 3, 3),
      a('2', '2026-09-10', null, null, null),
      a('3', '2026-08-01', 0, 1, 1),
      a('4', '2026-08-01', 2, null, null),
      a('5', '2026-08-01', 3, 3, 3),
      a('5', '2026-08-01', 0, 0, 0),
    ];
    expect(Object.fromEntries(needCounts(records))).toEqual({ '1': 1, '2': 3, '3': 0, '4': 1, '5': 0 });
  });
});
