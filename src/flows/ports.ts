/**
 * The ports flows are written against: the workbook's tables, as records by column key.
 * src/gas/tables.ts implements it over SpreadsheetApp; tests may use it as is through the
 * local runtime.
 */
import type { Lang } from '../core/i18n/lang';
import type { CellProblem, ReadRow } from '../core/schema/read';
import type { SheetKey } from '../core/schema/types';

export type Changes = Record<string, unknown>;

export interface Store {
  readonly lang: Lang;
  readonly timeZone: string;
  /** A table's readable rows (with their sheet row) and the cells that could not be read. */
  read<T>(key: SheetKey): { rows: ReadRow<T>[]; problems: CellProblem[] };
  /** Appends records after the last row; returns the sheet row of the first. */
  append(key: SheetKey, records: Changes[]): number;
  /** Changes some fields of existing rows (sheet row → fields). */
  update(key: SheetKey, changes: Map<number, Changes>): void;
  /** Replaces the rows whose record `matches` with `records` (the table's other rows stay). */
  replaceWhere<T>(key: SheetKey, matches: (record: T) => boolean, records: Changes[]): void;
}
