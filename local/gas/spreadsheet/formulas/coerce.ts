/**
 * The formula engine's values and Sheets' coercions between them: text to number, number to text,
 * the ordering used by comparisons, and error values that carry their tooltip message.
 */
import type { CellValue } from '../model/cell';
import { isDate } from '../model/cell';
import { formatGeneral } from '../values/number-format';
import { isCalendarDay, toSerial, zonedDate } from '../values/zoned';

/** An error value ('#REF!', '#VALUE!' …) with the message Sheets shows on hover. */
export class FormulaError {
  code: string;
  message: string;
  constructor(code: string, message: string) {
    this.code = code;
    this.message = message;
  }
}

export type Scalar = CellValue | FormulaError;
export type Matrix = Scalar[][];

const US = { decimal: '.', group: ',' };

/** A value as a number for arithmetic, or the error Sheets gives (`fn` names the operation). */
export function toNumber(value: Scalar, timeZone: string, fn = 'ADD', param = 1): number | FormulaError {
  if (value instanceof FormulaError) return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === '') return 0;
  if (isDate(value)) return toSerial(value, timeZone);
  const trimmed = value.trim();
  if (trimmed !== '' && Number.isFinite(Number(trimmed))) return Number(trimmed);
  return new FormulaError(
    '#VALUE!',
    `Function ${fn} parameter ${param} expects number values. But '${value}' is a text and cannot be coerced to a number.`,
  );
}

/**
 * A value as a date serial number for the date functions (YEAR, EOMONTH …): dates and numbers as they
 * are, and date text ('2026-09-15') as Sheets' DATEVALUE reads it.
 */
export function toDateSerial(value: Scalar, timeZone: string, fn: string, param = 1): number | FormulaError {
  if (typeof value === 'string') {
    const iso = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(value);
    if (iso) {
      const [y, m, d] = iso.slice(1).map(Number) as [number, number, number];
      if (isCalendarDay(y, m, d)) return toSerial(zonedDate(y, m, d, 0, 0, 0, timeZone), timeZone);
    }
  }
  return toNumber(value, timeZone, fn, param);
}

/** A value as text for '&' and text functions. */
export function toText(value: Exclude<Scalar, FormulaError>, timeZone: string): string {
  if (typeof value === 'number') return formatGeneral(value, US);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) return formatGeneral(toSerial(value, timeZone), US);
  return value;
}

/** A value as a condition (IF, AND, conditional formats). */
export function toBoolean(value: Scalar, timeZone: string): boolean | FormulaError {
  if (value instanceof FormulaError) return value;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toUpperCase() === 'TRUE';
  const n = toNumber(value, timeZone, 'IF');
  return n instanceof FormulaError ? n : n !== 0;
}

function rank(v: Exclude<Scalar, FormulaError>): number {
  if (typeof v === 'boolean') return 2;
  if (typeof v === 'string') return 1;
  return 0;
}

/** Sheets' ordering: numbers (and dates) < text < booleans; blank matches the other side's type. */
export function compareValues(
  a: Exclude<Scalar, FormulaError>,
  b: Exclude<Scalar, FormulaError>,
  tz: string,
): number {
  const blankFor = (other: typeof a) =>
    typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0;
  const x = a === '' ? blankFor(b) : a;
  const y = b === '' ? blankFor(a) : b;
  const rx = rank(x);
  const ry = rank(y);
  if (rx !== ry) return rx - ry;
  if (rx === 1) {
    const s = (x as string).toLowerCase();
    const t = (y as string).toLowerCase();
    return s < t ? -1 : s > t ? 1 : 0;
  }
  if (rx === 2) return Number(x) - Number(y);
  return (toNumber(x, tz) as number) - (toNumber(y, tz) as number);
}
