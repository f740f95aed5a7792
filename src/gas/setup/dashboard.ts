/** Setup, the Dashboard: its cells rewritten (they are the add-on's), its two charts made once. */
import type { Lang } from '../../core/i18n/lang';
import { sheetLabel } from '../../core/schema/labels';
import type { SheetKey } from '../../core/schema/types';
import { dashboardLayout } from '../../core/setup/dashboard';
import type { Located } from '../../core/setup/formulas';
import { type Layout, SHEET_KEY } from '../layout';

export function ensureDashboard(
  layout: Layout,
  located: Partial<Record<SheetKey, Located>>,
  lang: Lang,
  school: string,
  schoolCell: string | null,
): boolean {
  let sheet = layout.sheet('dashboard');
  const created = !sheet;
  if (!sheet) {
    sheet = layout.spreadsheet.insertSheet(sheetLabel('dashboard', lang), 0);
    sheet.addDeveloperMetadata(SHEET_KEY, 'dashboard');
    layout.forget('dashboard');
  }
  const { cells, charts } = dashboardLayout(located, lang, school, schoolCell);
  sheet.getRange(1, 1, cells.length, 2).setValues(cells);
  sheet.getRange(1, 1).setFontWeight('bold').setFontSize(14);
  sheet.setColumnWidth(1, 300);
  const existing = sheet.getCharts();
  charts.forEach((c, i) => {
    const range = sheet!.getRange(c.firstRow, 1, c.lastRow - c.firstRow + 1, 2);
    const old = existing[i];
    if (old) {
      // A layout that moved its rows (Setup run again after an update) takes its charts along.
      if (old.getRanges()[0]?.getA1Notation() !== range.getA1Notation())
        sheet!.updateChart(old.modify().clearRanges().addRange(range).setOption('title', c.title).build());
      return;
    }
    const chart = sheet!
      .newChart()
      .setChartType(c.type === 'PIE' ? Charts.ChartType.PIE : Charts.ChartType.COLUMN)
      .addRange(range)
      .setPosition(4 + i * 16, 4, 0, 0)
      .setOption('title', c.title)
      .setOption('legend', { position: 'right' })
      .build();
    sheet!.insertChart(chart);
  });
  return created;
}
