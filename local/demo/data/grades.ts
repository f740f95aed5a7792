/**
 * The Grades sheet: a term average and the number of subjects below the passing grade (KKM 75)
 * for the latest term and the one before it. For the default day (28 November 2026) these are
 * '2026-1', the odd semester's mid-term results (PTS, September–October), and '2025-2', the
 * report of January–June 2026, which grade 7 students (then in primary school) do not have.
 */
import type { GradeRow } from '../../../src/core/schema/records';
import { type DemoCalendar, enrolledThen } from './calendar';
import type { GradeProfile, Plan } from './plans';
import type { Rng } from './random';
import type { Pupil } from './students';

// average range and subjects below passing for each profile; null: as the average implies.
const PROFILES: Record<GradeProfile, { low: number; high: number; below: [number, number] | null }> = {
  strong: { low: 80.5, high: 95, below: [0, 0] },
  bp1: { low: 80.5, high: 84, below: [1, 1] },
  bp2: { low: 80.5, high: 83, below: [2, 2] },
  avgWatch: { low: 75.2, high: 79.6, below: [0, 0] },
  avgWatchBp: { low: 75.2, high: 79.6, below: [1, 2] },
  avgHigh1: { low: 72, high: 74.6, below: [1, 1] },
  avgHigh: { low: 55, high: 72.5, below: null },
};

/**
 * Subjects below passing that an average suggests, out of about 12 SMP subjects.
 * @example belowPassingFor(rng, 90) // 0
 */
export function belowPassingFor(rng: Rng, average: number): number {
  if (average >= 82) return 0;
  if (average >= 78) return rng.chance(0.3) ? 1 : 0;
  if (average >= 75) return rng.int(1, 2);
  if (average >= 70) return rng.int(2, 4);
  if (average >= 65) return rng.int(3, 6);
  return average >= 60 ? rng.int(4, 7) : rng.int(6, 9);
}

// The previous average minus the latest: what the plan's drop asks for.
function dropFor(rng: Rng, drop: Plan['drop']): number {
  if (drop === 'high') return rng.float(10.2, 14.5);
  if (drop === 'watch') return rng.float(5.2, 9.6);
  if (drop === 'rise') return -rng.float(5, 10);
  return rng.float(-4, 4.6);
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The grade rows, term by term in roster order. Students planned without grades, students who
 * were not here in a term, and students who left (for the latest term) have none.
 */
export function reportGrades(rng: Rng, pupils: readonly Pupil[], cal: DemoCalendar): GradeRow[] {
  const latest: GradeRow[] = [];
  const previous: GradeRow[] = [];
  for (const { student, plan } of pupils) {
    if (plan.grades === 'none') continue;
    const profile = PROFILES[plan.grades];
    const drop = dropFor(rng, plan.drop);
    const average = rng.float(profile.low, Math.max(profile.low, Math.min(profile.high, 98 - drop)));
    const below = profile.below ? rng.int(...profile.below) : Math.max(2, belowPassingFor(rng, average));
    const id = student.student_id;
    if (student.status === 'active' && enrolledThen(student.grade!, cal.latestBack))
      latest.push({ student_id: id, term: cal.latestTerm, average, below_passing: below });
    if (enrolledThen(student.grade!, cal.previousBack)) {
      const before = round1(Math.max(50, average + drop));
      previous.push({
        student_id: id,
        term: cal.previousTerm,
        average: before,
        below_passing: belowPassingFor(rng, before),
      });
    }
  }
  return [...previous, ...latest];
}
