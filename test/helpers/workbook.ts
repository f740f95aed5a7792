/**
 * Test helpers that act as a teacher would in the workbook: run Setup from the menu, then
 * type or paste rows under the headers (found by their labels, as a person finds them).
 */

import { pasteTyped } from '../../local/demo/load';
import { createRuntime, type Runtime, type RuntimeOptions } from '../../local/runtime';
import { type Lang, langFromLocale } from '../../src/core/i18n/lang';
import { sheetLabel } from '../../src/core/schema/labels';
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

/** Pastes rows (column key → typed text) under the header, after the last row. Returns the first row. */
export const paste = pasteTyped;
