/**
 * Taking one response of a responses sheet: its answers (a teacher's correction counts), the
 * duplicate check against the responses around it, the marker on its timestamp cell and the
 * ledger entry; or, when its row was deleted before it was taken, from its form-submit event.
 */
import type { FormKind } from '../core/forms/definitions';
import { markerNote, normaliseAnswer } from '../core/forms/identity';
import type { Ledger } from '../core/forms/ledger';
import { FORM_MESSAGES } from '../core/forms/messages';
import { takenByNumber } from '../core/forms/rows';
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
import type { Workbook } from './context';
import { builtDefinition, type FormRecord } from './forms';
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
} from './responses';
import { reviewReady } from './review';

/** Before markers, taken rows were kept by row number in this property (migrated once). */
const LEGACY_PROCESSED = 'pendamping.processed.';

export const today = (wb: Workbook) => Utilities.formatDate(wb.now, wb.timeZone, 'yyyy-MM-dd');
export const stampNow = (wb: Workbook) => Utilities.formatDate(wb.now, wb.timeZone, 'yyyy-MM-dd HH:mm');

/** Rows taken by row number before markers existed: marked now (one write), then forgotten. */
function migrateLegacy(wb: Workbook, responses: ResponsesSheet, ledger: Ledger): void {
  const legacy = wb.properties.getProperty(LEGACY_PROCESSED + responses.kind);
  if (legacy === null) return;
  const taken = takenByNumber(legacy);
  const rows = responses.rows.filter((r) => r.key === null && taken(r.row));
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
    sheet: responses.name,
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
export function takeRow(
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
  const outcome = takeSubmission(reviewReady(wb), responses.def, sub, othersThan(responses, row), {
    lang: wb.lang,
    today: today(wb),
  });
  markTaken(responses, row, where(outcome, responses.kind, wb), stampNow(wb), sub.key, outcome.taken);
  ledger.add(sub.key);
  return outcome;
}

/** Takes a response whose row was deleted before it was taken: from its event alone. */
export function takeFromEvent(
  wb: Workbook,
  responses: ResponsesSheet,
  values: string[],
  key: string,
): Outcome {
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
  return takeSubmission(reviewReady(wb), responses.def, sub, othersThan(responses, orphan), {
    lang: wb.lang,
    today: today(wb),
  });
}

/** A responses sheet read, its ledger loaded, older markers migrated. */
export function opened(
  wb: Workbook,
  record: FormRecord,
  kind: FormKind,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
) {
  const responses = readResponses(wb, kind, record, builtDefinition(wb, kind, record), sheet);
  const ledger = loadLedger(wb, kind);
  migrateLegacy(wb, responses, ledger);
  return { responses, ledger };
}
