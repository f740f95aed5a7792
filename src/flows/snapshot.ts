/**
 * Risk snapshots. Every active student's score, tier and reasons, computed from the tables with
 * the same core the Students sheet's custom functions use (never read from its computed cells,
 * which may show Loading… or an error), written to Risk history with the eight indicator values.
 * The monthly run's snapshot is the month's baseline: taken once, never replaced. One taken from
 * the menu is a separate record marked manual (a later manual one of the month replaces it).
 */
import { dayOf } from '../core/cells/dates';
import { isActive } from '../core/metrics/roster';
import { assessRisk } from '../core/risk/assess';
import { riskInputsByStudent } from '../core/risk/inputs';
import { type Assessment, RISK_INPUT_KEYS, type RiskInputs } from '../core/risk/model';
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
import type { Changes, Store } from './ports';

export interface StudentRisk {
  student: Student;
  inputs: RiskInputs;
  assessment: Assessment;
  reasons: string;
}

export type SnapshotKind = 'baseline' | 'manual';

/** A Risk history row of a monthly baseline: marked so, or blank (rows from before the mark). */
export function isBaseline(row: Pick<RiskHistoryRow, 'kind'>): boolean {
  return row.kind === null || row.kind === 'baseline';
}

/** True when Risk history holds the month's baseline. */
export function hasBaseline(store: Store, month: string): boolean {
  return store
    .read<RiskHistoryRow>('risk_history')
    .rows.some((r) => r.record.month === month && isBaseline(r.record));
}

/**
 * The day the Students sheet's indicators count back from: Settings' as_of_date when it holds a
 * day, else today. Computing risk as of this day gives what the sheet shows.
 */
export function sheetAsOf(store: Store, today: string): string {
  const settings = settingsMap(store.read<SettingRow>('settings').rows);
  return dayOf(settings.as_of_date ?? '', store.timeZone) || today;
}

/** Every active student's risk as of a day (ISO), from the tables. */
export function assessStudents(store: Store, asOf: string): StudentRisk[] {
  const settings = settingsMap(store.read<SettingRow>('settings').rows);
  const thresholds = thresholdsFrom(settingsPairs(settings), store.lang);
  const students = store
    .read<Student>('students')
    .rows.map((r) => r.record)
    .filter(isActive);
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
    const own = inputs.get(student.student_id)!;
    const assessment = assessRisk(own, thresholds);
    return { student, inputs: own, assessment, reasons: describeRisk(assessment, store.lang) };
  });
}

export interface SnapshotResult {
  month: string;
  kind: SnapshotKind;
  /** False when the month's baseline existed already and was kept as it was. */
  written: boolean;
  students: number;
  tiers: Record<1 | 2 | 3, number>;
}

/** The Risk history rows of a snapshot: tiered students only, with their indicator values. */
export function snapshotRows(
  risks: readonly StudentRisk[],
  month: string,
  kind: SnapshotKind,
  at: string,
): Changes[] {
  return risks
    .filter((r) => r.assessment.tier !== null)
    .map((r) => {
      const row: Changes = {
        month,
        student_id: r.student.student_id,
        score: r.assessment.score,
        tier: r.assessment.tier,
        reasons: r.reasons,
        kind,
        taken_at: at,
      };
      for (const key of RISK_INPUT_KEYS) row[key] = r.inputs[key];
      return row;
    });
}

/**
 * Takes a snapshot of `month` as of a day. A baseline is written only when the month has none;
 * a manual snapshot replaces the month's earlier manual rows and never touches its baseline.
 * @example takeSnapshot(store, { month: '2026-11', asOf: '2026-11-01', kind: 'baseline', at: '2026-11-01T00:00:00Z' })
 * // { month: '2026-11', kind: 'baseline', written: true, students: 287, tiers: { 1: 240, 2: 35, 3: 12 } }
 */
export function takeSnapshot(
  store: Store,
  opts: { month: string; asOf: string; kind: SnapshotKind; at: string },
): SnapshotResult {
  const { month, kind } = opts;
  const exists = kind === 'baseline' && hasBaseline(store, month);
  const rows = exists
    ? store
        .read<RiskHistoryRow>('risk_history')
        .rows.map((r) => r.record as unknown as Changes)
        .filter((r) => r.month === month && isBaseline(r as unknown as RiskHistoryRow) && r.tier !== null)
    : snapshotRows(assessStudents(store, opts.asOf), month, kind, opts.at);
  if (!exists)
    store.replaceWhere<RiskHistoryRow>(
      'risk_history',
      (row) => row.month === month && row.kind === kind,
      rows,
    );
  const tiers = { 1: 0, 2: 0, 3: 0 };
  for (const r of rows) tiers[r.tier as 1 | 2 | 3]++;
  return { month, kind, written: !exists, students: rows.length, tiers };
}
