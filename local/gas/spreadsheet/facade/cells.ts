/**
 * Values crossing from the script into cells: the 2-D shape checks of setValues and friends, with
 * Apps Script's messages, and what a script value becomes in a cell (a string is parsed as if
 * typed, so '=…', '+62…' and '0012' behave as in Sheets).
 */
import { isDate } from '../model/cell';
import { SheetsError } from '../model/errors';
import type { SheetData } from '../model/sheet-data';
import type { Workbook } from '../model/workbook';
import { writeTyped, writeValue } from '../model/write';
import { parseTyped } from '../values/typed';
import { signatureError } from './define';

const MAX_CELL_CHARS = 50_000;

/** Checks that `data` is rows × columns and returns it as a 2-D array. */
export function expectGrid(method: string, data: unknown, rows: number, cols: number): unknown[][] {
  if (!Array.isArray(data) || !data.every(Array.isArray)) throw signatureError(method, [data]);
  if (data.length !== rows) {
    throw new SheetsError(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rows}.`,
    );
  }
  for (const row of data as unknown[][]) {
    if (row.length !== cols) {
      throw new SheetsError(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${cols}.`,
      );
    }
  }
  return data as unknown[][];
}

/** Throws unless a value can go into a cell (string, number, boolean, Date, null or undefined). */
export function expectCellValue(value: unknown, where: string): void {
  if (value === null || value === undefined || isDate(value)) return;
  const type = typeof value;
  if (type === 'string') {
    if ((value as string).length > MAX_CELL_CHARS) {
      throw new SheetsError(
        `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
      );
    }
    return;
  }
  if (type === 'number' || type === 'boolean') return;
  const kind = type === 'function' ? 'function' : Array.isArray(value) ? 'array' : 'object';
  throw new SheetsError(`Cannot convert a ${kind} to a cell value (${where}).`);
}

/** Writes one script value into a cell as Apps Script's setValue does. */
export function writeScriptValue(
  wb: Workbook,
  sheet: SheetData,
  row: number,
  col: number,
  value: unknown,
): void {
  const cell = sheet.ensureCell(row, col);
  if (typeof value === 'string') {
    writeTyped(cell, parseTyped(value, { locale: wb.locale, timeZone: wb.timeZone, format: cell.format }));
  } else if (typeof value === 'number' && !Number.isFinite(value)) {
    writeValue(cell, '#NUM!');
    cell.error = 'Invalid number.';
  } else if (value === null || value === undefined) {
    writeValue(cell, '');
  } else {
    writeValue(cell, isDate(value) ? new Date(value.getTime()) : (value as number | boolean));
  }
}
