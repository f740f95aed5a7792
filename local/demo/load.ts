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

/**
 * What a person types for a value: the label of a code, a date as yyyy-mm-dd, an instant as
 * yyyy-mm-dd hh:mm in the workbook's time zone, a number with the language's decimal separator
 * (in Indonesian '0.875' would be read as 875, its dot a thousands separator).
 */
function typed(value: unknown, lang: Lang, timeZone: string): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    }).formatToParts(value);
    const part = (type: string) => parts.find((p) => p.type === type)!.value;
    return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
  }
  if (typeof value === 'number' && lang === 'id') return String(value).replace('.', ',');
  return String(value);
}

/** The last row holding anything a person typed (computed columns spill below the data). */
function lastTyped(values: unknown[][], formulas: string[][], typedColumns: number[]): number {
  for (let r = values.length - 1; r >= 1; r--) {
    if (typedColumns.some((c) => values[r]![c] !== '' && !formulas[r]?.[c])) return r + 1;
  }
  return 1;
}

/** Where a table's pasted rows go: its header, and the next row after what a person typed. */
export interface PasteTarget {
  header: string[];
  next: number;
}

/**
 * Reads a table's header and next free row. Reading a sheet's values makes the workbook's
 * custom functions recalculate, so a loader reads every target before it pastes anything.
 */
export function pasteTarget(rt: Runtime, key: SheetKey, lang: Lang): PasteTarget {
  const sheet = rt.spreadsheet.sheet(sheetLabel(key, lang));
  const values = sheet.values();
  const header = values[0]!.map(String);
  const typedColumns = sheetDef(key)
    .columns.filter((c) => !c.computed)
    .map((c) => header.indexOf(columnLabel(key, c.key, lang)))
    .filter((i) => i >= 0);
  return { header, next: lastTyped(values, sheet.formulas(), typedColumns) + 1 };
}

/**
 * Pastes rows (column key → text as typed) under a table's header, after the last row a
 * person typed (or at `target`, which moves on); returns the first row. Throws with the
 * sheet's reason if the paste is refused.
 */
export function pasteTyped(
  rt: Runtime,
  key: SheetKey,
  lang: Lang,
  rows: ReadonlyArray<Record<string, string>>,
  target: PasteTarget = pasteTarget(rt, key, lang),
): number {
  const sheet = rt.spreadsheet.sheet(sheetLabel(key, lang));
  const { header, next: start } = target;
  const at = (column: string) => {
    const index = header.indexOf(columnLabel(key, column, lang));
    if (index < 0)
      throw new Error(`no column ${column} (${columnLabel(key, column, lang)}) in ${sheet.name}`);
    return index;
  };
  const block = rows.map((row) => {
    const line = header.map(() => '');
    for (const [column, text] of Object.entries(row)) line[at(column)] = text;
    return line;
  });
  if (block.length === 0) return start;
  const result = sheet.paste(`A${start}`, block);
  if (!result.ok) throw new Error(`${sheet.name}: ${result.error}`);
  target.next += block.length;
  return start;
}

/** Pastes records as a person would type them: codes as labels, dates as yyyy-mm-dd. */
export function pasteRecords(
  rt: Runtime,
  key: SheetKey,
  lang: Lang,
  records: ReadonlyArray<object>,
  target?: PasteTarget,
): void {
  const columns = sheetDef(key).columns.filter((c) => !c.computed);
  pasteTyped(
    rt,
    key,
    lang,
    records.map((record) =>
      Object.fromEntries(
        columns.map((c) => [
          c.key,
          typed(toCell(c, (record as Record<string, unknown>)[c.key], lang), lang, rt.spreadsheet.timeZone),
        ]),
      ),
    ),
    target,
  );
}
