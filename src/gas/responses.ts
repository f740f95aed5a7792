/**
 * A form's responses sheet as the add-on reads it: one read of its values, what it shows, and
 * the notes of its timestamp column. Each response row gives its answers as text (dates as
 * yyyy-mm-dd, from their cells) and whether it was taken: a marker note on its timestamp cell
 * (core/forms/identity), which moves with the row whatever a teacher sorts, inserts or deletes.
 */
import { dayOf, isDate } from '../core/cells/dates';
import type { FormDefinition, FormKind } from '../core/forms/definitions';
import { type Candidate, markerInTable, markerKey, markerNote, responseKey } from '../core/forms/identity';
import { Ledger } from '../core/forms/ledger';
import { answersOfRow, questionColumns } from '../core/forms/read';
import type { Workbook } from './context';
import type { FormRecord } from './forms';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const LEDGER = 'pendamping.ledger.';

export interface ResponseRow extends Candidate {
  /** The sheet row now (a teacher's sort or deletion changes it: never an identity). */
  row: number;
  /** The timestamp (ISO), or '' when the cell holds no date. */
  receivedAt: string;
  /** Each column as text, dates as yyyy-mm-dd: what is taken. */
  cells: string[];
  /** The timestamp cell's note as it is. */
  note: string;
  /** True when its marker says it went into a table. */
  inTable: boolean;
}

export interface ResponsesSheet {
  kind: FormKind;
  sheet: Sheet;
  /** The sheet's name (read once). */
  name: string;
  def: FormDefinition;
  header: string[];
  /** Question key → its columns (0-based). */
  columns: Record<string, number[]>;
  rows: ResponseRow[];
}

/** Google's responses sheet always starts with the timestamp. */
export const STAMP_COLUMN = 0;

/** The answers compared to tell responses apart: every column but the timestamp. */
export const answersPart = (shown: readonly string[]) => shown.filter((_, i) => i !== STAMP_COLUMN);

function cellText(value: unknown, shown: string, isDay: boolean, timeZone: string): string {
  if (isDay && isDate(value)) return dayOf(value, timeZone) ?? shown;
  if (typeof value === 'string') return value;
  // A number cell: its digits (what it shows may be grouped or rounded).
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return shown;
}

/** Reads a responses sheet whole (three calls). */
export function readResponses(
  wb: Workbook,
  kind: FormKind,
  record: FormRecord,
  def: FormDefinition,
  sheet: Sheet,
): ResponsesSheet {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const shown = range.getDisplayValues();
  const notes = sheet.getRange(1, STAMP_COLUMN + 1, Math.max(values.length, 1), 1).getNotes();
  const header = (shown[0] ?? []).map((h) => String(h));
  const columns = questionColumns(def, header, record.formerTitles ?? {});
  const days = new Set(def.questions.filter((q) => q.type === 'date').flatMap((q) => columns[q.key] ?? []));
  const rows: ResponseRow[] = [];
  for (let r = 1; r < values.length; r++) {
    const stamp = shown[r]![STAMP_COLUMN] ?? '';
    if (stamp.trim() === '') continue; // not a response: a blank row a teacher inserted, or notes
    const note = String(notes[r]?.[0] ?? '');
    const stampValue = values[r]![STAMP_COLUMN];
    rows.push({
      row: r + 1,
      stamp,
      receivedAt: isDate(stampValue) ? stampValue.toISOString() : '',
      answers: answersPart(shown[r]!),
      cells: values[r]!.map((v, c) => cellText(v, shown[r]![c] ?? '', days.has(c), wb.timeZone)),
      note,
      key: markerKey(note),
      inTable: markerInTable(note),
    });
  }
  return { kind, sheet, name: sheet.getName(), def, header, columns, rows };
}

/** A row's key: taken ones keep the key they were taken under. */
export function keyOf(row: ResponseRow): string {
  return row.key ?? responseKey(row.stamp, row.answers);
}

/** The answers of a row (by question key) and the row whole. */
export function answersOf(responses: ResponsesSheet, cells: readonly string[]) {
  return answersOfRow(responses.def, responses.header, cells, responses.columns);
}

/** Marks a row taken: where it went, when, and its key, in its timestamp cell's note. */
export function markTaken(
  responses: ResponsesSheet,
  row: ResponseRow,
  where: string,
  at: string,
  key: string,
  inTable: boolean,
): void {
  row.note = markerNote(where, at, key, row.note, inTable);
  responses.sheet.getRange(row.row, STAMP_COLUMN + 1).setNote(row.note);
  row.key = key;
  row.inTable = inTable;
}

export function loadLedger(wb: Workbook, kind: FormKind): Ledger {
  return new Ledger(wb.properties.getProperty(LEDGER + kind) ?? '');
}

export function saveLedger(wb: Workbook, kind: FormKind, ledger: Ledger): void {
  wb.properties.setProperty(LEDGER + kind, ledger.toString());
}
