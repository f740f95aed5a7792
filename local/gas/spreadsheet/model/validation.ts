/**
 * Data-validation rules as the model stores them, and the check Sheets applies when a person types
 * into a guarded cell. (A script's setValues is never checked: Apps Script writes anyway.)
 */
import type { GridRect } from '../grid';
import type { CellValue } from './cell';
import { isDate } from './cell';

export type ValidationCriteria =
  | 'VALUE_IN_LIST'
  | 'VALUE_IN_RANGE'
  | 'CHECKBOX'
  | 'DATE_IS_VALID_DATE'
  | 'DATE_ON_OR_BEFORE'
  | 'DATE_ON_OR_AFTER'
  | 'NUMBER_BETWEEN'
  | 'NUMBER_GREATER_THAN_OR_EQUAL_TO'
  | 'NUMBER_LESS_THAN_OR_EQUAL_TO'
  | 'TEXT_IS_VALID_EMAIL'
  | 'CUSTOM_FORMULA';

export interface ValidationRule {
  criteria: ValidationCriteria;
  /** List items, bounds, dates, checkbox values or the custom formula, by criteria. */
  args: CellValue[];
  /** The source range of VALUE_IN_RANGE. */
  range?: GridRect;
  showDropdown: boolean;
  allowInvalid: boolean;
  helpText: string;
}

/** What the check needs from the workbook: the display text of a value, a range's values. */
export interface ValidationContext {
  display(value: CellValue): string;
  readRange(rect: GridRect): CellValue[][];
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Null when the value passes the rule, else the message Sheets shows (help text first). */
export function checkValidation(
  rule: ValidationRule,
  value: CellValue,
  ctx: ValidationContext,
): string | null {
  if (value === '' || passes(rule, value, ctx)) return null;
  return rule.helpText || defaultMessage(rule, ctx);
}

function passes(rule: ValidationRule, value: CellValue, ctx: ValidationContext): boolean {
  const [a, b] = rule.args;
  const num = typeof value === 'number' ? value : null;
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return rule.args.some((item) => ctx.display(item) === ctx.display(value));
    case 'VALUE_IN_RANGE':
      return ctx
        .readRange(rule.range!)
        .some((row) => row.some((item) => item !== '' && ctx.display(item) === ctx.display(value)));
    case 'CHECKBOX':
      return rule.args.length === 0 ? typeof value === 'boolean' : value === a || value === b;
    case 'DATE_IS_VALID_DATE':
      return isDate(value);
    case 'DATE_ON_OR_BEFORE':
      return isDate(value) && value.getTime() <= (a as Date).getTime();
    case 'DATE_ON_OR_AFTER':
      return isDate(value) && value.getTime() >= (a as Date).getTime();
    case 'NUMBER_BETWEEN':
      return num !== null && num >= (a as number) && num <= (b as number);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return num !== null && num >= (a as number);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return num !== null && num <= (a as number);
    case 'TEXT_IS_VALID_EMAIL':
      return typeof value === 'string' && emailPattern.test(value);
    case 'CUSTOM_FORMULA':
      return true;
  }
}

function defaultMessage(rule: ValidationRule, ctx: ValidationContext): string {
  const [a, b] = rule.args.map((v) => ctx.display(v));
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return 'Input must be an item on the specified list';
    case 'VALUE_IN_RANGE':
      return 'Input must fall within specified range';
    case 'CHECKBOX':
      return 'Input must be a checkbox value';
    case 'DATE_IS_VALID_DATE':
      return 'Input must be a valid date';
    case 'DATE_ON_OR_BEFORE':
      return `Input must be a date on or before ${a}`;
    case 'DATE_ON_OR_AFTER':
      return `Input must be a date on or after ${a}`;
    case 'NUMBER_BETWEEN':
      return `Input must be a number between ${a} and ${b}`;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return `Input must be a number greater than or equal to ${a}`;
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return `Input must be a number less than or equal to ${a}`;
    default:
      return 'Input must be a valid email address';
  }
}
