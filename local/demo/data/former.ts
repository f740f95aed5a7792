/** Last year's students who are no longer here: their rows on the Students sheet. */
import type { Student } from '../../../src/core/schema/records';
import { fullName, nameGuardian, nameStudent, REGIONS } from './names';
import type { Rng } from './random';
import { birthDate, nisn, phone } from './students';

/**
 * A student of last year who is not on this year's roster (graduated or left): a record of
 * their own, with the grade and class of that year; status and date are set by the caller.
 */
export function formerStudent(
  rng: Rng,
  grade: number,
  year: number,
  taken: Set<string>,
  index: number,
): Student {
  const region = rng.weighted(REGIONS.map((r) => [r, r.share] as const));
  const gender = index % 2 === 0 ? 'L' : 'P';
  const name = nameStudent(rng, region, gender);
  const overage = rng.weighted([
    [0, 86],
    [1, 11],
    [2, 3],
  ] as const);
  const birth = birthDate(rng, grade, overage, year);
  return {
    student_id: nisn(rng, birth, taken),
    name: fullName(name),
    class: `${grade}${rng.pick(['A', 'B', 'C', 'D', 'E'])}`,
    grade,
    gender,
    birth_date: birth,
    guardian_name: nameGuardian(rng, region, name.family),
    guardian_phone: phone(rng),
    status: 'active',
    status_date: null,
    consent: rng.chance(0.92),
    pip: rng.chance(0.2),
    languages: rng.pick(region.languages),
    mentor_id: null,
    mentor_since: null,
    attendance: null,
    unexcused: null,
    incidents: null,
    below_passing: null,
    average: null,
    previous_average: null,
    overage: null,
    needs: null,
    risk_score: null,
    risk_tier: null,
    risk_reasons: null,
  };
}
