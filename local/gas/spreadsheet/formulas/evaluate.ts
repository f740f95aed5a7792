/**
 * Evaluates a parsed formula against the workbook. References become ranges that the host reads
 * (the host orders dependencies and trims open ranges); calls go to the few built-ins implemented
 * here, then to the add-on's custom functions; anything else evaluates to blank, never a crash.
 */
import type { A1Ref } from '../a1';
import type { SheetData } from '../model/sheet-data';
import { builtins } from './builtins';
import type { Matrix, Scalar } from './coerce';
import { compareValues, FormulaError, toNumber, toText } from './coerce';
import type { Node } from './parse';
import { FormulaSyntaxError, parseFormula } from './parse';

/** A reference resolved to a sheet; `row2`/`col2` null when open-ended. */
export interface RangeValue {
  kind: 'range';
  sheet: SheetData;
  row1: number;
  col1: number;
  row2: number | null;
  col2: number | null;
  /** A closed one-cell reference: custom functions receive it as a single value. */
  single: boolean;
}

export type Value = Scalar | Matrix | RangeValue;

export interface EvalHost {
  /** The sheet the formula lives on (unqualified references point here). */
  sheet: SheetData;
  sheetByName(name: string): SheetData | undefined;
  timeZone: string;
  now(): Date;
  /** Shift for relative references (conditional-format formulas are written for the top-left cell). */
  offset?: { rows: number; cols: number };
  /**
   * The values of a range, dependencies evaluated first; open ends trimmed to the data, or (for a
   * custom function's argument, `sheetHigh`) reaching the sheet's last row and column.
   */
  readRange(range: RangeValue, sheetHigh?: boolean): Matrix;
  /** Calls a custom function; undefined when no custom function has that name. */
  callCustom?(name: string, args: unknown[]): Scalar | Matrix | undefined;
}

export function isRange(value: Value): value is RangeValue {
  return typeof value === 'object' && value !== null && (value as RangeValue).kind === 'range';
}

export function isMatrix(value: Value): value is Matrix {
  return Array.isArray(value);
}

export class Evaluator {
  host: EvalHost;
  constructor(host: EvalHost) {
    this.host = host;
  }

  eval(node: Node): Value {
    switch (node.k) {
      case 'num':
      case 'str':
      case 'bool':
        return node.v;
      case 'empty':
        return '';
      case 'err':
        return new FormulaError(node.code, node.code === '#REF!' ? 'Reference does not exist.' : node.code);
      case 'ref':
        return this.resolve(node.ref);
      case 'name':
        return new FormulaError('#NAME?', `Unknown range name: '${node.name.toUpperCase()}'.`);
      case 'neg': {
        const n = toNumber(this.scalar(node.x), this.host.timeZone, 'UMINUS');
        return n instanceof FormulaError ? n : -n;
      }
      case 'pct': {
        const n = toNumber(this.scalar(node.x), this.host.timeZone, 'UNARY_PERCENT');
        return n instanceof FormulaError ? n : n / 100;
      }
      case 'bin':
        return this.binary(node.op, this.scalar(node.a), this.scalar(node.b));
      case 'call':
        return this.call(node.name, node.args);
    }
  }

  /** A value in a one-cell context: a 1×1 range or array collapses, a larger one is #VALUE!. */
  scalar(node: Node): Scalar {
    return this.toScalar(this.eval(node));
  }

  toScalar(value: Value): Scalar {
    if (!isRange(value) && !isMatrix(value)) return value;
    const m = isRange(value) ? this.host.readRange(value) : value;
    if (m.length === 1 && m[0]!.length === 1) return m[0]![0]!;
    return new FormulaError('#VALUE!', 'An array value could not be found.');
  }

  /** A value as a 2-D array (ranges read, scalars wrapped). */
  matrix(value: Value): Matrix {
    if (isRange(value)) return this.host.readRange(value);
    if (isMatrix(value)) return value;
    return [[value]];
  }

