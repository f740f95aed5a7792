/**
 * Last year's mentoring: a student whose attendance turned red got a mentor in the month or two
 * after, if a mentor of their grade had room (about half of them did), and met them from then
 * on. Attendance got better afterwards for half of the chronic and mild mentees; the fading
 * ones left anyway. This year's mentees keep this year's story, so they had none last year.
 */
import type { MentorRow } from '../../../src/core/schema/records';
import { addDays, randomSchoolDay } from './calendar';
import { type Course, type PastYear, shiftLevel } from './last-year';
import type { Rng } from './random';

/** How likely a student of each course was to get a mentor once their attendance turned red. */
const TAKE_UP: Partial<Record<Course, number>> = { chronic: 0.55, fading: 0.5, slipping: 0.4, mild: 0.3 };

/** Sets each past pupil's mentoring, and the better months that followed for some. */
export function mentorLastYear(rng: Rng, past: PastYear, mentors: readonly MentorRow[]): void {
  const load = new Map<string, number>();
  for (const p of past.pupils) {
    const take = TAKE_UP[p.course];
    if (take === undefined || p.student.mentor_id !== null) continue;
    const red = past.months.findIndex((m) => ['high', 'critical'].includes(p.levels.get(m.month) ?? 'ok'));
    const month = past.months[red + 1 + rng.int(0, 1)];
    if (red < 0 || !month || !rng.chance(take)) continue;
    const until = p.left ? addDays(p.left, -5) : month.last;
    const last = [month.last, until].sort()[0]!;
    const room = mentors.filter(
      (m) => m.active && m.grades?.includes(p.grade) && (load.get(m.mentor_id) ?? 0) < (m.capacity ?? 25),
    );
    if (last < month.first || room.length === 0) continue;
    const mentor = rng.pick(room);
    load.set(mentor.mentor_id, (load.get(mentor.mentor_id) ?? 0) + 1);
    const from = randomSchoolDay(rng, month.first, last);
    const improved = (p.course === 'chronic' || p.course === 'mild') && rng.chance(0.5);
    p.mentoring = { mentor, from, improved };
    if (!improved) continue;
    for (const [m, level] of p.levels)
      if (m > from.slice(0, 7) && rng.chance(0.7)) p.levels.set(m, shiftLevel(level, -1));
  }
}
