/**
 * The monthly risk snapshot: every active student's score, tier and reasons for the month,
 * computed from the tables exactly as the Students sheet's formulas compute them, written to
 * Risk history. Taken again in the same month, it replaces that month's rows.
 */
import { assessRisk } from '../core/risk/assess';
import { riskInputsByStudent } from '../core/risk/inputs';
import type { Assessment } from '../core/risk/model';
import { describeRisk } from '../core/risk/reasons';
import { thresholdsFrom } from '../core/risk/thresholds';
import type {
  AssessmentRow,
  AttendanceRow,
  GradeRow,
  IncidentRow,
  RiskHistoryRow,
  SettingRow,
  Student,
} from '../core/schema/records';
import { settingsMap, settingsPairs } from '../core/settings/read';
import type { Store } from './ports';

export interface StudentRisk {
  student: Student;
  assessment: Assessment;
  reasons: string;
}

/** Every active student's risk as of a day (ISO), from the tables. */
export function assessStudents(store: Store, asOf: string): StudentRisk[] {
  const settings = settingsMap(store.read<SettingRow>('settings').rows);
  const thresholds = thresholdsFrom(settingsPairs(settings), store.lang);
  const students = store
    .read<Student>('students')
    .rows.map((r) => r.record)
    .filter((s) => s.status === null || s.status === 'active');
  const rows = <T>(key: Parameters<Store['read']>[0]) => store.read<T>(key).rows.map((r) => r.record);
  const inputs = riskInputsByStudent(
    {
      students: students.map((s) => ({ student_id: s.student_id, grade: s.grade, birth_date: s.birth_date })),
      attendance: rows<AttendanceRow>('attendance'),
      grades: rows<GradeRow>('grades'),
      incidents: rows<IncidentRow>('incidents'),
      assessments: rows<AssessmentRow>('assessments'),
    },
    asOf,
    thresholds,
  );
  return students.map((student) => {
    const assessment = assessRisk(inputs.get(student.student_id)!, thresholds);
    return { student, assessment, reasons: describeRisk(assessment, store.lang) };
  });
}

/**
 * Writes the month's snapshot (replacing that month's rows) and returns what it wrote.
 * @example takeSnapshot(store, '2026-11-01') // { month: '2026-11', students: 287, tiers: { 1: 240, 2: 35, 3: 12 } }
 */
export function takeSnapshot(
  store: Store,
  asOf: string,
): { month: string; students: number; tiers: Record<1 | 2 | 3, number> } {
  const month = asOf.slice(0, 7);
  const risks = assessStudents(store, asOf).filter((r) => r.assessment.tier !== null);
  store.replaceWhere<RiskHistoryRow>(
    'risk_history',
    (row) => row.month === month,
    risks.map((r) => ({
      month,
      student_id: r.student.student_id,
      score: r.assessment.score,
      tier: r.assessment.tier,
      reasons: r.reasons,
    })),
  );
  const tiers = { 1: 0, 2: 0, 3: 0 };
  for (const r of risks) tiers[r.assessment.tier as 1 | 2 | 3]++;
  return { month, students: risks.length, tiers };
}
