/**
 * Import students from another sheet of the workbook (a Dapodik export pasted in, a
 * register): preview the column mapping, then merge by student ID without duplicates; rows it
 * cannot take go whole to Review with the reason.
 */
import type { ImportPreview, ImportResult, ImportSource } from '../../sidebar/contract';
import { reviewRecord } from '../core/forms/review';
import { translator } from '../core/i18n/messages';
import { detectMapping } from '../core/import/mapping';
import { IMPORT_MESSAGES } from '../core/import/messages';
import { type ImportPlan, planImport } from '../core/import/plan';
import { columnLabel } from '../core/schema/labels';
import type { ReviewRow, Student } from '../core/schema/records';
import { openWorkbook, type Workbook } from './context';
import { refreshChoices } from './forms';
import { SHEET_KEY } from './layout';
import { withDocumentLock } from './lock';
import { ensureReviewColumns } from './review';

/** Sheets that are not Pendamping's own and not form responses: candidates to import from. */
export function importSources(): ImportSource[] {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ours = new Set(
    ss
      .createDeveloperMetadataFinder()
      .withKey(SHEET_KEY)
      .find()
      .map((md) => md.getLocation().getSheet()?.getSheetId()),
  );
  return ss
    .getSheets()
    .filter((s) => !ours.has(s.getSheetId()) && !s.getFormUrl())
    .map((s) => ({ name: s.getName(), rows: s.getLastRow() }));
}

function plan(
  wb: Workbook,
  sheetName: string,
): { plan: ImportPlan; headers: string[]; keys: Array<string | null> } {
  const t = translator(IMPORT_MESSAGES, wb.lang);
  const source = wb.spreadsheet.getSheetByName(sheetName);
  if (!source) throw new Error(t('no_sheet', { sheet: sheetName }));
  const ours = source.createDeveloperMetadataFinder().withKey(SHEET_KEY).find();
  if (ours.length > 0) throw new Error(t('own_sheet', { sheet: sheetName }));
  const rows = source.getDataRange().getValues();
  const mapping = detectMapping(rows);
  if (!mapping) throw new Error(t('no_header'));
  const existing = wb.tables.read<Student>('students').rows;
  return {
    plan: planImport(sheetName, mapping, rows, existing, { lang: wb.lang, timeZone: wb.timeZone }),
    headers: mapping.headers,
    keys: mapping.keys,
  };
}

/** What an import would do, without doing it. */
export function previewImport(sheetName: string): ImportPreview {
  const wb = openWorkbook();
  const { plan: p, headers, keys } = plan(wb, sheetName);
  return {
    lang: wb.lang,
    sheet: sheetName,
    columns: headers.map((header, i) => {
      const key = keys[i] ?? null;
      return { header, key, label: key ? columnLabel('students', key, wb.lang) : null };
    }),
    counts: p.counts,
    problems: p.reviews.slice(0, 20).map((r) => r.problem),
  };
}

/** Runs the import: one append and one update of Students, one append to Review. */
export function runImport(sheetName: string): ImportResult {
  return withDocumentLock(() => {
    const wb = openWorkbook();
    const { plan: p } = plan(wb, sheetName);
    wb.tables.append('students', p.appends);
    wb.tables.update('students', p.updates);
    const at = wb.now.toISOString();
    // The same row imported twice is kept in Review once.
    const kept = new Set(
      wb.tables
        .read<ReviewRow>('review')
        .rows.map(({ record: r }) => `${r.source}\u0001${r.raw}\u0001${r.problem}`),
    );
    const fresh = p.reviews.filter((r) => !kept.has(`${r.source}\u0001${r.raw}\u0001${r.problem}`));
    ensureReviewColumns(wb);
    wb.tables.append(
      'review',
      fresh.map((r) => reviewRecord({ ...r, receivedAt: at })),
    );
    // New students belong in the session-log form's list too.
    if (p.appends.length > 0) refreshChoices(wb);
    return { lang: wb.lang, sheet: sheetName, counts: p.counts };
  });
}
