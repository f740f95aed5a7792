/** The date built-ins the Dashboard uses, and dates in COUNTIF(S)/SUMIF criteria. */
import { describe, expect, it } from 'vitest';
import { createSpreadsheetApp, Workbook } from '../../../local/gas/spreadsheet';
import { testEnv } from './setup';

// The test clock is 2026-09-15 10:00 in Jakarta.
const jakarta = (iso: string) => new Date(`${iso}T00:00:00+07:00`);

function sheet() {
  const env = testEnv();
  const wb = new Workbook({ locale: 'en_US', timeZone: 'Asia/Jakarta', sheets: ['Sesi'] });
  createSpreadsheetApp(env, wb);
  const s = wb.sheet('Sesi');
  const value = (formula: string) => {
    s.setCell('Z1', formula);
    return s.cell('Z1').value;
  };
  return { s, value };
}

describe('date built-ins', () => {
  it.each([
    ['=DATE(2026, 9, 1)', jakarta('2026-09-01')],
    ['=DATE(2026, 13, 1)', jakarta('2027-01-01')],
    ['=DATE(2026, 3, 0)', jakarta('2026-02-28')],
    ['=DATE(126, 1, 1)', jakarta('2026-01-01')],
    ['=DATE(2026, 9, 1) + 0', 46266],
    ['=EOMONTH(DATE(2026, 1, 31), 1)', jakarta('2026-02-28')],
    ['=EOMONTH("2026-09-15", -1)', jakarta('2026-08-31')],
    ['=EOMONTH(TODAY(), -1) + 1', 46266],
    ['=TODAY()', jakarta('2026-09-15')],
    ['=YEAR(TODAY())', 2026],
    ['=MONTH(TODAY())', 9],
    ['=DAY(46266)', 1],
    ['=MONTH("2026-02-03")', 2],
    ['=TEXT(TODAY(), "yyyy-mm")', '2026-09'],
    ['=TEXT(46266, "yyyy-mm-dd")', '2026-09-01'],
    ['=TEXT("2026-09-15", "yyyy-mm")', '2026-09'],
    ['=TEXT(0.25, "0%")', '25%'],
    ['=TEXT("abc", "yyyy")', 'abc'],
    ['=YEAR("abc")', '#VALUE!'],
    ['=DATE(-1, 1, 1)', '#NUM!'],
    ['=DAY(-1)', '#NUM!'],
  ])('%s', (formula, expected) => {
    expect(sheet().value(formula)).toEqual(expected);
  });

  it('shows a DATE result as a date', () => {
    const { s } = sheet();
    s.setCell('A1', '=DATE(2026, 9, 1)');
    expect(s.cell('A1').display).toBe('9/1/2026');
  });
});

describe('dates in criteria', () => {
  function sessions() {
    const t = sheet();
    const days = ['2026-08-20', '2026-08-31', '2026-09-01', '2026-09-14', '2026-09-15'];
    days.forEach((d, i) => {
      t.s.setCell(`A${i + 1}`, d);
      t.s.setCell(`B${i + 1}`, String(10 * (i + 1)));
      t.s.setCell(`C${i + 1}`, i % 2 ? 'group' : 'individual');
    });
    t.s.setCell('A6', 'not a date');
    return t;
  }

  it.each([
    ['=COUNTIF(A1:A6, ">="&EOMONTH(TODAY(),-1)+1)', 3],
    ['=COUNTIFS(A1:A6, ">="&EOMONTH(TODAY(),-1)+1, A1:A6, "<="&EOMONTH(TODAY(),0), C1:C6, "group")', 1],
    ['=COUNTIF(A1:A6, "<"&DATE(2026,9,1))', 2],
    ['=COUNTIF(A1:A6, ">=2026-09-01")', 3],
    ['=COUNTIF(A1:A6, DATE(2026,9,15))', 1],
    ['=COUNTIF(A1:A6, "="&TODAY())', 1],
    ['=SUMIF(A1:A6, ">="&DATE(2026,9,1), B1:B6)', 120],
    ['=COUNTIF(A1:A6, "<>"&DATE(2026,9,1))', 5],
  ])('%s', (formula, expected) => {
    expect(sessions().value(formula)).toBe(expected);
  });
});
