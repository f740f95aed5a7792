/**
 * Recalculates every formula in the workbook, in dependency order. A formula that may return an
 * array (a custom function, a bare range) is assumed to fill its column from its own row down, so
 * a formula reading that column waits for it; a formula that reads itself, directly or around a
 * loop, gets Sheets' circular-dependency error. Array results spill, or give #REF! when blocked.
 */
import { formatA1 } from '../a1';
import type { Cell } from '../model/cell';
import { hasContent, isDate } from '../model/cell';
import type { SheetData } from '../model/sheet-data';
import { builtins } from './builtins';
import type { Matrix, Scalar } from './coerce';
import { FormulaError } from './coerce';
import type { EvalHost, RangeValue } from './evaluate';
import { evaluateFormula } from './evaluate';
import type { Node } from './parse';
import { parseFormula } from './parse';

export interface CustomFunctions {
  has(name: string): boolean;
  call(name: string, args: unknown[]): unknown;
}

/**
 * What a custom-function formula shows: its result ('run'), or — to prove that the add-on never
 * takes a formula cell's current value as computed truth — "Loading..." (a recalculation not yet
 * back) or an error (a call that failed or timed out).
 * https://developers.google.com/apps-script/guides/sheets/functions#optimization
 */
export type CustomFunctionOutcome = 'run' | 'loading' | 'error';

export const LOADING = 'Loading...';

export interface CalcOptions {
  customFunctions?: CustomFunctions | undefined;
  /** 'run' when absent. */
  outcome?: (() => CustomFunctionOutcome) | undefined;
  /** Copies arguments into the script realm and results back (identity when absent). */
  toScript?: (<T>(value: T) => T) | undefined;
  fromScript?: (<T>(value: T) => T) | undefined;
  now(): Date;
}

export interface CalcWorkbook {
  sheets: SheetData[];
  timeZone: string;
  sheetByName(name: string): SheetData | undefined;
}

export const CIRCULAR_MESSAGE =
  'Circular dependency detected. To resolve with iterative calculation, see File > Settings.';

interface Entry {
  sheet: SheetData;
  row: number;
  col: number;
  cell: Cell;
  state: 'pending' | 'running' | 'done';
  /** The rows and columns the formula may fill, for dependency order. */
  maySpill: boolean;
  width: number;
}

class Circular extends Error {
  origin: Entry;
  constructor(origin: Entry) {
    super(CIRCULAR_MESSAGE);
    this.origin = origin;
  }
}

function maySpill(formula: string): boolean {
  let tree: Node;
  try {
    tree = parseFormula(formula);
  } catch {
    return false;
  }
  const spills = (node: Node): boolean =>
    node.k === 'ref'
      ? !(node.ref.row1 === node.ref.row2 && node.ref.col1 === node.ref.col2)
      : node.k === 'call' &&
        (!builtins[node.name.toUpperCase()] || (/^IF(ERROR)?$/i.test(node.name) && node.args.some(spills)));
  return spills(tree);
}

/** Each workbook's last custom-function results, by cell: { arguments' key, result }. */
const memos = new WeakMap<CalcWorkbook, Map<string, { key: string; value: Scalar | Matrix | undefined }>>();

/** Clears every array result, then evaluates every formula once, dependencies first. */
export function recalculate(wb: CalcWorkbook, options: CalcOptions): void {
  if (!memos.has(wb)) memos.set(wb, new Map());
  const memo = memos.get(wb)!;
  const entries: Entry[] = [];
  const bySheet = new Map<number, Entry[]>();
  for (const sheet of wb.sheets) {
    const list: Entry[] = [];
    for (const [row, col, cell] of sheet.cells()) {
      if (cell.spilled) {
        cell.value = '';
        delete cell.spilled;
        delete cell.error;
      }
      if (cell.formula === undefined) continue;
      const width = cell.spill?.cols ?? 1;
      list.push({ sheet, row, col, cell, state: 'pending', maySpill: maySpill(cell.formula), width });
    }
    bySheet.set(sheet.id, list);
    entries.push(...list);
  }

  const evaluate = (entry: Entry): void => {
    if (entry.state === 'done') return;
    if (entry.state === 'running') throw new Circular(entry);
    entry.state = 'running';
    let result: Scalar | Matrix;
    try {
      result = evaluateFormula(entry.cell.formula!, hostFor(entry));
    } catch (e) {
      if (!(e instanceof Circular)) throw e;
      place(entry, new FormulaError('#REF!', CIRCULAR_MESSAGE));
      entry.state = 'done';
      if (e.origin !== entry) throw e;
      return;
    }
    place(entry, result);
    entry.state = 'done';
  };

  const readRange = (current: Entry, range: RangeValue, sheetHigh = false): Matrix => {
    const rowEnd = range.row2 ?? Infinity;
    const colEnd = range.col2 ?? Infinity;
    const inRead = (r: number, c: number) => r >= range.row1 && r <= rowEnd && c >= range.col1 && c <= colEnd;
    for (const other of bySheet.get(range.sheet.id) ?? []) {
      if (other === current) {
        if (range.sheet === current.sheet && inRead(current.row, current.col)) throw new Circular(current);
        continue;
      }
      if (other.state === 'done') continue;
      const lastCol = other.col + (other.maySpill ? other.width : 1) - 1;
      const rowsHit = other.maySpill ? rowEnd >= other.row : inRead(other.row, other.col);
      if (rowsHit && other.col <= colEnd && lastCol >= range.col1) evaluate(other);
    }
    return readCells(range, sheetHigh);
  };

  const hostFor = (entry: Entry): EvalHost => ({
    sheet: entry.sheet,
    sheetByName: (name) => wb.sheetByName(name),
    timeZone: wb.timeZone,
    now: options.now,
    readRange: (range, sheetHigh) => readRange(entry, range, sheetHigh),
    callCustom: (name, args) => {
      // "A custom function recalculates only when its arguments change": a call with the same
      // arguments (and locale and zone, which the add-on reads) keeps its last result.
      // https://developers.google.com/apps-script/guides/sheets/functions#optimization
      const key = `${name}\u0000${wb.timeZone}\u0000${JSON.stringify(args)}`;
      const cellKey = `${entry.sheet.id}:${entry.row}:${entry.col}`;
      const hit = memo.get(cellKey);
      if (hit && hit.key === key && (options.outcome?.() ?? 'run') === 'run') return hit.value;
      const value = callCustom(options, name, args);
      if ((options.outcome?.() ?? 'run') === 'run' && value !== undefined) memo.set(cellKey, { key, value });
      return value;
    },
  });

  for (const entry of entries) evaluate(entry);
}

