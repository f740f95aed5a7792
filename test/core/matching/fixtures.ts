import type {
  ExistingAssignment,
  MatchOptions,
  Mentor,
  Need,
  StudentToPlace,
} from '../../../src/core/matching/types';

export function mentor(over: Partial<Mentor> & { id: string }): Mentor {
  return {
    name: `Mentor ${over.id}`,
    active: true,
    capacity: 10,
    caseload: 0,
    grades: [],
    gender: null,
    strengths: [],
    languages: [],
    ...over,
  };
}

export function student(over: Partial<StudentToPlace> & { id: string }): StudentToPlace {
  return {
    name: `Student ${over.id}`,
    grade: 8,
    gender: null,
    tier: 2,
    score: 50,
    needs: [],
    languages: [],
    className: '',
    familyKey: null,
    ...over,
  };
}

export const options = (over: Partial<MatchOptions> = {}): MatchOptions => ({
  sameGender: false,
  weights: { strengths: 3, language: 2, continuity: 2, balance: 1 },
  ...over,
});

/** mulberry32: a tiny seeded PRNG, so that "random" instances are the same on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Instance {
  students: StudentToPlace[];
  mentors: Mentor[];
  existing: ExistingAssignment[];
  options: MatchOptions;
}

const NEED_LIST: Need[] = ['academic', 'social_emotional', 'family_economic'];
const LANGUAGE_LIST = ['Jawa', 'Sunda', 'Madura', 'Bugis'];
const CLASSES = ['7A', '7B', '8A', '8B', '9A'];

/** A random but reproducible instance; `maxCapacity` keeps brute force small. */
export function randomInstance(
  seed: number,
  size: { students: number; mentors: number; maxCapacity: number; grades?: number[] },
): Instance {
  const rand = mulberry32(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const subset = <T>(list: readonly T[], p: number) => list.filter(() => rand() < p);
  const grades = size.grades ?? [7, 8, 9];
  const genders = ['L', 'P', 'L', 'P', null] as const;
  const mentors = Array.from({ length: size.mentors }, (_, i) => {
    const capacity = rand() < 0.1 ? 0 : 1 + int(size.maxCapacity);
    return mentor({
      id: `m${i}`,
      active: rand() < 0.9,
      capacity,
      caseload: rand() < 0.15 ? capacity : int(capacity),
      grades: rand() < 0.4 ? [] : subset(grades, 0.6),
      gender: pick(genders),
      strengths: subset(NEED_LIST, 0.4),
      languages: subset(LANGUAGE_LIST, 0.3),
    });
  });
  const students = Array.from({ length: size.students }, (_, i) =>
    student({
      id: `s${i}`,
      grade: rand() < 0.1 ? null : pick(grades),
      gender: pick(genders),
      tier: rand() < 0.4 ? 3 : 2,
      score: int(5) * 10, // few distinct scores, so that input order breaks ties
      needs: subset(NEED_LIST, 0.5),
      languages: subset(LANGUAGE_LIST, 0.4),
      className: pick(CLASSES),
      familyKey: rand() < 0.5 ? `f${int(6)}` : null,
    }),
  );
  const existing = Array.from({ length: int(6) }, (_, i) => ({
    studentId: `old${i}`,
    mentorId: pick(mentors)?.id ?? 'm0',
    className: pick(CLASSES),
    familyKey: rand() < 0.7 ? `f${int(6)}` : null,
  }));
  const weightChoices = [0, 0.5, 1, 2, 3];
  return {
    students,
    mentors,
    existing,
    options: {
      sameGender: rand() < 0.4,
      weights: {
        strengths: pick(weightChoices),
        language: pick(weightChoices),
        continuity: pick(weightChoices),
        balance: pick(weightChoices),
      },
    },
  };
}

/** The hard rules, written out again independently of src/ so that tests can check the engine. */
export function fitsHardRules(s: StudentToPlace, m: Mentor, sameGender: boolean): boolean {
  if (!m.active) return false;
  if (m.grades.length > 0 && (s.grade === null || !m.grades.includes(s.grade))) return false;
  if (sameGender && (s.gender === null || m.gender === null || s.gender !== m.gender)) return false;
  return true;
}

/** Student indices, highest priority first: tier, then score, then input order. */
export function priorityOrder(students: readonly StudentToPlace[]): number[] {
  return students
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.tier - a.s.tier || b.s.score - a.s.score || a.i - b.i)
    .map(({ i }) => i);
}

/** Maximum number of students that can be placed (plain augmenting paths, no costs). */
export function maxPlaceable(instance: Instance): number {
  const { students, mentors, options: o } = instance;
  const room = mentors.map((m) => Math.max(0, m.capacity - m.caseload));
  const holders: number[][] = mentors.map(() => []);
  const tryPlace = (si: number, seen: boolean[]): boolean => {
    for (let mi = 0; mi < mentors.length; mi++) {
      if (seen[mi] || !fitsHardRules(students[si]!, mentors[mi]!, o.sameGender)) continue;
      seen[mi] = true;
      if (holders[mi]!.length < room[mi]!) {
        holders[mi]!.push(si);
        return true;
      }
      for (let k = 0; k < holders[mi]!.length; k++) {
        const other = holders[mi]![k]!;
        holders[mi]!.splice(k, 1);
        if (tryPlace(other, seen)) {
          holders[mi]!.push(si);
          return true;
        }
        holders[mi]!.splice(k, 0, other);
      }
    }
    return false;
  };
  let placed = 0;
  for (let si = 0; si < students.length; si++)
    if (
      tryPlace(
        si,
        mentors.map(() => false),
      )
    )
      placed++;
  return placed;
}
