/**
 * Did the flags see the leavers coming? For each student who dropped out in the year, their
 * tier in the baselines 1, 2 and 3 months before the month they left; recall at 1 and 3 months;
 * the alert load month by month; precision; and the leavers the flags missed, with what they said.
 */
import { type Baselines, baselineOf, flagged, shareOf } from './baselines';
import type { EvaluatedStudent, FlagSection, Leaver } from './types';
import { addMonths, type SchoolYear } from './year';

/**
 * The students who dropped out in the year up to `through`, in the order they left.
 * @example leaversOf(schoolYear(2025), students, '2026-06-30').length // 7
 */
export function leaversOf(
  year: SchoolYear,
  students: readonly EvaluatedStudent[],
  through: string,
): EvaluatedStudent[] {
  return students
    .filter(
      (s) =>
        s.status === 'dropped_out' &&
        s.status_date !== null &&
        s.status_date >= year.from &&
        s.status_date <= through,
    )
    .sort((a, b) => (a.status_date! < b.status_date! ? -1 : a.status_date! > b.status_date! ? 1 : 0));
}

/**
 * A leaver with their tiers k months before: the baseline of the month k months before the month
 * of the status date (left in March: 1 month is February's baseline, 3 months December's).
 * @example leaverOf(student, baselines).tiers // [3, 2, null]
 */
export function leaverOf(student: EvaluatedStudent, baselines: Baselines): Leaver {
  const month = student.status_date!.slice(0, 7);
  const rows = [1, 2, 3].map((k) => baselineOf(baselines, student.student_id, addMonths(month, -k)));
  return {
    student_id: student.student_id,
    name: student.name,
    class: student.class,
    grade: student.grade,
    status_date: student.status_date!,
    tiers: [rows[0]?.tier ?? null, rows[1]?.tier ?? null, rows[2]?.tier ?? null],
    reasons: rows[0]?.reasons ?? null,
  };
}

/** True when the leaver was at Tier ≥ 2 `lead` months before (1 to 3). */
export const caughtAt = (leaver: Leaver, lead: 1 | 2 | 3): boolean =>
  flagged({ tier: leaver.tiers[lead - 1]! });

/**
 * The baseline months of the year up to `through` that hold a snapshot, oldest first.
 * @example baselineMonths(schoolYear(2025), baselines, '2026-06-30') // ['2025-07', …, '2026-06']
 */
export function baselineMonths(year: SchoolYear, baselines: Baselines, through: string): string[] {
  return year.months.filter((m) => m <= through.slice(0, 7) && baselines.byMonth.has(m));
}

/**
 * The flag section of the evaluation.
 * @example flagSection(schoolYear(2025), students, baselines, '2026-06-30').recall1 // { value: 0.57, part: 4, n: 7 }
 */
export function flagSection(
  year: SchoolYear,
  students: readonly EvaluatedStudent[],
  baselines: Baselines,
  through: string,
): FlagSection {
  const leavers = leaversOf(year, students, through).map((s) => leaverOf(s, baselines));
  const count = (test: (l: Leaver) => boolean) => leavers.filter(test).length;
  const months = baselineMonths(year, baselines, through);
  const alertLoad = months.map((month) => {
    const rows = [...baselines.byMonth.get(month)!.values()].filter((r) => r.tier !== null);
    return { month, share: shareOf(rows.filter(flagged).length, rows.length) };
  });
  // Each flagged student once, from the first month they were flagged.
  const firstFlag = new Map<string, string>();
  for (const month of months)
    for (const row of baselines.byMonth.get(month)!.values())
      if (flagged(row) && !firstFlag.has(row.student_id)) firstFlag.set(row.student_id, month);
  const leftOn = new Map(leavers.map((l) => [l.student_id, l.status_date]));
  let later = 0;
  for (const [id, month] of firstFlag) if ((leftOn.get(id) ?? '') >= `${month}-01`) later++;
  return {
    leavers,
    recall1: shareOf(
      count((l) => caughtAt(l, 1)),
      leavers.length,
    ),
    recall3: shareOf(
      count((l) => caughtAt(l, 3)),
      leavers.length,
    ),
    noSnapshot1: count((l) => l.tiers[0] === null),
    noSnapshot3: count((l) => l.tiers[2] === null),
    alertLoad,
    alertLoadYear: shareOf(
      alertLoad.reduce((sum, m) => sum + m.share.part, 0),
      alertLoad.reduce((sum, m) => sum + m.share.n, 0),
    ),
    precision: shareOf(later, firstFlag.size),
    falseAlarms: firstFlag.size - later,
    missed: leavers.filter((l) => !caughtAt(l, 1)),
  };
}
