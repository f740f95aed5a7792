import { paste, setUp } from './workbook';

/** A class of six, shaped so that each student shows one case of the risk model (as of 2026-11-16). */
export function school(locale = 'id_ID') {
  const { rt, lang } = setUp({ locale });
  const active = lang === 'id' ? 'aktif' : 'active';
  paste(rt, 'students', lang, [
    {
      student_id: '0010000001',
      name: 'Ani',
      class: '7A',
      grade: '7',
      birth_date: '2013-05-01',
      status: active,
    },
    {
      student_id: '0010000002',
      name: 'Beni',
      class: '7A',
      grade: '7',
      birth_date: '2013-02-11',
      status: active,
    },
    {
      student_id: '0010000003',
      name: 'Cici',
      class: '7A',
      grade: '7',
      birth_date: '2011-03-03',
      status: active,
    },
    {
      student_id: '0010000004',
      name: 'Dodi',
      class: '7A',
      grade: '7',
      birth_date: '2013-08-08',
      status: active,
    },
    {
      student_id: '0010000005',
      name: 'Eli',
      class: '7A',
      grade: '7',
      birth_date: '2013-01-20',
      status: active,
    },
    { student_id: '0010000006', name: 'Fani', class: '7A', grade: '7', status: active },
  ]);
  const month = (id: string, days: string, s: string, i: string, a: string, m = '2026-10') => ({
    student_id: id,
    month: m,
    school_days: days,
    sick: s,
    excused: i,
    unexcused: a,
  });
  paste(rt, 'attendance', lang, [
    month('0010000001', '20', '0', '0', '0', '2026-09'),
    month('0010000001', '20', '0', '0', '0'), // 100%
    month('0010000002', '20', '1', '0', '3'), // 80%, 3 alpa: two red flags
    month('0010000003', '20', '1', '0', '0'), // 95%
    month('0010000004', '20', '2', '1', '2'), // 75%: critical
    month('0010000005', '20', '1', '0', '0'), // 95%
  ]);
  const term = (id: string, t: string, avg: string, below: string) => ({
    student_id: id,
    term: t,
    average: avg,
    below_passing: below,
  });
  paste(rt, 'grades', lang, [
    term('0010000001', '2025-2', '85', '0'),
    term('0010000001', '2026-1', '86', '0'),
    term('0010000003', '2025-2', '82', '0'),
    term('0010000003', '2026-1', '78', '1'), // watch: average < 80, 1 below passing
    term('0010000005', '2025-2', '88', '0'),
    term('0010000005', '2026-1', '76', '0'), // drop of 12: red
  ]);
  paste(rt, 'incidents', lang, [
    { date: '2026-11-10', student_id: '0010000005', kind: lang === 'id' ? 'skorsing' : 'suspension' }, // red
  ]);
  paste(rt, 'assessments', lang, [
    {
      date: '2026-08-01',
      student_id: '0010000001',
      social_pressure: '0',
      economic_hardship: '1',
      low_home_support: '0',
    },
  ]);
  return { rt, lang };
}

/** The school above with four mentors: room for three of its four at-risk seventh-graders. */
export function schoolWithMentors(locale = 'id_ID') {
  const { rt, lang } = school(locale);
  const yes = lang === 'id' ? 'ya' : 'yes';
  const no = lang === 'id' ? 'tidak' : 'no';
  paste(rt, 'mentors', lang, [
    {
      mentor_id: 'M01',
      name: 'Bu Sari',
      email: 'sari@smpn3.sch.id',
      gender: 'P',
      capacity: '2',
      grades: '7',
      strengths: lang === 'id' ? 'keluarga/ekonomi' : 'family/economic',
      active: yes,
    },
    {
      mentor_id: 'M02',
      name: 'Pak Yos',
      email: 'yos@smpn3.sch.id',
      gender: 'L',
      capacity: '1',
      grades: '8-9',
      active: yes,
    },
    {
      mentor_id: 'M03',
      name: 'Bu Rina',
      email: 'rina@smpn3.sch.id',
      gender: 'P',
      capacity: '1',
      grades: '7',
      active: no,
    },
    {
      mentor_id: 'M04',
      name: 'Pak Made',
      email: 'made@smpn3.sch.id',
      gender: 'L',
      capacity: '1',
      grades: '7-9',
      active: yes,
    },
  ]);
  return { rt, lang };
}
