import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/messages';
import { type CellRule, showValue } from './cells';
import { RiskArgumentError } from './errors';
import { RISK_MESSAGES, type RiskMessageKey, type RiskProblem } from './messages';

/** Who is reading arguments: the custom function's name for errors, the language, the time zone of dates. */
export interface CallContext {
  fn: string;
  lang: Lang;
  timeZone?: string;
}

/**
 * One argument of a custom function as a column: a range's first cells, or a single value
 * that stands for every row (`single`).
 */
export interface Column {
  name: string;
  single: boolean;
  cells: readonly unknown[];
}

/**
 * Throws a RiskArgumentError with a localised message.
 * @example fail({ fn: 'RISK_TIER', lang: 'en' }, 'bad_argument', { arg: 'as_of', problem: '…' })
 */
export function fail(ctx: CallContext, key: RiskMessageKey, params: Record<string, string | number>): never {
  throw new RiskArgumentError(translator(RISK_MESSAGES, ctx.lang)(key, { fn: ctx.fn, ...params }));
}

/**
 * Takes an argument as Sheets passes it (one value, or a 2-D array for a range) as a column;
 * a range wider than one column is an error.
 * @example toColumn([['a'], ['b']], 'ids', ctx) // { name: 'ids', single: false, cells: ['a', 'b'] }
 */
export function toColumn(raw: unknown, name: string, ctx: CallContext): Column {
  if (!Array.isArray(raw)) return { name, single: true, cells: [raw] };
  const cells: unknown[] = [];
  let cols = 1;
  for (const row of raw) {
    if (Array.isArray(row)) cols = Math.max(cols, row.length);
    cells.push(Array.isArray(row) ? row[0] : row);
  }
  if (cols > 1) fail(ctx, 'not_one_column', { arg: name, cols });
  return { name, single: false, cells };
}

/**
 * The common height of the ranges among the columns, or null when every one is a single value;
 * ranges of different heights are an error that names both.
 * @example heightOf([toColumn([[1], [2]], 'a', ctx), toColumn(5, 'b', ctx)], ctx) // 2
 */
export function heightOf(columns: readonly Column[], ctx: CallContext): number | null {
  let first: Column | undefined;
  for (const column of columns) {
    if (column.single) continue;
    if (!first) first = column;
    else if (column.cells.length !== first.cells.length) {
      fail(ctx, 'height_mismatch', {
        arg: column.name,
        rows: column.cells.length,
        other: first.name,
        otherRows: first.cells.length,
      });
    }
  }
  return first ? first.cells.length : null;
}

/**
 * The raw cell of a column at a 0-based row; a single value is the same on every row.
 * @example cellAt(toColumn(5, 'incidents', ctx), 99) // 5
 */
export function cellAt(column: Column, index: number): unknown {
  return column.single ? column.cells[0] : column.cells[index];
}

/**
 * Throws the error for one cell: the function, the argument, what was expected, the 1-based row
 * within the range (none for a single value) and the value.
 * @example failCell(toColumn([['abc']], 'attendance', ctx), 0, 'must_be_rate', ctx)
 * // throws "RISK_SCORE: attendance must be a number between 0 and 1 (row 1: 'abc')"
 */
export function failCell(column: Column, index: number, problem: RiskProblem, ctx: CallContext): never {
  const params = {
    arg: column.name,
    problem: translator(RISK_MESSAGES, ctx.lang)(problem),
    value: showValue(cellAt(column, index)),
  };
  return column.single
    ? fail(ctx, 'bad_value', params)
    : fail(ctx, 'bad_value_row', { ...params, row: index + 1 });
}

/**
 * Reads a column's cell with a rule: the value, or null when blank; a cell that does not fit
 * throws (see failCell).
 * @example readCell(toColumn([[0.86]], 'attendance', ctx), 0, RATE, ctx) // 0.86
 */
export function readCell<T>(column: Column, index: number, rule: CellRule<T>, ctx: CallContext): T | null {
  const value = rule.read(cellAt(column, index));
  return value === undefined ? failCell(column, index, rule.problem, ctx) : value;
}

/**
 * Reads a cell that must not be blank.
 * @example readRequired(toColumn([['']], 'att_months', ctx), 0, monthRule(), ctx)
 * // throws "STUDENT_ATTENDANCE: att_months is required (row 1: '')"
 */
export function readRequired<T>(column: Column, index: number, rule: CellRule<T>, ctx: CallContext): T {
  const value = readCell(column, index, rule, ctx);
  return value === null ? failCell(column, index, 'is_required', ctx) : value;
}

/**
 * Reads an argument that must be one value (a date to count from, a weight); a 1×1 range is
 * taken as its value.
 * @example readSingle('2026-09-30', 'as_of', dayRule(), ctx) // '2026-09-30'
 */
export function readSingle<T>(raw: unknown, name: string, rule: CellRule<T>, ctx: CallContext): T | null {
  const column = toColumn(raw, name, ctx);
  if (!column.single && column.cells.length !== 1) {
    fail(ctx, 'bad_argument', { arg: name, problem: translator(RISK_MESSAGES, ctx.lang)('must_be_single') });
  }
  return readCell({ ...column, single: true }, 0, rule, ctx);
}

/**
 * The output of an indicator or risk function: one value for a single input, else a column
 * (n×1); Sheets cannot show an empty array, so no rows gives a blank.
 * @example columnResult(false, [1, '']) // [[1], ['']]
 */
export function columnResult(single: boolean, values: readonly unknown[]): unknown {
  if (single) return values[0] ?? '';
  return values.length > 0 ? values.map((value) => [value]) : '';
}
