/** A script's ranges stay inside the sheet's grid; appendRow and a person's typing grow it. */
import { describe, expect, it } from 'vitest';
import { errorOf, setup } from './setup';

const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

describe('ranges outside the grid', () => {
  it.each([
    ['getRange(1001, 1)', (s: GoogleAppsScript.Spreadsheet.Sheet) => s.getRange(1001, 1)],
    ['getRange(1, 27)', (s: GoogleAppsScript.Spreadsheet.Sheet) => s.getRange(1, 27)],
    ['getRange(999, 1, 5, 1)', (s: GoogleAppsScript.Spreadsheet.Sheet) => s.getRange(999, 1, 5, 1)],
    ['getRange(1, 1, 1, 30)', (s: GoogleAppsScript.Spreadsheet.Sheet) => s.getRange(1, 1, 1, 30)],
    ["getRange('A1:AD1')", (s: GoogleAppsScript.Spreadsheet.Sheet) => s.getRange('A1:AD1')],
    ["getRange('B1200')", (s: GoogleAppsScript.Spreadsheet.Sheet) => s.getRange('B1200')],
    ['offset(999, 0)', (s: GoogleAppsScript.Spreadsheet.Sheet) => s.getRange('A2').offset(999, 0)],
  ])('%s throws Apps Script’s error on a 1000 × 26 sheet', (_, get) => {
    const { ss } = setup();
    expect(errorOf(() => get(ss.getSheets()[0]!))).toBe(OUTSIDE);
  });

  it('takes whole rows and columns and the last cell of the grid', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0]!;
    expect(sheet.getRange('A:A').getNumRows()).toBe(1000);
    expect(sheet.getRange('2:3').getNumColumns()).toBe(26);
    expect(sheet.getRange(1000, 26).getA1Notation()).toBe('Z1000');
    expect(errorOf(() => ss.getRange('Sheet1!A1001'))).toBe(OUTSIDE);
  });

  it('works once the script has inserted the rows and columns', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0]!;
    sheet.insertColumnsAfter(26, 4);
    sheet.getRange(1, 1, 1, 30).setValues([Array.from({ length: 30 }, (_, i) => `c${i + 1}`)]);
    expect(sheet.getLastColumn()).toBe(30);
  });

  it('lets appendRow and a person grow the sheet', () => {
    const { ss, wb } = setup();
    const sheet = ss.getSheets()[0]!;
    sheet.getRange(1000, 1).setValue('last');
    sheet.appendRow(['beyond']);
    expect([sheet.getMaxRows(), sheet.getLastRow()]).toEqual([1001, 1001]);
    wb.sheet('Sheet1').setCell('AB1500', 'typed');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1500, 28]);
  });
});

describe('getFormUrl', () => {
  it('is null for a sheet no form writes to, and for a spreadsheet without forms', () => {
    const { ss } = setup();
    expect(ss.getSheets()[0]!.getFormUrl()).toBeNull();
    expect(ss.getFormUrl()).toBeNull();
  });
});
