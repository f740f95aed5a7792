import { describe, expect, it } from 'vitest';
import { Workbook } from '../../../local/gas/spreadsheet';
import { parseTyped } from '../../../local/gas/spreadsheet/values/typed';
import { zonedDate } from '../../../local/gas/spreadsheet/values/zoned';

const en = { locale: 'en_US', timeZone: 'Asia/Jakarta' };
const id = { locale: 'id_ID', timeZone: 'Asia/Jakarta' };

describe('parseTyped: what Sheets makes of typed text', () => {
  it.each([
    ['0012345', en, 12345],
    ['12.5', en, 12.5],
    ['1,234.5', en, 1234.5],
    ['-7', en, -7],
    ['+7', en, 7],
    ['.5', en, 0.5],
    ['1e3', en, 1000],
    ['12,5', id, 12.5],
    ['1.234,5', id, 1234.5],
    ['1.234', id, 1234],
    ['12.5', id, 12.5],
    ['TRUE', en, true],
    ['false', en, false],
    ['hello', en, 'hello'],
    ['0812-3456', en, '0812-3456'],
    ["'0012", en, '0012'],
    ["'=1+1", en, '=1+1'],
    ['', en, ''],
  ])('%j (%o) → %j', (text, ctx, value) => {
    expect(parseTyped(text, ctx)).toMatchObject({ kind: 'value', value });
  });

  it('keeps text exactly in a plain-text cell', () => {
    for (const text of ['0012345', '=A1', '+62 812', 'TRUE', '2026-09-15', '12,5']) {
      expect(parseTyped(text, { ...en, format: '@' })).toEqual({ kind: 'value', value: text });
    }
  });

  it('turns percentages into fractions with a percent format', () => {
    expect(parseTyped('12%', en)).toEqual({ kind: 'value', value: 0.12, format: '0%' });
    expect(parseTyped('12,5%', id)).toEqual({ kind: 'value', value: 0.125, format: '0.00%' });
  });

  it('reads ISO and locale dates at midnight in the sheet time zone', () => {
    const sept15 = zonedDate(2026, 9, 15, 0, 0, 0, 'Asia/Jakarta');
    expect(sept15.toISOString()).toBe('2026-09-14T17:00:00.000Z');
    expect(parseTyped('2026-09-15', en)).toEqual({ kind: 'value', value: sept15, format: 'yyyy-mm-dd' });
    expect(parseTyped('9/15/2026', en)).toEqual({ kind: 'value', value: sept15 });
    expect(parseTyped('15/09/2026', id)).toEqual({ kind: 'value', value: sept15 });
    expect(parseTyped('2026-02-30', en)).toEqual({ kind: 'value', value: '2026-02-30' });
  });

  it.each([
    ['=SUM(A1:A3)', '=SUM(A1:A3)'],
    ['+62 812 3456', '=+62 812 3456'],
    ['-abc', '=-abc'],
    ['@budi', '=@budi'],
    ['-', '=-'],
  ])('%j becomes the formula %j (the formula-injection hazard)', (text, formula) => {
    expect(parseTyped(text, en)).toEqual({ kind: 'formula', formula });
  });
});

describe('UserSheet.setCell', () => {
  const wb = () => new Workbook({ locale: 'id_ID', timeZone: 'Asia/Jakarta', sheets: ['Siswa'] });

  it('types as a person: leading zeros lost unless the column is plain text', () => {
    const book = wb();
    const sheet = book.sheet('Siswa');
    expect(sheet.setCell('A1', '0012345')).toEqual({ ok: true, warnings: [] });
    expect(sheet.cell('A1').value).toBe(12345);
    book.sheets[0]!.ensureCell(2, 1).format = '@';
    sheet.setCell('A2', '0012345');
    expect(sheet.cell('A2').value).toBe('0012345');
  });

  it('makes formulas of injection-shaped text, which show an error', () => {
    const sheet = wb().sheet('Siswa');
    sheet.setCell('A1', '+62 812 3456');
    expect(sheet.cell('A1')).toMatchObject({
      formula: '=+62 812 3456',
      value: '#ERROR!',
      error: 'Formula parse error.',
    });
    sheet.setCell('A2', '-abc');
    expect(sheet.cell('A2')).toMatchObject({ formula: '=-abc', value: '#NAME?' });
    sheet.setCell('A3', '=1+1');
    expect(sheet.cell('A3')).toMatchObject({ formula: '=1+1', value: 2 });
  });

  it('reads a decimal comma in id_ID and shows it back', () => {
    const sheet = wb().sheet('Siswa');
    sheet.setCell('B1', '12,5');
    expect(sheet.values()).toEqual([['', 12.5]]);
    expect(sheet.displayValues()).toEqual([['', '12,5']]);
  });

  it('gives typed ISO dates a date format', () => {
    const sheet = wb().sheet('Siswa');
    sheet.setCell('A1', '2026-09-15');
    expect(sheet.cell('A1')).toMatchObject({ display: '2026-09-15', format: 'yyyy-mm-dd' });
  });
});
