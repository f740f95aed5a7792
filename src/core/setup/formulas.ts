/**
 * The formulas Setup writes into the Students sheet's computed columns: one per column, in
 * row 2, over whole columns, so that each spills one value per student.
 */
import { RISK_INPUT_KEYS } from '../risk/model';
import type { ColumnMap } from '../schema/locate';
import type { SheetKey } from '../schema/types';

/** A table as Setup found it: its sheet's name and its columns. */
export interface Located {
  name: string;
  columns: ColumnMap;
}

/** 0 → 'A', 25 → 'Z', 26 → 'AA'. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A sheet name as a formula must quote it. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * The formula of every computed Students column, or null where a sheet or column it needs is
 * missing. `settingRow` gives the Settings sheet row (1-based) of a key.
 * @example studentFormulas(tables, { as_of_date: 5, incidents_high: 12 }).risk_tier
 * // "=RISK_TIER(O2:O, P2:P, Q2:Q, R2:R, S2:S, T2:T, U2:U, V2:V, 'Pengaturan'!A2:B)"
 */
export function studentFormulas(
  tables: Partial<Record<SheetKey, Located>>,
  settingRow: Readonly<Record<string, number>>,
): Record<string, string | null> {
  const col = (sheet: SheetKey, key: string): string | null => {
    const table = tables[sheet];
    const index = table?.columns[key];
    if (!table || index === undefined) return null;
    const letter = columnLetter(index);
    return sheet === 'students' ? `${letter}2:${letter}` : `${quoteSheet(table.name)}!${letter}2:${letter}`;
  };
  const settingCell = (key: string): string | null => {
    const settings = tables.settings;
    const value = settings?.columns.value;
    const row = settingRow[key];
    return settings && value !== undefined && row
      ? `${quoteSheet(settings.name)}!$${columnLetter(value)}$${row}`
      : null;
  };
  const settingsRange = (): string | null => {
    const s = tables.settings;
    const k = s?.columns.key;
    const v = s?.columns.value;
    if (!s || k === undefined || v === undefined || v !== k + 1) return null;
    return `${quoteSheet(s.name)}!${columnLetter(k)}2:${columnLetter(v)}`;
  };
  const call = (fn: string, args: Array<string | null>): string | null =>
    args.every((a) => a !== null) ? `=${fn}(${args.join(', ')})` : null;

  const id = col('students', 'student_id');
  const risk = RISK_INPUT_KEYS.map((k) => col('students', k));
  const riskArgs = [...risk, settingsRange()];
  return {
    attendance: call('STUDENT_ATTENDANCE', [
      id,
      ...['student_id', 'month', 'school_days', 'sick', 'excused', 'unexcused'].map((k) =>
        col('attendance', k),
      ),
    ]),
    unexcused: call('STUDENT_UNEXCUSED', [
      id,
      ...['student_id', 'month', 'unexcused'].map((k) => col('attendance', k)),
    ]),
    incidents: call('STUDENT_INCIDENTS', [
      id,
      ...['date', 'student_id', 'kind'].map((k) => col('incidents', k)),
      settingCell('as_of_date'),
      settingCell('incidents_high'),
    ]),
    below_passing: call('STUDENT_BELOW_PASSING', [
      id,
      ...['student_id', 'term', 'below_passing'].map((k) => col('grades', k)),
    ]),
    average: call('STUDENT_AVERAGE', [
      id,
      ...['student_id', 'term', 'average'].map((k) => col('grades', k)),
      '0',
    ]),
    previous_average: call('STUDENT_AVERAGE', [
      id,
      ...['student_id', 'term', 'average'].map((k) => col('grades', k)),
      '1',
    ]),
    overage: call('STUDENT_OVERAGE', [
      col('students', 'grade'),
      col('students', 'birth_date'),
      settingCell('as_of_date'),
    ]),
    needs: call('STUDENT_NEEDS', [
      id,
      ...['student_id', 'date', 'social_pressure', 'economic_hardship', 'low_home_support'].map((k) =>
        col('assessments', k),
      ),
    ]),
    risk_score: call('RISK_SCORE', riskArgs),
    risk_tier: call('RISK_TIER', riskArgs),
    risk_reasons: call('RISK_REASONS', riskArgs),
  };
}
