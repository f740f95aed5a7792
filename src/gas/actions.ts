/** Menu actions that change the workbook: thin shells over the flows, with their messages. */
import { translator } from '../core/i18n/messages';
import { monthLabel } from '../core/summary/calendar';
import { uiMessages } from '../core/ui/messages';
import { sheetAsOf, takeSnapshot } from '../flows/snapshot';
import { openWorkbook } from './context';
import { withDocumentLock } from './lock';
import { describeSetup, runSetup } from './setup';
import { showStartHere } from './start-here';

/**
 * Menu: Set up workbook. It ends on the Students sheet with Start here open, so that the
 * person is never left on an empty Sheet1 without a next step.
 */
export function setupWorkbookAction(): void {
  withDocumentLock(() => {
    const wb = openWorkbook();
    const report = runSetup(wb);
    const { title, body } = describeSetup(report, wb);
    wb.layout.sheet('students')?.activate();
    if (report.problems.length > 0)
      SpreadsheetApp.getUi().alert(title, body, SpreadsheetApp.getUi().ButtonSet.OK);
    else wb.spreadsheet.toast(body, title, 10);
  });
  showStartHere();
}

/** The day it is in the spreadsheet's time zone, as ISO text. */
export function todayIn(timeZone: string, now: Date): string {
  return Utilities.formatDate(now, timeZone, 'yyyy-MM-dd');
}

/**
 * Menu: takes a risk snapshot now, as the Students sheet shows it, into Risk history as a
 * record of its own marked manual: the month's baseline (the monthly run's) is never replaced.
 */
export function snapshotAction(): void {
  withDocumentLock(() => {
    const wb = openWorkbook();
    const today = todayIn(wb.timeZone, wb.now);
    const result = takeSnapshot(wb.tables, {
      month: today.slice(0, 7),
      asOf: sheetAsOf(wb.tables, today),
      kind: 'manual',
      at: wb.now.toISOString(),
    });
    const t = translator(uiMessages, wb.lang);
    wb.spreadsheet.toast(
      t('snapshot.done', {
        month: monthLabel(result.month, wb.lang),
        students: result.students,
        t3: result.tiers[3],
        t2: result.tiers[2],
      }),
      t('snapshot.title'),
      10,
    );
  });
}
