/**
 * The one form-submit trigger of the document, for both forms: routes by the sheet the
 * response landed in, serialises submissions with the document lock, does nothing for a blank
 * or repeated event, and keeps every submission whole (taken, or in Review with the reason;
 * an exception is recorded there too, since add-on triggers send no failure email).
 */

import { dayOf, isDate } from '../core/cells/dates';
import type { FormDefinition, FormKind } from '../core/forms/definitions';
import { FORM_MESSAGES } from '../core/forms/messages';
import { answersOf } from '../core/forms/read';
import { RowSet } from '../core/forms/rows';
import { translator } from '../core/i18n/messages';
import { type Submission, takeSubmission } from '../flows/submission';
import { openWorkbook, type Workbook } from './context';
import { definitionOf, type FormRecord, loadFormRecords, refreshChoices } from './forms';

const PROCESSED = 'pendamping.processed.';

interface FormSubmitEvent {
  range?: GoogleAppsScript.Spreadsheet.Range;
  namedValues?: Record<string, string[]>;
}

/** The definition as the form was built: its questions under the titles they had then. */
function builtDefinition(wb: Workbook, kind: FormKind, record: FormRecord): FormDefinition {
  // Only the questions' titles and types matter here: no need to read the roster for the lists.
  const def = definitionOf(wb, kind, false);
  return {
    ...def,
    questions: def.questions.map((q) => ({ ...q, title: record.titles[q.key] ?? q.title }) as typeof q),
  };
}

interface Row {
  sub: Submission;
  /** The answers by question title: text as the sheet shows it, dates as yyyy-mm-dd. */
  named: Record<string, string[]>;
}

/** Every row of a responses sheet (one read): dates from their cells, in the sheet's time zone. */
function responses(sheet: GoogleAppsScript.Spreadsheet.Sheet, def: FormDefinition, timeZone: string): Row[] {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const shown = range.getDisplayValues();
  const header = shown[0] ?? [];
  const dates = new Set(def.questions.filter((q) => q.type === 'date').map((q) => q.title));
  return shown.slice(1).map((row, i) => {
    const named: Record<string, string[]> = {};
    header.forEach((h, c) => {
      const value = values[i + 1]?.[c];
      if (h) named[h] = [dates.has(h) && isDate(value) ? (dayOf(value, timeZone) ?? '') : (row[c] ?? '')];
    });
    const stamp = values[i + 1]?.[0];
    const at = isDate(stamp) ? stamp.toISOString() : '';
    return {
      named,
      sub: { answers: answersOf(def, named), sheet: sheet.getName(), row: i + 2, receivedAt: at },
    };
  });
}

function take(
  wb: Workbook,
  kind: FormKind,
  record: FormRecord,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  rows: number[],
  event?: Record<string, string[]>,
): void {
  const def = builtDefinition(wb, kind, record);
  const processed = new RowSet(wb.properties.getProperty(PROCESSED + kind) ?? '');
  const all = responses(sheet, def, wb.timeZone);
  const dates = def.questions.filter((q) => q.type === 'date').map((q) => q.title);
  const today = Utilities.formatDate(wb.now, wb.timeZone, 'yyyy-MM-dd');
  let added = false;
  for (const row of rows) {
    if (processed.has(row)) continue; // a repeated event: already taken
    const found = all.find((r) => r.sub.row === row);
    if (!found) continue;
    // The event carries text answers as typed (leading zeros kept); dates are read from their cells.
    const named = event ? { ...event } : found.named;
    for (const title of dates) if (title in found.named) named[title] = found.named[title]!;
    const sub: Submission = { ...found.sub, answers: answersOf(def, named) };
    const earlier = all.filter((r) => r.sub.row < row).map((r) => r.sub);
    const outcome = takeSubmission(wb.tables, def, sub, earlier, { lang: wb.lang, today });
    added = added || outcome.added.length > 0;
    processed.add(row);
  }
  wb.properties.setProperty(PROCESSED + kind, processed.toString());
  if (added) refreshChoices(wb);
}

function formOfSheet(
  records: ReturnType<typeof loadFormRecords>,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
): FormKind | null {
  const id = sheet.getSheetId();
  for (const kind of ['intake', 'session'] as FormKind[]) if (records[kind]?.sheetId === id) return kind;
  return null;
}

/** The installable form-submit trigger's handler. */
export function handleFormSubmit(e: FormSubmitEvent | undefined): void {
  if (!e?.range || !e.namedValues || Object.keys(e.namedValues).length === 0) return;
  const lock = LockService.getDocumentLock();
  // If the lock cannot be had the response still sits in its sheet: "Take pending form responses" takes it.
  lock.waitLock(30_000);
  let wb: Workbook | null = null;
  try {
    wb = openWorkbook();
    const records = loadFormRecords(wb);
    const sheet = e.range.getSheet();
    const kind = formOfSheet(records, sheet);
    if (!kind) return; // a form of the school's own, not ours
    take(wb, kind, records[kind]!, sheet, [e.range.getRow()], e.namedValues);
  } catch (error) {
    recordFailure(wb, e, error);
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}

/** Keeps the submission whole in Review with the error, so nothing a person typed is lost. */
function recordFailure(wb: Workbook | null, e: FormSubmitEvent, error: unknown): void {
  const book = wb ?? openWorkbook();
  const t = translator(FORM_MESSAGES, book.lang);
  const raw = Object.keys(e.namedValues ?? {})
    .map((title) => `${title}: ${(e.namedValues![title] ?? []).join(', ')}`)
    .join(' | ');
  book.tables.append('review', [
    {
      received_at: book.now.toISOString(),
      source: `${e.range?.getSheet().getName() ?? ''} #${e.range?.getRow() ?? ''}`,
      problem: t('error', { message: error instanceof Error ? error.message : String(error) }),
      raw,
    },
  ]);
}

/** Menu: takes every response of both forms not taken yet (after a failed or missed trigger). */
export function takePendingResponses(): number {
  const wb = openWorkbook();
  const records = loadFormRecords(wb);
  let count = 0;
  for (const kind of ['intake', 'session'] as FormKind[]) {
    const record = records[kind];
    const sheet =
      record?.sheetId == null
        ? null
        : wb.spreadsheet.getSheets().find((s) => s.getSheetId() === record.sheetId);
    if (!record || !sheet) continue;
    const processed = new RowSet(wb.properties.getProperty(PROCESSED + kind) ?? '');
    const pending: number[] = [];
    for (let row = 2; row <= sheet.getLastRow(); row++) if (!processed.has(row)) pending.push(row);
    take(wb, kind, record, sheet, pending);
    count += pending.length;
  }
  return count;
}
