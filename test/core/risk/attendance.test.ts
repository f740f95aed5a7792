import { describe, expect, it } from 'vitest';
import {
  type AttendanceRecord,
  attendanceRate,
  attendanceRates,
  latestAttendance,
  unexcusedCounts,
} from '../../../src/core/risk/attendance';

const att = (
  student_id: string,
  month: string,
  school_days: number | null,
  sick: number | null,
  excused: number | null,
  unexcused: number | null,
): AttendanceRecord => ({ student_id, month, school_days, sick, excused, unexcused });

describe('attendance records', () => {
  const records = [
    att('0012345', '2026-08', 20, 0, 0, 0),
    att('0012345', '2026-09', 20, 1, 1, 1),
    att('12345', '2026-09', 20, null, null, 3),
    att('12346', '2026-09', 0, 0, 0, 0),
    att('12346', '2026-08', 20, 0, 0, 0),
    att('0077777', '2026-07', 20, 2, 0, null),
    att('0088888', '2026-09', 20, 0, 0, 5),
    att('0088888', '2026-09', 20, 0, 0, 1),
  ];

  it('takes the latest month, the later row of a month', () => {
    expect(latestAttendance(records).get('0012345')?.month).toBe('2026-09');
    expect(latestAttendance(records).get('0088888')?.unexcused).toBe(1);
  });

  it.each<[AttendanceRecord, number | null]>([
    [att('1', '2026-09', 20, 1, null, 2), 0.85],
    [att('1', '2026-09', 20, 1, 0, 0), 0.95],
    [att('1', '2026-09', 19, 0, 0, 0), 1],
    [att('1', '2026-09', 3, 1, 0, 0), 2 / 3],
    [att('1', '2026-09', 0, 0, 0, 0), null],
    [att('1', '2026-09', null, 0, 0, 0), null],
  ])('rate of %j is %d', (record, rate) => {
    if (rate === null) expect(attendanceRate(record)).toBeNull();
    else expect(attendanceRate(record)).toBeCloseTo(rate, 9);
  });

  it('gives rates and unexcused counts per student; the latest month without school days is unknown', () => {
    expect(Object.fromEntries(attendanceRates(records))).toEqual({
      '0012345': 0.85,
      '12345': 0.85,
      '0077777': 0.9,
      '0088888': 0.95,
    });
    expect(Object.fromEntries(unexcusedCounts(records))).toEqual({
      '0012345': 1,
      '12345': 3,
      '12346': 0,
      '0077777': 0,
      '0088888': 1,
    });
  });
});
