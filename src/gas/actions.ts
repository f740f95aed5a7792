/** Menu actions that change the workbook: thin shells over the flows, with their messages. */
import { translator } from '../core/i18n/messages';
import { uiMessages } from '../core/ui/messages';
import { takeSnapshot } from '../flows/snapshot';
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

/** The day it is in the spreadsheet's time zone, as ISO text. */
export function todayIn(timeZone: string, now: Date): string {
  return Utilities.formatDate(now, timeZone, 'yyyy-MM-dd');
}

/** Menu: Take the risk snapshot of this month now. */
export function snapshotAction(): void {
  withDocumentLock(() => {
    const wb = openWorkbook();
    const result = takeSnapshot(wb.tables, todayIn(wb.timeZone, wb.now));
    const t = translator(uiMessages, wb.lang);
    wb.spreadsheet.toast(
      t('snapshot.done', {
        month: result.month,
        students: result.students,
        t3: result.tiers[3],
        t2: result.tiers[2],
      }),
      t('snapshot.title'),
      10,
    );
  });
}
