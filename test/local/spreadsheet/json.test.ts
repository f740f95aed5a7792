import { describe, expect, it } from 'vitest';
import { createCharts, Workbook } from '../../../local/gas/spreadsheet';
import { setup, testEnv } from './setup';

function richWorkbook() {
  const ctx = setup({ name: 'Sekolah', locale: 'id_ID', sheets: ['Siswa', 'Ringkasan'] });
  const { ss, app, wb } = ctx;
  const charts = createCharts(testEnv()) as { ChartType: Record<string, unknown> };
  const sheet = ss.getSheetByName('Siswa')!;
  sheet.getRange('A1:A').setNumberFormat('@');
  sheet.getRange(1, 1, 3, 4).setValues([
    ['ID', 'Nama', 'Lahir', 'Tier'],
    ['0012', 'Ani', new Date('2010-03-04T17:00:00Z'), 3],
    ['0013', 'Budi', new Date('2011-05-06T17:00:00Z'), 1],
  ]);
  sheet.getRange('C2:C').setNumberFormat('d mmm yyyy');
  sheet.getRange('E2').setFormula('=COUNTIF(D2:D, 3)');
  sheet.getRange('B2').setNote('catatan').setBackground('#fff2cc').setFontWeight('bold');
  sheet.setFrozenRows(1);
  sheet
    .getRange('D2:D')
    .setDataValidation(app.newDataValidation().requireValueInList(['1', '2', '3']).build());
  sheet
    .getRange('F2:F')
    .setDataValidation(
      app.newDataValidation().requireDateOnOrBefore(new Date('2026-12-31T00:00:00Z')).build(),
    );
  sheet.setConditionalFormatRules([
    app
      .newConditionalFormatRule()
      .whenNumberEqualTo(3)
      .setBackground('#f4cccc')
      .setRanges([sheet.getRange('D2:D')])
      .build(),
  ]);
  sheet.getRange('E:E').protect().setDescription('computed').setWarningOnly(true);
  ss.addDeveloperMetadata('pendamping.version', '1');
  sheet.getRange('D:D').addDeveloperMetadata('pendamping.column', 'tier');
  const dash = ss.getSheetByName('Ringkasan')!;
  dash.insertChart(
    dash
      .newChart()
      .setChartType(charts.ChartType.PIE as GoogleAppsScript.Charts.ChartType)
      .addRange(sheet.getRange('D1:D3'))
      .setPosition(2, 2, 0, 0)
      .setOption('title', 'Tier')
      .build(),
  );
  return { ...ctx, sheet, wb };
}

describe('toJSON / fromJSON', () => {
  it('round-trips the whole state through JSON text, Dates included', () => {
    const { wb } = richWorkbook();
    wb.sheet('Siswa').values();
    const json = wb.toJSON();
    const copy = Workbook.fromJSON(JSON.parse(JSON.stringify(json)));
    expect(copy.toJSON()).toEqual(json);
    const values = copy.sheet('Siswa').values();
    expect(values).toEqual(wb.sheet('Siswa').values());
    expect(values[1]![2]).toBeInstanceOf(Date);
    expect(copy.sheet('Siswa').displayValues()[1]).toEqual(['0012', 'Ani', '5 Mar 2010', '3', '1']);
    expect(copy.sheet('Siswa').effectiveBackground('D2')).toBe('#f4cccc');
    expect(copy.sheet('Siswa').setCell('E3', 'x').warnings).toHaveLength(1);
  });

  it('keeps one validation rule shared by its cells, so structure edits move it once', () => {
    const { wb, sheet } = richWorkbook();
    const copy = Workbook.fromJSON(wb.toJSON());
    const [a, b] = [copy.sheets[0]!.cell(2, 4)!.validation, copy.sheets[0]!.cell(900, 4)!.validation];
    expect(a).toBe(b);
    expect(sheet.getRange('D5').getDataValidation()?.getCriteriaValues()).toEqual([['1', '2', '3'], true]);
  });

  it('marks a changed workbook for recalculation', () => {
    const { wb } = richWorkbook();
    const dirty = wb.toJSON();
    expect(dirty.calculated).toBe(false);
    wb.sheet('Siswa').values();
    expect(wb.toJSON().calculated).toBe(true);
  });
});

describe('charts', () => {
  it('records type, ranges, position and options, and updates through modify()', () => {
    const { ss } = richWorkbook();
    const dash = ss.getSheetByName('Ringkasan')!;
    const [chart] = dash.getCharts();
    expect(chart!.getRanges().map((r) => r.getA1Notation())).toEqual(['D1:D3']);
    expect(chart!.getOptions().get('title')).toBe('Tier');
    expect(chart!.getContainerInfo().getAnchorRow()).toBe(2);
    expect(String(chart!.modify().getChartType())).toBe('PIE');
    const id = chart!.getChartId();
    dash.updateChart(chart!.modify().asColumnChart().setTitle('Tier per kelas').build());
    const [updated] = dash.getCharts();
    expect([updated!.getChartId(), updated!.getOptions().get('title')]).toEqual([id, 'Tier per kelas']);
    ss.getSheetByName('Siswa')!.insertRowsBefore(1, 1);
    expect(dash.getCharts()[0]!.getRanges()[0]!.getA1Notation()).toBe('D2:D4');
    dash.removeChart(updated!);
    expect(dash.getCharts()).toHaveLength(0);
  });
});

describe('UserSheet.view', () => {
  it('gives a renderer each cell’s text, look, dropdown and protection, and charts with data', () => {
    const { wb } = richWorkbook();
    const view = wb.sheet('Siswa').view(4, 6);
    expect([view.rows, view.cols, view.frozenRows]).toEqual([4, 6, 1]);
    expect(view.cells[1]![1]).toEqual({ display: 'Ani', note: 'catatan', background: '#fff2cc', bold: true });
    expect(view.cells[1]![3]).toEqual({ display: '3', background: '#f4cccc', dropdown: ['1', '2', '3'] });
    expect(view.cells[1]![4]).toEqual({ display: '1', formula: '=COUNTIF(D2:D, 3)', protection: 'warning' });
    expect(view.cells[3]![0]).toEqual({ display: '' });
    expect(view.cells[3]![4]).toEqual({ display: '', protection: 'warning' });
    const [chart] = wb.sheet('Ringkasan').view().charts;
    expect(chart).toMatchObject({
      type: 'PIE',
      ranges: ['Siswa!D1:D3'],
      data: [[['Tier'], ['3'], ['1']]],
      anchor: { row: 2, col: 2 },
      options: { title: 'Tier' },
    });
  });
});
