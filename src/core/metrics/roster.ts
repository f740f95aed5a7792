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
 * A mentor's active mentees. A blank mentor ID has none: it never collects the students
 * without a mentor.
 * @example menteesOf(students, 'M01').length // 12; menteesOf(students, ' ') // []
 */
export function menteesOf<S extends Pick<Student, 'status' | 'mentor_id'>>(
  students: readonly S[],
  mentorId: string,
): S[] {
  const id = mentorId.trim();
  if (id === '') return [];
  return students.filter((s) => isActive(s) && mentorIdOf(s) === id);
}

/**
 * A mentor's capacity: the Mentors sheet's value, or 25 when blank.
 * @example capacityOf({ capacity: null }) // 25; capacityOf({ capacity: 8 }) // 8
 */
export function capacityOf(mentor: Pick<MentorRow, 'capacity'>): number {
  return mentor.capacity ?? DEFAULT_CAPACITY;
}
