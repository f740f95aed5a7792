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

/** Pastes records into a table after its last row; throws with the sheet's reason if refused. */
export function pasteRecords(rt: Runtime, key: SheetKey, lang: Lang, records: ReadonlyArray<object>): void {
  if (records.length === 0) return;
  const sheet = rt.spreadsheet.sheet(sheetLabel(key, lang));
  const header = sheet.values()[0]!.map(String);
  const columns = sheetDef(key)
    .columns.filter((c) => !c.computed)
    .map((c) => ({ def: c, at: header.indexOf(columnLabel(key, c.key, lang)) }))
    .filter((c) => c.at >= 0);
  const start =
    lastTyped(
      sheet.values(),
      sheet.formulas(),
      columns.map((c) => c.at),
    ) + 1;
  const rows = records.map((record) => {
    const line = header.map(() => '');
    for (const { def, at } of columns)
      line[at] = typed(toCell(def, (record as Record<string, unknown>)[def.key], lang));
    return line;
  });
  const result = sheet.paste(`A${start}`, rows);
  if (!result.ok) throw new Error(`${sheet.name}: ${result.error}`);
}
