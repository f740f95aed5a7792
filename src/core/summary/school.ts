/**
 * The school's picture for the coordinator's email, as numbers and lists: tiers now and in the
 * earlier baseline, who is new in Tier 3, who is at risk without a mentor, sessions, attendance,
 * dropouts and caseloads. Each number is counted by metrics/, as the Dashboard and the sidebar
 * count it. Nothing here is written for people yet (coordinator.ts does that).
 */
import {
  atRiskWithoutMentor,
  capacityOf,
  countDropouts,
  countSessions,
  countTiers,
  type DropoutCounts,
  menteesOf,
  newInTier3,
  type SessionCounts,
  type TierCounts,
} from '../metrics';
import type { Student } from '../schema/records';
import { contactsFor } from './contact';
import { byNeed } from './roster';
import type { SummaryInput } from './types';

const TREND_MONTHS = 6;

export interface Caseload {
  name: string;
  active: boolean;
  mentees: number;
  capacity: number;
  overdue: number;
}

export interface SchoolPicture {
  tiers: TierCounts;
  /** The earlier baseline's counts; null when there is none. */
  previousTiers: TierCounts | null;
  /** Active students in Tier 3 now who were not in the earlier baseline, by need. */
  newTier3: Student[];
  /** Active students in Tier 2 or 3 without a mentor, by need. */
  unassigned: Student[];
  sessions: SessionCounts;
  /** The last (up to six) months of the attendance trend, up to the report's month, oldest first. */
  trend: Array<{ month: string; rate: number }>;
  dropouts: DropoutCounts;
  caseloads: Caseload[];
}

/**
 * Computes the school's picture for a report month.
 * @example schoolPicture(input).tiers // { 1: 240, 2: 35, 3: 12, none: 3 }
 */
export function schoolPicture(input: SummaryInput): SchoolPicture {
  const { risk, previousRisk, month, asOf, students } = input;
  const tierOf = (id: string) => risk.get(id)?.tier;
  const previousTierOf = (id: string) => previousRisk.get(id)?.tier;
  const contacts = contactsFor(input, students);
  const caseloads = input.mentors
    .map((m): Caseload => {
      const mentees = menteesOf(students, m.mentor_id, asOf);
      const overdue = mentees.filter((s) => contacts.get(s.student_id)!.overdue.length).length;
      return {
        name: m.name,
        active: m.active !== false,
        mentees: mentees.length,
        capacity: capacityOf(m),
        overdue,
      };
    })
    .filter((c) => c.active || c.mentees > 0);
  // The previous baseline counts the students it holds, whatever their status now.
  const previousTiers = input.baselines.previous
    ? countTiers(
        [...previousRisk.keys()].map((id) => ({ student_id: id, status: null })),
        previousTierOf,
      )
    : null;
  return {
    tiers: countTiers(students, tierOf),
    previousTiers,
    newTier3: previousTiers ? newInTier3(students, tierOf, previousTierOf).sort(byNeed(risk)) : [],
    unassigned: atRiskWithoutMentor(students, tierOf, asOf).sort(byNeed(risk)),
    sessions: countSessions(input.sessions, month, asOf),
    trend: input.attendanceTrend
      .filter((p) => p.month <= month)
      .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0))
      .slice(-TREND_MONTHS),
    dropouts: countDropouts(students, month, asOf),
    caseloads,
  };
}
