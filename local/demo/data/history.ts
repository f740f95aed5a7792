/**
 * Risk history as the monthly run would have written it: a baseline on the 1st of every month
 * from last July to the month before the demo's day, each student then at school assessed from
 * the records the workbook held that morning, with the add-on's own risk engine (src/core/risk),
 * the eight indicator values beside the tier. The month of the demo's day is left to the add-on.
 */
import { schoolYearOf } from '../../../src/core/evaluation/year';
import { assessRisk } from '../../../src/core/risk/assess';
import { riskInputsByStudent } from '../../../src/core/risk/inputs';
import { describeRisk } from '../../../src/core/risk/reasons';
import type {
  AssessmentRow,
  AttendanceRow,
  GradeRow,
  IncidentRow,
  RiskHistoryRow,
  Student,
} from '../../../src/core/schema/records';
import { termsGradedBy } from './calendar';

export interface SchoolRecords {
  students: readonly Student[];
  attendance: readonly AttendanceRow[];
  grades: readonly GradeRow[];
  incidents: readonly IncidentRow[];
  assessments: readonly AssessmentRow[];
}

/** When a student came to the school, and the school year their recorded grade belongs to. */
export interface Presence {
  from: string;
  year: number;
}

const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

const groupBy = <T extends { student_id: string }>(rows: readonly T[]) => {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.student_id);
    if (list) list.push(row);
    else out.set(row.student_id, [row]);
  }
  return out;
};

/** One month's baseline: the students at school on its first day, as the add-on assesses them. */
function baselineOf(
  records: SchoolRecords,
  by: {
    attendance: Map<string, AttendanceRow[]>;
    grades: Map<string, GradeRow[]>;
    assessments: Map<string, AssessmentRow[]>;
  },
  presence: ReadonlyMap<string, Presence>,
  month: string,
): RiskHistoryRow[] {
  const day = `${month}-01`;
  const year = schoolYearOf(day);
  const present = records.students.filter((s) => {
    const p = presence.get(s.student_id);
    return p !== undefined && p.from <= day && (s.status_date === null || s.status_date > day);
  });
  const graded = new Set(termsGradedBy(day));
  // Only the present students' rows, as the workbook held them that morning (the engine reads
  // the latest of each; passing fewer rows changes nothing but the time it takes).
  const rowsOf = <T>(map: Map<string, T[]>, keep: (row: T) => boolean) =>
    present.flatMap((s) => (map.get(s.student_id) ?? []).filter(keep));
  const inputs = riskInputsByStudent(
    {
      students: present.map((s) => ({
        student_id: s.student_id,
        grade: s.grade === null ? null : s.grade - (presence.get(s.student_id)!.year - year),
        birth_date: s.birth_date,
      })),
      attendance: rowsOf(by.attendance, (r) => r.month < month),
      grades: rowsOf(by.grades, (g) => graded.has(g.term)),
      incidents: records.incidents.filter((r) => r.date < day),
      assessments: rowsOf(by.assessments, (r) => r.date < day),
    },
    day,
  );
  const takenAt = new Date(`${day}T07:00:00+07:00`).toISOString();
  const rows: RiskHistoryRow[] = [];
  for (const s of present) {
    const values = inputs.get(s.student_id)!;
    const assessment = assessRisk(values);
    if (assessment.tier === null) continue;
    rows.push({
      month,
      student_id: s.student_id,
      score: assessment.score,
      tier: assessment.tier,
      reasons: describeRisk(assessment, 'id'),
      kind: 'baseline',
      taken_at: takenAt,
      ...values,
    });
  }
  return rows;
}

/**
 * The baselines of every month from `first` to `last` ('YYYY-MM'), oldest first.
 * @example baselineHistory(records, presence, '2025-07', '2026-10').length // 4,840 for the default school
 */
export function baselineHistory(
  records: SchoolRecords,
  presence: ReadonlyMap<string, Presence>,
  first: string,
  last: string,
): RiskHistoryRow[] {
  const by = {
    attendance: groupBy(records.attendance),
    grades: groupBy(records.grades),
    assessments: groupBy(records.assessments),
  };
  const rows: RiskHistoryRow[] = [];
  for (let month = first; month <= last; month = nextMonth(month))
    for (const row of baselineOf(records, by, presence, month)) rows.push(row);
  return rows;
}
