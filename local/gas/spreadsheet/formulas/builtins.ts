/**
 * The built-in functions the emulation evaluates: enough for the add-on's Dashboard and for what a
 * teacher commonly types. Any other built-in evaluates to blank rather than a wrong answer.
 */

import { formatDate, isDatePattern } from '../values/date-format';
import { formatGeneral, formatNumber, isNumberPattern } from '../values/number-format';
import { fromSerial } from '../values/zoned';
import type { Matrix, Scalar } from './coerce';
import { FormulaError, toBoolean, toDateSerial, toNumber, toText } from './coerce';
import type { Matcher } from './criteria';
import { matcher } from './criteria';
import type { Evaluator, Value } from './evaluate';
import type { Node } from './parse';

type Builtin = (args: Node[], ev: Evaluator) => Value;

const isRangeLike = (v: Value) => typeof v === 'object' && v !== null && !(v instanceof FormulaError);

/** Every number among the arguments: direct arguments are coerced, text in ranges is skipped. */
function numbers(args: Node[], ev: Evaluator, fn: string): number[] | FormulaError {
  const out: number[] = [];
  for (const [i, arg] of args.entries()) {
    const value = ev.eval(arg);
    if (isRangeLike(value) && !isDateValue(value)) {
      for (const row of ev.matrix(value)) {
        for (const cell of row) {
          if (cell instanceof FormulaError) return cell;
          if (typeof cell === 'number') out.push(cell);
          else if (isDateValue(cell)) out.push(toNumber(cell, ev.host.timeZone) as number);
        }
      }
      continue;
    }
    const n = toNumber(value as Scalar, ev.host.timeZone, fn, i + 1);
    if (n instanceof FormulaError) return n;
    out.push(n);
  }
  return out;
}

function isDateValue(v: unknown): boolean {
  return Object.prototype.toString.call(v) === '[object Date]';
}

function cells(value: Value, ev: Evaluator): Scalar[] {
  return ev.matrix(value).flat();
}

function aggregate(fn: string, reduce: (ns: number[]) => Scalar): Builtin {
  return (args, ev) => {
    const ns = numbers(args, ev, fn);
    return ns instanceof FormulaError ? ns : reduce(ns);
  };
}

function countIfs(pairs: Node[], ev: Evaluator, fn: string): Value {
  if (pairs.length < 2 || pairs.length % 2 !== 0) {
    return new FormulaError('#N/A', `Wrong number of arguments to ${fn}.`);
  }
  const ranges: Matrix[] = [];
  const tests: Matcher[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    ranges.push(ev.matrix(ev.eval(pairs[i]!)));
    tests.push(matcher(ev.scalar(pairs[i + 1]!), ev.host.timeZone));
  }
  const size = (m: Matrix) => `${m.length}x${m[0]?.length ?? 0}`;
  if (ranges.some((m) => size(m) !== size(ranges[0]!))) {
    return new FormulaError('#VALUE!', `Array arguments to ${fn} are of different size.`);
  }
  const first = ranges[0]!.flat();
  const flat = ranges.map((m) => m.flat());
  return first.filter((_, i) => tests.every((t, j) => t(flat[j]![i]!))).length;
}

