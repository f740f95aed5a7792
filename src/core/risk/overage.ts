/** What the Students sheet says about a student's age for grade. */
export interface StudentAgeRecord {
  student_id: string;
  grade: number | null;
  birth_date: string | null;
}

/**
 * The first day of the school year that contains a day: 1 July of that year, or of the year
 * before when the day falls before July.
 * @example schoolYearStart('2026-06-30') // '2025-07-01'
 */
export function schoolYearStart(asOf: string): string {
  const [year, month] = asOf.split('-').map(Number) as [number, number];
  return `${month >= 7 ? year : year - 1}-07-01`;
}

/**
 * Years over the expected age for the grade: the age in whole years on the school year's first
 * day (1 July) minus grade + 6; 0 for a student of the expected age or younger.
 * @example overageYears(7, '2011-06-30', '2026-09-15') // 2 (15 on 2026-07-01, expected 13)
 */
export function overageYears(grade: number, birthDate: string, asOf: string): number {
  const start = schoolYearStart(asOf);
  const startYear = Number(start.slice(0, 4));
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  // Born after 1 July: the birthday of that year has not come yet on the first day.
  const age = startYear - year - (month > 7 || (month === 7 && day > 1) ? 1 : 0);
  return Math.max(0, age - (grade + 6));
}

/**
 * Each student's years over age for grade; students without a grade or birth date are left out (unknown).
 * @example overageByStudent([{ student_id: '1', grade: 7, birth_date: '2011-06-30' }], '2026-09-15').get('1') // 2
 */
export function overageByStudent(students: readonly StudentAgeRecord[], asOf: string): Map<string, number> {
  const overage = new Map<string, number>();
  for (const student of students) {
    if (student.grade === null || student.birth_date === null) continue;
    overage.set(student.student_id, overageYears(student.grade, student.birth_date, asOf));
  }
  return overage;
}
