/**
 * Conformance: what cells hold and show — value types, display values in the spreadsheet's locale,
 * and what text written by setValue(s) becomes (formulas, numbers that lose their zeros, text kept
 * whole under the plain-text format).
 */
import { describe, expect, it } from 'vitest';
import { setup } from '../spreadsheet/setup';
import { cite } from './cite';

const RANGE = 'https://developers.google.com/apps-script/reference/spreadsheet/range';
const FORMATS = 'https://developers.google.com/sheets/api/guides/formats';

function newSheet(locale = 'en_US') {
  const { ss } = setup({ locale, timeZone: 'Asia/Jakarta', sheets: ['Siswa'] });
  return ss.getSheetByName('Siswa')!;
}

describe('Value types', () => {
  it(
    cite(
      `${RANGE}#getValues()`,
      'values come back as Number, Boolean, Date or String by what the cell holds',
    ),
    () => {
      const sheet = newSheet();
      const when = new Date('2026-09-15T03:04:05Z');
      sheet.getRange('A1:D1').setValues([[12.5, true, when, 'Ayu']]);
      const [row] = sheet.getRange('A1:D1').getValues();
      expect(row!.map((v) => Object.prototype.toString.call(v))).toEqual([
        '[object Number]',
        '[object Boolean]',
        '[object Date]',
        '[object String]',
      ]);
      expect((row![2] as Date).getTime()).toBe(when.getTime());
    },
  );

  it(cite(`${RANGE}#setValue(Object)`, 'a Date written with setValue reads back as the same instant'), () => {
    const sheet = newSheet();
    const midnightInJakarta = new Date('2026-09-14T17:00:00Z');
    sheet.getRange('A1').setValue(midnightInJakarta);
    const back = sheet.getRange('A1').getValue() as Date;
    expect(back).not.toBe(midnightInJakarta); // a copy, not the script's object
    expect(back.getTime()).toBe(midnightInJakarta.getTime());
  });

  it(cite(`${RANGE}#setValue(Object)`, 'a value that begins with = is interpreted as a formula'), () => {
    const sheet = newSheet();
    sheet.getRange('A1').setValue(4);
    sheet.getRange('B1').setValue('=A1*2');
    sheet.getRange('C1:D1').setValues([['=B1+1', '=SUM(A1:C1)']]);
    expect(sheet.getRange('B1:D1').getFormulas()).toEqual([['=A1*2', '=B1+1', '=SUM(A1:C1)']]);
    expect(sheet.getRange('B1:D1').getValues()).toEqual([[8, 9, 21]]);
  });
});

describe('Text written by a script is read as if typed', () => {
  it(cite(FORMATS, 'an ID written as text loses its leading zeros unless the cell is plain text (@)'), () => {
    const sheet = newSheet();
    sheet.getRange('A1').setValue('0012345678');
    expect(sheet.getRange('A1').getValue()).toBe(12345678);
    const kept = sheet.getRange('B1');
    kept.setNumberFormat('@');
    kept.setValue('0012345678');
    expect([kept.getValue(), kept.getDisplayValue()]).toEqual(['0012345678', '0012345678']);
  });

  it(
    cite(
      `${RANGE}#setValues(Object)`,
      'text that starts with + - or @ is not kept as text: a phone loses its +, other text becomes a formula',
    ),
    () => {
      const sheet = newSheet();
      sheet.getRange('A1:C1').setValues([['+6281234', '-lihat catatan', '@wali']]);
      expect(sheet.getRange('A1').getValue()).toBe(6281234);
      expect(sheet.getRange('B1:C1').getFormulas()).toEqual([['=-lihat catatan', '=@wali']]);
      // The text is gone: the cells show errors, not what was written.
      for (const shown of sheet.getRange('B1:C1').getDisplayValues()[0]!) expect(shown).toMatch(/^#/);
    },
  );

  it(cite(FORMATS, 'under the plain-text format (@) such text is kept exactly as written'), () => {
    const sheet = newSheet();
    const range = sheet.getRange('A1:D1');
    range.setNumberFormat('@');
    range.setValues([['+6281234', '-lihat catatan', '@wali', '=1+2']]);
    expect(range.getValues()).toEqual([['+6281234', '-lihat catatan', '@wali', '=1+2']]);
    expect(range.getFormulas()).toEqual([['', '', '', '']]);
  });

  it(cite(`${RANGE}#setValue(Object)`, 'text like 12% and TRUE becomes a number and a boolean'), () => {
    const sheet = newSheet();
    sheet.getRange('A1:B1').setValues([['12%', 'TRUE']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[0.12, true]]);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('12%');
  });
});

describe('Display values', () => {
  it(cite(`${RANGE}#getDisplayValues()`, 'display values are strings; empty cells show ""'), () => {
    const sheet = newSheet();
    sheet.getRange('A1:C1').setValues([[1234.5, true, '']]);
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['1234.5', 'TRUE', '', '']]);
  });

  it(
    cite(
      `${RANGE}#getDisplayValue()`,
      "display values follow the spreadsheet's locale: a decimal comma in id_ID",
    ),
    () => {
      const sheet = newSheet('id_ID');
      sheet.getRange('A1:B1').setValues([[1234.5, 0.256]]);
      sheet.getRange('B1').setNumberFormat('0.0%');
      expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['1234,5', '25,6%']]);
    },
  );

  it(
    cite(
      `${RANGE}#getDisplayValue()`,
      "a date shows in the spreadsheet's time zone and locale; its value stays the instant",
    ),
    () => {
      // 17:00 UTC is midnight the next day in Asia/Jakarta, the spreadsheet's zone.
      const instant = new Date('2026-09-14T17:00:00Z');
      const us = newSheet('en_US');
      us.getRange('A1').setValue(instant);
      expect(us.getRange('A1').getDisplayValue()).toBe('9/15/2026');
      const id = newSheet('id_ID');
      id.getRange('A1').setValue(instant);
      expect(id.getRange('A1').getDisplayValue()).toBe('15/09/2026');
      expect((id.getRange('A1').getValue() as Date).toISOString()).toBe('2026-09-14T17:00:00.000Z');
    },
  );

  it(cite(FORMATS, 'a yyyy-mm-dd format shows the same text in every locale'), () => {
    for (const locale of ['en_US', 'id_ID']) {
      const sheet = newSheet(locale);
      const cell = sheet.getRange('A1');
      cell.setNumberFormat('yyyy-mm-dd');
      cell.setValue(new Date('2026-09-14T17:00:00Z'));
      expect(cell.getDisplayValue()).toBe('2026-09-15');
    }
  });
});
