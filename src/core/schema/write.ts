/**
 * Turns record values into what a flow writes into cells, and says how each column is
 * formatted. Every text column is plain text ('@'), set in the same operation as its values,
 * so Sheets reinterprets nothing: not a leading zero, not a month, not "=…" (formula injection).
 */
import type { Lang } from '../i18n/lang';
import { valueLabel, valueSet } from './labels';
import type { ColumnDef } from './types';

/**
 * The cell value for a record value of a column, in the workbook's language.
 * @example toCell({ key: 'status', type: 'enum', values: STATUS }, 'dropped_out', 'id') // 'putus sekolah'
 */
export function toCell(column: ColumnDef, value: unknown, lang: Lang): unknown {
  if (value === null || value === undefined || value === '') return '';
  switch (column.type) {
    case 'int':
    case 'number':
      return typeof value === 'number' ? value : String(value);
    case 'date':
      // ISO text in a date-formatted cell: Sheets stores it as that calendar day.
      return String(value);
    case 'datetime':
      return typeof value === 'string' ? new Date(value) : value;
    case 'bool':
      return valueLabel('bool', value ? 'yes' : 'no', lang);
    case 'enum':
      return valueLabel(valueSet(column), String(value), lang);
    case 'list': {
      const items = Array.isArray(value) ? value : [value];
      return items
        .map((v) => (column.values ? valueLabel(valueSet(column), String(v), lang) : String(v)))
        .join(', ');
    }
    default:
      return String(value);
  }
}

/**
 * The number format Setup gives a column's cells.
 * @example numberFormatOf({ key: 'student_id', type: 'id' }) // '@'
 */
export function numberFormatOf(column: ColumnDef): string | null {
  switch (column.type) {
    case 'date':
      return 'yyyy-mm-dd';
    case 'datetime':
      return 'yyyy-mm-dd hh:mm';
    case 'int':
      return '0';
    case 'number':
      return column.key === 'attendance' ? '0%' : null;
    default:
      return '@';
  }
}
