/**
 * Maps a table's rows by column key into records, reporting each cell it cannot read
 * precisely (sheet, row, column, value, why) without stopping the other rows.
 */
import { dayOf, isDate } from '../cells/dates';
import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/messages';
import { columnLabel, valueLabel, valueSet } from './labels';
import type { ColumnMap } from './locate';
import { SCHEMA_MESSAGES, type SchemaMessageKey } from './messages';
import { parseCell, type Value } from './parse';
import type { ColumnDef, SheetDef, SheetKey } from './types';

/** A table as read from its sheet, before parsing. */
export interface RawTable {
  sheet: SheetKey;
  /** The sheet's name as the workbook shows it. */
  name: string;
  header: unknown[];
  rows: unknown[][];
  columns: ColumnMap;
  /** The sheet row (1-based) of rows[0]. */
  firstRow: number;
}

export interface CellProblem {
  sheet: string;
  row: number;
  column: string;
  value: unknown;
  /** The whole report line in the workbook's language. */
  message: string;
}

export interface ReadRow<T> {
  /** The sheet row (1-based). */
  row: number;
  record: T;
}

export interface ReadContext {
  lang: Lang;
  timeZone?: string;
}

/** A cell's value as the person sees it in their sheet. */
function show(value: unknown, lang: Lang, timeZone?: string): string {
  if (value === '' || value === null || value === undefined) return SCHEMA_MESSAGES[lang].blank;
  if (isDate(value)) return `'${dayOf(value, timeZone) ?? String(value)}'`;
  // Indonesian spreadsheets show a decimal comma.
  if (typeof value === 'number' && lang === 'id') return `'${String(value).replace('.', ',')}'`;
  return `'${String(value)}'`;
}

/** The report line for one cell that could not be read. */
export function describeProblem(
  sheet: SheetDef,
  name: string,
  column: ColumnDef,
  row: number,
  value: unknown,
  problem: SchemaMessageKey,
  params: Record<string, string | number> | undefined,
  lang: Lang,
  timeZone?: string,
): string {
  const t = translator(SCHEMA_MESSAGES, lang);
  const shown =
    problem === 'not_in_list' && column.values
      ? { values: column.values.map((code) => valueLabel(valueSet(column), code, lang)).join(', ') }
      : params;
  return t('row_problem', {
    sheet: name,
    row,
    column: columnLabel(sheet.key, column.key, lang),
    value: show(value, lang, timeZone),
    problem: t(problem, shown),
  });
}

/**
 * Reads every row that has a value in any of the table's columns. A cell that cannot be read
 * becomes a problem; its row is still taken (with that field null) unless the column is
 * required. Computed columns (formula results) are read without reporting.
 * @example readTable(sheetDef('grades'), raw, { lang: 'id' }) // { rows: [{ row: 2, record: { student_id: '0012', … } }], problems: [] }
 */
export function readTable<T>(
  def: SheetDef,
  raw: RawTable,
  ctx: ReadContext,
): { rows: ReadRow<T>[]; problems: CellProblem[] } {
  const rows: ReadRow<T>[] = [];
  const problems: CellProblem[] = [];
  const present = def.columns.filter((c) => raw.columns[c.key] !== undefined);
  raw.rows.forEach((cells, i) => {
    const row = raw.firstRow + i;
    const inputs = present.filter((c) => !c.computed);
    if (
      inputs.every((c) => {
        const v = cells[raw.columns[c.key]!];
        return v === '' || v === null || v === undefined;
      })
    )
      return;
    const record: Record<string, Value> = {};
    let usable = true;
    for (const column of def.columns) {
      const index = raw.columns[column.key];
      if (index === undefined) {
        record[column.key] = null;
        continue;
      }
      const value = cells[index];
      const parsed = parseCell(column, value, ctx.timeZone);
      if (parsed.ok) {
        record[column.key] = parsed.value;
        continue;
      }
      record[column.key] = null;
      if (column.computed) continue;
      if (column.required) usable = false;
      problems.push({
        sheet: raw.name,
        row,
        column: columnLabel(def.key, column.key, ctx.lang),
        value,
        message: describeProblem(
          def,
          raw.name,
          column,
          row,
          value,
          parsed.problem,
          parsed.params,
          ctx.lang,
          ctx.timeZone,
        ),
      });
    }
    if (usable) rows.push({ row, record: record as T });
  });
  return { rows, problems };
}
