/**
 * The school's picture for the coordinator's email, as numbers and lists: tiers now and last
 * month, who is new in Tier 3, who is at risk without a mentor, sessions, attendance, dropouts
 * and caseloads. Nothing here is written for people yet (coordinator.ts does that).
 */
import type { SessionType, Student } from '../schema/records';
import { SESSION_TYPE } from '../schema/sheets';
import { schoolYearStart } from './calendar';
import { contactOf, sessionsByStudent } from './contact';
import { byNeed, isActive, menteesOf } from './roster';
import type { SummaryInput, Tier } from './types';

const DEFAULT_CAPACITY = 25;
const TREND_MONTHS = 6;

export interface Caseload {
  name: string;
  active: boolean;
  mentees: number;
  capacity: number;
  overdue: number;
}

export interface SchoolPicture {
  tiers: Record<Tier, number>;
  /** Active students without a tier this month (no data). */
  untiered: number;
  /** Last month's counts; null when there is no snapshot of last month. */
  previousTiers: Record<Tier, number> | null;
  /** Active students in Tier 3 now who were not last month, by need. */
  newTier3: Student[];
  /** Active students in Tier 2 or 3 without a mentor, by need. */
  unassigned: Student[];
  held: Record<SessionType, number>;
  missed: number;
  /** The last (up to six) months of the attendance trend, up to the run's month, oldest first. */
  trend: Array<{ month: string; rate: number }>;
  dropouts: { month: number; year: number; since: string };
  caseloads: Caseload[];
}

const countTiers = (tiers: Tier[]): Record<Tier, number> => {
  const counts: Record<Tier, number> = { 1: 0, 2: 0, 3: 0 };
  for (const tier of tiers) counts[tier]++;
  return counts;
};

/**
 * Computes the school's picture for a month.
 * @example schoolPicture(input).tiers // { 1: 240, 2: 35, 3: 12 }
 */
export function schoolPicture(input: SummaryInput): SchoolPicture {
  const { risk, previousRisk, month, today } = input;
  const active = input.students.filter(isActive);
  const tiers: Tier[] = [];
  for (const s of active) {
    const r = risk.get(s.student_id);
    if (r) tiers.push(r.tier);
  }
  const tierOf = (s: Student) => risk.get(s.student_id)?.tier ?? 0;
  const newTier3 = active.filter((s) => tierOf(s) === 3 && previousRisk.get(s.student_id)?.tier !== 3);
  const unassigned = active.filter((s) => tierOf(s) >= 2 && !(s.mentor_id ?? '').trim());

  const held = {} as Record<SessionType, number>;
  for (const type of SESSION_TYPE) held[type] = 0;
  let missed = 0;
  for (const s of input.sessions) {
    if (!s.date || s.date > today || s.date.slice(0, 7) !== month) continue;
    if (s.attended === false) missed++;
    else held[s.type] = (held[s.type] ?? 0) + 1;
  }

  const since = schoolYearStart(month);
  const dropped = input.students.filter((s) => s.status === 'dropped_out' && s.status_date);
  const dropouts = {
    month: dropped.filter((s) => s.status_date!.slice(0, 7) === month).length,
    year: dropped.filter((s) => s.status_date! >= since && s.status_date! <= today).length,
    since,
  };

  const sessions = sessionsByStudent(input.sessions, today);
  const caseloads = input.mentors
    .map((m): Caseload => {
      const mentees = menteesOf(input.students, m.mentor_id);
      const overdue = mentees.filter(
        (s) => contactOf(sessions.get(s.student_id) ?? [], month, today, input.overdueDays).overdue.length,
      ).length;
      const capacity = m.capacity ?? DEFAULT_CAPACITY;
      return { name: m.name, active: m.active !== false, mentees: mentees.length, capacity, overdue };
    })
    .filter((c) => c.active || c.mentees > 0);

  return {
    tiers: countTiers(tiers),
    untiered: active.length - tiers.length,
    previousTiers: previousRisk.size ? countTiers([...previousRisk.values()].map((r) => r.tier)) : null,
    newTier3: newTier3.sort(byNeed(risk)),
    unassigned: unassigned.sort(byNeed(risk)),
    held,
    missed,
    trend: input.attendanceTrend
      .filter((p) => p.month <= month)
      .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0))
      .slice(-TREND_MONTHS),
    dropouts,
    caseloads,
  };
}
