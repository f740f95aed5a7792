/**
 * Last year's care: intake assessments of the students at risk and the mentors' sessions, as
 * they were logged that year. A mentee of last year who is still here was assessed before their
 * first session (a later intake of this year's stays their latest).
 */
import type { AssessmentRow, MentorRow, SessionRow, SessionType } from '../../../src/core/schema/records';
import { noteFor, type Scores, scale, scoresFor } from './assessments';
import { addDays, randomSchoolDay, toSchoolDay } from './calendar';
import type { Course, PastPupil, PastYear } from './last-year';
import type { Rng } from './random';
import { session } from './sessions';
import { ASPIRATIONS } from './texts';

const INTAKE: Partial<Record<Course, { chance: number; needs: ReadonlyArray<readonly [number, number]> }>> = {
  fading: {
    chance: 0.8,
    needs: [
      [1, 40],
      [2, 45],
      [3, 15],
    ],
  },
  chronic: {
    chance: 0.7,
    needs: [
      [0, 10],
      [1, 50],
      [2, 40],
    ],
  },
  quiet: { chance: 0.6, needs: [[1, 1]] },
  mild: {
    chance: 0.3,
    needs: [
      [0, 1],
      [1, 1],
    ],
  },
  sudden: {
    chance: 0.2,
    needs: [
      [0, 3],
      [1, 2],
    ],
  },
};

/** Intake assessments of last year's students at risk, each before its student's first session. */
export function pastIntakes(
  rng: Rng,
  past: PastYear,
  existing: readonly AssessmentRow[],
  mentors: readonly MentorRow[],
): AssessmentRow[] {
  const assessors = mentors.filter((m) => m.active && m.role !== 'volunteer').map((m) => m.name);
  const earliest = new Map<string, AssessmentRow>();
  for (const a of existing)
    if ((earliest.get(a.student_id)?.date ?? '9999') > a.date) earliest.set(a.student_id, a);
  const start = past.months[0]!.first;
  const rows: AssessmentRow[] = [];
  const intake = (p: PastPupil, date: string, scores: Scores) =>
    rows.push({
      date,
      student_id: p.student.student_id,
      assessor: rng.pick(assessors),
      ...scores,
      motivation: scale(rng, true),
      wellbeing: scale(rng, true),
      aspirations: rng.chance(0.9) ? rng.pick(ASPIRATIONS) : null,
      notes: noteFor(rng, scores),
    });
  for (const p of past.pupils) {
    const first = p.mentoring?.from;
    const known = earliest.get(p.student.student_id);
    if (!p.former) {
      // A mentee of last year was assessed before their first session.
      if (first && known && known.date > first) {
        const scores = {
          social_pressure: known.social_pressure ?? 0,
          economic_hardship: known.economic_hardship ?? 0,
          low_home_support: known.low_home_support ?? 0,
        };
        intake(p, randomSchoolDay(rng, addDays(first, -20), addDays(first, -3)), scores);
      }
      continue;
    }
    const plan = INTAKE[p.course];
    if (!plan || !rng.chance(plan.chance)) continue;
    const limits = [addDays(start, 80), p.left && addDays(p.left, -10), first && addDays(first, -3)].filter(
      Boolean,
    ) as string[];
    const to = limits.sort()[0]!;
    if (to <= addDays(start, 5)) continue;
    intake(p, randomSchoolDay(rng, addDays(start, 5), to), scoresFor(rng, rng.weighted(plan.needs)));
  }
  return rows;
}

const PACE: Partial<Record<Course, [number, number]>> = {
  fading: [6, 10],
  slipping: [6, 10],
  chronic: [9, 18],
  mild: [14, 25],
};

/** Last year's mentees' sessions, at a pace that follows their course, from the first to the year's end or their leaving. */
export function pastSessions(rng: Rng, past: PastYear): SessionRow[] {
  const yearEnd = past.months[past.months.length - 1]!.last;
  const rows: SessionRow[] = [];
  for (const p of past.pupils) {
    if (!p.mentoring) continue;
    const { mentor, from } = p.mentoring;
    const pace = PACE[p.course] ?? [14, 25];
    const end = toSchoolDay(addDays(p.left ?? yearEnd, -rng.int(2, 8)), -1);
    const dates: string[] = [];
    for (let d = from; d <= end || dates.length === 0; d = toSchoolDay(addDays(d, rng.int(...pace)), 1))
      dates.push(d);
    const intensive = p.course !== 'mild';
    dates.forEach((date, i) => {
      let type: SessionType = mentor.role === 'counsellor' ? 'counselling' : 'individual';
      if (intensive && dates.length >= 4 && i === Math.floor(dates.length / 2)) type = 'home_visit';
      else if (intensive && dates.length >= 4 && i === 1 && rng.chance(0.6)) type = 'family';
      else if (i > 0 && mentor.role !== 'counsellor' && rng.chance(0.05)) type = 'family';
      const row = session(rng, date, p.student.student_id, mentor, type, i === 0);
      const next = dates[i + 1];
      row.next_check = next ? toSchoolDay(addDays(date, pace[1]), 1) : null;
      rows.push(row);
    });
  }
  return rows;
}
