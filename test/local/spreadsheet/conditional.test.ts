import { describe, expect, it } from 'vitest';
import { setup } from './setup';

function tiers() {
  const ctx = setup({ sheets: ['Siswa'] });
  const sheet = ctx.ss.getSheetByName('Siswa')!;
  sheet.getRange('A1:C5').setValues([
    ['Nama', 'Skor', 'Tier'],
    ['Ani', 80, 3],
    ['Budi', 40, 2],
    ['Citra', 5, 1],
    ['Dewi', '', "'3"],
  ]);
  return { ...ctx, sheet };
}

describe('conditional formats', () => {
  it('colours cells by number, range and text', () => {
    const { sheet, app, wb } = tiers();
    const tier = sheet.getRange('C2:C');
    const rules = [
      app.newConditionalFormatRule().whenNumberEqualTo(3).setBackground('#F4CCCC').setRanges([tier]).build(),
      app
        .newConditionalFormatRule()
        .whenNumberBetween(30, 60)
        .setBackground('#fce8b2')
        .setRanges([sheet.getRange('B2:B')])
        .build(),
      app
        .newConditionalFormatRule()
        .whenTextEqualTo('budi')
        .setFontColor('blue')
        .setRanges([sheet.getRange('A2:A')])
        .build(),
    ];
    sheet.setConditionalFormatRules(rules);
    const view = wb.sheet('Siswa');
    expect(['C2', 'C3', 'C5', 'B3', 'B2'].map((a1) => view.effectiveBackground(a1))).toEqual([
      '#f4cccc',
      null,
      null,
      '#fce8b2',
      null,
    ]);
    expect(view.effectiveFormat('A3')).toEqual({ background: null, fontColor: '#0000ff', bold: false });
  });

  it('evaluates a relative custom formula for each row', () => {
    const { sheet, app, wb } = tiers();
    sheet.getRange('A4').setBackground('#eeeeee');
    const rows = sheet.getRange('A2:C');
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=$C2=3')
        .setBackground('#ff0000')
        .setRanges([rows])
        .build(),
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=$C2="3"')
        .setBackground('#00ff00')
        .setRanges([rows])
        .build(),
    ]);
    const view = wb.sheet('Siswa');
    expect(['A2', 'B2', 'C2', 'A3', 'A4', 'A5', 'B5'].map((a1) => view.effectiveBackground(a1))).toEqual([
      '#ff0000',
      '#ff0000',
      '#ff0000',
      null,
      '#eeeeee',
      '#00ff00',
      '#00ff00',
    ]);
  });

  it('reads rules back, and moves them with inserted rows', () => {
    const { sheet, app, wb } = tiers();
    const rule = app.newConditionalFormatRule().whenNumberGreaterThanOrEqualTo(2).setBackground('#fce8b2');
    sheet.setConditionalFormatRules([rule.setRanges([sheet.getRange('C2:C5')]).build()]);
    const [read] = sheet.getConditionalFormatRules();
    const condition = read!.getBooleanCondition()!;
    expect([
      String(condition.getCriteriaType()),
      condition.getCriteriaValues(),
      condition.getBackground(),
    ]).toEqual(['NUMBER_GREATER_THAN_OR_EQUAL_TO', [2], '#fce8b2']);
    expect(read!.getRanges().map((r) => r.getA1Notation())).toEqual(['C2:C5']);
    sheet.insertRowsBefore(1, 2);
    expect(sheet.getConditionalFormatRules()[0]!.getRanges()[0]!.getA1Notation()).toBe('C4:C7');
    expect(wb.sheet('Siswa').effectiveBackground('C5')).toBe('#fce8b2');
  });
});
