/**
 * Mentors for part of the at-risk students (most stay unassigned, so that the sidebar has work),
 * within each mentor's grades and capacity; one small mentor is filled to capacity. Each
 * mentorship gets a start date and a rhythm that the session log will show.
 */
import { dayNumber } from '../../../src/core/cells/dates';
import type { MentorRow } from '../../../src/core/schema/records';
import { type DemoCalendar, isoDay, randomSchoolDay } from './calendar';
import type { Rng } from './random';
import type { Pupil } from './students';

/**
 * regular: a session in the last two weeks and the next check ahead; checkPassed: a session in
 * the last 30 days but its next check has passed; lapsed: no session for 35+ days; none: just
 * assigned, no session yet.
 */
export type Rhythm = 'regular' | 'checkPassed' | 'lapsed' | 'none';

export interface Mentorship {
  pupil: Pupil;
  mentor: MentorRow;
  since: string;
  rhythm: Rhythm;
}

/** The mentor the generator fills to capacity first (grade 7 only, capacity 8). */
export const FULL_MENTOR = 'M07';

const RHYTHMS: readonly (readonly [Rhythm, number])[] = [
  ['regular', 0.5],
  ['checkPassed', 0.22],
  ['lapsed', 0.2],
  ['none', 0.08],
];

/** Rhythms in proportion, each at least once when there are enough mentees, in random order. */
function dealRhythms(rng: Rng, count: number): Rhythm[] {
  const out: Rhythm[] = [];
  for (const [rhythm, share] of RHYTHMS) {
    const n = Math.max(count >= RHYTHMS.length ? 1 : 0, Math.round(share * count));
    for (let i = 0; i < n && out.length < count; i++) out.push(rhythm);
  }
  while (out.length < count) out.push('regular');
  return rng.shuffle(out);
}

function chooseMentor(rng: Rng, pupil: Pupil, mentors: readonly MentorRow[], load: Map<string, number>) {
  const room = (m: MentorRow) => (m.capacity ?? 25) - (load.get(m.mentor_id) ?? 0);
  const eligible = mentors.filter((m) => m.active && m.grades?.includes(pupil.student.grade!) && room(m) > 0);
  const full = eligible.find((m) => m.mentor_id === FULL_MENTOR);
  if (full) return full;
  if (eligible.length === 0) return null;
  return rng.weighted(
    eligible.map((m) => [m, room(m) * (m.gender === pupil.student.gender ? 2 : 1)] as const),
  );
}

function sinceFor(rng: Rng, pupil: Pupil, rhythm: Rhythm, cal: DemoCalendar): string {
  const start = dayNumber(cal.start);
  const asOf = dayNumber(cal.asOf);
  const range = (from: number, to: number) =>
    randomSchoolDay(rng, isoDay(from), isoDay(Math.min(to, asOf - 1)));
  const left = pupil.student.status_date;
  if (left) return range(start + 10, dayNumber(left) - 30);
  if (pupil.plan.recipe === 'improving') return range(start + 5, start + 30);
  if (rhythm === 'none') return range(asOf - 10, asOf - 3);
  return range(start + 14, asOf - (rhythm === 'lapsed' ? 70 : 30));
}

/**
 * Assigns the planned mentees (sets their mentor_id) and returns the mentorships, the ones who
 * have been mentored longest first: students who improved, then Tier 3, then Tier 2.
 */
export function assignMentors(
  rng: Rng,
  pupils: readonly Pupil[],
  mentors: readonly MentorRow[],
  cal: DemoCalendar,
): Mentorship[] {
  const order = (p: Pupil) =>
    p.plan.recipe === 'improving' || p.student.status_date ? 0 : p.plan.tier === 3 ? 1 : 2;
  const candidates = rng.shuffle(pupils.filter((p) => p.plan.mentored)).sort((a, b) => order(a) - order(b));
  const load = new Map<string, number>();
  const placed: { pupil: Pupil; mentor: MentorRow }[] = [];
  for (const pupil of candidates) {
    const mentor = chooseMentor(rng, pupil, mentors, load);
    if (!mentor) continue;
    load.set(mentor.mentor_id, (load.get(mentor.mentor_id) ?? 0) + 1);
    pupil.student.mentor_id = mentor.mentor_id;
    placed.push({ pupil, mentor });
  }
  // Fill the small mentor with more at-risk grade 7 students, so that the sidebar shows one at capacity.
  const small = mentors.find((m) => m.mentor_id === FULL_MENTOR);
  const more = rng.shuffle(
    pupils.filter((p) => p.plan.tier !== null && p.plan.tier > 1 && !p.student.mentor_id),
  );
  for (const pupil of more) {
    if (!small?.active || (load.get(small.mentor_id) ?? 0) >= (small.capacity ?? 25)) break;
    if (!small.grades?.includes(pupil.student.grade!)) continue;
    load.set(small.mentor_id, (load.get(small.mentor_id) ?? 0) + 1);
    pupil.student.mentor_id = small.mentor_id;
    placed.push({ pupil, mentor: small });
  }
  // Students who left or improved have a history of sessions; the others get every rhythm.
  const ordinary = placed.filter(
    ({ pupil }) => !pupil.student.status_date && pupil.plan.recipe !== 'improving',
  );
  const rhythms = dealRhythms(rng, ordinary.length);
  const rhythmOf = new Map(ordinary.map(({ pupil }, i) => [pupil, rhythms[i]!]));
  return placed.map(({ pupil, mentor }) => {
    const rhythm = rhythmOf.get(pupil) ?? (rng.chance(0.7) ? 'regular' : 'checkPassed');
    const since = sinceFor(rng, pupil, rhythm, cal);
    pupil.student.mentor_since = since;
    return { pupil, mentor, since, rhythm };
  });
}
