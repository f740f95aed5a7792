/**
 * "Programme evaluation": the Evaluation sheet of a chosen school year, with its tables and
 * charts, written again from scratch each time (it holds figures, nothing a person typed); and
 * the same figures as a plain object for evaluateProgramme().
 */

import { evaluationSheet } from '../core/evaluation/sheet';
import { GRID_WIDTH, type SheetGrid } from '../core/evaluation/sheet-grid';
import type { ProgrammeEvaluation } from '../core/evaluation/types';
import { readSchoolYear, schoolYear, schoolYearOf } from '../core/evaluation/year';
import { translator } from '../core/i18n/messages';
import { sheetLabel } from '../core/schema/labels';
import { uiMessages } from '../core/ui/messages';
import { evaluateProgrammeIn } from '../flows/evaluate';
import { todayIn } from './actions';
import { openWorkbook, type Workbook } from './context';
import { SHEET_KEY } from './layout';
import { withDocumentLock } from './lock';

const EXAMPLE = '2025/2026';

function badYear(wb: Workbook, value: unknown): string {
  return translator(uiMessages, wb.lang)('evaluate.bad_year', { value: String(value), example: EXAMPLE });
}

/** The evaluation of a school year ('2025/2026', 2025; blank: the current one) as a plain object. */
export function programmeEvaluation(year?: unknown): ProgrammeEvaluation {
  const wb = openWorkbook();
  const start = readSchoolYear(year);
  if (start === undefined) throw new Error(badYear(wb, year));
  return evaluateProgrammeIn(wb.tables, { today: todayIn(wb.timeZone, wb.now), year: start });
}

function evaluationSheetOf(wb: Workbook): GoogleAppsScript.Spreadsheet.Sheet {
  const found = wb.layout.sheet('evaluation');
  if (found) {
    for (const chart of found.getCharts()) found.removeChart(chart);
    found.clear();
    return found;
  }
  const sheet = wb.spreadsheet.insertSheet(sheetLabel('evaluation', wb.lang));
  sheet.addDeveloperMetadata(SHEET_KEY, 'evaluation');
  wb.layout.forget('evaluation');
  return sheet;
}

function writeGrid(sheet: GoogleAppsScript.Spreadsheet.Sheet, grid: SheetGrid): void {
  const rows = grid.values.length;
  if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  const range = sheet.getRange(1, 1, rows, GRID_WIDTH);
  // Formats first, so that a student ID keeps its leading zeros as it lands.
  range.setNumberFormats(grid.formats);
  range.setValues(grid.values);
  range.setFontWeights(grid.weights);
  range.setFontColors(grid.colours);
  sheet.getRange(1, 1).setFontSize(14);
  sheet.setColumnWidth(1, 300);
  for (const c of grid.charts) {
    const chart = sheet
      .newChart()
      .setChartType(c.type === 'LINE' ? Charts.ChartType.LINE : Charts.ChartType.COLUMN)
      .addRange(sheet.getRange(c.firstRow, 1, c.lastRow - c.firstRow + 1, c.columns))
      .setNumHeaders(1)
      .setPosition(c.anchorRow, GRID_WIDTH + 2, 0, 0)
      .setOption('title', c.title)
      .build();
    sheet.insertChart(chart);
  }
}

/** Menu: asks for a school year, then writes the Evaluation sheet and shows it. */
export function evaluationAction(): void {
  const wb = openWorkbook();
  const ui = SpreadsheetApp.getUi();
  const t = translator(uiMessages, wb.lang);
  const today = todayIn(wb.timeZone, wb.now);
  const current = schoolYear(schoolYearOf(today)).label;
  const reply = ui.prompt(
    t('evaluate.title'),
    t('evaluate.prompt', { example: EXAMPLE, current }),
    ui.ButtonSet.OK_CANCEL,
  );
  if (reply.getSelectedButton() !== ui.Button.OK) return;
  const start = readSchoolYear(reply.getResponseText());
  if (start === undefined) {
    ui.alert(t('evaluate.title'), badYear(wb, reply.getResponseText()), ui.ButtonSet.OK);
    return;
  }
  withDocumentLock(() => {
    const evaluation = evaluateProgrammeIn(wb.tables, { today, year: start });
    const sheet = evaluationSheetOf(wb);
    writeGrid(
      sheet,
      evaluationSheet(evaluation, wb.lang, wb.settings.school_name || wb.spreadsheet.getName()),
    );
    wb.spreadsheet.setActiveSheet(sheet);
    wb.spreadsheet.toast(t('evaluate.done', { year: evaluation.schoolYear }), t('evaluate.title'), 10);
  });
}
