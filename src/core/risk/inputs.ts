import { type AttendanceRecord, attendanceRates, unexcusedCounts } from './attendance';
import { belowPassingCounts, type GradeRecord, termAverages } from './grades';
import { type IncidentRecord, incidentCounts } from './incidents';
import type { RiskInputs } from './model';
import { type AssessmentRecord, needCounts } from './needs';
import { overageByStudent, type StudentAgeRecord } from './overage';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds';

/** The tables the indicators are computed from, as records (dates and months as ISO text). */
export interface RiskTables {
  students: readonly StudentAgeRecord[];
  attendance: readonly AttendanceRecord[];
  grades: readonly GradeRecord[];
  incidents: readonly IncidentRecord[];
  assessments: readonly AssessmentRecord[];
}

/**
 * Every student's risk inputs computed from the tables, as the indicator custom functions
 * compute the Students sheet's columns: for a flow (the monthly snapshot) that has no formulas.
 * @example riskInputsByStudent(tables, '2026-10-01').get('0012345')
 * // { attendance: 0.85, unexcused: 2, incidents: 0, below_passing: 1, average: 74, previous_average: 80, overage: 0, needs: 1 }
 */
export function riskInputsByStudent(
  tables: RiskTables,
  asOf: string,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): Map<string, RiskInputs> {
  const attendance = attendanceRates(tables.attendance);
  const unexcused = unexcusedCounts(tables.attendance);
  const incidents = incidentCounts(tables.incidents, asOf, thresholds.incidents_high);
  const belowPassing = belowPassingCounts(tables.grades);
  const average = termAverages(tables.grades, 0);
  const previousAverage = termAverages(tables.grades, 1);
  const overage = overageByStudent(tables.students, asOf);
  const needs = needCounts(tables.assessments);
  const inputs = new Map<string, RiskInputs>();
  for (const { student_id: id } of tables.students) {
    inputs.set(id, {
      attendance: attendance.get(id) ?? null,
      unexcused: unexcused.get(id) ?? null,
      incidents: incidents.get(id) ?? 0,
      below_passing: belowPassing.get(id) ?? null,
      average: average.get(id) ?? null,
      previous_average: previousAverage.get(id) ?? null,
      overage: overage.get(id) ?? null,
      needs: needs.get(id) ?? null,
    });
  }
  return inputs;
}