/** A range's values; open ends stop at the sheet's last row or column with data, or its last at all. */
export function readCells(range: RangeValue, sheetHigh = false): Matrix {
  const { sheet } = range;
  const row2 = range.row2 ?? Math.max(range.row1, sheetHigh ? sheet.maxRows : sheet.lastRow());
  const col2 = range.col2 ?? Math.max(range.col1, sheetHigh ? sheet.maxCols : sheet.lastColumn());
  const out: Matrix = [];
  for (let r = range.row1; r <= row2; r++) {
    const line: Scalar[] = [];
    for (let c = range.col1; c <= col2; c++) {
      const cell = sheet.cell(r, c);
      line.push(
        cell?.error !== undefined ? new FormulaError(String(cell.value), cell.error) : (cell?.value ?? ''),
      );
    }
    out.push(line);
  }
  return out;
}

function callCustom(options: CalcOptions, name: string, args: unknown[]): Scalar | Matrix | undefined {
  const fns = options.customFunctions;
  if (!fns) return undefined;
  const known = fns.has(name) ? name : fns.has(name.toUpperCase()) ? name.toUpperCase() : null;
  if (known === null) return undefined;
  const outcome = options.outcome?.() ?? 'run';
  if (outcome === 'loading') return LOADING;
  if (outcome === 'error')
    return new FormulaError('#ERROR!', 'Internal error executing the custom function.');
  const toScript = options.toScript ?? (<T>(v: T) => v);
  const fromScript = options.fromScript ?? (<T>(v: T) => v);
  try {
    return normaliseResult(fromScript(fns.call(known, toScript(args))));
  } catch (e) {
    const message = typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : String(e);
    return new FormulaError('#ERROR!', message);
  }
}

/** A custom function's return value as a cell value or an array (a 1-D array fills a column). */
function normaliseResult(value: unknown): Scalar | Matrix {
  if (!Array.isArray(value)) return normaliseScalar(value);
  if (value.length === 0) return '';
  if (!value.some(Array.isArray)) return value.map((v) => [normaliseScalar(v)]);
  const rows = value.map((row) => (Array.isArray(row) ? row : [row]));
  const width = Math.max(1, ...rows.map((row) => row.length));
  return rows.map((row) => Array.from({ length: width }, (_, i) => normaliseScalar(row[i])));
}

function normaliseScalar(value: unknown): Scalar {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number')
    return Number.isFinite(value) ? value : new FormulaError('#NUM!', 'Invalid number.');
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (isDate(value)) return new Date(value.getTime());
  return new FormulaError('#VALUE!', 'The custom function returned a value a cell cannot hold.');
}

function setScalar(cell: Cell, value: Scalar): void {
  if (value instanceof FormulaError) {
    cell.value = value.code;
    cell.error = value.message;
  } else {
    cell.value = value;
    delete cell.error;
  }
}

/** Why an array result cannot spill from its cell, or null when it can. */
function spillProblem(entry: Entry, h: number, w: number): string | null {
  const { sheet, row, col } = entry;
  if (row + h - 1 > sheet.maxRows) {
    return `Result was not automatically expanded, please insert more rows (${row + h - 1 - sheet.maxRows}).`;
  }
  if (col + w - 1 > sheet.maxCols) {
    return `Result was not automatically expanded, please insert more columns (${col + w - 1 - sheet.maxCols}).`;
  }
  for (let i = 0; i < h; i++) {
    for (let j = 0; j < w; j++) {
      if ((i || j) && hasContent(sheet.cell(row + i, col + j))) {
        return `Array result was not expanded because it would overwrite data in ${formatA1(row + i, col + j)}.`;
      }
    }
  }
  return null;
}

/** Writes a result into its cell, spilling an array over the empty cells below and to the right. */
function place(entry: Entry, result: Scalar | Matrix): void {
  const { sheet, row, col, cell } = entry;
  cell.spill = { rows: 1, cols: 1 };
  if (!Array.isArray(result)) {
    setScalar(cell, result);
    return;
  }
  const h = result.length;
  const w = result[0]!.length;
  const problem = h === 1 && w === 1 ? null : spillProblem(entry, h, w);
  if (problem) {
    setScalar(cell, new FormulaError('#REF!', problem));
    return;
  }
  for (let i = 0; i < h; i++) {
    for (let j = 0; j < w; j++) {
      if (!i && !j) continue;
      const target = sheet.ensureCell(row + i, col + j);
      setScalar(target, result[i]![j]!);
      target.spilled = true;
    }
  }
  setScalar(cell, result[0]![0]!);
  cell.spill = { rows: h, cols: w };
}
