import { describe, expect, it } from 'vitest';
import { capacityOf, hasMentorOn, isActive, menteesOf, mentorIdOf } from '../../../src/core/metrics/roster';

const student = (
  id: string,
  mentor_id: string | null,
  status: string | null = 'active',
  mentor_since: string | null = null,
) =>
  ({ student_id: id, mentor_id, status, mentor_since }) as {
    student_id: string;
    mentor_id: string | null;
    status: null;
    mentor_since: string | null;
  };

describe('roster', () => {
  it('counts a student as active when the status is active or blank', () => {
    expect(
      ['active', null, 'dropped_out', 'transferred', 'graduated'].map((status) =>
        isActive({ status } as never),
      ),
    ).toEqual([true, true, false, false, false]);
  });

  it("reads a mentor ID without its spaces; '' when none", () => {
    expect([' M01 ', 'M01', null, '  '].map((mentor_id) => mentorIdOf({ mentor_id }))).toEqual([
      'M01',
      'M01',
      '',
      '',
    ]);
  });

  it("lists a mentor's active mentees only", () => {
    const students = [
      student('A', 'M01'),
      student('B', ' M01'),
      student('C', 'M02'),
      student('D', 'M01', 'dropped_out'),
      student('E', 'M01', null),
      student('F', null),
    ];
    expect(menteesOf(students, 'M01').map((s) => s.student_id)).toEqual(['A', 'B', 'E']);
    expect(menteesOf(students, ' M02 ').map((s) => s.student_id)).toEqual(['C']);
  });

  it('never gives a mentor row with a blank ID the students without a mentor', () => {
    const students = [student('A', null), student('B', ''), student('C', '  '), student('D', 'M01')];
    expect(menteesOf(students, '')).toEqual([]);
    expect(menteesOf(students, '   ')).toEqual([]);
  });

  it('counts a mentoring from its start day, when a day is asked for', () => {
    expect(hasMentorOn({ mentor_id: 'M01', mentor_since: '2026-12-03' }, '2026-11-30')).toBe(false);
    expect(hasMentorOn({ mentor_id: 'M01', mentor_since: '2026-11-30' }, '2026-11-30')).toBe(true);
    expect(hasMentorOn({ mentor_id: 'M01', mentor_since: null }, '2026-11-30')).toBe(true);
    expect(hasMentorOn({ mentor_id: 'M01', mentor_since: '2026-12-03' })).toBe(true);
    expect(hasMentorOn({ mentor_id: ' ', mentor_since: '2026-01-01' })).toBe(false);
    const students = [
      student('A', 'M01', 'active', '2026-11-02'),
      student('B', 'M01', 'active', '2026-12-01'),
    ];
    expect(menteesOf(students, 'M01', '2026-11-30').map((s) => s.student_id)).toEqual(['A']);
    expect(menteesOf(students, 'M01').map((s) => s.student_id)).toEqual(['A', 'B']);
  });

  it('takes 25 as the capacity when the Mentors sheet leaves it blank', () => {
    expect(capacityOf({ capacity: null })).toBe(25);
    expect(capacityOf({ capacity: 8 })).toBe(8);
    expect(capacityOf({ capacity: 0 })).toBe(0);
  });
});
