/**
 * Puts records into a set-up workbook the way a teacher would: pasting rows under the
 * headers (found by their labels), typed as text in the workbook's language.
 */
import type { Lang } from '../../src/core/i18n/lang';
import { columnLabel, sheetLabel } from '../../src/core/schema/labels';
import { sheetDef } from '../../src/core/schema/sheets';
import type { SheetKey } from '../../src/core/schema/types';
import { toCell } from '../../src/core/schema/write';
import type { Runtime } from '../runtime';

/** What a person types for a value: the label of a code, a date as yyyy-mm-dd, a number. */
function typed(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

/** The last row holding anything a person typed (computed columns spill below the data). */
function lastTyped(values: unknown[][], formulas: string[][], typedColumns: number[]): number {
  for (let r = values.length - 1; r >= 1; r--) {
    if (typedColumns.some((c) => values[r]![c] !== '' && !formulas[r]?.[c])) return r + 1;
  }
  return 1;
}

/**
 * Pastes rows (column key → text as typed) under a table's header, after the last row a
 * person typed; returns the first row. Throws with the sheet's reason if the paste is refused.
 */
export function pasteTyped(
  rt: Runtime,
  key: SheetKey,
  lang: Lang,
  rows: ReadonlyArray<Record<string, string>>,
): number {
  const sheet = rt.spreadsheet.sheet(sheetLabel(key, lang));
  const header = sheet.values()[0]!.map(String);
  const at = (column: string) => {
    const index = header.indexOf(columnLabel(key, column, lang));
    if (index < 0)
      throw new Error(`no column ${column} (${columnLabel(key, column, lang)}) in ${sheet.name}`);
    return index;
  };
  const typedColumns = sheetDef(key)
    .columns.filter((c) => !c.computed)
    .map((c) => header.indexOf(columnLabel(key, c.key, lang)))
    .filter((i) => i >= 0);
  const start = lastTyped(sheet.values(), sheet.formulas(), typedColumns) + 1;
  const block = rows.map((row) => {
    const line = header.map(() => '');
    for (const [column, text] of Object.entries(row)) line[at(column)] = text;
    return line;
  });
  if (block.length === 0) return start;
  const result = sheet.paste(`A${start}`, block);
  if (!result.ok) throw new Error(`${sheet.name}: ${result.error}`);
  return start;
}

/** Pastes records as a person would type them: codes as labels, dates as yyyy-mm-dd. */
export function pasteRecords(rt: Runtime, key: SheetKey, lang: Lang, records: ReadonlyArray<object>): void {
  const columns = sheetDef(key).columns.filter((c) => !c.computed);
  pasteTyped(
    rt,
    key,
    lang,
    records.map((record) =>
      Object.fromEntries(
        columns.map((c) => [c.key, typed(toCell(c, (record as Record<string, unknown>)[c.key], lang))]),
      ),
    ),
  );
}
