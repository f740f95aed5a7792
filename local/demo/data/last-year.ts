/**
 * The school year before the demo's: who was at school (this year's grade 8 and 9 students, a
 * grade lower; last year's grade 9, who graduated in June; and the students who dropped out or
 * moved away during it) and how each one's year went, month by month. The dropouts follow the
 * courses schools see: attendance fading over months, with incidents (a flag can see that
 * coming); a sudden departure from a clean record; a quiet drift that only ever shows amber;
 * and a student gone in the first weeks, before any snapshot. Nothing is tuned to make the
 * flags look good.
 */
import type { MentorRow, Student } from '../../../src/core/schema/records';
import { type RecapMonth, randomSchoolDay, schoolYearRecaps, semesterOf, toSchoolDay } from './calendar';
import { formerStudent } from './former';
import type { AttendanceLevel } from './plans';
import type { Rng } from './random';
import type { Pupil } from './students';

/**
 * clean, mild (now and then amber or red), chronic (poor attendance all year), slipping (this
 * year's dropouts: worse from March on); and for leavers fading, sudden, quiet, early, moved.
 */
export type Course =
  | 'clean'
  | 'mild'
  | 'chronic'
  | 'slipping'
  | 'fading'
  | 'sudden'
  | 'quiet'
  | 'early'
  | 'moved';

export interface PastPupil {
  student: Student;
  /** The grade that year. */
  grade: number;
  course: Course;
  /** The day they left during that year, or null. */
  left: string | null;
  /** Attendance level by recap month, for the months they were at school. */
  levels: Map<string, AttendanceLevel>;
  mentoring: { mentor: MentorRow; from: string; improved: boolean } | null;
  /** Not on this year's roster: graduated, or left during that year. */
  former: boolean;
  /** Has term grades (a student planned without grades this year had none then either). */
  graded: boolean;
}

export interface PastYear {
  /** The calendar year it started in. */
  year: number;
  months: RecapMonth[];
  pupils: PastPupil[];
}

const LEVELS: readonly AttendanceLevel[] = ['ok', 'watch', 'high', 'critical'];
export const shiftLevel = (level: AttendanceLevel, steps: number): AttendanceLevel =>
  LEVELS[Math.min(3, Math.max(0, LEVELS.indexOf(level) + steps))]!;

/** Leavers of a year of 300 students, by course. */
const LEAVERS: ReadonlyArray<readonly [Course, number]> = [
  ['fading', 4],
  ['sudden', 2],
  ['quiet', 1],
  ['early', 1],
  ['moved', 4],
];

function courseOf(pupil: Pupil): Course {
  const { plan } = pupil;
  if (plan.status === 'dropped_out') return 'slipping';
  if (plan.recipe === 'improving') return 'chronic';
  const atRisk = plan.tier === 2 || plan.tier === 3;
  const poorAttendance = plan.attendance !== 'ok' && plan.attendance !== 'none';
  if (atRisk && poorAttendance && plan.trend !== 'worse') return 'chronic';
  return atRisk ? 'mild' : 'clean';
}

// The level of a month `before` months ahead of the month of leaving (null: not leaving).
function levelFor(rng: Rng, course: Course, base: AttendanceLevel, index: number, before: number | null) {
  const d = before ?? Number.POSITIVE_INFINITY;
  switch (course) {
    case 'mild':
      return rng.weighted<AttendanceLevel>([
        ['ok', 60],
        ['watch', 30],
        ['high', 10],
      ]);
    case 'chronic':
      return rng.chance(0.55) ? base : shiftLevel(base, rng.pick([-1, 1]));
    case 'slipping':
      return index >= 9
        ? rng.pick<AttendanceLevel>(['high', 'high', 'critical'])
        : index === 8
          ? 'watch'
          : 'ok';
    case 'fading':
      if (d <= 1) return rng.chance(0.7) ? 'critical' : 'high';
      if (d === 2) return rng.chance(0.6) ? 'high' : 'critical';
      if (d === 3) return rng.chance(0.6) ? 'watch' : 'high';
      return d === 4 && rng.chance(0.5) ? 'watch' : rng.chance(0.1) ? 'watch' : 'ok';
    case 'quiet':
      return d <= 2 ? 'watch' : 'ok';
    default:
      return rng.chance(course === 'clean' ? 0.1 : 0.05) ? 'watch' : 'ok';
  }
}

function leavingDay(rng: Rng, course: Course, year: number): string {
  if (course === 'early') return randomSchoolDay(rng, `${year}-07-20`, `${year}-07-31`);
  return randomSchoolDay(rng, `${year}-09-01`, `${year + 1}-05-29`);
}

function levelsOf(rng: Rng, course: Course, months: readonly RecapMonth[], left: string | null) {
  const base = rng.weighted<AttendanceLevel>([
    ['watch', 40],
    ['high', 45],
    ['critical', 15],
  ]);
  const leftMonth = left?.slice(0, 7) ?? null;
  const at = leftMonth === null ? -1 : months.findIndex((m) => m.month === leftMonth);
  const levels = new Map<string, AttendanceLevel>();
  months.forEach((m, i) => {
    if (left !== null && m.first >= left) return;
    levels.set(m.month, levelFor(rng, course, base, i, at < 0 ? null : at - i));
  });
  return levels;
}

/**
 * The students of the year `year` and their courses; former students get a record of their
 * own (status graduated, dropped out or transferred, with its date).
 */
export function pastPupils(rng: Rng, pupils: readonly Pupil[], year: number, back: number): PastYear {
  const months = schoolYearRecaps(year);
  const out: PastPupil[] = [];
  const returning = pupils.filter((p) => p.plan.attendance !== 'none' && p.student.grade! - back >= 7);
  for (const p of returning) {
    const course = courseOf(p);
    const levels = levelsOf(rng, course, months, null);
    const grade = p.student.grade! - back;
    const graded = p.plan.grades !== 'none';
    out.push({
      student: p.student,
      grade,
      course,
      left: null,
      levels,
      mentoring: null,
      former: false,
      graded,
    });
  }
  const taken = new Set(pupils.map((p) => p.student.student_id));
  const add = (grade: number, course: Course, status: Student['status'], left: string) => {
    const student = formerStudent(rng, grade, year, taken, out.length);
    Object.assign(student, { status, status_date: left });
    const during = status === 'graduated' ? null : left;
    const levels = levelsOf(rng, course, months, during);
    out.push({ student, grade, course, left: during, levels, mentoring: null, former: true, graded: true });
  };
  const scale = (per300: number) => Math.round((per300 * pupils.length) / 300);
  const graduation = toSchoolDay(semesterOf(year, 2).end, -1);
  for (let i = scale(100); i > 0; i--) {
    const course = rng.weighted<Course>([
      ['clean', 70],
      ['mild', 18],
      ['chronic', 12],
    ]);
    add(9, course, 'graduated', graduation);
  }
  for (const [course, per300] of LEAVERS) {
    for (let i = scale(per300); i > 0; i--) {
      const status = course === 'moved' ? 'transferred' : 'dropped_out';
      const grade = rng.weighted([
        [7, 25],
        [8, 40],
        [9, 35],
      ] as const);
      add(grade, course, status, leavingDay(rng, course, year));
    }
  }
  return { year, months, pupils: out };
}
