import { describe, expect, it } from 'vitest';
import { permissionMessage } from '../../../local/gas/env';
import { errorOf, setup } from './setup';

describe('Sheet.getRange strictness', () => {
  it.each([
    [() => [0, 1], 'The starting row of the range is too small.'],
    [() => [1, 0], 'The starting column of the range is too small.'],
    [() => [1, 1, 0], 'The number of rows in the range must be at least 1.'],
    [() => [1, 1, 1, 0], 'The number of columns in the range must be at least 1.'],
    [() => [-3, 1, 2, 2], 'The starting row of the range is too small.'],
    [() => ['bogus!!'], 'Range not found'],
    [() => ['A0'], 'Range not found'],
    [
      () => ['A1', 2],
      "The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
    ],
    [
      () => [3],
      "The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
    ],
  ])('%#: %s', (args, message) => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0]!;
    expect(errorOf(() => (sheet.getRange as (...a: unknown[]) => unknown)(...args()))).toBe(message);
  });

  it('understands A1, open and whole-column ranges', () => {
    const { ss } = setup({ sheets: ['Siswa'] });
    const sheet = ss.getSheetByName('Siswa')!;
    expect(sheet.getRange('B2:D4').getA1Notation()).toBe('B2:D4');
    expect(sheet.getRange('C:C').getNumRows()).toBe(1000);
    expect(sheet.getRange('c:c').getA1Notation()).toBe('C:C');
    expect([sheet.getRange('B2:B').getA1Notation(), sheet.getRange('B2:B').getNumRows()]).toEqual([
      'B2:B',
      999,
    ]);
    expect([sheet.getRange('2:3').getA1Notation(), sheet.getRange('2:3').getNumColumns()]).toEqual([
      '2:3',
      26,
    ]);
    expect(ss.getRange("'Siswa'!A1:B2").getSheet().getName()).toBe('Siswa');
    expect(errorOf(() => ss.getRange('Nope!A1'))).toBe('Range not found');
  });
});

describe('Range.setValues strictness', () => {
  it('names both sizes when rows or columns do not match', () => {
    const { ss } = setup();
    const range = ss.getSheets()[0]!.getRange(1, 1, 3, 2);
    expect(errorOf(() => range.setValues([[1, 2]]))).toBe(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
    expect(errorOf(() => range.setValues([[1, 2], [3], [5, 6]]))).toBe(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('refuses data that is not a 2-D array, and values a cell cannot hold', () => {
    const { ss } = setup();
    const range = ss.getSheets()[0]!.getRange(1, 1, 1, 3);
    const setValues = range.setValues as (v: unknown) => unknown;
    expect(errorOf(() => setValues([1, 2, 3]))).toBe(
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
    expect(errorOf(() => setValues('abc'))).toBe(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
    expect(errorOf(() => setValues([[1, () => 2, 3]]))).toMatch(/Cannot convert a function/);
    expect(errorOf(() => setValues([[1, { a: 1 }, 3]]))).toMatch(/Cannot convert a object/);
    expect(range.getValues()).toEqual([['', '', '']]);
  });

  it('is refused in CUSTOM_FUNCTION mode with the permission error, reading is not', () => {
    const { ss, env } = setup();
    const range = ss.getSheets()[0]!.getRange('A1');
    env.mode = 'CUSTOM_FUNCTION';
    expect(errorOf(() => range.setValues([[1]]))).toBe(permissionMessage('Range.setValues'));
    expect(errorOf(() => range.setValue(1))).toBe(permissionMessage('Range.setValue'));
    expect(range.getValues()).toEqual([['']]);
  });

  it('refuses the document in AuthMode.NONE but lets the menu be built', () => {
    const ui = { createAddonMenu: () => 'menu' };
    const { app, env } = setup({}, { getUi: () => ui });
    env.mode = 'NONE';
    expect(errorOf(() => app.getActiveSpreadsheet())).toBe(
      permissionMessage('SpreadsheetApp.getActiveSpreadsheet'),
    );
    expect(app.getUi()).toBe(ui);
  });
});

describe('values through the script', () => {
  it('reads blanks beyond the data; the script grows the grid before reaching past it', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0]!;
    expect(sheet.getRange(5, 2, 2, 2).getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(sheet.getMaxRows()).toBe(1000);
    expect(() => sheet.getRange(1500, 30)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    sheet.insertRowsAfter(1000, 500).insertColumnsAfter(26, 4);
    sheet.getRange(1500, 30).setValue('x');
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow(), sheet.getLastColumn()]).toEqual([
      1500, 30, 1500, 30,
    ]);
  });

  it('parses strings like typed input, except in plain-text cells', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0]!;
    sheet.getRange('B1:B3').setNumberFormat('@');
    sheet.getRange(1, 1, 3, 2).setValues([
      ['0012345', '0012345'],
      ['+62 812', '+62 812'],
      ['=1+2', '=1+2'],
    ]);
    expect(sheet.getRange(1, 1, 3, 2).getValues()).toEqual([
      [12345, '0012345'],
      ['#ERROR!', '+62 812'],
      [3, '=1+2'],
    ]);
    expect(sheet.getRange(1, 1, 3, 2).getFormulas()).toEqual([
      ['', ''],
      ['=+62 812', ''],
      ['=1+2', ''],
    ]);
  });

  it('stores numbers, booleans and Dates as they are', () => {
    const { ss } = setup();
    const range = ss.getSheets()[0]!.getRange('A1:D1');
    const date = new Date('2026-09-15T01:02:03Z');
    range.setValues([[1.5, true, date, null]]);
    const [[n, b, d, e]] = range.getValues() as unknown[][] as [[number, boolean, Date, string]];
    expect([n, b, e]).toEqual([1.5, true, '']);
    expect(d).toEqual(date);
    expect(d).not.toBe(date);
    expect(range.getDisplayValues()).toEqual([['1.5', 'TRUE', '9/15/2026 8:02:03', '']]);
  });

  it('copies a formula relatively over a range, as setFormula does', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0]!;
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1:B3').setFormula('=A1*$A$1*10');
    expect(sheet.getRange('B1:B3').getFormulas()).toEqual([
      ['=A1*$A$1*10'],
      ['=A2*$A$1*10'],
      ['=A3*$A$1*10'],
    ]);
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[10], [20], [30]]);
  });

  it('appends after the last row, and clears', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0]!;
    sheet.appendRow(['a', 1]);
    sheet.appendRow(['b', '0042']);
    expect(sheet.getDataRange().getValues()).toEqual([
      ['a', 1],
      ['b', 42],
    ]);
    sheet.getRange('A1').setNote('hi').setBackground('red');
    expect([sheet.getRange('A1').getNote(), sheet.getRange('A1').getBackground()]).toEqual(['hi', '#ff0000']);
    sheet.getRange('A1:B1').clearContent();
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', '']]);
    expect(sheet.getRange('A1').getNote()).toBe('hi');
    sheet.clear();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
  });
});

