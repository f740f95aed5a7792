/**
 * The one form-submit trigger of the document, for both forms, and "Take pending form
 * responses". A response is taken once, whatever happens to the responses sheet and whenever
 * its event arrives: the event finds its row by timestamp and answers (not by row number), a
 * taken row carries a marker note, and a row deleted after it was taken is remembered in a
 * ledger. Submissions are serialised with the document lock; every one ends in a table or whole
 * in Review (an exception of the add-on included, since add-on triggers send no failure email).
 */

import type { FormKind } from '../core/forms/definitions';
import { findRow, markerNote, normaliseAnswer, responseKey } from '../core/forms/identity';
import type { Ledger } from '../core/forms/ledger';
import { FORM_MESSAGES } from '../core/forms/messages';
import { reviewRecord } from '../core/forms/review';
import { RowSet } from '../core/forms/rows';
import { dayOrderOf, readShownDay, readShownInstant } from '../core/forms/shown';
import { translator } from '../core/i18n/messages';
import { sheetLabel } from '../core/schema/labels';
import {
  DUPLICATE_MINUTES,
  type Other,
  type Outcome,
  type Submission,
  takeSubmission,
} from '../flows/submission';
import { openWorkbook, type Workbook } from './context';
import {
  builtDefinition,
  type FormRecord,
  type FormRecords,
  loadFormRecords,
  refreshChoicesIfNeeded,
} from './forms';
import {
  answersOf,
  answersPart,
  keyOf,
  loadLedger,
  markTaken,
  type ResponseRow,
  type ResponsesSheet,
  readResponses,
  STAMP_COLUMN,
  saveLedger,
} from './responses';
import { ensureReviewColumns } from './review';
import { noticeAfterSubmission } from './review-notices';

/** Before markers, taken rows were kept by row number in this property (migrated once). */
const LEGACY_PROCESSED = 'pendamping.processed.';

interface FormSubmitEvent {
  range?: GoogleAppsScript.Spreadsheet.Range;
  values?: string[];
  namedValues?: Record<string, string[]>;
}

const KINDS: FormKind[] = ['intake', 'session'];

function kindOfSheet(records: FormRecords, sheet: GoogleAppsScript.Spreadsheet.Sheet): FormKind | null {
  const id = sheet.getSheetId();
  return KINDS.find((kind) => records[kind]?.sheetId === id) ?? null;
}

const today = (wb: Workbook) => Utilities.formatDate(wb.now, wb.timeZone, 'yyyy-MM-dd');
const stampNow = (wb: Workbook) => Utilities.formatDate(wb.now, wb.timeZone, 'yyyy-MM-dd HH:mm');

/** Rows taken by row number before markers existed: marked now (one write), then forgotten. */
function migrateLegacy(wb: Workbook, responses: ResponsesSheet, ledger: Ledger): void {
  const legacy = wb.properties.getProperty(LEGACY_PROCESSED + responses.kind);
  if (legacy === null) return;
  const processed = new RowSet(legacy);
  const rows = responses.rows.filter((r) => r.key === null && processed.has(r.row));
  if (rows.length > 0) {
    const first = rows[0]!.row;
    const range = responses.sheet.getRange(
      first,
      STAMP_COLUMN + 1,
      rows[rows.length - 1]!.row - first + 1,
      1,
    );
    const notes = range.getNotes();
    const before = translator(FORM_MESSAGES, wb.lang)('taken_before');
    for (const row of rows) {
      const key = keyOf(row);
      notes[row.row - first] = [markerNote(before, stampNow(wb), key, row.note, true)];
      row.key = key;
      ledger.add(key);
    }
    range.setNotes(notes);
  }
  wb.properties.deleteProperty(LEGACY_PROCESSED + responses.kind);
}

/** The other responses within the duplicate window, and whether each comes first or was taken. */
function othersThan(responses: ResponsesSheet, row: ResponseRow): Other[] {
  const at = Date.parse(row.receivedAt);
  const near = (r: ResponseRow) => Math.abs(Date.parse(r.receivedAt) - at) <= DUPLICATE_MINUTES * 60_000;
  return responses.rows
    .filter((r) => r !== row && r.receivedAt !== '' && near(r))
    .map((r) => {
      const t = Date.parse(r.receivedAt);
      const first = t < at || (t === at && row.row > 0 && r.row < row.row);
      return { ...submissionOf(responses, r, r.cells), first, inTable: r.inTable };
    });
}

