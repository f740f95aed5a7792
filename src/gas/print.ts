/**
 * "Print monitoring sheets": the monthly monitoring sheets of every mentor in a dialog, printed
 * with the browser's own print (no scope beyond showing a dialog). The data come from the tables
 * through the core: Risk history's baselines for the months, Sessions for dates and types.
 */

import { translator } from '../core/i18n/messages';
import { contactIntervals } from '../core/metrics/overdue';
import { PRINT_MESSAGES } from '../core/print/messages';
import type { MonitoringInput } from '../core/print/monitoring';
import { monitoringPage } from '../core/print/page';
import type { MentorRow, RiskHistoryRow, SessionRow, Student } from '../core/schema/records';
import { openWorkbook, type Workbook } from './context';

/** What the sheets are made of, read once from the tables. */
export function monitoringInput(wb: Workbook): MonitoringInput {
  const rows = <T>(key: Parameters<Workbook['tables']['read']>[0]) =>
    wb.tables.read<T>(key).rows.map((r) => r.record);
  return {
    lang: wb.lang,
    school: wb.settings.school_name || wb.spreadsheet.getName(),
    today: Utilities.formatDate(wb.now, wb.timeZone, 'yyyy-MM-dd'),
    intervals: contactIntervals(wb.settings),
    mentors: rows<MentorRow>('mentors'),
    students: rows<Student>('students'),
    history: rows<RiskHistoryRow>('risk_history'),
    sessions: rows<SessionRow>('sessions'),
  };
}

/** Menu: opens the print-ready sheets (all mentors; the dialog chooses one); returns the page. */
export function showMonitoringSheets(mentorId = ''): string {
  const wb = openWorkbook();
  const input = monitoringInput(wb);
  const html = monitoringPage(input, mentorId);
  const title = translator(PRINT_MESSAGES, wb.lang)('title', { school: input.school });
  SpreadsheetApp.getUi().showModalDialog(
    HtmlService.createHtmlOutput(html).setWidth(900).setHeight(640),
    title,
  );
  return html;
}
