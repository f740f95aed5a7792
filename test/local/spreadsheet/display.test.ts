import { describe, expect, it } from 'vitest';
import { displayValue } from '../../../local/gas/spreadsheet/values/display';
import { zonedDate } from '../../../local/gas/spreadsheet/values/zoned';

const en = { locale: 'en_US', timeZone: 'Asia/Jakarta' };
const id = { locale: 'id_ID', timeZone: 'Asia/Jakarta' };
const sept15 = zonedDate(2026, 9, 15, 0, 0, 0, 'Asia/Jakarta');
const afternoon = zonedDate(2026, 8, 3, 14, 5, 9, 'Asia/Jakarta');

describe('displayValue', () => {
  it.each([
    ['', undefined, '', ''],
    [true, undefined, 'TRUE', 'TRUE'],
    [false, undefined, 'FALSE', 'FALSE'],
    ['0012', '@', '0012', '0012'],
    ['#REF!', undefined, '#REF!', '#REF!'],
    [12345, undefined, '12345', '12345'],
    [1234.5, undefined, '1234.5', '1234,5'],
    [0.1 + 0.2, undefined, '0.3', '0,3'],
    [1 / 3, 'General', '0.3333333333', '0,3333333333'],
    [-2.5, undefined, '-2.5', '-2,5'],
    [1e20, undefined, '1E+20', '1E+20'],
    [12345, '@', '12345', '12345'],
    [7.45678, '0', '7', '7'],
    [7.45678, '0.0', '7.5', '7,5'],
    [7.45678, '0.00', '7.46', '7,46'],
    [0.8567, '0%', '86%', '86%'],
    [0.8567, '0.0%', '85.7%', '85,7%'],
    [1234567.891, '#,##0', '1,234,568', '1.234.568'],
    [1234567.891, '#,##0.00', '1,234,567.89', '1.234.567,89'],
    [-1234, '#,##0', '-1,234', '-1.234'],
    [1500000, '"Rp "#,##0', 'Rp 1,500,000', 'Rp 1.500.000'],
    [1500000, '[$Rp-421]#,##0', 'Rp1,500,000', 'Rp1.500.000'],
    [0.5, '0.##', '0.5', '0,5'],
  ])('%j with %j → en %j, id %j', (value, format, enText, idText) => {
    expect(displayValue(value, format, en)).toBe(enText);
    expect(displayValue(value, format, id)).toBe(idText);
  });

  it.each([
    ['yyyy-mm-dd', '2026-09-15', '2026-09-15'],
    ['dd/mm/yyyy', '15/09/2026', '15/09/2026'],
    ['d mmm yyyy', '15 Sep 2026', '15 Sep 2026'],
    ['d mmmm yyyy', '15 September 2026', '15 September 2026'],
    ['yyyy-mm', '2026-09', '2026-09'],
    ['dddd', 'Tuesday', 'Selasa'],
    [undefined, '9/15/2026', '15/09/2026'],
  ])('dates with %j → en %j, id %j', (format, enText, idText) => {
    expect(displayValue(sept15, format, en)).toBe(enText);
    expect(displayValue(sept15, format, id)).toBe(idText);
  });

  it('shows times in the sheet time zone, with minutes told from months', () => {
    expect(displayValue(afternoon, 'yyyy-mm-dd hh:mm:ss', en)).toBe('2026-08-03 14:05:09');
    expect(displayValue(afternoon, 'd mmm yyyy', id)).toBe('3 Agu 2026');
    expect(displayValue(afternoon, 'h:mm am/pm', en)).toBe('2:05 PM');
    expect(displayValue(afternoon, undefined, en)).toBe('8/3/2026 14:05:09');
    expect(displayValue(afternoon, 'yyyy-mm-dd', { ...en, timeZone: 'America/Los_Angeles' })).toBe(
      '2026-08-03',
    );
  });

  it('shows serial numbers through date formats and dates through number formats', () => {
    expect(displayValue(46280, 'yyyy-mm-dd', en)).toBe('2026-09-15');
    expect(displayValue(sept15, '0', en)).toBe('46280');
  });
});
