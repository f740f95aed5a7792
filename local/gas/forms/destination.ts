/**
 * A form's responses sheet, as Google keeps it: made by setDestination as the first tab ("Form
 * Responses N", "Jawaban Formulir N" in an Indonesian spreadsheet) with a header row of
 * Timestamp then each question; a question added later gets a new column at the end, a deleted
 * one keeps its column; each response fills the next row, answers written as if typed.
 */
import { hasContent } from '../spreadsheet/model/cell';
import type { SheetData } from '../spreadsheet/model/sheet-data';
import type { Workbook } from '../spreadsheet/model/workbook';
import { writeTyped, writeValue } from '../spreadsheet/model/write';
import { defaultDatePattern } from '../spreadsheet/values/locale';
import { parseTyped } from '../spreadsheet/values/typed';
import { zonedDate } from '../spreadsheet/values/zoned';
import type { FormModel, ItemModel, ResponseModel } from './model';
import { isQuestion } from './model';

const isIndonesian = (locale: string) => /^(id|in)(_|$)/i.test(locale);

/** The responses sheet's fixed headers in the spreadsheet's language. */
export function fixedHeaders(locale: string): { sheet: string; timestamp: string; email: string } {
  return isIndonesian(locale)
    ? { sheet: 'Jawaban Formulir', timestamp: 'Stempel waktu', email: 'Alamat email' }
    : { sheet: 'Form Responses', timestamp: 'Timestamp', email: 'Email Address' };
}

/** The form's responses sheet, or null when it has none here (unlinked, elsewhere, or deleted). */
export function destinationSheet(wb: Workbook, form: FormModel): SheetData | null {
  const d = form.destination;
  if (!d || d.spreadsheetId !== wb.id) return null;
  return wb.sheetById(d.sheetId) ?? null;
}

/** Links a form to the workbook: a new responses sheet, its header, and the responses so far. */
export function linkForm(wb: Workbook, form: FormModel): void {
  const names = fixedHeaders(wb.locale);
  let n = 1;
  while (wb.sheetByName(`${names.sheet} ${n}`)) n++;
  const sheet = wb.insertSheet(`${names.sheet} ${n}`, 0);
  sheet.frozenRows = 1;
  const headers = [names.timestamp];
  const columns: Record<string, number> = {};
  let emailColumn: number | null = null;
  if (form.collectEmail) emailColumn = headers.push(names.email);
  for (const item of form.items.filter(isQuestion)) columns[item.id] = headers.push(item.title);
  headers.forEach((h, i) => {
    writeValue(sheet.ensureCell(1, i + 1), h);
  });
  form.destination = { spreadsheetId: wb.id, sheetId: sheet.id, columns, emailColumn, width: headers.length };
  for (const response of form.responses) writeResponse(wb, form, response);
  wb.changed();
}

/** Gives a question added after linking its column at the end of the responses sheet. */
export function addColumn(wb: Workbook, form: FormModel, item: ItemModel): void {
  const sheet = destinationSheet(wb, form);
  if (!sheet || !form.destination || !isQuestion(item)) return;
  const col = ++form.destination.width;
  form.destination.columns[item.id] = col;
  writeValue(sheet.ensureCell(1, col), item.title);
  wb.changed();
}

/** Keeps a question's column header in step with its title. */
export function renameColumn(wb: Workbook, form: FormModel, item: ItemModel): void {
  const sheet = destinationSheet(wb, form);
  const col = form.destination?.columns[item.id];
  if (!sheet || col === undefined) return;
  writeValue(sheet.ensureCell(1, col), item.title);
  wb.changed();
}

/** The last row with anything in the form's columns (0 when even the header is gone). */
function lastFormRow(sheet: SheetData, width: number): number {
  for (let r = sheet.rows.length; r >= 1; r--) {
    for (let c = 1; c <= width; c++) if (hasContent(sheet.cell(r, c))) return r;
  }
  return 0;
}

/** What a checkbox answer looks like in its cell and in the event: the ticked choices, comma-joined. */
export function answerText(value: string | string[]): string {
  return Array.isArray(value) ? value.join(', ') : value;
}

function writeAnswer(
  wb: Workbook,
  sheet: SheetData,
  row: number,
  col: number,
  item: ItemModel,
  value: string | string[],
) {
  const cell = sheet.ensureCell(row, col);
  const text = answerText(value);
  if (item.type === 'SCALE') return writeValue(cell, Number(text));
  if (item.type === 'DATE') {
    const [y, m, d] = text.split('-').map(Number) as [number, number, number];
    return writeValue(cell, zonedDate(y, m, d, 0, 0, 0, wb.timeZone));
  }
  // As if typed ('0012' → 12 unless the column is plain text), but an answer never becomes a formula.
  const typed = parseTyped(text, { locale: wb.locale, timeZone: wb.timeZone, format: cell.format });
  if (typed.kind === 'formula') writeValue(cell, text);
  else writeTyped(cell, typed);
}

/**
 * Writes a response into the row after the form's last one (a row is inserted there when other
 * columns hold something in it) and returns that row, or null when the form has no sheet here.
 */
export function writeResponse(wb: Workbook, form: FormModel, response: ResponseModel): number | null {
  const sheet = destinationSheet(wb, form);
  const d = form.destination;
  if (!sheet || !d) return null;
  wb.ensureCalculated();
  const row = lastFormRow(sheet, d.width) + 1;
  if (row <= sheet.maxRows && (sheet.rows[row - 1] ?? []).some((cell) => hasContent(cell))) {
    wb.changeDimension(sheet, 'rows', { kind: 'insert', at: row, count: 1 });
  }
  const stamp = sheet.ensureCell(row, 1);
  writeValue(stamp, new Date(response.timestamp));
  stamp.format ??= `${defaultDatePattern(wb.locale)} h:mm:ss`;
  if (d.emailColumn !== null) writeValue(sheet.ensureCell(row, d.emailColumn), response.email);
  for (const answer of response.answers) {
    const col = d.columns[answer.itemId];
    const item = form.items.find((i) => i.id === answer.itemId);
    if (col !== undefined && item) writeAnswer(wb, sheet, row, col, item, answer.value);
  }
  wb.changed();
  return row;
}
