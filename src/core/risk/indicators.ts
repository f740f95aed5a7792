import type { Lang } from '../i18n/lang';
import { attendanceRates, unexcusedCounts } from './attendance';
import { type CellRule, COUNT, dayRule, GRADE, STUDENT_ID } from './cells';
import {
  type CallContext,
  type Column,
  columnResult,
  fail,
  heightOf,
  readCell,
  readSingle,
  toColumn,
} from './columns';
import { belowPassingCounts, termAverages } from './grades';
import { incidentCounts } from './incidents';
import { RISK_MESSAGES } from './messages';
import { needCounts } from './needs';
import { overageYears } from './overage';
import { readAssessmentTable, readAttendanceTable, readGradeTable, readIncidentTable } from './tables';
import { DEFAULT_THRESHOLDS } from './thresholds';

/** The indicator helpers' arguments, in order: the Students sheet's columns, then another sheet's. */
export const INDICATOR_ARGUMENTS = {
  STUDENT_ATTENDANCE: ['ids', 'att_ids', 'att_months', 'school_days', 'sick', 'excused', 'unexcused'],
  STUDENT_UNEXCUSED: ['ids', 'att_ids', 'att_months', 'unexcused'],
  STUDENT_INCIDENTS: ['ids', 'inc_dates', 'inc_ids', 'inc_kinds', 'as_of', 'incidents_high'],
  STUDENT_BELOW_PASSING: ['ids', 'gr_ids', 'terms', 'below_passing'],
  STUDENT_AVERAGE: ['ids', 'gr_ids', 'terms', 'averages', 'terms_back'],
  STUDENT_OVERAGE: ['grades', 'birth_dates', 'as_of'],
  STUDENT_NEEDS: ['ids', 'asm_ids', 'asm_dates', 'social_pressure', 'economic_hardship', 'low_home_support'],
} as const;

export type IndicatorFunction = keyof typeof INDICATOR_ARGUMENTS;

/** The language of errors, and the spreadsheet's time zone to read date cells in. */
export interface IndicatorContext {
  lang: Lang;
  timeZone?: string;
}

// One value per student ID: the map's value, `missing` where the map has none, blank where the
// ID cell is blank.
function perStudent(
  ids: Column,
  ctx: CallContext,
  values: Map<string, number>,
  missing: number | '' = '',
): unknown {
  const out: unknown[] = [];
  for (let i = 0; i < (heightOf([ids], ctx) ?? 1); i++) {
    const id = readCell(ids, i, STUDENT_ID, ctx);
    out.push(id === null ? '' : (values.get(id) ?? missing));
  }
  return columnResult(ids.single, out);
}

function requiredSingle<T>(raw: unknown, name: string, rule: CellRule<T>, ctx: CallContext): T {
  const value = readSingle(raw, name, rule, ctx);
  if (value !== null) return value;
  return fail(ctx, 'bad_argument', { arg: name, problem: RISK_MESSAGES[ctx.lang].is_required });
}

function overageColumn(col: (name: string) => Column, asOfRaw: unknown, ctx: CallContext): unknown {
  const asOf = requiredSingle(asOfRaw, 'as_of', dayRule(ctx.timeZone), ctx);
  const [grades, births] = [col('grades'), col('birth_dates')];
  const out: unknown[] = [];
  for (let i = 0; i < (heightOf([grades, births], ctx) ?? 1); i++) {
    const grade = readCell(grades, i, GRADE, ctx);
    const birth = readCell(births, i, dayRule(ctx.timeZone), ctx);
    out.push(grade === null || birth === null ? '' : overageYears(grade, birth, asOf));
  }
  return columnResult(grades.single && births.single, out);
}

/**
 * The body of the indicator custom functions, which join another sheet to the Students sheet by
 * student_id (trimmed text: '0012345' ≠ '12345'): one value per student ID, blank where there
 * is no data. Each is a thin adapter that reads the columns into records and calls the
 * record-level function the monthly snapshot uses too (attendanceRates, incidentCounts …).
 * STUDENT_INCIDENTS gives 0, not blank, for a student without incidents: the log lists events.
 * @example indicatorColumn('STUDENT_UNEXCUSED', [[['0012'], ['0013']], [['0012']], [['2026-09']], [[2]]], { lang: 'en' })
 * // [[2], ['']]
 */
export function indicatorColumn(
  fn: IndicatorFunction,
  args: readonly unknown[],
  context: IndicatorContext,
): unknown {
  const ctx: CallContext = { fn, lang: context.lang, timeZone: context.timeZone };
  const names: readonly string[] = INDICATOR_ARGUMENTS[fn];
  if (args.length > names.length) fail(ctx, 'too_many_arguments', { max: names.length, count: args.length });
  const arg = (name: string) => args[names.indexOf(name)];
  const col = (name: string) => toColumn(arg(name), name, ctx);
  switch (fn) {
    case 'STUDENT_ATTENDANCE':
      return perStudent(col('ids'), ctx, attendanceRates(readAttendanceTable(col, ctx, true)));
    case 'STUDENT_UNEXCUSED':
      return perStudent(col('ids'), ctx, unexcusedCounts(readAttendanceTable(col, ctx, false)));
    case 'STUDENT_INCIDENTS': {
      const asOf = requiredSingle(arg('as_of'), 'as_of', dayRule(ctx.timeZone), ctx);
      const high =
        readSingle(arg('incidents_high'), 'incidents_high', COUNT, ctx) ?? DEFAULT_THRESHOLDS.incidents_high;
      return perStudent(col('ids'), ctx, incidentCounts(readIncidentTable(col, ctx), asOf, high), 0);
    }
    case 'STUDENT_BELOW_PASSING':
      return perStudent(col('ids'), ctx, belowPassingCounts(readGradeTable(col, ctx, 'below_passing')));
    case 'STUDENT_AVERAGE': {
      const back = readSingle(arg('terms_back'), 'terms_back', COUNT, ctx) ?? 0;
      return perStudent(col('ids'), ctx, termAverages(readGradeTable(col, ctx, 'averages'), back));
    }
    case 'STUDENT_OVERAGE':
      return overageColumn(col, arg('as_of'), ctx);
    case 'STUDENT_NEEDS':
      return perStudent(col('ids'), ctx, needCounts(readAssessmentTable(col, ctx)));
  }
}