export const builtins: Record<string, Builtin> = {
  SUM: aggregate('SUM', (ns) => ns.reduce((a, b) => a + b, 0)),
  AVERAGE: aggregate('AVERAGE', (ns) =>
    ns.length
      ? ns.reduce((a, b) => a + b, 0) / ns.length
      : new FormulaError('#DIV/0!', 'Evaluation of function AVERAGE caused a divide by zero error.'),
  ),
  MIN: aggregate('MIN', (ns) => (ns.length ? Math.min(...ns) : 0)),
  MAX: aggregate('MAX', (ns) => (ns.length ? Math.max(...ns) : 0)),
  COUNT: (args, ev) =>
    args.flatMap((a) => cells(ev.eval(a), ev)).filter((v) => typeof v === 'number' || isDateValue(v)).length,
  COUNTA: (args, ev) => args.flatMap((a) => cells(ev.eval(a), ev)).filter((v) => v !== '').length,
  COUNTBLANK: (args, ev) => args.flatMap((a) => cells(ev.eval(a), ev)).filter((v) => v === '').length,
  COUNTIF: (args, ev) => countIfs(args, ev, 'COUNTIF'),
  COUNTIFS: (args, ev) => countIfs(args, ev, 'COUNTIFS'),
  SUMIF: (args, ev) => {
    const range = cells(ev.eval(args[0]!), ev);
    const test = matcher(ev.scalar(args[1]!), ev.host.timeZone);
    const sums = args[2] ? cells(ev.eval(args[2]), ev) : range;
    return range.reduce<number>(
      (acc, v, i) => (test(v) && typeof sums[i] === 'number' ? acc + sums[i] : acc),
      0,
    );
  },
  IF: (args, ev) => {
    const cond = toBoolean(ev.scalar(args[0]!), ev.host.timeZone);
    if (cond instanceof FormulaError) return cond;
    const branch = cond ? args[1] : args[2];
    return branch ? ev.eval(branch) : cond;
  },
  IFERROR: (args, ev) => {
    const value = ev.eval(args[0]!);
    const scalar = isRangeLike(value) ? null : (value as Scalar);
    if (scalar instanceof FormulaError) return args[1] ? ev.eval(args[1]) : '';
    return value;
  },
  AND: (args, ev) => logical(args, ev, (bs) => bs.every(Boolean)),
  OR: (args, ev) => logical(args, ev, (bs) => bs.some(Boolean)),
  NOT: (args, ev) => {
    const b = toBoolean(ev.scalar(args[0]!), ev.host.timeZone);
    return b instanceof FormulaError ? b : !b;
  },
  ISBLANK: (args, ev) => ev.scalar(args[0]!) === '',
  LEN: (args, ev) => {
    const v = ev.scalar(args[0]!);
    return v instanceof FormulaError ? v : toText(v, ev.host.timeZone).length;
  },
  ROUND: (args, ev) => {
    const n = toNumber(ev.scalar(args[0]!), ev.host.timeZone, 'ROUND', 1);
    const d = args[1] ? toNumber(ev.scalar(args[1]), ev.host.timeZone, 'ROUND', 2) : 0;
    if (n instanceof FormulaError) return n;
    if (d instanceof FormulaError) return d;
    const f = 10 ** Math.trunc(d);
    return Math.round(n * f) / f;
  },
  TODAY: (_args, ev) => {
    const tz = ev.host.timeZone;
    return fromSerial(Math.floor(toNumber(ev.host.now(), tz) as number), tz);
  },
  NOW: (_args, ev) => ev.host.now(),
  DATE: (args, ev) => {
    if (args.length !== 3) return new FormulaError('#N/A', 'Wrong number of arguments to DATE.');
    const parts: number[] = [];
    for (const [i, arg] of args.entries()) {
      const n = toNumber(ev.scalar(arg), ev.host.timeZone, 'DATE', i + 1);
      if (n instanceof FormulaError) return n;
      parts.push(Math.trunc(n));
    }
    const [y, m, d] = parts as [number, number, number];
    if (y < 0 || y >= 10000) return new FormulaError('#NUM!', 'DATE evaluates to an out of bounds range.');
    // Sheets reads years 0–1899 as 1900–3799, and lets months and days overflow into the next ones.
    return dateOf((Date.UTC(y < 1900 ? y + 1900 : y, m - 1, d) - EPOCH) / DAY, ev, 'DATE');
  },
  EOMONTH: (args, ev) => {
    const start = serialArg(args[0], ev, 'EOMONTH', 1);
    if (start instanceof FormulaError) return start;
    const months = toNumber(ev.scalar(args[1] ?? { k: 'empty' }), ev.host.timeZone, 'EOMONTH', 2);
    if (months instanceof FormulaError) return months;
    const wall = wallOf(start);
    const end = Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth() + Math.trunc(months) + 1, 0);
    return dateOf((end - EPOCH) / DAY, ev, 'EOMONTH');
  },
  YEAR: datePart('YEAR', (d) => d.getUTCFullYear()),
  MONTH: datePart('MONTH', (d) => d.getUTCMonth() + 1),
  DAY: datePart('DAY', (d) => d.getUTCDate()),
  TEXT: (args, ev) => {
    const value = ev.scalar(args[0] ?? { k: 'empty' });
    const format = ev.scalar(args[1] ?? { k: 'empty' });
    if (value instanceof FormulaError) return value;
    if (format instanceof FormulaError) return format;
    const tz = ev.host.timeZone;
    const pattern = toText(format, tz);
    if (typeof value === 'boolean') return toText(value, tz);
    const n = toDateSerial(value, tz, 'TEXT');
    if (n instanceof FormulaError) return value as string;
    // The engine does not know the spreadsheet locale: month names and separators are en_US.
    if (isDatePattern(pattern)) {
      return formatDate(isDateValue(value) ? (value as Date) : fromSerial(n, tz), pattern, 'en_US', tz);
    }
    if (isNumberPattern(pattern)) return formatNumber(n, pattern, US);
    return formatGeneral(n, US);
  },
};

const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;
const US = { decimal: '.', group: ',' };

/** The calendar day of a serial number, as a UTC date (no time zone involved). */
function wallOf(serial: number): Date {
  return new Date(EPOCH + Math.floor(serial) * DAY);
}

/** A date argument as a whole serial number (dates, numbers and ISO date text), or #NUM! before 1899-12-30. */
function serialArg(arg: Node | undefined, ev: Evaluator, fn: string, param: number): number | FormulaError {
  const n = toDateSerial(ev.scalar(arg ?? { k: 'empty' }), ev.host.timeZone, fn, param);
  if (n instanceof FormulaError) return n;
  if (n < 0)
    return new FormulaError(
      '#NUM!',
      `Function ${fn} parameter ${param} value is ${n}. It should be greater than or equal to 0.`,
    );
  return n;
}

/** A serial day as the date value a cell shows as a date (midnight in the sheet's zone). */
function dateOf(serial: number, ev: Evaluator, fn: string): Value {
  if (serial < 0) return new FormulaError('#NUM!', `${fn} evaluates to an out of bounds range.`);
  return fromSerial(serial, ev.host.timeZone);
}

function datePart(fn: string, read: (wall: Date) => number): Builtin {
  return (args, ev) => {
    const n = serialArg(args[0], ev, fn, 1);
    return n instanceof FormulaError ? n : read(wallOf(n));
  };
}

function logical(args: Node[], ev: Evaluator, combine: (bs: boolean[]) => boolean): Value {
  const bs: boolean[] = [];
  for (const arg of args) {
    for (const v of cells(ev.eval(arg), ev)) {
      if (v === '') continue;
      const b = toBoolean(v, ev.host.timeZone);
      if (b instanceof FormulaError) return b;
      bs.push(b);
    }
  }
  return combine(bs);
}
