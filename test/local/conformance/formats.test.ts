/**
 * Conformance: the formats Setup and the table writers put on cells — number and date patterns,
 * plain text, the header's background and weight, the dashboard's font size.
 */
import { describe, expect, it } from 'vitest';
import { errorOf, setup } from '../spreadsheet/setup';
import { cite } from './cite';

const RANGE = 'https://developers.google.com/apps-script/reference/spreadsheet/range';
const FORMATS = 'https://developers.google.com/sheets/api/guides/formats';

function newSheet(locale = 'en_US') {
  const { ss } = setup({ locale, timeZone: 'Asia/Jakarta', sheets: ['Siswa'] });
  return ss.getSheetByName('Siswa')!;
}

describe('Number and date formats', () => {
  it(
    cite(`${RANGE}#setNumberFormat(String)`, 'one format for every cell of the range, read back per cell'),
    () => {
      const sheet = newSheet();
      sheet.getRange('A1:B2').setNumberFormat('0%');
      expect(sheet.getRange('A1:B2').getNumberFormats()).toEqual([
        ['0%', '0%'],
        ['0%', '0%'],
      ]);
      expect(sheet.getRange('B2').getNumberFormat()).toBe('0%');
    },
  );

  it(
    cite(`${RANGE}#setNumberFormats(Object)`, 'a grid of formats must match the range like setValues does'),
    () => {
      const sheet = newSheet();
      expect(errorOf(() => sheet.getRange('A1:B2').setNumberFormats([['@', '0']]))).toBe(
        'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
      );
    },
  );

  it(cite(FORMATS, 'the patterns the schema uses: 0, 0%, yyyy-mm-dd and yyyy-mm-dd hh:mm'), () => {
    const sheet = newSheet();
    const range = sheet.getRange('A1:D1');
    range.setNumberFormats([['0', '0%', 'yyyy-mm-dd', 'yyyy-mm-dd hh:mm']]);
    const when = new Date('2026-09-15T03:04:05Z'); // 10:04:05 in Jakarta
    range.setValues([[7.6, 0.256, when, when]]);
    expect(range.getDisplayValues()).toEqual([['8', '26%', '2026-09-15', '2026-09-15 10:04']]);
    // The format changes what is shown, never the value.
    expect(range.getValues()[0]!.slice(0, 2)).toEqual([7.6, 0.256]);
  });

  it(cite(FORMATS, "grouping and decimal separators are the spreadsheet locale's"), () => {
    const id = newSheet('id_ID');
    id.getRange('A1').setNumberFormat('#,##0.00').setValue(1234567.891);
    expect(id.getRange('A1').getDisplayValue()).toBe('1.234.567,89');
    const us = newSheet('en_US');
    us.getRange('A1').setNumberFormat('#,##0.00').setValue(1234567.891);
    expect(us.getRange('A1').getDisplayValue()).toBe('1,234,567.89');
  });

  it(
    cite(
      `${RANGE}#clearContent()`,
      'clearing the content leaves the formatting intact: a plain-text column stays one',
    ),
    () => {
      const sheet = newSheet();
      const cell = sheet.getRange('A2');
      cell.setNumberFormat('@').setValue('0012');
      cell.clearContent();
      expect([cell.getValue(), cell.getNumberFormat()]).toEqual(['', '@']);
      cell.setValue('0034');
      expect(cell.getValue()).toBe('0034');
    },
  );

  it(cite(FORMATS, 'a number in a plain-text cell stays a number and shows in the general format'), () => {
    const sheet = newSheet();
    const cell = sheet.getRange('A1');
    cell.setNumberFormat('@').setValue(12.5);
    expect([cell.getValue(), cell.getDisplayValue()]).toEqual([12.5, '12.5']);
  });
});

describe('Backgrounds and fonts', () => {
  it(
    cite(
      `${RANGE}#setBackground(String)`,
      'a background in CSS notation reads back; null resets it to white (#ffffff)',
    ),
    () => {
      const sheet = newSheet();
      const header = sheet.getRange('A1:C1');
      expect(header.getBackground()).toBe('#ffffff');
      header.setBackground('#e8f0fe');
      expect(header.getBackgrounds()).toEqual([['#e8f0fe', '#e8f0fe', '#e8f0fe']]);
      header.setBackground(null as unknown as string);
      expect(sheet.getRange('B1').getBackground()).toBe('#ffffff');
    },
  );

  it(
    cite(
      `${RANGE}#setFontWeight(String)`,
      "font weight is 'bold' or 'normal'; null resets it; anything else is refused",
    ),
    () => {
      const sheet = newSheet();
      const header = sheet.getRange('A1:B1');
      header.setFontWeight('bold');
      expect(header.getFontWeights()).toEqual([['bold', 'bold']]);
      header.setFontWeight(null);
      expect(header.getFontWeight()).toBe('normal');
      expect(errorOf(() => (header.setFontWeight as (w: string) => unknown)('heavy'))).toBe(
        'Invalid argument: fontWeight',
      );
      expect(header.getFontWeight()).toBe('normal');
    },
  );

  it(cite(`${RANGE}#setFontSize(Integer)`, 'a font size is an Integer (points)'), () => {
    const sheet = newSheet();
    expect(sheet.getRange('A1').setFontSize(14).getA1Notation()).toBe('A1');
    expect(errorOf(() => sheet.getRange('A1').setFontSize('14' as unknown as number))).toBe(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setFontSize.",
    );
  });
});