  private resolve(ref: A1Ref): RangeValue | FormulaError {
    const sheet = ref.sheet === undefined ? this.host.sheet : this.host.sheetByName(ref.sheet);
    if (!sheet) return new FormulaError('#REF!', `Unresolved sheet name '${ref.sheet}'.`);
    const off = this.host.offset ?? { rows: 0, cols: 0 };
    const r = (n: number, abs: boolean) => (abs ? n : n + off.rows);
    const c = (n: number, abs: boolean) => (abs ? n : n + off.cols);
    const range: RangeValue = {
      kind: 'range',
      sheet,
      row1: ref.form === 'columns' ? 1 : r(ref.row1, ref.abs.row1),
      col1: ref.form === 'rows' ? 1 : c(ref.col1, ref.abs.col1),
      row2: ref.row2 === null ? null : r(ref.row2, ref.abs.row2),
      col2: ref.col2 === null ? null : c(ref.col2, ref.abs.col2),
      single: ref.row1 === ref.row2 && ref.col1 === ref.col2 && ref.form === 'cells',
    };
    if (range.row1 < 1 || range.col1 < 1) return new FormulaError('#REF!', 'Reference does not exist.');
    return range;
  }

  private binary(op: string, a: Scalar, b: Scalar): Scalar {
    if (a instanceof FormulaError) return a;
    if (b instanceof FormulaError) return b;
    const tz = this.host.timeZone;
    if (op === '&') return toText(a, tz) + toText(b, tz);
    if (['=', '<>', '<', '>', '<=', '>='].includes(op)) {
      const c = compareValues(a, b, tz);
      return { '=': c === 0, '<>': c !== 0, '<': c < 0, '>': c > 0, '<=': c <= 0, '>=': c >= 0 }[op]!;
    }
    const names: Record<string, string> = {
      '+': 'ADD',
      '-': 'MINUS',
      '*': 'MULTIPLY',
      '/': 'DIVIDE',
      '^': 'POW',
    };
    const x = toNumber(a, tz, names[op], 1);
    if (x instanceof FormulaError) return x;
    const y = toNumber(b, tz, names[op], 2);
    if (y instanceof FormulaError) return y;
    if (op === '/' && y === 0)
      return new FormulaError('#DIV/0!', 'Function DIVIDE parameter 2 cannot be zero.');
    const result = op === '+' ? x + y : op === '-' ? x - y : op === '*' ? x * y : op === '/' ? x / y : x ** y;
    return Number.isFinite(result) ? result : new FormulaError('#NUM!', 'The result is too large.');
  }

  private call(name: string, args: Node[]): Value {
    const builtin = builtins[name.toUpperCase()];
    if (builtin) return builtin(args, this);
    if (!this.host.callCustom) return '';
    const values = args.map((arg) => toArgument(this.eval(arg), this));
    return this.host.callCustom(name, values) ?? '';
  }
}

/**
 * A value as a custom function receives it: a single cell as a value, ranges as 2-D arrays. An
 * open-ended range (`A2:A`) holds every row down to the sheet's last, blanks included: "the
 * argument is a two-dimensional array of the range's values" and the range is the whole column.
 * https://developers.google.com/apps-script/guides/sheets/functions#arguments
 */
function toArgument(value: Value, ev: Evaluator): unknown {
  const plain = (s: Scalar) => (s instanceof FormulaError ? s.code : s);
  if (isRange(value)) {
    const m = ev.host.readRange(value, true);
    if (value.single) return plain(m[0]![0]!);
    return m.map((row) => row.map(plain));
  }
  if (isMatrix(value)) return value.map((row) => row.map(plain));
  return plain(value);
}

/** Evaluates a formula to a value or an array result; a formula Sheets cannot parse is #ERROR!. */
export function evaluateFormula(formula: string, host: EvalHost): Scalar | Matrix {
  let tree: Node;
  try {
    tree = parseFormula(formula);
  } catch (e) {
    if (e instanceof FormulaSyntaxError) return new FormulaError('#ERROR!', 'Formula parse error.');
    throw e;
  }
  const ev = new Evaluator(host);
  const value = ev.eval(tree);
  if (!isRange(value) && !isMatrix(value)) return value;
  const m = ev.matrix(value);
  return m.length === 1 && m[0]!.length === 1 ? m[0]![0]! : m;
}
