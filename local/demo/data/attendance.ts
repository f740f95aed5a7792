/**
 * The Attendance sheet: each student's monthly recap (school days, S sick, I excused, A
 * unexcused) for the recap months, shaped so that the latest month shows the planned level
 * and the months before it the planned trend.
 */
import type { AttendanceRow } from '../../../src/core/schema/records';
import { addDays, type DemoCalendar, enrolledThen, isSchoolDay, type RecapMonth } from './calendar';
import type { AttendanceLevel, Plan } from './plans';
import type { Rng } from './random';
import type { Pupil } from './students';

const LEVELS: readonly AttendanceLevel[] = ['ok', 'watch', 'high', 'critical'];

/** The homeroom teacher of this class leaves zeros blank, as many do. */
export const BLANK_ZERO_CLASS = '8C';

/**
 * The absences (S + I + A) that give a level in a month of `days` school days: ok ≥ 95%,
 * watch 90–95%, high 80–90%, critical < 80% (integer arithmetic, so no rate lands on a border
 * by rounding).
 * @example absenceRange('watch', 20) // [2, 2]
 */
export function absenceRange(level: AttendanceLevel, days: number): [number, number] {
  const bounds = [
    0,
    Math.floor(days / 20),
    Math.floor(days / 10),
    Math.floor(days / 5),
    Math.floor(days / 2),
  ];
  const i = LEVELS.indexOf(level);
  const low = i === 0 ? 0 : bounds[i]! + 1;
  return [low, Math.max(low, bounds[i + 1]!)];
}

const shift = (level: AttendanceLevel, steps: number): AttendanceLevel =>
  LEVELS[Math.min(LEVELS.length - 1, Math.max(0, LEVELS.indexOf(level) + steps))]!;

function earlierLevel(rng: Rng, latest: AttendanceLevel, trend: Plan['trend']): AttendanceLevel {
  if (trend === 'worse') return rng.chance(0.3) ? shift(latest, -1) : 'ok';
  if (trend === 'better') return shift(latest, rng.int(1, 2) + (latest === 'ok' ? 1 : 0));
  if (latest === 'ok') return rng.chance(0.1) ? 'watch' : 'ok';
  return rng.chance(0.25) ? shift(latest, rng.pick([-1, 1])) : latest;
}

function unexcusedFor(
  rng: Rng,
  plan: Plan['unexcused'] | null,
  level: AttendanceLevel,
  absent: number,
): number {
  const wanted =
    plan === 'high'
      ? rng.int(3, Math.max(3, absent - 1))
      : plan === 'watch'
        ? 2
        : plan === 'ok'
          ? rng.chance(0.15)
            ? 1
            : 0
          : level === 'critical'
            ? rng.int(1, Math.ceil(absent / 2))
            : level === 'ok'
              ? 0
              : rng.int(0, 1);
  return Math.min(absent, wanted);
}

function recapRow(
  rng: Rng,
  pupil: Pupil,
  days: number,
  month: string,
  level: AttendanceLevel,
  latest: boolean,
): AttendanceRow {
  const [low, high] = absenceRange(level, days);
  const unexcusedPlan = latest ? pupil.plan.unexcused : null;
  const floor = unexcusedPlan === 'high' ? 3 : unexcusedPlan === 'watch' ? 2 : 0;
  const absent = Math.min(days, Math.max(floor, rng.int(low, high)));
  const unexcused = unexcusedFor(rng, unexcusedPlan, level, absent);
  const rest = absent - unexcused;
  const sick = rng.int(Math.ceil(rest / 3), rest);
  const blank = pupil.student.class === BLANK_ZERO_CLASS;
  const cell = (n: number) => (blank && n === 0 ? null : n);
  return {
    student_id: pupil.student.student_id,
    month,
    school_days: days,
    sick: cell(sick),
    excused: cell(rest - sick),
    unexcused: cell(unexcused),
  };
}

// The recap months a pupil was at school, with the school days of a month they left in.
function monthsAttended(pupil: Pupil, cal: DemoCalendar): { month: string; days: number }[] {
  const left = pupil.student.status_date;
  const out: { month: string; days: number }[] = [];
  for (const m of cal.months) {
    if (left && m.first >= left) break;
    out.push({ month: m.month, days: left && left <= m.last ? schoolDaysBefore(m, left) : m.schoolDays });
  }
  return out;
}

/** The school days of a month before a day (a student who left on it). */
export function schoolDaysBefore(month: RecapMonth, day: string): number {
  let count = 0;
  for (let d = month.first; d < day; d = addDays(d, 1)) if (isSchoolDay(d)) count++;
  return count;
}

/**
 * The recap rows, month by month in roster order; students planned without attendance, and
 * grade 7 students when the recap months are last school year's, have none.
 */
export function recapAttendance(rng: Rng, pupils: readonly Pupil[], cal: DemoCalendar): AttendanceRow[] {
  const byMonth = new Map<string, AttendanceRow[]>(cal.months.map((m) => [m.month, []]));
  for (const pupil of pupils) {
    const { plan } = pupil;
    if (plan.attendance === 'none' || !enrolledThen(pupil.student.grade!, cal.monthsBack)) continue;
    const months = monthsAttended(pupil, cal).filter((m) => m.days > 0);
    const latest: AttendanceLevel = plan.status === 'transferred' ? 'ok' : plan.attendance;
    months.forEach(({ month, days }, i) => {
      const last = i === months.length - 1;
      const level = last ? latest : earlierLevel(rng, latest, plan.trend);
      byMonth.get(month)!.push(recapRow(rng, pupil, days, month, level, last));
    });
  }
  return [...byMonth.values()].flat();
}