function submissionOf(responses: ResponsesSheet, row: ResponseRow, cells: readonly string[]): Submission {
  return {
    answers: answersOf(responses, cells),
    sheet: responses.sheet.getName(),
    shownAt: row.stamp,
    receivedAt: row.receivedAt,
    key: keyOf(row),
  };
}

const where = (outcome: Outcome, kind: FormKind, wb: Workbook) =>
  sheetLabel(outcome.taken ? (kind === 'intake' ? 'assessments' : 'sessions') : 'review', wb.lang);

/**
 * Takes one row: its answers (a teacher's correction counts; where the row lost the zeros the
 * event still has, the event's text), the duplicate check against earlier rows, the marker.
 */
function takeRow(
  wb: Workbook,
  responses: ResponsesSheet,
  row: ResponseRow,
  ledger: Ledger,
  event?: string[],
): Outcome {
  const cells = row.cells.map((cell, c) => {
    const given = event?.[c];
    const same =
      given !== undefined && typeof given === 'string' && normaliseAnswer(given) === normaliseAnswer(cell);
    return same &&
      !responses.def.questions.some((q) => q.type === 'date' && responses.columns[q.key]?.includes(c))
      ? given
      : cell;
  });
  const sub = submissionOf(responses, row, cells);
  if (sub.receivedAt === '') sub.receivedAt = wb.now.toISOString();
  const outcome = takeSubmission(wb.tables, responses.def, sub, othersThan(responses, row), {
    lang: wb.lang,
    today: today(wb),
  });
  markTaken(responses, row, where(outcome, responses.kind, wb), stampNow(wb), sub.key, outcome.taken);
  ledger.add(sub.key);
  return outcome;
}

/** Takes a response whose row was deleted before it was taken: from its event alone. */
function takeFromEvent(wb: Workbook, responses: ResponsesSheet, values: string[], key: string): Outcome {
  const order = dayOrderOf(wb.spreadsheet.getSpreadsheetLocale());
  const dateColumns = new Set(
    responses.def.questions.filter((q) => q.type === 'date').flatMap((q) => responses.columns[q.key] ?? []),
  );
  const cells = values.map((v, c) => (dateColumns.has(c) ? (readShownDay(v, order) ?? v) : v));
  const stamp = values[STAMP_COLUMN] ?? '';
  const receivedAt = readShownInstant(stamp, order, wb.timeZone) ?? wb.now.toISOString();
  const orphan: ResponseRow = {
    row: 0,
    stamp,
    receivedAt,
    answers: answersPart(values),
    cells,
    note: '',
    key,
    inTable: false,
  };
  const sub = submissionOf(responses, orphan, cells);
  return takeSubmission(wb.tables, responses.def, sub, othersThan(responses, orphan), {
    lang: wb.lang,
    today: today(wb),
  });
}

function opened(
  wb: Workbook,
  records: FormRecords,
  kind: FormKind,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
) {
  const record = records[kind] as FormRecord;
  const responses = readResponses(wb, kind, record, builtDefinition(wb, kind, record), sheet);
  const ledger = loadLedger(wb, kind);
  migrateLegacy(wb, responses, ledger);
  ensureReviewColumns(wb);
  return { responses, ledger };
}

/** What the trigger does once it holds the lock; the outcome, or null when nothing was taken. */
function takeEvent(wb: Workbook, e: FormSubmitEvent): { kind: FormKind; outcome: Outcome } | null {
  const records = loadFormRecords(wb);
  const sheet = e.range!.getSheet();
  const kind = kindOfSheet(records, sheet);
  if (!kind) return null; // a form of the school's own, not ours
  const { responses, ledger } = opened(wb, records, kind, sheet);
  const values = (e.values ?? []).map((v) => String(v ?? ''));
  const event = { stamp: values[STAMP_COLUMN] ?? '', answers: answersPart(values), key: null };
  const index = findRow(event, responses.rows);
  let outcome: Outcome | null = null;
  if (index >= 0) {
    const row = responses.rows[index]!;
    if (row.key === null) outcome = takeRow(wb, responses, row, ledger, values);
  } else {
    const key = responseKey(event.stamp, event.answers);
    const present = new Set(responses.rows.flatMap((r) => (r.key === null ? [] : [r.key])));
    if (!ledger.settle(key, present)) {
      outcome = takeFromEvent(wb, responses, values, key);
      ledger.add(key);
    }
  }
  saveLedger(wb, kind, ledger);
  return outcome ? { kind, outcome } : null;
}

