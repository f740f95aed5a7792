/**
 * One cell of the model: what it holds (value, formula, the error behind an error value), how it
 * looks (number format, colours, note) and the validation rule that guards it.
 */
import type { ValidationRule } from './validation';

/** What a cell can hold; '' is an empty cell. Error values are strings such as '#REF!'. */
export type CellValue = string | number | boolean | Date;

export interface Cell {
  value: CellValue;
  /** The formula as stored (US syntax, starting with '='), when the cell holds one. */
  formula?: string;
  /** Why the cell shows an error value (the tooltip in Sheets). */
  error?: string;
  /** Set on cells that hold part of another formula's array result. */
  spilled?: boolean;
  /** On a formula cell: the size of its last array result, a hint for dependency order. */
  spill?: { rows: number; cols: number };
  format?: string;
  note?: string;
  background?: string;
  fontColor?: string;
  fontWeight?: string;
  validation?: ValidationRule;
}

/** True for a Date from any realm (a script-realm Date fails `instanceof Date` here). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** True when the cell counts as data for getLastRow and for blocking an array result. */
export function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.value !== '' || cell.formula !== undefined);
}

/** Error values as Sheets shows them. */
export const ERROR_VALUES = ['#ERROR!', '#REF!', '#NAME?', '#VALUE!', '#DIV/0!', '#N/A', '#NUM!', '#NULL!'];

/** True when a value is one of Sheets' error values. */
export function isErrorValue(value: unknown): boolean {
  return typeof value === 'string' && ERROR_VALUES.includes(value);
}
