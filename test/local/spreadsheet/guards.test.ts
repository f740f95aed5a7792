import { describe, expect, it } from 'vitest';
import { setup } from './setup';

const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
const WARNING = "Heads up! You're trying to edit part of this sheet that shouldn't be changed accidentally.";

describe('data validation', () => {
  it('rejects a person’s value outside the list but not the script’s', () => {
    const { ss, wb, app } = setup({ sheets: ['Siswa'] });
    const sheet = ss.getSheetByName('Siswa')!;
    const rule = app.newDataValidation().requireValueInList(['L', 'P'], true).setAllowInvalid(false).build();
    sheet.getRange('E2:E100').setDataValidation(rule);
    const person = wb.sheet('Siswa');
    expect(person.setCell('E2', 'X')).toEqual({
      ok: false,
      error: 'Input must be an item on the specified list',
      warnings: [],
    });
    expect(person.setCell('E2', 'P')).toEqual({ ok: true, warnings: [] });
    sheet.getRange('E3').setValue('X');
    expect(sheet.getRange('E2:E3').getValues()).toEqual([['P'], ['X']]);
    expect(person.setCell('E4', '')).toEqual({ ok: true, warnings: [] });
  });

  it('warns instead when invalid input is allowed, and prefers the help text', () => {
    const { ss, wb, app } = setup();
    const sheet = ss.getSheets()[0]!;
    sheet
      .getRange('A1:A5')
      .setDataValidation(
        app.newDataValidation().requireNumberBetween(1, 12).setHelpText('Kelas 1–12').build(),
      );
    expect(wb.sheet('Sheet1').setCell('A1', '13')).toEqual({ ok: true, warnings: ['Invalid: Kelas 1–12'] });
  });

  it('reads back criteria, copies, and checks ranges, checkboxes and dates', () => {
    const { ss, wb, app } = setup({ sheets: ['Siswa', 'Pendamping'] });
    const mentors = ss.getSheetByName('Pendamping')!;
    mentors.getRange('A1:A2').setValues([['M01'], ['M02']]);
    const sheet = ss.getSheetByName('Siswa')!;
    const fromRange = app
      .newDataValidation()
      .requireValueInRange(mentors.getRange('A1:A'), false)
      .setAllowInvalid(false)
      .build();
    sheet.getRange('M2:M').setDataValidation(fromRange);
    const read = sheet.getRange('M5').getDataValidation()!;
    expect(String(read.getCriteriaType())).toBe('VALUE_IN_RANGE');
    const [source, dropdown] = read.getCriteriaValues() as [GoogleAppsScript.Spreadsheet.Range, boolean];
    expect([source.getA1Notation(), dropdown, read.getAllowInvalid()]).toEqual(['A1:A1000', false, false]);
    expect(wb.sheet('Siswa').setCell('M5', 'M03').ok).toBe(false);
    expect(wb.sheet('Siswa').setCell('M5', 'M02').ok).toBe(true);

    const list = app.newDataValidation().requireValueInList(['ya', 'tidak']).build();
    expect(list.getCriteriaValues()).toEqual([['ya', 'tidak'], true]);
    expect(String(list.copy().requireCheckbox().build().getCriteriaType())).toBe('CHECKBOX');
    sheet
      .getRange('N2')
      .setDataValidation(app.newDataValidation().requireCheckbox().setAllowInvalid(false).build());
    sheet
      .getRange('O2')
      .setDataValidation(app.newDataValidation().requireDate().setAllowInvalid(false).build());
    expect(wb.sheet('Siswa').setCell('N2', 'maybe').ok).toBe(false);
    expect(wb.sheet('Siswa').setCell('N2', 'TRUE').ok).toBe(true);
    expect(wb.sheet('Siswa').setCell('O2', 'besok').ok).toBe(false);
    expect(wb.sheet('Siswa').setCell('O2', '2026-09-15').ok).toBe(true);
    sheet.getRange('N2:O2').clearDataValidations();
    expect(sheet.getRange('N2:O2').getDataValidations()).toEqual([[null, null]]);
  });
});

describe('protection', () => {
  it('warning-only lets a person edit with a warning; a restricted lock refuses', () => {
    const { ss, wb, app } = setup({ sheets: ['Siswa'] });
    const sheet = ss.getSheetByName('Siswa')!;
    const warn = sheet.getRange('N:P').protect().setDescription('Computed').setWarningOnly(true);
    const lock = sheet.getRange('Q1:Q10').protect();
    const person = wb.sheet('Siswa');
    expect(person.setCell('N2', '5')).toEqual({ ok: true, warnings: [WARNING] });
    expect(person.setCell('Q2', '5')).toEqual({ ok: true, warnings: [] });
    lock.removeEditors(lock.getEditors());
    expect(person.setCell('Q3', '5')).toEqual({ ok: false, error: PROTECTED, warnings: [] });
    sheet.getRange('Q3').setValue(7);
    expect(sheet.getRange('Q3').getValue()).toBe(7);

    expect([warn.getDescription(), warn.isWarningOnly(), warn.canEdit()]).toEqual(['Computed', true, true]);
    expect(warn.getRange().getA1Notation()).toBe('N1:P1000');
    const ranges = ss.getProtections(app.ProtectionType.RANGE);
    expect(ranges.map((p) => p.getDescription())).toEqual(['Computed', '']);
    lock.remove();
    expect(person.setCell('Q3', '5').ok).toBe(true);
  });

  it('protects a sheet once, with holes', () => {
    const { ss, wb, app } = setup();
    const sheet = ss.getSheets()[0]!;
    const p = sheet.protect();
    expect(sheet.protect().getDescription()).toBe(p.getDescription());
    p.setDomainEdit(false);
    p.setUnprotectedRanges([sheet.getRange('B2:B5')]);
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    expect(wb.sheet('Sheet1').setCell('A1', 'x').ok).toBe(false);
    expect(wb.sheet('Sheet1').setCell('B3', 'x').ok).toBe(true);
  });
});