/** The installable form-submit trigger's handler. */
export function handleFormSubmit(e: FormSubmitEvent | undefined): void {
  if (!e?.range || !e.values || e.values.length === 0) return;
  const lock = LockService.getDocumentLock();
  // If the lock cannot be had the response still sits in its sheet: "Take pending form responses" takes it.
  lock.waitLock(30_000);
  let wb: Workbook | null = null;
  try {
    wb = openWorkbook();
    const taken = takeEvent(wb, e);
    if (taken) afterTaking(wb, [taken]);
  } catch (error) {
    recordFailure(wb, e, error);
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}

/** What follows responses taken: the session form learns new students; mentors hear of Review. */
function afterTaking(wb: Workbook, taken: Array<{ kind: FormKind; outcome: Outcome }>): void {
  // Neither may throw: the responses are taken and marked, and must not also land in Review.
  try {
    refreshChoicesIfNeeded(
      wb,
      taken.some((x) => x.outcome.added.length > 0),
    );
  } catch (error) {
    console.warn(`Pendamping: the form lists were not refreshed: ${String(error)}`);
  }
  // Any response is a chance to send the notices that waited for a new day.
  noticeAfterSubmission(wb);
}

/** Keeps the submission whole in Review with the error, so nothing a person typed is lost. */
function recordFailure(wb: Workbook | null, e: FormSubmitEvent, error: unknown): void {
  const book = wb ?? openWorkbook();
  const t = translator(FORM_MESSAGES, book.lang);
  const values = (e.values ?? []).map((v) => String(v ?? ''));
  const sheet = e.range?.getSheet();
  const records = loadFormRecords(book);
  const kind = sheet ? kindOfSheet(records, sheet) : null;
  let answers: Record<string, string> = {};
  let raw = Object.keys(e.namedValues ?? {})
    .map((title) => `${title}: ${(e.namedValues![title] ?? []).join(', ')}`)
    .join(' | ');
  let marked: (() => void) | null = null;
  try {
    if (kind && sheet) {
      const { responses, ledger } = opened(book, records, kind, sheet);
      const parsed = answersOf(responses, values);
      answers = parsed.byKey;
      raw = parsed.raw;
      const row =
        responses.rows[
          findRow(
            { stamp: values[STAMP_COLUMN] ?? '', answers: answersPart(values), key: null },
            responses.rows,
          )
        ];
      const key = responseKey(values[STAMP_COLUMN] ?? '', answersPart(values));
      marked = () => {
        if (row && row.key === null)
          markTaken(responses, row, sheetLabel('review', book.lang), stampNow(book), key, false);
        ledger.add(key);
        saveLedger(book, kind, ledger);
      };
    }
  } catch {
    // The answers stay in raw, from the event as it came.
  }
  try {
    ensureReviewColumns(book);
  } catch {
    // The row goes in with the columns there are: raw holds it whole.
  }
  book.tables.append('review', [
    reviewRecord({
      receivedAt: book.now.toISOString(),
      source: `${sheet?.getName() ?? ''} ${values[STAMP_COLUMN] ?? ''}`.trim(),
      problem: t('error', { message: error instanceof Error ? error.message : String(error) }),
      origin: kind,
      taken: false,
      raw,
      answers,
    }),
  ]);
  // Kept in Review: the response is not taken again from its sheet (a person re-takes the row).
  marked?.();
}

/** Menu: takes every response of both forms not taken yet (after a failed or missed trigger). */
export function takePendingResponses(): number {
  const wb = openWorkbook();
  const records = loadFormRecords(wb);
  const taken: Array<{ kind: FormKind; outcome: Outcome }> = [];
  for (const kind of KINDS) {
    const record = records[kind];
    const sheet =
      record?.sheetId == null
        ? null
        : wb.spreadsheet.getSheets().find((s) => s.getSheetId() === record.sheetId);
    if (!record || !sheet) continue;
    const { responses, ledger } = opened(wb, records, kind, sheet);
    const pending = responses.rows
      .filter((r) => r.key === null)
      .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.row - b.row);
    try {
      for (const row of pending) taken.push({ kind, outcome: takeRow(wb, responses, row, ledger) });
    } finally {
      saveLedger(wb, kind, ledger);
    }
  }
  afterTaking(wb, taken);
  return taken.length;
}
