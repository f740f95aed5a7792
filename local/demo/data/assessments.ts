/**
 * The Assessments sheet: an intake assessment for most at-risk students and some others, and a
 * follow-up for some mentees. The latest assessment that scores the need domains gives each
 * student the planned number of needs; a follow-up may score only motivation and wellbeing.
 * Every note carries a 'RAHASIA-A…' marker, so that a test can prove no note leaks.
 */
import { dayNumber } from '../../../src/core/cells/dates';
import type { AssessmentRow, MentorRow } from '../../../src/core/schema/records';
import type { Mentorship } from './assign';
import { type DemoCalendar, enrolledThen, isoDay, randomSchoolDay } from './calendar';
import type { Rng } from './random';
import type { Pupil } from './students';
import { ASPIRATIONS, ASSESSMENT_NOTES, FOLLOW_UP_NOTES } from './texts';

const DOMAINS = [
  ['economic_hardship', 45],
  ['low_home_support', 30],
  ['social_pressure', 25],
] as const;
type Domain = (typeof DOMAINS)[number][0];
export type Scores = Record<Domain, number>;

/** Scores with exactly `needs` domains at 2 or 3 and the others at 0 or 1. */
export function scoresFor(rng: Rng, needs: number): Scores {
  const chosen = new Set<Domain>();
  while (chosen.size < Math.min(3, needs)) chosen.add(rng.weighted(DOMAINS));
  const score = (d: Domain) => (chosen.has(d) ? rng.int(2, 3) : rng.int(0, 1));
  return {
    economic_hardship: score('economic_hardship'),
    low_home_support: score('low_home_support'),
    social_pressure: score('social_pressure'),
  };
}

// One more domain scored as a need: how an intake looked before the mentoring helped.
function worse(rng: Rng, scores: Scores): Scores {
  const open = DOMAINS.map(([d]) => d).filter((d) => scores[d] < 2);
  return open.length === 0 ? scores : { ...scores, [rng.pick(open)]: rng.int(2, 3) };
}

/** A 1–5 answer (motivation, wellbeing), lower for a student at risk. */
export const scale = (rng: Rng, atRisk: boolean) =>
  rng.weighted(
    atRisk
      ? ([
          [1, 10],
          [2, 30],
          [3, 35],
          [4, 20],
          [5, 5],
        ] as const)
      : ([
          [2, 5],
          [3, 30],
          [4, 40],
          [5, 25],
        ] as const),
  );

function intakeDate(rng: Rng, pupil: Pupil, cal: DemoCalendar, before: string | null): string {
  const start = dayNumber(cal.start);
  const lastYear = enrolledThen(pupil.student.grade!, 1) && rng.chance(0.5);
  let from = lastYear ? dayNumber(`${cal.year}-02-02`) : start + 3;
  const limit = Math.min(dayNumber(cal.asOf) - 14, before ? dayNumber(before) - 3 : Number.POSITIVE_INFINITY);
  const to = Math.min(lastYear ? dayNumber(`${cal.year}-03-31`) : start + 75, limit);
  if (from > to) from = Math.max(to - 20, Math.min(start, to));
  return randomSchoolDay(rng, isoDay(from), isoDay(to));
}

/** A confidential note fitting the needs scored (or one of `pool`); sometimes none. */
export function noteFor(rng: Rng, scores: Scores | null, pool?: readonly string[]): string | null {
  if (rng.chance(0.08)) return null;
  if (pool) return rng.pick(pool);
  const needs = scores ? DOMAINS.map(([d]) => d).filter((d) => scores[d] >= 2) : [];
  return rng.pick(ASSESSMENT_NOTES[needs.length > 0 ? rng.pick(needs) : 'none']);
}

/**
 * Sorts assessment rows by date and marks each note 'RAHASIA-A0001', 'RAHASIA-A0002' … in that
 * order, so that a test can prove no note leaks.
 */
export function markAssessmentNotes(rows: AssessmentRow[]): AssessmentRow[] {
  rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let marker = 0;
  for (const row of rows)
    if (row.notes) row.notes = `${row.notes} RAHASIA-A${String(++marker).padStart(4, '0')}`;
  return rows;
}

/** This school year's assessment rows (and intakes of last spring), unmarked (see markAssessmentNotes). */
export function assessPupils(
  rng: Rng,
  pupils: readonly Pupil[],
  mentorships: readonly Mentorship[],
  mentors: readonly MentorRow[],
  cal: DemoCalendar,
): AssessmentRow[] {
  const counsellors = mentors.filter((m) => m.role === 'counsellor' && m.active).map((m) => m.name);
  const teachers = mentors.filter((m) => m.role === 'teacher' && m.active).map((m) => m.name);
  const assessor = () => rng.pick(rng.chance(0.7) ? counsellors : teachers);
  const byPupil = new Map(mentorships.map((m) => [m.pupil, m]));
  const rows: AssessmentRow[] = [];
  for (const pupil of pupils) {
    const { plan, student } = pupil;
    if (plan.needs === null) continue;
    const atRisk = plan.tier !== 1;
    const mentorship = byPupil.get(pupil);
    const scores = scoresFor(rng, plan.needs);
    const followUp =
      mentorship &&
      !student.status_date &&
      mentorship.rhythm !== 'none' &&
      dayNumber(cal.asOf) - dayNumber(mentorship.since) >= 45
        ? plan.recipe === 'improving' || rng.chance(0.4)
        : false;
    const rescored = followUp && (plan.recipe === 'improving' || rng.chance(0.5));
    const intakeScores =
      rescored && (plan.recipe === 'improving' || rng.chance(0.6)) ? worse(rng, scores) : scores;
    const intake: AssessmentRow = {
      date: intakeDate(rng, pupil, cal, mentorship?.since ?? student.status_date),
      student_id: student.student_id,
      assessor: assessor(),
      social_pressure: intakeScores.social_pressure,
      economic_hardship: intakeScores.economic_hardship,
      low_home_support: intakeScores.low_home_support,
      motivation: scale(rng, atRisk),
      wellbeing: scale(rng, atRisk),
      aspirations: rng.chance(0.9) ? rng.pick(ASPIRATIONS) : null,
      notes: noteFor(rng, intakeScores),
    };
    rows.push(intake);
    if (!followUp || !mentorship) continue;
    const since = dayNumber(mentorship.since);
    const last = Math.min(since + 60, dayNumber(cal.asOf) - 1);
    rows.push({
      date: randomSchoolDay(rng, isoDay(since + 30), isoDay(last)),
      student_id: student.student_id,
      assessor: mentorship.mentor.name,
      social_pressure: rescored ? scores.social_pressure : null,
      economic_hardship: rescored ? scores.economic_hardship : null,
      low_home_support: rescored ? scores.low_home_support : null,
      motivation: Math.min(5, intake.motivation! + rng.int(0, 1)),
      wellbeing: Math.min(5, intake.wellbeing! + rng.int(0, 1)),
      aspirations: intake.aspirations,
      notes: noteFor(rng, null, FOLLOW_UP_NOTES),
    });
  }
  return rows;
}
