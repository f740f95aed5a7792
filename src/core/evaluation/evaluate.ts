/**
 * The programme evaluation of one school year, from the workbook's own record: dropout, whether
 * the flags caught the leavers, what a threshold one step either way would have done, mentoring
 * reach and dose, and mentored students' attendance before and after their first session.
 */
import { readThresholds } from '../risk/thresholds';
import { settingsPairs } from '../settings/read';
import { attendanceSection } from './attendance';
import { baselinesOf } from './baselines';
import { dropoutSection } from './dropout';
import { flagSection } from './flags';
import { mentoringSection } from './mentoring';
import type { EvaluationInput, ProgrammeEvaluation } from './types';
import { whatIfSection } from './what-if';
import { schoolYear } from './year';

/**
 * Evaluates a school year up to `today` (a past year: to its end). Pure: the year, the day and
 * the language come in; nothing reads a clock.
 * @example evaluateSchoolYear({ year: 2025, today: '2026-11-28', lang: 'id', students, history,
 *   sessions, attendance, settings }).flags.recall1 // { value: 0.57, part: 4, n: 7 }
 */
export function evaluateSchoolYear(input: EvaluationInput): ProgrammeEvaluation {
  const year = schoolYear(input.year);
  // A past year is read to its end; the current one up to today.
  const through = [input.today, year.to].sort()[0]!;
  const baselines = baselinesOf(input.history);
  const { thresholds, unread } = readThresholds(settingsPairs(input.settings), input.lang);
  const flags = flagSection(year, input.students, baselines, through);
  return {
    schoolYear: year.label,
    from: year.from,
    to: year.to,
    through,
    dropout: dropoutSection(year.start, input.students, baselines, through, input.today),
    flags,
    whatIf: { ...whatIfSection(year, baselines, flags.leavers, thresholds, through), unreadSettings: unread },
    mentoring: mentoringSection(year, input.students, input.sessions, baselines, through),
    attendance: attendanceSection(year, input.sessions, input.attendance, through),
  };
}
