/**
 * A small school year 2025/2026, read on 30 June 2026, small enough to compute by hand. Monthly
 * baselines run from July 2025 to June 2026.
 *
 *   S1 Ani    grade 7, active, Tier 1 every month; a session last school year (June 2025)
 *   S2 Budi   grade 8, dropped out 10 March 2026; Tier 1 Jul–Nov, 2 Dec–Jan, 3 Feb–Mar; mentor M2
 *             (no "mentor since"), sessions from 8 January, a home visit and a family session
 *   S3 Citra  grade 7, dropped out 20 July 2025, in the first month: only July's baseline
 *   S4 Dedi   grade 9, dropped out 12 November 2025; Tier 1 Jul, 2 Aug, 1 Sep–Nov
 *   S5 Eka    grade 8, transferred 1 October 2025; Tier 1 Jul, 2 Aug–Sep
 *   S6 Fajar  grade 9, active, Tier 1 Jul–Aug, 2 Sep–Jun; mentor M1 since 15 September 2025
 *   S7 Gani   grade 8, dropped out 20 April 2026, never in a baseline (no snapshot at all)
 */
import type { EvaluatedSession, EvaluatedStudent, EvaluationInput } from '../../../src/core/evaluation/types';
import { schoolYear } from '../../../src/core/evaluation/year';
import type { AttendanceRow, RiskHistoryRow } from '../../../src/core/schema/records';

export const TODAY = '2026-06-30';
export const YEAR = schoolYear(2025);

export function student(over: Partial<EvaluatedStudent> & { student_id: string }): EvaluatedStudent {
  return {
    name: `Siswa ${over.student_id}`,
    class: '7A',
    grade: 7,
    status: 'active',
    status_date: null,
    mentor_id: null,
    mentor_since: null,
    ...over,
  };
}

export function baseline(
  student_id: string,
  month: string,
  tier: number | null,
  over: Partial<RiskHistoryRow> = {},
): RiskHistoryRow {
  return {
    month,
    student_id,
    score: tier === null ? null : (tier - 1) * 34,
    tier,
    reasons: tier === 1 ? 'Tidak ada tanda risiko' : `Tingkat ${tier}`,
    kind: 'baseline',
    taken_at: `${month}-01T00:30:00.000Z`,
    attendance: null,
    unexcused: null,
    incidents: null,
    below_passing: null,
    average: null,
    previous_average: null,
    overage: null,
    needs: null,
    ...over,
  };
}

/** One baseline a month from `from` to `to` (inclusive), the tier given per month. */
export function baselines(student_id: string, tiers: Record<string, number>): RiskHistoryRow[] {
  return Object.entries(tiers).map(([month, tier]) => baseline(student_id, month, tier));
}

const months = (from: string, to: string, tier: number) =>
  Object.fromEntries(YEAR.months.filter((m) => m >= from && m <= to).map((m) => [m, tier]));

export function session(
  student_id: string,
  date: string,
  over: Partial<EvaluatedSession> = {},
): EvaluatedSession {
  return { date, student_id, type: 'individual', attended: true, ...over };
}

export function recap(student_id: string, month: string, school_days: number, absent: number): AttendanceRow {
  return { student_id, month, school_days, sick: absent, excused: null, unexcused: null };
}

export const STUDENTS: EvaluatedStudent[] = [
  student({ student_id: 'S1', name: 'Ani', grade: 7 }),
  student({
    student_id: 'S2',
    name: 'Budi',
    class: '8B',
    grade: 8,
    status: 'dropped_out',
    status_date: '2026-03-10',
    mentor_id: 'M2',
  }),
  student({ student_id: 'S3', name: 'Citra', grade: 7, status: 'dropped_out', status_date: '2025-07-20' }),
  student({
    student_id: 'S4',
    name: 'Dedi',
    class: '9A',
    grade: 9,
    status: 'dropped_out',
    status_date: '2025-11-12',
  }),
  student({
    student_id: 'S5',
    name: 'Eka',
    class: '8A',
    grade: 8,
    status: 'transferred',
    status_date: '2025-10-01',
  }),
  student({
    student_id: 'S6',
    name: 'Fajar',
    class: '9C',
    grade: 9,
    mentor_id: 'M1',
    mentor_since: '2025-09-15',
  }),
  student({
    student_id: 'S7',
    name: 'Gani',
    class: '8C',
    grade: 8,
    status: 'dropped_out',
    status_date: '2026-04-20',
  }),
];

