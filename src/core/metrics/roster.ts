/**
 * Who is counted: a student still in school, a mentor's mentees and a mentor's capacity. Every
 * surface (Dashboard, emails, sidebar) counts with these, so "active" and "caseload" mean one thing.
 */
import type { MentorRow, Student } from '../schema/records';

/** A mentor's capacity when the Mentors sheet leaves it blank. */
export const DEFAULT_CAPACITY = 25;

/**
 * True for a student still in school: status active, or not filled in.
 * @example isActive({ status: null }) // true; isActive({ status: 'transferred' }) // false
 */
export function isActive(student: Pick<Student, 'status'>): boolean {
  return student.status === null || student.status === 'active';
}

/**
 * The student's mentor ID as written, without surrounding spaces; '' when none.
 * @example mentorIdOf({ mentor_id: ' M01 ' }) // 'M01'
 */
export function mentorIdOf(student: Pick<Student, 'mentor_id'>): string {
  return (student.mentor_id ?? '').trim();
}

/**
 * True when the student has a mentor on a day: a mentor ID, and a start day (mentor_since) not
 * after it (a blank start day counts as started). Without a day, any mentor ID counts.
 * @example hasMentorOn({ mentor_id: 'M01', mentor_since: '2026-12-03' }, '2026-11-30') // false
 */
export function hasMentorOn(student: Pick<Student, 'mentor_id' | 'mentor_since'>, day?: string): boolean {
  if (mentorIdOf(student) === '') return false;
  return day === undefined || student.mentor_since === null || student.mentor_since <= day;
}

/**
 * A mentor's active mentees (on a day, when given: those whose mentoring had started). A blank
 * mentor ID has none: it never collects the students without a mentor.
 * @example menteesOf(students, 'M01').length // 12; menteesOf(students, ' ') // []
 */
export function menteesOf<S extends Pick<Student, 'status' | 'mentor_id' | 'mentor_since'>>(
  students: readonly S[],
  mentorId: string,
  day?: string,
): S[] {
  const id = mentorId.trim();
  // hasMentorOn is false for a blank mentor ID: a blank ID matches nobody.
  return students.filter((s) => isActive(s) && mentorIdOf(s) === id && hasMentorOn(s, day));
}

/**
 * A mentor's capacity: the Mentors sheet's value, or 25 when blank.
 * @example capacityOf({ capacity: null }) // 25; capacityOf({ capacity: 8 }) // 8
 */
export function capacityOf(mentor: Pick<MentorRow, 'capacity'>): number {
  return mentor.capacity ?? DEFAULT_CAPACITY;
}
