/**
 * The roster: one student per plan, with a class, a name from one of the regions, a birth date
 * that gives the planned years over age, a NISN, a guardian and a status.
 */
import { dayNumber } from '../../../src/core/cells/dates';
import type { Gender, Student } from '../../../src/core/schema/records';
import { type DemoCalendar, enrolledThen, isoDay, randomSchoolDay } from './calendar';
import { fullName, nameGuardian, nameStudent, REGIONS, type Region } from './names';
import { needsPreviousTerm, type Plan } from './plans';
import type { Rng } from './random';

/** A student with what the other generators need to know about them. */
export interface Pupil {
  student: Student;
  plan: Plan;
  region: Region;
  family: string | null;
}

export const CLASSES = [7, 8, 9].flatMap((grade) =>
  ['A', 'B', 'C', 'D', 'E'].map((letter) => `${grade}${letter}`),
);
export const gradeOfClass = (name: string): number => Number(name.slice(0, 1));

const PREFIXES = [
  '0812',
  '0813',
  '0821',
  '0822',
  '0823',
  '0852',
  '0853',
  '0811',
  '0815',
  '0857',
  '0878',
  '0896',
  '0838',
  '0819',
];

/** Plans that compare two terms get a class whose students were here last term too. */
function dealClasses(rng: Rng, plans: readonly Plan[], cal: DemoCalendar): string[] {
  const slots = rng.shuffle(plans.map((_, i) => CLASSES[i % CLASSES.length]!));
  const used = slots.map(() => false);
  const classes: string[] = new Array(plans.length);
  let next = 0;
  plans.forEach((plan, i) => {
    if (!needsPreviousTerm(plan)) return;
    while (next < slots.length && (used[next] || !enrolledThen(gradeOfClass(slots[next]!), cal.previousBack)))
      next++;
    if (next === slots.length) return;
    classes[i] = slots[next]!;
    used[next] = true;
  });
  let rest = 0;
  plans.forEach((_, i) => {
    if (classes[i] !== undefined) return;
    while (used[rest]) rest++;
    classes[i] = slots[rest]!;
    used[rest] = true;
  });
  return classes;
}

/** A birth date that makes the age on 1 July of the school year `year` grade + 6 + overage. */
export function birthDate(rng: Rng, grade: number, overage: number, schoolYear: number): string {
  const year = schoolYear - grade - 6 - overage;
  return isoDay(rng.int(dayNumber(`${year - 1}-07-02`), dayNumber(`${year}-07-01`)));
}

/** A guardian's mobile number, sometimes written +62, now and then missing. */
export function phone(rng: Rng): string | null {
  if (rng.chance(0.02)) return null;
  const digits = Array.from({ length: rng.int(7, 8) }, () => rng.int(0, 9)).join('');
  const number = rng.pick(PREFIXES) + digits;
  return rng.chance(0.1) ? `+62${number.slice(1)}` : number;
}

/** NISN: three digits of the birth year ('011' for 2011), then seven; so every one starts with 0. */
export function nisn(rng: Rng, birth: string, taken: Set<string>): string {
  for (;;) {
    const id = `0${birth.slice(2, 4)}${String(rng.int(0, 9999999)).padStart(7, '0')}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

function statusDate(rng: Rng, plan: Plan, cal: DemoCalendar): string | null {
  if (plan.status === 'active') return null;
  const lastDay = isoDay(dayNumber(cal.asOf) - 1);
  // The mentored dropout left this month, despite the mentoring: the story of the summary email.
  if (plan.mentored && Number(cal.asOf.slice(8)) > 5)
    return randomSchoolDay(rng, `${cal.asOf.slice(0, 7)}-01`, lastDay);
  return randomSchoolDay(rng, isoDay(dayNumber(cal.start) + 20), isoDay(dayNumber(cal.asOf) - 20));
}

/**
 * One pupil per plan, genders balanced, roster fields filled; consent, aid and mentor come later.
 * @example enrolPupils(rng, plans, cal)[0].student.student_id // '0130412977'
 */
export function enrolPupils(rng: Rng, plans: readonly Plan[], cal: DemoCalendar): Pupil[] {
  const classes = dealClasses(rng, plans, cal);
  const genders = rng.shuffle(plans.map((_, i): Gender => (i % 2 === 0 ? 'L' : 'P')));
  const regions = REGIONS.map((region) => [region, region.share] as const);
  const taken = new Set<string>();
  return plans.map((plan, i) => {
    const region = rng.weighted(regions);
    const gender = genders[i]!;
    const name = nameStudent(rng, region, gender);
    const grade = gradeOfClass(classes[i]!);
    const birth = birthDate(rng, grade, plan.overage, cal.year);
    const student: Student = {
      student_id: nisn(rng, birth, taken),
      name: fullName(name),
      class: classes[i]!,
      grade,
      gender,
      birth_date: birth,
      guardian_name: nameGuardian(rng, region, name.family),
      guardian_phone: phone(rng),
      status: plan.status,
      status_date: statusDate(rng, plan, cal),
      consent: true,
      pip: false,
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
    return { student, plan, region, family: name.family };
  });
}

/**
 * Makes about one student in 25 the sibling of another in a different grade: same guardian,
 * phone, home languages and (where the culture has one) family name.
 */
export function linkSiblings(rng: Rng, pupils: Pupil[]): void {
  const active = rng.shuffle(pupils.filter((p) => p.student.status === 'active'));
  const pairs = Math.round(pupils.length / 50);
  const used = new Set<Pupil>();
  let made = 0;
  for (let i = 0; i < active.length && made < pairs; i++) {
    const older = active[i]!;
    if (used.has(older) || !older.student.guardian_phone) continue;
    const younger = active
      .slice(i + 1, i + 12)
      .find((p) => !used.has(p) && p.student.grade !== older.student.grade);
    if (!younger) continue;
    used.add(older).add(younger);
    const name = nameStudent(rng, older.region, younger.student.gender!, older.family ?? undefined);
    Object.assign(younger, { region: older.region, family: name.family });
    Object.assign(younger.student, {
      name: fullName(name),
      guardian_name: older.student.guardian_name,
      guardian_phone: older.student.guardian_phone,
      languages: older.student.languages,
    });
    made++;
  }
}
