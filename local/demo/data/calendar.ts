/**
 * The demo school's calendar: which months have an attendance recap and which terms have
 * grades on a given day. A five-day school week; the odd semester runs from the second Monday
 * of July to 18 December, the even one from the first Monday after 4 January to 19 June; only
 * the fixed-date national holidays are kept out (moving ones such as Idul Fitri are not).
 */
import { dayNumber } from '../../../src/core/cells/dates';
import { schoolYearStart } from '../../../src/core/risk/overage';
import type { Rng } from './random';

const HOLIDAYS = ['01-01', '05-01', '06-01', '08-17', '12-25'];
/** The asOf month gets a recap once this many of its school days have passed. */
const MIN_RECAP_DAYS = 15;
/** Mid-semester grades (PTS) exist once a semester is this old. */
export const MIDTERM_DAYS = 56;

export interface RecapMonth {
  month: string;
  schoolDays: number;
  first: string;
  last: string;
}

export interface DemoCalendar {
  asOf: string;
  /** The calendar year the current school year starts in (2026 for 2026/2027). */
  year: number;
  /** The first school day of the recap months: where mentoring, assessments and leaving happen. */
  start: string;
  /** The recap months, oldest first, and how many school years back they lie (0 this one). */
  months: RecapMonth[];
  monthsBack: 0 | 1;
  /** The latest term with grades and the one before it, each with its school years back. */
  latestTerm: string;
  latestBack: number;
  previousTerm: string;
  previousBack: number;
}

export const isoDay = (day: number): string => new Date(day * 86400000).toISOString().slice(0, 10);
export const addDays = (iso: string, days: number): string => isoDay(dayNumber(iso) + days);
const weekday = (iso: string): number => new Date(dayNumber(iso) * 86400000).getUTCDay();

/**
 * True on a day the school is open (Monday to Friday, not a fixed national holiday).
 * @example isSchoolDay('2026-08-17') // false (Independence Day)
 */
export function isSchoolDay(iso: string): boolean {
  const day = weekday(iso);
  return day !== 0 && day !== 6 && !HOLIDAYS.includes(iso.slice(5));
}

/**
 * The nearest school day on or before (direction −1) or on or after (+1) a day.
 * @example toSchoolDay('2026-11-28', -1) // '2026-11-27'
 */
export function toSchoolDay(iso: string, direction: 1 | -1): string {
  let day = iso;
  while (!isSchoolDay(day)) day = addDays(day, direction);
  return day;
}

/** A semester of a school year: its term name and first and last days. */
export function semesterOf(year: number, half: 1 | 2): { term: string; start: string; end: string } {
  if (half === 1) return { term: `${year}-1`, start: toSchoolDay(`${year}-07-13`, 1), end: `${year}-12-18` };
  return { term: `${year}-2`, start: toSchoolDay(`${year + 1}-01-05`, 1), end: `${year + 1}-06-19` };
}

// Semesters by school-year start, newest first, from the one holding asOf.
function semestersBefore(asOf: string): { year: number; half: 1 | 2 }[] {
  const year = Number(asOf.slice(0, 4));
  const list: { year: number; half: 1 | 2 }[] = [];
  for (let y = year; y >= year - 2; y--) list.push({ year: y, half: 2 }, { year: y, half: 1 });
  return list.filter(({ year: y, half }) => semesterOf(y, half).start < asOf);
}

function recapMonths(start: string, end: string, asOf: string): RecapMonth[] {
  const months: RecapMonth[] = [];
  const stop = addDays(asOf, -1) < end ? addDays(asOf, -1) : end;
  for (let day = start; day <= stop; day = addDays(day, 1)) {
    if (!isSchoolDay(day)) continue;
    const month = day.slice(0, 7);
    const current = months[months.length - 1];
    if (current?.month === month) {
      current.schoolDays++;
      current.last = day;
    } else months.push({ month, schoolDays: 1, first: day, last: day });
  }
  const thisMonth = asOf.slice(0, 7);
  return months.filter((m) => m.month < thisMonth || m.schoolDays >= MIN_RECAP_DAYS);
}

/**
 * The recap months of a whole school year, both semesters, oldest first.
 * @example schoolYearRecaps(2025).map((m) => m.month) // ['2025-07', …, '2026-06']
 */
export function schoolYearRecaps(year: number): RecapMonth[] {
  const after = `${year + 2}-01-01`;
  return ([1, 2] as const).flatMap((half) => {
    const { start, end } = semesterOf(year, half);
    return recapMonths(start, end, after);
  });
}

/**
 * The terms that have grades on a day, latest first: a semester's mid-term results exist once
 * it is MIDTERM_DAYS old (the rule demoCalendar uses for the latest term).
 * @example termsGradedBy('2026-04-01').slice(0, 2) // ['2025-2', '2025-1']
 */
export function termsGradedBy(day: string): string[] {
  return semestersBefore(day)
    .map(({ year, half }) => semesterOf(year, half))
    .filter(({ start }) => dayNumber(day) - dayNumber(start) >= MIDTERM_DAYS)
    .map(({ term }) => term);
}

/**
 * The calendar of the demo school on a day.
 * @example demoCalendar('2026-11-28').months.map((m) => m.month) // ['2026-07', …, '2026-11']
 */
export function demoCalendar(asOf: string): DemoCalendar {
  const year = Number(schoolYearStart(asOf).slice(0, 4));
  const back = (y: number) => year - y;
  const semesters = semestersBefore(asOf);
  let months: RecapMonth[] = [];
  let monthsBack = 0;
  for (const { year: y, half } of semesters.slice(0, 2)) {
    const { start, end } = semesterOf(y, half);
    months = recapMonths(start, end, asOf);
    monthsBack = back(y);
    if (months.length > 0) break;
  }
  const graded = semesters.filter(({ year: y, half }) => {
    const { start } = semesterOf(y, half);
    return dayNumber(asOf) - dayNumber(start) >= MIDTERM_DAYS;
  });
  const [latest, previous] = graded;
  if (!latest || !previous) throw new Error(`No graded terms before ${asOf}`);
  return {
    asOf,
    year,
    start: months[0]?.first ?? semesterOf(year, 1).start,
    months,
    monthsBack: monthsBack === 0 ? 0 : 1,
    latestTerm: semesterOf(latest.year, latest.half).term,
    latestBack: back(latest.year),
    previousTerm: semesterOf(previous.year, previous.half).term,
    previousBack: back(previous.year),
  };
}

/**
 * True when a student now in `grade` was at this SMP (grades 7–9) `back` school years ago.
 * @example enrolledThen(7, 1) // false: last year they were in primary school
 */
export function enrolledThen(grade: number, back: number): boolean {
  return grade - back >= 7;
}

/**
 * A random school day in [from, to] (a weekend or holiday drawn moves back to the school day
 * before it, or forward to `from`'s first school day); `from` when the range is empty.
 * @example randomSchoolDay(rng, '2026-08-01', '2026-08-31') // '2026-08-19'
 */
export function randomSchoolDay(rng: Rng, from: string, to: string): string {
  const low = dayNumber(from);
  const day = toSchoolDay(isoDay(rng.int(low, Math.max(low, dayNumber(to)))), -1);
  return day < from ? toSchoolDay(from, 1) : day;
}
