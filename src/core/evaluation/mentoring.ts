/**
 * Mentoring reach and dose. Reach: the share of Tier ≥ 2 students with a mentor by the end of
 * the month. Dose: sessions per mentee in the month against the tier's contact target (Check &
 * Connect: Tier 3 weekly, taken as 4 a month; Tier 2 monthly). Family sessions and home visits
 * by month. A session counts as held unless it is marked not attended.
 */
import { type Baselines, flagged, shareOf } from './baselines';
import { baselineMonths } from './flags';
import type { DoseFigure, EvaluatedSession, EvaluatedStudent, MentoringSection } from './types';
import { monthEnd, type SchoolYear } from './year';

/** Sessions a month that meet the contact target, by tier. */
export const CONTACT_TARGET: Readonly<Record<2 | 3, number>> = { 3: 4, 2: 1 };

const held = (s: EvaluatedSession) => s.attended !== false;

/**
 * When each student had a mentor from, in the year: the day their current mentor was assigned
 * (Students: mentor since) or their first session of the year, whichever is earlier. The record
 * keeps no release date, so a student once met this year counts as mentored for the rest of it.
 * @example mentoredFrom(schoolYear(2025), students, sessions).get('0012345') // '2025-10-06'
 */
export function mentoredFrom(
  year: SchoolYear,
  students: readonly EvaluatedStudent[],
  sessions: readonly EvaluatedSession[],
): Map<string, string> {
  const from = new Map<string, string>();
  const earlier = (id: string, day: string) => {
    const known = from.get(id);
    if (known === undefined || day < known) from.set(id, day);
  };
  for (const s of students)
    if (s.mentor_id !== null && s.mentor_since !== null) earlier(s.student_id, s.mentor_since);
  for (const s of sessions) if (s.date >= year.from && s.date <= year.to) earlier(s.student_id, s.date);
  return from;
}

function dose(ids: readonly string[], sessionsIn: Map<string, number>, target: number): DoseFigure {
  const counts = ids.map((id) => sessionsIn.get(id) ?? 0);
  const sessions = counts.reduce((sum, n) => sum + n, 0);
  return {
    mentees: ids.length,
    sessions,
    perMentee: ids.length === 0 ? null : sessions / ids.length,
    metTarget: shareOf(counts.filter((n) => n >= target).length, ids.length),
  };
}

/**
 * The mentoring section of the evaluation.
 * @example mentoringSection(schoolYear(2025), students, sessions, baselines, '2026-06-30').reach[3]
 * // { month: '2025-10', share: { value: 0.4, part: 12, n: 30 } }
 */
export function mentoringSection(
  year: SchoolYear,
  students: readonly EvaluatedStudent[],
  sessions: readonly EvaluatedSession[],
  baselines: Baselines,
  through: string,
): MentoringSection {
  const from = mentoredFrom(year, students, sessions);
  const heldIn = new Map<string, Map<string, number>>(); // month → student → sessions held
  for (const s of sessions) {
    if (!held(s)) continue;
    const month = s.date.slice(0, 7);
    const counts = heldIn.get(month) ?? new Map<string, number>();
    counts.set(s.student_id, (counts.get(s.student_id) ?? 0) + 1);
    heldIn.set(month, counts);
  }
  const reach: MentoringSection['reach'] = [];
  const doses: MentoringSection['dose'] = [];
  for (const month of baselineMonths(year, baselines, through)) {
    const end = monthEnd(month);
    const rows = [...baselines.byMonth.get(month)!.values()];
    const mentored = (id: string) => (from.get(id) ?? '9999') <= end;
    const atTier = (tier: number) => rows.filter((r) => r.tier === tier).map((r) => r.student_id);
    const atRisk = rows.filter(flagged);
    reach.push({ month, share: shareOf(atRisk.filter((r) => mentored(r.student_id)).length, atRisk.length) });
    const counts = heldIn.get(month) ?? new Map<string, number>();
    doses.push({
      month,
      tier3: dose(atTier(3).filter(mentored), counts, CONTACT_TARGET[3]),
      tier2: dose(atTier(2).filter(mentored), counts, CONTACT_TARGET[2]),
    });
  }
  const inYear = sessions.filter((s) => held(s) && s.date >= year.from && s.date <= through);
  const ofType = (type: EvaluatedSession['type'], month?: string) =>
    inYear.filter((s) => s.type === type && (month === undefined || s.date.slice(0, 7) === month)).length;
  const family = year.months
    .filter((month) => month <= through.slice(0, 7))
    .map((month) => ({ month, family: ofType('family', month), homeVisits: ofType('home_visit', month) }));
  const familyStudents = new Set(
    inYear.filter((s) => s.type === 'family' || s.type === 'home_visit').map((s) => s.student_id),
  );
  return {
    reach,
    dose: doses,
    family,
    familyTotal: ofType('family'),
    homeVisitTotal: ofType('home_visit'),
    familyStudents: familyStudents.size,
  };
}