export const HISTORY: RiskHistoryRow[] = [
  ...baselines('S1', months('2025-07', '2026-06', 1)),
  ...baselines('S2', {
    ...months('2025-07', '2025-11', 1),
    ...months('2025-12', '2026-01', 2),
    ...months('2026-02', '2026-03', 3),
  }),
  ...baselines('S3', { '2025-07': 1 }),
  ...baselines('S4', { '2025-07': 1, '2025-08': 2, '2025-09': 1, '2025-10': 1, '2025-11': 1 }),
  ...baselines('S5', { '2025-07': 1, '2025-08': 2, '2025-09': 2 }),
  ...baselines('S6', { ...months('2025-07', '2025-08', 1), ...months('2025-09', '2026-06', 2) }),
].map((row) =>
  row.student_id === 'S4' && row.month === '2025-10' ? { ...row, reasons: 'Kehadiran 93% (< 95%)' } : row,
);

export const SESSIONS: EvaluatedSession[] = [
  session('S1', '2025-06-10'),
  session('S6', '2025-09-20'),
  session('S6', '2025-10-15'),
  session('S6', '2025-12-05', { type: 'counselling' }),
  session('S6', '2026-02-11', { type: 'group' }),
  session('S2', '2026-01-08'),
  session('S2', '2026-02-03', { type: 'home_visit' }),
  session('S2', '2026-02-10'),
  session('S2', '2026-02-17', { attended: false }),
  session('S2', '2026-02-24', { type: 'family' }),
];

export const ATTENDANCE: AttendanceRow[] = [
  recap('S6', '2025-07', 20, 2), // 0.9
  recap('S6', '2025-08', 20, 4), // 0.8
  recap('S6', '2025-10', 20, 1), // 0.95
  recap('S6', '2025-11', 20, 0), // 1
  recap('S2', '2025-11', 20, 2), // 0.9
  recap('S2', '2026-02', 20, 10), // 0.5
  recap('S2', '2026-03', 6, 3), // 0.5
];

export function input(over: Partial<EvaluationInput> = {}): EvaluationInput {
  return {
    year: 2025,
    today: TODAY,
    lang: 'id',
    students: STUDENTS,
    history: HISTORY,
    sessions: SESSIONS,
    attendance: ATTENDANCE,
    settings: {},
    ...over,
  };
}

/**
 * The year before (2024/2025), for comparisons: its first baseline in September 2024 holds P1–P4;
 * P4 dropped out in August before it, P1 in October, P2 in March; P3 moved to another school in March.
 */
export const LAST_YEAR_HISTORY: RiskHistoryRow[] = [
  baseline('P1', '2024-09', 1),
  baseline('P2', '2024-09', 1),
  baseline('P3', '2024-09', 2),
  baseline('P4', '2024-09', 1),
];
export const LAST_YEAR_STUDENTS: EvaluatedStudent[] = [
  student({ student_id: 'P1', grade: 8, status: 'dropped_out', status_date: '2024-10-03' }),
  student({ student_id: 'P2', grade: 9, status: 'dropped_out', status_date: '2025-03-01' }),
  student({ student_id: 'P3', grade: 9, status: 'transferred', status_date: '2025-03-20' }),
  student({ student_id: 'P4', grade: 7, status: 'dropped_out', status_date: '2024-08-20' }),
];

/** The fixture school with the year before on record. */
export const withLastYear = (over: Partial<EvaluationInput> = {}) =>
  input({
    students: [...STUDENTS, ...LAST_YEAR_STUDENTS],
    history: [...HISTORY, ...LAST_YEAR_HISTORY],
    ...over,
  });
