import type { BlockReason, MatchOptions, Mentor, StudentToPlace } from './types';

/** A hard rule, in the order the blocked-by explanation applies them. */
export type HardRule = 'active' | 'grade' | 'gender' | 'room';

const RULES: readonly HardRule[] = ['active', 'grade', 'gender', 'room'];

/**
 * Places a mentor can still take before this run: capacity minus current caseload, never below 0.
 * @example roomOf({ capacity: 10, caseload: 7 }) // 3
 */
export function roomOf(mentor: Pick<Mentor, 'capacity' | 'caseload'>): number {
  const room = Math.floor(mentor.capacity) - mentor.caseload;
  return Math.max(room || 0, 0); // NaN from a blank cell counts as no room
}

/**
 * Whether one hard rule lets this student go to this mentor.
 * @example passesRule('grade', studentWithGrade(null), mentorWithGrades([]), options) // true: no grade limit
 */
export function passesRule(
  rule: HardRule,
  student: StudentToPlace,
  mentor: Mentor,
  options: Pick<MatchOptions, 'sameGender'>,
): boolean {
  switch (rule) {
    case 'active':
      return mentor.active;
    case 'grade':
      // A student of unknown grade only fits a mentor who takes any grade.
      return (
        mentor.grades.length === 0 || (student.grade !== null && mentor.grades.indexOf(student.grade) >= 0)
      );
    case 'gender':
      return !options.sameGender || (student.gender !== null && student.gender === mentor.gender);
    case 'room':
      return roomOf(mentor) > 0;
  }
}

/**
 * Whether every hard rule lets this student go to this mentor (room counted before this run).
 * @example isEligible(student, { ...mentor, active: false }, options) // false: inactive
 */
export function isEligible(
  student: StudentToPlace,
  mentor: Mentor,
  options: Pick<MatchOptions, 'sameGender'>,
): boolean {
  for (const rule of RULES) if (!passesRule(rule, student, mentor, options)) return false;
  return true;
}

/**
 * Why no mentor is eligible: applies the rules one after another to all mentors and names the one
 * that removed the last candidates. Returns null when some mentor is eligible.
 * @example blockFor(studentWithGrade(8), [mentorWithGrades([7, 9])], options) // { kind: 'grade', grade: 8 }
 */
export function blockFor(
  student: StudentToPlace,
  mentors: readonly Mentor[],
  options: Pick<MatchOptions, 'sameGender'>,
): BlockReason | null {
  let candidates = mentors;
  for (const rule of RULES) {
    candidates = candidates.filter((mentor) => passesRule(rule, student, mentor, options));
    if (candidates.length > 0) continue;
    if (rule === 'active') return { kind: 'no_active_mentor' };
    if (rule === 'grade') return { kind: 'grade', grade: student.grade };
    if (rule === 'gender') return { kind: 'gender', gender: student.gender };
    return { kind: 'full' };
  }
  return null;
}
