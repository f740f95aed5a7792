/** Menu actions that change the workbook: thin shells over the flows, with their messages. */
import { openWorkbook } from './context';
import { withDocumentLock } from './lock';
import { describeSetup, runSetup } from './setup';

/** Menu: Set up workbook. */
export function setupWorkbookAction(): void {
  withDocumentLock(() => {
    const wb = openWorkbook();
    const report = runSetup(wb);
    const { title, body } = describeSetup(report, wb);
    if (report.problems.length > 0)
      SpreadsheetApp.getUi().alert(title, body, SpreadsheetApp.getUi().ButtonSet.OK);
    else wb.spreadsheet.toast(body, title, 10);
  });
}
