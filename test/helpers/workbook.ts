/**
 * Test helpers that act as a teacher would in the workbook: run Setup from the menu, then
 * type or paste rows under the headers (found by their labels, as a person finds them).
 */

import { createRuntime, type Runtime, type RuntimeOptions } from '../../local/runtime';
import { type Lang, langFromLocale } from '../../src/core/i18n/lang';
import { columnLabel, sheetLabel } from '../../src/core/schema/labels';
import type { SheetKey } from '../../src/core/schema/types';

export const NOW = '2026-11-16T08:00:00+07:00';

export function setUp(options: RuntimeOptions = {}): { rt: Runtime; lang: Lang } {
  const rt = createRuntime({ locale: 'id_ID', now: NOW, name: 'SMP Negeri 3 Kupang', ...options });
  rt.call('setupWorkbook');
  return { rt, lang: langFromLocale(options.locale ?? 'id_ID') };
}

/** The sheet of a table, by its label in the workbook language. */
export function sheetOf(rt: Runtime, key: SheetKey, lang: Lang) {
  return rt.spreadsheet.sheet(sheetLabel(key, lang));
}

/** The last row a person typed into (formula results spilling below do not count). */
function lastEntered(formulas: unknown[][], values: unknown[][]): number {
  for (let r = values.length - 1; r >= 1; r--) {
    const typed = values[r]!.some(
      (v, c) => v !== '' && (formulas[r]?.[c] ?? '') === '' && !isSpilled(formulas, r, c),
    );
    if (typed) return r + 1;
  }
  return 1;
}

// Spilled results carry no formula of their own; the anchor above them does.
function isSpilled(formulas: unknown[][], r: number, c: number): boolean {
  for (let up = r; up >= 1; up--) if ((formulas[up]?.[c] ?? '') !== '') return true;
  return false;
}

/** Pastes rows (column key → typed text) under the header, after the last row. Returns the first row. */
export function paste(rt: Runtime, key: SheetKey, lang: Lang, rows: Array<Record<string, string>>): number {
  const sheet = sheetOf(rt, key, lang);
  const header = sheet.values()[0]!.map(String);
  const start = lastEntered(sheet.formulas(), sheet.values()) + 1;
  const block = rows.map((row) => {
    const line = header.map(() => '');
    for (const [k, v] of Object.entries(row)) {
      const at = header.indexOf(columnLabel(key, k, lang));
      if (at < 0) throw new Error(`no column ${k} (${columnLabel(key, k, lang)}) in ${sheet.name}`);
      line[at] = v;
    }
    return line;
  });
  const result = sheet.paste(`A${start}`, block);
  if (!result.ok) throw new Error(result.error);
  return start;
}

/** Every cell of a sheet as a person sees it (display text). */
export function cells(rt: Runtime, name: string): string[][] {
  return rt.spreadsheet.sheet(name).displayValues();
}
