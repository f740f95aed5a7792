/**
 * "Programme evaluation": reads each table it needs once and evaluates a school year. Only the
 * fields the evaluation uses are kept from each row as it is read: session notes, topics and
 * follow-ups (and the other students' fields) never reach the evaluation or its sheet.
 */
import { evaluateSchoolYear } from '../core/evaluation/evaluate';
import type { EvaluatedSession, EvaluatedStudent, ProgrammeEvaluation } from '../core/evaluation/types';
import { schoolYearOf } from '../core/evaluation/year';
import type { AttendanceRow, RiskHistoryRow, SessionRow, SettingRow, Student } from '../core/schema/records';
import { settingsMap } from '../core/settings/read';
import type { Store } from './ports';

const studentOf = (s: Student): EvaluatedStudent => ({
  student_id: s.student_id,
  name: s.name,
  class: s.class,
  grade: s.grade,
  status: s.status,
  status_date: s.status_date,
  mentor_id: s.mentor_id,
  mentor_since: s.mentor_since,
});

const sessionOf = (s: SessionRow): EvaluatedSession => ({
  date: s.date,
  student_id: s.student_id,
  type: s.type,
  attended: s.attended,
});

/**
 * The evaluation of a school year (by its start year; default: the one `today` is in) up to today.
 * @example evaluateProgrammeIn(store, { today: '2026-11-28' }).schoolYear // '2026/2027'
 */
export function evaluateProgrammeIn(
  store: Store,
  options: { today: string; year?: number | null },
): ProgrammeEvaluation {
  const records = <T>(key: Parameters<Store['read']>[0]) => store.read<T>(key).rows.map((r) => r.record);
  return evaluateSchoolYear({
    year: options.year ?? schoolYearOf(options.today),
    today: options.today,
    lang: store.lang,
    students: records<Student>('students').map(studentOf),
    history: records<RiskHistoryRow>('risk_history'),
    sessions: records<SessionRow>('sessions').map(sessionOf),
    attendance: records<AttendanceRow>('attendance'),
    settings: settingsMap(store.read<SettingRow>('settings').rows),
  });
}
