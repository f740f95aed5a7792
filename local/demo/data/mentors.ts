/**
 * The demo school's 15 mentors: teachers, three counsellors (guru BK), trained volunteers, and
 * one teacher on leave (inactive). The mail domain is invented ('-demo'), so no message can
 * reach a real school.
 */
import type { MentorRow } from '../../../src/core/schema/records';

export const SCHOOL = {
  name: 'SMP Negeri 3 Kupang',
  city: 'Kupang',
  domain: 'smpn3kupang-demo.sch.id',
} as const;

const at = (user: string) => `${user}@${SCHOOL.domain}`;

type Row = [
  id: string,
  name: string,
  mailUser: string,
  gender: MentorRow['gender'],
  role: MentorRow['role'],
  capacity: number,
  grades: number[],
  strengths: NonNullable<MentorRow['strengths']>,
  languages: string,
  active: boolean,
];

// biome-ignore format: a table reads best one mentor a line
const ROWS: Row[] = [
  // id, name, mail user, gender, role, capacity, grades, strengths, languages, active
  ['M01', 'Yohanes Manafe, S.Pd.', 'yohanes.manafe', 'L', 'teacher', 15, [7], ['academic'], 'Indonesia, Dawan', true],
  ['M02', 'Dra. Maria Goreti Nggadas', 'mariagoreti.bk', 'P', 'counsellor', 25, [7, 8, 9], ['social_emotional', 'family_economic'], 'Indonesia, Manggarai', true],
  ['M03', 'Ester Fanggidae, S.Psi.', 'ester.bk', 'P', 'counsellor', 25, [7, 8, 9], ['social_emotional'], 'Indonesia, Rote', true],
  ['M04', 'Agus Setiawan, S.Pd.', 'agus.setiawan', 'L', 'teacher', 12, [8, 9], ['academic'], 'Indonesia, Jawa', true],
  ['M05', 'Ni Made Sri Astuti', 'made.astuti', 'P', 'teacher', 10, [8, 9], ['academic', 'social_emotional'], 'Indonesia, Bali', true],
  ['M06', 'Marthen Ndun, S.Pd.', 'marthen.ndun', 'L', 'teacher', 15, [9], ['academic'], 'Indonesia, Rote', true],
  ['M07', 'Yuliana Bana', 'yuliana.bana', 'P', 'teacher', 8, [7], ['social_emotional'], 'Indonesia, Dawan', true],
  ['M08', 'Andi Nurhayati, S.Pd.', 'andi.nurhayati', 'P', 'teacher', 12, [7, 8], ['family_economic'], 'Indonesia, Bugis', true],
  ['M09', 'Fransiskus Lewar', 'frans.lewar', 'L', 'volunteer', 8, [7, 8, 9], ['social_emotional'], 'Indonesia, Lamaholot', true],
  ['M10', 'Debora Messakh', 'debora.messakh', 'P', 'volunteer', 8, [7], ['family_economic'], 'Indonesia, Rote', true],
  ['M11', 'Hendrik Tallo, S.Pd., M.Pd.', 'hendrik.bk', 'L', 'counsellor', 20, [7, 8, 9], ['social_emotional', 'family_economic'], 'Indonesia, Kupang', true],
  ['M12', 'Rina Situmorang', 'rina.situmorang', 'P', 'teacher', 15, [8], ['academic'], 'Indonesia, Batak Toba', true],
  ['M13', 'Dominggus Tefa, S.Pd.', 'dominggus.tefa', 'L', 'teacher', 20, [9], ['academic', 'family_economic'], 'Indonesia, Dawan', true],
  ['M14', 'Sri Wahyuni, S.Pd.', 'sri.wahyuni', 'P', 'teacher', 10, [8, 9], ['academic'], 'Indonesia, Jawa', false],
  ['M15', 'Lukas Rohi', 'lukas.rohi', 'L', 'volunteer', 10, [7, 8], ['social_emotional'], 'Indonesia, Sabu', true],
];

/** The coordinators who get the school summary: the vice-principal for students and a counsellor. */
export const COORDINATOR_EMAILS = [at('kesiswaan'), at('mariagoreti.bk')];

/**
 * The mentors, fresh copies each call (the generator does not depend on the seed here).
 * @example demoMentors()[0].mentor_id // 'M01'
 */
export function demoMentors(): MentorRow[] {
  return ROWS.map(
    ([mentor_id, name, user, gender, role, capacity, grades, strengths, languages, active]) => ({
      mentor_id,
      name,
      email: at(user),
      gender,
      role,
      capacity,
      grades: [...grades],
      strengths: [...strengths],
      languages,
      active,
    }),
  );
}
