import type { AcceptResult, AssignmentView, Proposal } from '../../sidebar/contract';
import { helpPage } from '../core/help/pages';
import { translator } from '../core/i18n/messages';
import { summarySchedule } from '../core/settings/schedule';
import { uiMessages } from '../core/ui/messages';
import { accept, assignmentView, release, suggest } from '../flows/assign';
import { openWorkbook } from './context';
import { withDocumentLock } from './lock';

/** Opens the sidebar page (dist/Sidebar.html). Needs AuthMode.FULL, as every sidebar does. */
export function showSidebar(): void {
  const t = translator(uiMessages, openWorkbook().lang);
  const page = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(t('sidebar.title'));
  SpreadsheetApp.getUi().showSidebar(page);
}

/** The help dialog: a page per subject (src/core/help), with when the monthly emails go. */
export function showHelpDialog(): void {
  const wb = openWorkbook();
  const t = translator(uiMessages, wb.lang);
  const page = HtmlService.createHtmlOutput(helpPage(wb.lang, summarySchedule(wb.settings)))
    .setWidth(640)
    .setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(page, t('help.title'));
}

/** The import dialog (dist/Import.html). */
export function showImportDialog(): void {
  const t = translator(uiMessages, openWorkbook().lang);
  const page = HtmlService.createHtmlOutputFromFile('Import').setWidth(720).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(page, t('import.title'));
}

/** The spreadsheet's day, for the sidebar's flows (risk as of it, the day a mentoring starts). */
function sidebarContext() {
  const wb = openWorkbook();
  return { tables: wb.tables, today: Utilities.formatDate(wb.now, wb.timeZone, 'yyyy-MM-dd') };
}

/** Sidebar: unassigned at-risk students and mentors' caseloads. */
export function assignmentViewAction(): AssignmentView {
  const { tables, today } = sidebarContext();
  return assignmentView(tables, today);
}

/** Sidebar: an optimal mentor for every unassigned at-risk student, with reasons; writes nothing. */
export function suggestAction(): Proposal {
  const { tables, today } = sidebarContext();
  return suggest(tables, today);
}

/** Sidebar: writes the accepted pairs (each checked again) in one write, under the document lock. */
export function acceptAction(pairs: Array<{ studentId: string; mentorId: string }>): AcceptResult {
  return withDocumentLock(() => {
    const { tables, today } = sidebarContext();
    return accept(tables, pairs, today);
  });
}

/** Sidebar: ends the mentoring of these students, under the document lock. */
export function releaseAction(studentIds: string[]): AssignmentView {
  return withDocumentLock(() => {
    const { tables, today } = sidebarContext();
    return release(tables, studentIds, today);
  });
}
