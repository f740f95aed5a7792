/**
 * Setup, one table: the sheet exists and is tagged with its key; every column exists, has
 * its header and carries its key; the header row is frozen and formatted. Adds, never deletes,
 * never rewrites a cell a person filled.
 */
import type { Lang } from '../../core/i18n/lang';
import { columnLabel, sheetLabel } from '../../core/schema/labels';
import { type ColumnMap, locateColumns } from '../../core/schema/locate';
import { sheetDef } from '../../core/schema/sheets';
import type { SheetKey } from '../../core/schema/types';
import { columnLetter } from '../../core/setup/formulas';
import { COLUMN_KEY, type Layout, SHEET_KEY } from '../layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface EnsuredTable {
  key: SheetKey;
  sheet: Sheet;
  columns: ColumnMap;
  created: boolean;
  addedColumns: string[];
}

function ensureSheet(layout: Layout, key: SheetKey, lang: Lang): { sheet: Sheet; created: boolean } {
  const found = layout.sheet(key);
  if (found) {
    const tagged = found
      .createDeveloperMetadataFinder()
      .withKey(SHEET_KEY)
      .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
      .find();
    if (tagged.length === 0) found.addDeveloperMetadata(SHEET_KEY, key);
    return { sheet: found, created: false };
  }
  const sheet = layout.spreadsheet.insertSheet(sheetLabel(key, lang));
  sheet.addDeveloperMetadata(SHEET_KEY, key);
  layout.forget(key);
  return { sheet, created: true };
}

/** Makes a table's sheet and columns whole; returns where its columns are. */
export function ensureTable(layout: Layout, key: SheetKey, lang: Lang): EnsuredTable {
  const def = sheetDef(key);
  const { sheet, created } = ensureSheet(layout, key, lang);
  const width = sheet.getLastColumn();
  const header = width > 0 ? sheet.getRange(1, 1, 1, width).getValues()[0]! : [];
  const byMetadata = layout.columnsByMetadata(sheet);
  const columns = locateColumns(def, header, byMetadata);

  const missing = def.columns.filter((c) => columns[c.key] === undefined);
  if (missing.length > 0) {
    const needed = width + missing.length;
    const max = sheet.getMaxColumns();
    if (needed > max) sheet.insertColumnsAfter(max, needed - max);
    sheet
      .getRange(1, width + 1, 1, missing.length)
      .setValues([missing.map((c) => columnLabel(key, c.key, lang))]);
    missing.forEach((c, i) => {
      columns[c.key] = width + i;
    });
  }
  // Attach the key to every column found by its header or just added.
  for (const column of def.columns) {
    const index = columns[column.key]!;
    if (byMetadata[column.key] === index) continue;
    const letter = columnLetter(index);
    sheet.getRange(`${letter}:${letter}`).addDeveloperMetadata(COLUMN_KEY, column.key);
  }

  const total = Math.max(width, ...def.columns.map((c) => columns[c.key]! + 1));
  sheet.getRange(1, 1, 1, total).setFontWeight('bold').setBackground('#e8f0fe');
  if (sheet.getFrozenRows() < 1) sheet.setFrozenRows(1);
  for (const column of def.columns) {
    if (created || missing.includes(column))
      sheet.setColumnWidth(columns[column.key]! + 1, column.width ?? 120);
  }
  layout.forget(key);
  return { key, sheet, columns, created, addedColumns: missing.map((c) => c.key) };
}
