import type { AttendanceRecord } from './attendance';
import { COUNT, dayRule, monthRule, NEEDS, POINTS, STUDENT_ID, TEXT, termRule } from './cells';
import { type CallContext, type Column, failCell, heightOf, readCell, readRequired } from './columns';
import type { GradeRecord } from './grades';
import type { IncidentRecord } from './incidents';
import type { AssessmentRecord } from './needs';

/** An indicator function's argument by name, as a column. */
export type ColumnOf = (name: string) => Column;

// Calls `read` for every row of another sheet's columns that has a student ID; rows without
// one (blank rows, a row half typed) are passed over unread.
function eachRow(columns: readonly Column[], ctx: CallContext, read: (i: number, id: string) => void): void {
  const height = heightOf(columns, ctx) ?? 1;
  const ids = columns[0]!;
  for (let i = 0; i < height; i++) {
    const id = readCell(ids, i, STUDENT_ID, ctx);
    if (id !== null) read(i, id);
  }
}

/**
 * Reads Attendance columns (att_ids, att_months, and school_days, sick, excused, unexcused where
 * the function takes them) as records; a month is required, and school days must cover S + I + A.
 * @example readAttendanceTable(col, ctx) // [{ student_id: '0012345', month: '2026-09', school_days: 20, … }]
 */
export function readAttendanceTable(col: ColumnOf, ctx: CallContext, withDays: boolean): AttendanceRecord[] {
  const [ids, months, unexcused] = [col('att_ids'), col('att_months'), col('unexcused')];
  const [days, sick, excused] = withDays ? [col('school_days'), col('sick'), col('excused')] : [];
  const counted = [days, sick, excused].filter((column): column is Column => column !== undefined);
  const month = monthRule(ctx.timeZone);
  const records: AttendanceRecord[] = [];
  eachRow([ids, months, ...counted, unexcused], ctx, (i, id) => {
    const record: AttendanceRecord = {
      student_id: id,
      month: readRequired(months, i, month, ctx),
      school_days: days ? readCell(days, i, COUNT, ctx) : null,
      sick: sick ? readCell(sick, i, COUNT, ctx) : null,
      excused: excused ? readCell(excused, i, COUNT, ctx) : null,
      unexcused: readCell(unexcused, i, COUNT, ctx),
    };
    const absent = (record.sick ?? 0) + (record.excused ?? 0) + (record.unexcused ?? 0);
    if (days && record.school_days !== null && record.school_days > 0 && absent > record.school_days) {
      failCell(days, i, 'must_cover_absences', ctx);
    }
    records.push(record);
  });
  return records;
}

/**
 * Reads Grades columns (gr_ids, terms, and averages or below_passing) as records; a term is required.
 * @example readGradeTable(col, ctx, 'averages') // [{ student_id: '0012345', term: '2026-1', average: 74, below_passing: null }]
 */
export function readGradeTable(
  col: ColumnOf,
  ctx: CallContext,
  field: 'averages' | 'below_passing',
): GradeRecord[] {
  const [ids, terms, values] = [col('gr_ids'), col('terms'), col(field)];
  const records: GradeRecord[] = [];
  const term = termRule(ctx.timeZone);
  eachRow([ids, terms, values], ctx, (i, id) => {
    const key = readRequired(terms, i, term, ctx);
    const value = readCell(values, i, field === 'averages' ? POINTS : COUNT, ctx);
    records.push({
      student_id: id,
      term: key,
      average: field === 'averages' ? value : null,
      below_passing: field === 'below_passing' ? value : null,
    });
  });
  return records;
}

/**
 * Reads Incidents columns (inc_dates, inc_ids, inc_kinds) as records; a date is required.
 * @example readIncidentTable(col, ctx) // [{ student_id: '0012345', date: '2026-09-20', kind: 'suspension' }]
 */
export function readIncidentTable(col: ColumnOf, ctx: CallContext): IncidentRecord[] {
  const [ids, dates, kinds] = [col('inc_ids'), col('inc_dates'), col('inc_kinds')];
  const records: IncidentRecord[] = [];
  const day = dayRule(ctx.timeZone);
  eachRow([ids, dates, kinds], ctx, (i, id) => {
    const date = readRequired(dates, i, day, ctx);
    records.push({ student_id: id, date, kind: readCell(kinds, i, TEXT, ctx) ?? '' });
  });
  return records;
}

/**
 * Reads Assessments columns (asm_ids, asm_dates and the three need domains, 0–3) as records; a date is required.
 * @example readAssessmentTable(col, ctx) // [{ student_id: '0012345', date: '2026-08-01', social_pressure: 2, … }]
 */
export function readAssessmentTable(col: ColumnOf, ctx: CallContext): AssessmentRecord[] {
  const [ids, dates] = [col('asm_ids'), col('asm_dates')];
  const [social, economic, home] = [
    col('social_pressure'),
    col('economic_hardship'),
    col('low_home_support'),
  ];
  const day = dayRule(ctx.timeZone);
  const records: AssessmentRecord[] = [];
  eachRow([ids, dates, social, economic, home], ctx, (i, id) => {
    records.push({
      student_id: id,
      date: readRequired(dates, i, day, ctx),
      social_pressure: readCell(social, i, NEEDS, ctx),
      economic_hardship: readCell(economic, i, NEEDS, ctx),
      low_home_support: readCell(home, i, NEEDS, ctx),
    });
  });
  return records;
}
