/**
 * Mid-year dropout: students marked dropped out with a status date inside the school year, by
 * month and by grade, as a count and per 100 students enrolled at the year's start; transfers
 * are counted apart and never as dropouts.
 */
import type { Status } from '../schema/records';
import { type Baselines, per100 } from './baselines';
import type { DropoutGrade, DropoutSection, DropoutYear, EvaluatedStudent } from './types';
import { type SchoolYear, schoolYear, schoolYearOf } from './year';

/**
 * The students enrolled at the start of a school year: those in its first baseline, and those
 * who left during the year before that baseline was taken (on its first day at the latest). Null when no baseline of the year
 * exists: the record does not say who was there.
 * @example enrolledAtStart(schoolYear(2025), students, baselines)?.size // 287
 */
export function enrolledAtStart(
  year: SchoolYear,
  students: readonly EvaluatedStudent[],
  baselines: Baselines,
): Set<string> | null {
  const first = year.months.find((month) => baselines.byMonth.has(month));
  if (first === undefined) return null;
  const ids = new Set(baselines.byMonth.get(first)!.keys());
  for (const s of students) {
    const left = s.status !== null && s.status !== 'active' && s.status_date !== null;
    if (left && s.status_date! >= year.from && s.status_date! <= `${first}-01`) ids.add(s.student_id);
  }
  return ids;
}

/**
 * A student's grade in a school year. Students keep the grade of their last year at school, so
 * a student still here was in a lower grade in earlier years: one grade per year, as if every
 * student moved up each July (a repeater is counted a grade too high).
 * @example gradeIn({ grade: 9, status: 'active', status_date: null, … }, 2025, '2026-11-28') // 8
 */
export function gradeIn(student: EvaluatedStudent, year: number, today: string): number | null {
  if (student.grade === null) return null;
  const left = student.status !== null && student.status !== 'active' && student.status_date !== null;
  const grade = student.grade - (schoolYearOf(left ? student.status_date! : today) - year);
  return grade >= 1 ? grade : null;
}

const leftAs = (s: EvaluatedStudent, status: Status, from: string, through: string) =>
  s.status === status && s.status_date !== null && s.status_date >= from && s.status_date <= through;

function gradesOf(
  year: SchoolYear,
  students: readonly EvaluatedStudent[],
  enrolled: Set<string> | null,
  dropouts: readonly EvaluatedStudent[],
  today: string,
): DropoutGrade[] {
  const byGrade = new Map<number, { enrolled: number; dropouts: number }>();
  const add = (s: EvaluatedStudent, field: 'enrolled' | 'dropouts') => {
    const grade = gradeIn(s, year.start, today);
    if (grade === null) return;
    const counts = byGrade.get(grade) ?? { enrolled: 0, dropouts: 0 };
    counts[field]++;
    byGrade.set(grade, counts);
  };
  for (const s of students) if (enrolled?.has(s.student_id)) add(s, 'enrolled');
  for (const s of dropouts) add(s, 'dropouts');
  return [...byGrade.entries()]
    .sort(([a], [b]) => a - b)
    .map(([grade, c]) => ({ grade, ...c, per100: per100(c.dropouts, c.enrolled) }));
}

/**
 * One school year's dropouts and transfers up to a day (months after it have no figures).
 * @example dropoutYear(schoolYear(2025), students, baselines, '2026-06-30', today).per100 // 2.4
 */
export function dropoutYear(
  year: SchoolYear,
  students: readonly EvaluatedStudent[],
  baselines: Baselines,
  through: string,
  today: string,
): DropoutYear {
  const ids = enrolledAtStart(year, students, baselines);
  const enrolled = ids === null ? null : ids.size;
  const dropouts = students.filter((s) => leftAs(s, 'dropped_out', year.from, through));
  const transfers = students.filter((s) => leftAs(s, 'transferred', year.from, through));
  const inMonth = (list: readonly EvaluatedStudent[], month: string) =>
    list.filter((s) => s.status_date!.slice(0, 7) === month).length;
  return {
    schoolYear: year.label,
    enrolled,
    months: year.months.map((month) => {
      if (month > through.slice(0, 7)) return { month, dropouts: null, per100: null, transfers: null };
      const count = inMonth(dropouts, month);
      return {
        month,
        dropouts: count,
        per100: per100(count, enrolled),
        transfers: inMonth(transfers, month),
      };
    }),
    grades: gradesOf(year, students, ids, dropouts, today),
    dropouts: dropouts.length,
    per100: per100(dropouts.length, enrolled),
    transfers: transfers.length,
  };
}

/**
 * The dropout section: the year up to `through`, the year before when the record holds it, and
 * the year before over the same months.
 * @example dropoutSection(2026, students, baselines, '2026-11-28', '2026-11-28').previousSameMonths
 * // { months: 5, dropouts: 3, per100: 1.1, enrolled: 280 }
 */
export function dropoutSection(
  start: number,
  students: readonly EvaluatedStudent[],
  baselines: Baselines,
  through: string,
  today: string,
): DropoutSection {
  const year = dropoutYear(schoolYear(start), students, baselines, through, today);
  const before = schoolYear(start - 1);
  const held = enrolledAtStart(before, students, baselines) !== null;
  const previous = held ? dropoutYear(before, students, baselines, before.to, today) : null;
  const months = year.months.filter((m) => m.dropouts !== null).length;
  const same = previous?.months.slice(0, months).reduce((sum, m) => sum + m.dropouts!, 0) ?? 0;
  return {
    year,
    previous,
    previousSameMonths: previous && {
      months,
      dropouts: same,
      per100: per100(same, previous.enrolled),
      enrolled: previous.enrolled,
    },
    undated: students.filter((s) => s.status === 'dropped_out' && s.status_date === null).length,
  };
}
