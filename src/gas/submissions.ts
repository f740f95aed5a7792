/**
 * The one form-submit trigger of the document, for both forms, and "Take pending form
 * responses". A response is taken once, whatever happens to the responses sheet and whenever
 * its event arrives: the event finds its row by timestamp and answers (not by row number), a
 * taken row carries a marker note, and a row deleted after it was taken is remembered in a
 * ledger. Submissions are serialised with the document lock; every one ends in a table or whole
 * in Review (an exception of the add-on included, since add-on triggers send no failure email).
 */

import type { FormKind } from '../core/forms/definitions';
import { findRow, responseKey } from '../core/forms/identity';
import { FORM_MESSAGES } from '../core/forms/messages';
import { reviewRecord } from '../core/forms/review';
import { translator } from '../core/i18n/messages';
import { sheetLabel } from '../core/schema/labels';
import type { Outcome } from '../flows/submission';
import { openWorkbook, type Workbook } from './context';
import { type FormRecord, type FormRecords, loadFormRecords, refreshChoicesIfNeeded } from './forms';
import { answersOf, answersPart, markTaken, STAMP_COLUMN, saveLedger } from './responses';
import { ensureReviewColumns } from './review';
import { noticeAfterSubmission } from './review-notices';
import { opened, stampNow, takeFromEvent, takeRow } from './take-response';

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

/** What the trigger does once it holds the lock; the outcome, or null when nothing was taken. */
function takeEvent(wb: Workbook, e: FormSubmitEvent): { kind: FormKind; outcome: Outcome } | null {
  const records = loadFormRecords(wb);
  const sheet = e.range!.getSheet();
  const kind = kindOfSheet(records, sheet);
  if (!kind) return null; // a form of the school's own, not ours
  const { responses, ledger } = opened(wb, records[kind] as FormRecord, kind, sheet);
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
    // Taken by another coordinator's trigger first: this one may be the run that can open the
    // session form, so it refreshes lists an earlier run could not.
    if (taken) afterTaking(wb, [taken]);
    else refreshLists(wb, false);
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
  refreshLists(
    wb,
    taken.some((x) => x.outcome.added.length > 0),
  );
  // A log in Review, or notices that waited for a new day: mentors hear of them now.
  noticeAfterSubmission(
    wb,
    taken.some((x) => x.kind === 'session' && x.outcome.problems.length > 0 && !x.outcome.taken),
  );
}

/** The session form's lists, when students were added or an earlier refresh could not be made. */
function refreshLists(wb: Workbook, added: boolean): void {
  try {
    refreshChoicesIfNeeded(wb, added);
  } catch (error) {
    console.warn(`Pendamping: the form lists were not refreshed: ${String(error)}`);
  }
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
      const { responses, ledger } = opened(book, records[kind] as FormRecord, kind, sheet);
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
    const { responses, ledger } = opened(wb, record, kind, sheet);
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
