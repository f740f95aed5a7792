/** Reads a table of the workbook as a person sees it, row by row, by column key (found by its header). */
import type { Runtime } from '../../local/runtime';
import type { Lang } from '../../src/core/i18n/lang';
import { columnLabel } from '../../src/core/schema/labels';
import { sheetDef } from '../../src/core/schema/sheets';
import type { SheetKey } from '../../src/core/schema/types';
import { sheetOf } from './workbook';

export type Row = Record<string, unknown>;

/** Every row of the table with something in it, as column key → cell value. */
export function rowsOf(rt: Runtime, key: SheetKey, lang: Lang = 'id'): Row[] {
  const [header = [], ...body] = sheetOf(rt, key, lang).values();
  const keys = header.map((h) => sheetDef(key).columns.find((c) => columnLabel(key, c.key, lang) === h)?.key);
  return body
    .filter((cells) =>
      cells.some(
        (v, i) =>
          v !== '' &&
          keys[i] !== undefined &&
          !sheetDef(key).columns.find((c) => c.key === keys[i])?.computed,
      ),
    )
    .map((cells) => Object.fromEntries(keys.flatMap((k, i) => (k ? [[k, cells[i]]] : []))));
}
