/**
 * The Review sheet on Apps Script: its worklist columns made whole when an older workbook lacks
 * them (before anything is written there), and the menu item that takes again the rows a person
 * marked fixed.
 */
import { translator } from '../core/i18n/messages';
import { sheetDef } from '../core/schema/sheets';
import { uiMessages } from '../core/ui/messages';
import type { Store } from '../flows/ports';
import { retakeFixed } from '../flows/review';
import { openWorkbook, type Workbook } from './context';
import { definitionOf, refreshChoicesIfNeeded } from './forms';
import { withDocumentLock } from './lock';
import { formatColumns } from './setup/columns';
import { ensureTable } from './setup/table';

/** Adds Review's worklist columns (status, answers…) to a sheet made by an earlier version. */
export function ensureReviewColumns(wb: Workbook): void {
  const raw = wb.tables.raw('review');
  if (raw && sheetDef('review').columns.every((c) => raw.columns[c.key] !== undefined)) return;
  const table = ensureTable(wb.layout, 'review', wb.lang);
  formatColumns(table, wb.lang, {});
  wb.tables.invalidate('review');
}

/** The workbook's tables, with Review's columns made whole before the first row is written there. */
export function reviewReady(wb: Workbook): Store {
  let checked = false;
  return {
    get lang() {
      return wb.tables.lang;
    },
    timeZone: wb.tables.timeZone,
    read: (key) => wb.tables.read(key),
    update: (key, changes) => wb.tables.update(key, changes),
    replaceWhere: (key, matches, records) => wb.tables.replaceWhere(key, matches, records),
    append(key, records) {
      if (key === 'review' && records.length > 0 && !checked) {
        ensureReviewColumns(wb);
        checked = true;
      }
      return wb.tables.append(key, records);
    },
  };
}

/** Menu: takes again every Review row marked fixed, and says how it went. */
export function retakeFixedAction(): void {
  const { wb, result } = withDocumentLock(() => {
    const book = openWorkbook();
    ensureReviewColumns(book);
    const done = retakeFixed(book.tables, {
      lang: book.lang,
      today: Utilities.formatDate(book.now, book.timeZone, 'yyyy-MM-dd'),
      timeZone: book.timeZone,
      forms: { intake: definitionOf(book, 'intake', false), session: definitionOf(book, 'session', false) },
    });
    try {
      refreshChoicesIfNeeded(book, done.added.length > 0);
    } catch (error) {
      console.warn(`Pendamping: the form lists were not refreshed: ${String(error)}`);
    }
    return { wb: book, result: done };
  });
  const t = translator(uiMessages, wb.lang);
  wb.spreadsheet.toast(t('review.retaken', { ...result, added: result.added.length }), t('review.title'), 8);
}
