/**
 * A small school for the summary emails: two mentors with email (and one without), students
 * in every situation the emails must handle, and sessions. Every confidential or unrelated
 * text field carries MARKER, so that a test can prove no email ever shows it.
 */
import type { Lang } from '../../../src/core/i18n/lang';
import type { MentorRow, SessionRow, Student } from '../../../src/core/schema/records';
import type { RiskBefore, RiskNow, SummaryInput } from '../../../src/core/summary/types';

export const MARKER = 'RAHASIA-123';

export function student(over: Partial<Student> & { student_id: string; name: string }): Student {
  return {
    class: null,
    grade: 8,
    gender: 'P',
    birth_date: '2012-03-04',
    guardian_name: `Wali ${MARKER}`,
    guardian_phone: `0812${MARKER}`,
    status: 'active',
    status_date: null,
    consent: true,
    pip: false,
    languages: `Dawan ${MARKER}`,
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
    ...over,
  };
}

export function session(over: Partial<SessionRow> & { date: string; student_id: string }): SessionRow {
  return {
    mentor_id: 'M1',
    type: 'individual',
    minutes: 30,
    attended: true,
    topics: `Topik ${MARKER}`,
    follow_up: `Tindak lanjut ${MARKER}`,
    next_check: null,
    notes: `Catatan ${MARKER}`,
    ...over,
  };
}

export function mentor(over: Partial<MentorRow> & { mentor_id: string; name: string }): MentorRow {
  return {
    email: null,
    gender: 'P',
    role: 'teacher',
    capacity: 10,
    grades: null,
    strengths: null,
    languages: `Rote ${MARKER}`,
    active: true,
    ...over,
  };
}

export const students: Student[] = [
  student({ student_id: 'S01', name: 'Ayu Lestari', class: '8A', mentor_id: 'M1' }),
  student({ student_id: 'S02', name: 'Bagus Pratama', class: '8B', mentor_id: 'M1', pip: true }),
  student({ student_id: 'S03', name: 'Citra Dewi', class: '7A', mentor_id: 'M1', status: null }),
  student({ student_id: 'S04', name: 'Dimas Saputra', class: '9C', mentor_id: 'M1', consent: null }),
  // Eka: assigned five days before the month's end, no session yet: not overdue.
  student({ student_id: 'S05', name: 'Eka Putri', class: '9A', mentor_id: 'M2', mentor_since: '2026-11-25' }),
  student({ student_id: 'S06', name: 'Fajar Nugroho', class: '7B' }),
  student({ student_id: 'S07', name: 'Gita Rahma', class: '7C', consent: false }),
  student({
    student_id: 'S08',
    name: 'Hadi Wibowo',
    mentor_id: 'M1',
    status: 'dropped_out',
    status_date: '2026-11-05',
  }),
  student({ student_id: 'S09', name: 'Indah Sari', status: 'dropped_out', status_date: '2026-08-15' }),
  student({ student_id: 'S10', name: 'Joko Susilo', status: 'dropped_out', status_date: '2026-05-10' }),
  student({ student_id: 'S11', name: 'Kartika Ayu', mentor_id: 'M1', status: 'transferred' }),
  student({ student_id: 'S12', name: '<b>Ayu</b>', class: '8C', mentor_id: 'M2' }),
];

export const mentors: MentorRow[] = [
  mentor({ mentor_id: 'M1', name: 'Sari Wulandari', email: 'sari@example.sch.id' }),
  mentor({
    mentor_id: 'M2',
    name: 'Budi Santoso',
    email: ' budi@example.sch.id ',
    capacity: null,
    gender: 'L',
  }),
  mentor({ mentor_id: 'M3', name: 'Rina Marlina', active: false }),
];

export const sessions: SessionRow[] = [
  // Ayu (Tier 3, weekly): two attended this month and one missed; not overdue on the 30th.
  session({ date: '2026-11-03', student_id: 'S01' }),
  session({ date: '2026-11-24', student_id: 'S01', type: 'counselling' }),
  session({ date: '2026-11-20', student_id: 'S01', attended: false }),
  // Bagus: last attended 60 days before the month's end.
  session({ date: '2026-10-01', student_id: 'S02', type: 'home_visit' }),
  // Citra: seen 20 days before the month's end, but the check planned for 20 November has passed.
  session({ date: '2026-11-10', student_id: 'S03', type: 'group', next_check: '2026-11-20' }),
  // Dimas (no consent) and a dropped-out student: sessions of this month.
  session({ date: '2026-11-12', student_id: 'S04', type: 'family' }),
  session({ date: '2026-11-02', student_id: 'S08' }),
  // <b>Ayu</b>: a session with Budi this month.
  session({ date: '2026-11-25', student_id: 'S12', mentor_id: 'M2' }),
  // Dated after today: a typing error, ignored.
  session({ date: '2026-12-05', student_id: 'S05', mentor_id: 'M2' }),
];

const now = (tier: 1 | 2 | 3, score: number, reasons = ''): RiskNow => ({ tier, score, reasons });
const before = (tier: 1 | 2 | 3, score: number): RiskBefore => ({ tier, score });

export function input(lang: Lang = 'en', over: Partial<SummaryInput> = {}): SummaryInput {
  return {
    lang,
    school: 'SMP Negeri 3 Kupang',
    month: '2026-11',
    asOf: '2026-11-30',
    intervals: { 3: 7, 2: 30, other: 30 },
    students,
    risk: new Map([
      ['S01', now(3, 82, 'Attendance 78% (< 80%) · 3 unexcused absences (≥ 3)')],
      ['S02', now(2, 55, 'Term average 68 (< 75)')],
      ['S03', now(1, 10)],
      ['S04', now(3, 90, 'Attendance 70% (< 80%)')],
      ['S05', now(2, 48)],
      ['S06', now(3, 85, 'Attendance 75% (< 80%)')],
      ['S07', now(2, 50)],
      ['S12', now(1, 5)],
    ]),
    previousRisk: new Map([
      ['S01', before(2, 60)],
      ['S02', before(2, 52)],
      ['S03', before(2, 40)],
      ['S06', before(1, 20)],
      ['S07', before(2, 45)],
    ]),
    baselines: {
      now: { month: '2026-12', takenOn: '2026-12-01' },
      previous: { month: '2026-11', takenOn: '2026-11-01' },
    },
    sessions,
    needs: new Map([
      ['S01', { economicHardship: true }],
      ['S02', { economicHardship: true }],
      ['S03', { economicHardship: false }],
      ['S04', { economicHardship: true }],
    ]),
    mentors,
    reviewOpen: 2,
    attendanceTrend: [
      { month: '2026-04', rate: 0.9 },
      { month: '2026-05', rate: 0.91 },
      { month: '2026-06', rate: 0.93 },
      { month: '2026-07', rate: 0.96 },
      { month: '2026-08', rate: 0.95 },
      { month: '2026-09', rate: 0.94 },
      { month: '2026-10', rate: 0.925 },
      { month: '2026-11', rate: 0.9 },
      { month: '2026-12', rate: 0.5 },
    ],
    ...over,
  };
}
