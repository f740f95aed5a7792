/**
 * Conditional-format rules: a boolean condition, the format it applies, the ranges it covers.
 * Rules apply in order; the first that matches a cell decides its look.
 */
import type { GridRect } from '../grid';
import type { CellValue } from './cell';

export type ConditionType =
  | 'CELL_EMPTY'
  | 'CELL_NOT_EMPTY'
  | 'NUMBER_EQUAL_TO'
  | 'NUMBER_NOT_EQUAL_TO'
  | 'NUMBER_BETWEEN'
  | 'NUMBER_NOT_BETWEEN'
  | 'NUMBER_GREATER_THAN'
  | 'NUMBER_GREATER_THAN_OR_EQUAL_TO'
  | 'NUMBER_LESS_THAN'
  | 'NUMBER_LESS_THAN_OR_EQUAL_TO'
  | 'TEXT_EQUAL_TO'
  | 'TEXT_CONTAINS'
  | 'TEXT_DOES_NOT_CONTAIN'
  | 'TEXT_STARTS_WITH'
  | 'TEXT_ENDS_WITH'
  | 'CUSTOM_FORMULA';

export interface ConditionalFormat {
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
}

export interface ConditionalRule {
  ranges: GridRect[];
  condition: { type: ConditionType; values: CellValue[] };
  format: ConditionalFormat;
}

/**
 * Whether a value-based condition holds for a cell value. CUSTOM_FORMULA needs the formula engine
 * and is answered by the caller.
 */
export function valueConditionHolds(
  type: ConditionType,
  values: readonly CellValue[],
  value: CellValue,
): boolean {
  const [a, b] = values as number[];
  const n = typeof value === 'number' ? value : null;
  const text = String(value).toLowerCase();
  const arg = String(values[0] ?? '').toLowerCase();
  switch (type) {
    case 'CELL_EMPTY':
      return value === '';
    case 'CELL_NOT_EMPTY':
      return value !== '';
    case 'NUMBER_EQUAL_TO':
      return n !== null && n === a;
    case 'NUMBER_NOT_EQUAL_TO':
      return n === null || n !== a;
    case 'NUMBER_BETWEEN':
      return n !== null && n >= Math.min(a!, b!) && n <= Math.max(a!, b!);
    case 'NUMBER_NOT_BETWEEN':
      return n !== null && (n < Math.min(a!, b!) || n > Math.max(a!, b!));
    case 'NUMBER_GREATER_THAN':
      return n !== null && n > a!;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n !== null && n >= a!;
    case 'NUMBER_LESS_THAN':
      return n !== null && n < a!;
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n !== null && n <= a!;
    case 'TEXT_EQUAL_TO':
      return value !== '' && text === arg;
    case 'TEXT_CONTAINS':
      return value !== '' && text.includes(arg);
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(arg);
    case 'TEXT_STARTS_WITH':
      return value !== '' && text.startsWith(arg);
    case 'TEXT_ENDS_WITH':
      return value !== '' && text.endsWith(arg);
    case 'CUSTOM_FORMULA':
      return false;
  }
}