describe('sheets', () => {
  it('refuses a taken name with Apps Script’s message (names compare case-insensitively)', () => {
    const { ss } = setup({ sheets: ['Siswa'] });
    expect(errorOf(() => ss.insertSheet('Siswa'))).toBe(
      'A sheet with the name "Siswa" already exists. Please enter another name.',
    );
    expect(errorOf(() => ss.insertSheet('siswa'))).toBe(
      'A sheet with the name "siswa" already exists. Please enter another name.',
    );
    const other = ss.insertSheet('Kehadiran');
    expect(errorOf(() => other.setName('SISWA'))).toBe(
      'A sheet with the name "SISWA" already exists. Please enter another name.',
    );
  });

  it('inserts (after the active sheet unless told where), names and deletes sheets', () => {
    const { ss } = setup({ sheets: ['A'] });
    ss.insertSheet('C');
    ss.insertSheet('B', 1);
    const unnamed = ss.insertSheet();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['A', 'B', 'Sheet4', 'C']);
    expect(ss.getActiveSheet().getName()).toBe('Sheet4');
    expect(ss.getSheetByName('b')?.getIndex()).toBe(2);
    expect(ss.getSheetByName('missing')).toBeNull();
    ss.deleteSheet(unnamed);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['A', 'B', 'C']);
  });

  it('checks row and column bounds on structural edits', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0]!;
    expect(errorOf(() => sheet.deleteRows(999, 5))).toBe('Those rows are out of bounds.');
    expect(errorOf(() => sheet.insertRowsAfter(0, 1))).toBe('Those rows are out of bounds.');
    expect(errorOf(() => sheet.deleteColumns(1, 26))).toBe(
      'Sorry, it is not possible to delete all non-frozen columns.',
    );
    sheet.insertRowsAfter(1000, 10);
    sheet.deleteColumns(20, 7);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1010, 19]);
  });

  it('keeps frozen rows and passes toasts to the runtime', () => {
    const toasts: unknown[][] = [];
    const { ss } = setup({}, { toast: (...a) => void toasts.push(a) });
    const sheet = ss.getSheets()[0]!;
    sheet.setFrozenRows(1);
    expect(sheet.getFrozenRows()).toBe(1);
    ss.toast('Selesai', 'Pendamping', 5);
    expect(toasts).toEqual([['Selesai', 'Pendamping', 5]]);
  });

  it('has enums that print as their names and compare to themselves', () => {
    const { app } = setup();
    expect(String(app.ProtectionType.RANGE)).toBe('RANGE');
    expect(String(app.DeveloperMetadataLocationType.COLUMN)).toBe('COLUMN');
    expect(JSON.stringify(app.DeveloperMetadataVisibility.DOCUMENT)).toBe('"DOCUMENT"');
  });
});

describe('counting', () => {
  it('counts each call once: getDataRange().getValues() is two calls', () => {
    const { ss, env } = setup();
    const sheet = ss.getSheets()[0]!;
    env.calls.clear();
    sheet.getDataRange().getValues();
    expect(Object.fromEntries(env.calls)).toEqual({ 'Sheet.getDataRange': 1, 'Range.getValues': 1 });
  });

  it('counts builders, no-ops and failed calls too', () => {
    const { ss, env, app } = setup();
    const sheet = ss.getSheets()[0]!;
    env.calls.clear();
    sheet.autoResizeColumns(1, 3);
    app.newDataValidation().requireCheckbox().build();
    errorOf(() => sheet.getRange(0, 1));
    expect(Object.fromEntries(env.calls)).toEqual({
      'Sheet.autoResizeColumns': 1,
      'SpreadsheetApp.newDataValidation': 1,
      'DataValidationBuilder.requireCheckbox': 1,
      'DataValidationBuilder.build': 1,
      'Sheet.getRange': 1,
    });
  });
});
