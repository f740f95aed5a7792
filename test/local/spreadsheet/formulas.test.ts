import { describe, expect, it } from 'vitest';
import { permissionMessage } from '../../../local/gas/env';
import { createSpreadsheetApp, Workbook } from '../../../local/gas/spreadsheet';
import { CIRCULAR_MESSAGE } from '../../../local/gas/spreadsheet/formulas/recalc';
import { customFunctions, testEnv } from './setup';

type Fn = (...args: unknown[]) => unknown;

function book(fns: Record<string, Fn>, sheets = ['Siswa']) {
  const env = testEnv();
  const wb = new Workbook({ locale: 'en_US', timeZone: 'Asia/Jakarta', sheets });
  const app = createSpreadsheetApp(env, wb, {
    customFunctions: customFunctions(env, fns),
  }) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return { env, wb, app, view: (name = sheets[0]!) => wb.sheet(name) };
}

const column = (m: unknown) => (m as unknown[][]).map((row) => row[0]);

describe('custom-function formulas', () => {
  it('puts a scalar result in the cell; a single cell arrives as a value', () => {
    const seen: unknown[] = [];
    const { view } = book({
      DOUBLE: (x) => {
        seen.push(x);
        return Number(x) * 2;
      },
    });
    const s = view();
    s.setCell('A1', '21');
    s.setCell('B1', '=DOUBLE(A1)');
    expect(s.cell('B1')).toMatchObject({ value: 42, formula: '=DOUBLE(A1)', display: '42' });
    expect(seen).toEqual([21]);
  });

  it('passes open ranges sheet-high (blanks included) as 2-D arrays, and literals as they are', () => {
    const seen: unknown[][] = [];
    const record = (...a: unknown[]) => {
      seen.push(a);
      return 'ok';
    };
    const { view } = book({ ARGS: record }, ['Siswa', 'Pengaturan']);
    const s = view();
    s.setCell('A2', '1');
    s.setCell('A3', '2026-09-15');
    s.setCell('B4', 'last');
    view('Pengaturan').setCell('A2', 'passing_grade');
    view('Pengaturan').setCell('B2', '75');
    s.setCell('D1', '=ARGS(A2:A, 0.9, "x", TRUE, Pengaturan!A2:B, \'Pengaturan\'!B2)');
    expect(s.cell('D1').value).toBe('ok');
    const [a, n, text, flag, settings, single] = seen.at(-1)!;
    // A2:A reaches the sheet's last row (1000 on a new sheet), not the last row with data.
    expect(column(a)).toEqual([1, expect.any(Date), ...Array(997).fill('')]);
    expect([n, text, flag, single]).toEqual([0.9, 'x', true, 75]);
    expect((settings as unknown[][])[0]).toEqual(['passing_grade', 75]);
    expect(settings).toHaveLength(999);
  });

  it('spills a 2-D result down and right; spilled cells have values but no formula', () => {
    const { view } = book({
      GRID: () => [
        [1, 'a'],
        [2, 'b'],
        [3, 'c'],
      ],
    });
    const s = view();
    s.setCell('B2', '=GRID()');
    expect(s.values()).toEqual([
      ['', '', ''],
      ['', 1, 'a'],
      ['', 2, 'b'],
      ['', 3, 'c'],
    ]);
    expect(s.cell('C4')).toMatchObject({ value: 'c', formula: '', spilled: true });
    expect(s.formulas()[1]).toEqual(['', '=GRID()', '']);
  });

  it('fills a column from a 1-D array', () => {
    const { view } = book({ LIST: () => ['x', 'y'] });
    view().setCell('A1', '=LIST()');
    expect(view().values()).toEqual([['x'], ['y']]);
  });

  it('shows #REF! when the array would overwrite data, and spills again once it is cleared', () => {
    const { view } = book({ GRID: () => [[1], [2], [3]] });
    const s = view();
    s.setCell('B3', 'taken');
    s.setCell('B1', '=GRID()');
    expect(s.cell('B1')).toMatchObject({
      value: '#REF!',
      error: 'Array result was not expanded because it would overwrite data in B3.',
    });
    expect(s.cell('B2').value).toBe('');
    s.setCell('B3', '');
    expect(s.values()).toEqual([
      ['', 1],
      ['', 2],
      ['', 3],
    ]);
  });

  it('shows #ERROR! with the thrown message', () => {
    const { view } = book({
      RISK_SCORE: () => {
        throw new Error("RISK_SCORE: attendance must be a number between 0 and 1 (row 7: 'abc')");
      },
    });
    view().setCell('A1', '=RISK_SCORE(B1:B)');
    expect(view().cell('A1')).toMatchObject({
      value: '#ERROR!',
      error: "RISK_SCORE: attendance must be a number between 0 and 1 (row 7: 'abc')",
    });
  });

  it('evaluates a formula after the formula whose array fills the column it reads', () => {
    const calls: string[] = [];
    const { view } = book({
      ATTENDANCE: () => {
        calls.push('ATTENDANCE');
        return [[0.95], [0.8], [0.7]];
      },
      RISK_SCORE: (att) => {
        calls.push('RISK_SCORE');
        return column(att).map((a) => [a === '' ? '' : Number(a) < 0.9 ? 80 : 10]);
      },
    });
    const s = view();
    s.setCell('A1', '=RISK_SCORE(C1:C)');
    s.setCell('C1', '=ATTENDANCE()');
    expect(s.values()).toEqual([
      [10, '', 0.95],
      [80, '', 0.8],
      [80, '', 0.7],
    ]);
    expect(calls).toEqual(['ATTENDANCE', 'RISK_SCORE']);
  });

  it('calls nested custom functions and the built-ins around them', () => {
    const { view } = book({ INNER: (x) => Number(x) + 1, OUTER: (x) => Number(x) * 10 });
    const s = view();
    s.setCell('A1', '1');
    s.setCell('B1', '=OUTER(INNER(A1))');
    s.setCell('C1', '=IFERROR(OUTER("x"), -1)');
    s.setCell('D1', '=IF(B1>10, "big", "small")');
    s.setCell('E1', '=OUTER("x")');
    expect(s.values()).toEqual([[1, 20, -1, 'big', '#NUM!']]);
  });

  it('reports circular dependencies, including a formula reading itself', () => {
    const { view } = book({ F: (x) => x });
    const s = view();
    s.setCell('A1', '=F(B1:B)');
    s.setCell('B1', '=F(A1:A)');
    s.setCell('C1', '=F(C1:C2)');
    s.setCell('D1', '=F(1)');
    for (const a1 of ['A1', 'B1', 'C1'])
      expect(s.cell(a1)).toMatchObject({ value: '#REF!', error: CIRCULAR_MESSAGE });
    expect(s.cell('D1').value).toBe(1);
  });

  it('lets a custom function read through SpreadsheetApp but not write', () => {
    const env = testEnv();
    const wb = new Workbook({ locale: 'en_US', sheets: ['Siswa'] });
    let app!: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const fns = {
      PEEK: () => app.getActiveSpreadsheet().getSheetByName('Siswa')!.getRange('A1').getValue(),
      POKE: () => app.getActiveSpreadsheet().getSheetByName('Siswa')!.getRange('A1').setValue(1),
    };
    app = createSpreadsheetApp(env, wb, { customFunctions: customFunctions(env, fns) }) as never;
    const s = wb.sheet('Siswa');
    s.setCell('A1', 'hello');
    s.setCell('B1', '=PEEK()');
    s.setCell('C1', '=POKE()');
    expect(s.cell('B1').value).toBe('hello');
    expect(s.cell('C1')).toMatchObject({ value: '#ERROR!', error: permissionMessage('Range.setValue') });
    expect(s.cell('A1').value).toBe('hello');
    expect(env.calls.get('Range.setValue')).toBe(1);
  });

  it('recalculates only after a change of its arguments, and not for formats', () => {
    let count = 0;
    const { view, app } = book({ TICK: () => ++count });
    const s = view();
    s.setCell('A1', '=TICK(B1)');
    s.values();
    s.values();
    const range = app.getActiveSpreadsheet().getSheets()[0]!.getRange('A1');
    range.getValues();
    range.setBackground('red').setNumberFormat('0.0');
    expect(range.getDisplayValue()).toBe('1.0');
    expect(count).toBe(1);
    // "A custom function recalculates only when its arguments change": C1 is not one of them.
    s.setCell('C1', 'x');
    expect(s.cell('A1').value).toBe(1);
    s.setCell('B1', 'x');
    expect(s.cell('A1').value).toBe(2);
  });

  it('keeps formulas pointing at their data when columns move and sheets are renamed', () => {
    const { view, app } = book({ SUMCOL: (m) => column(m).reduce((a: number, b) => a + Number(b || 0), 0) }, [
      'Siswa',
      'Data',
    ]);
    view('Data').setCell('B1', '2');
    view('Data').setCell('B2', '3');
    const s = view();
    s.setCell('A1', '=SUMCOL(Data!B1:B)');
    s.setCell('B1', '=SUM(Data!B1:B2)*2');
    expect(s.values()).toEqual([[5, 10]]);
    view('Data').insertColumns(1);
    expect(s.formulas()).toEqual([['=SUMCOL(Data!C1:C)', '=SUM(Data!C1:C2)*2']]);
    app.getActiveSpreadsheet().getSheetByName('Data')!.setName('Nilai Akhir');
    expect(s.formulas()).toEqual([["=SUMCOL('Nilai Akhir'!C1:C)", "=SUM('Nilai Akhir'!C1:C2)*2"]]);
    expect(s.values()).toEqual([[5, 10]]);
    view('Nilai Akhir').deleteColumns(3);
    expect(s.formulas()[0]![1]).toBe('=SUM(#REF!)*2');
    expect(s.values()).toEqual([['#ERROR!', '#REF!']]);
  });
});

describe('built-in formulas', () => {
  it('evaluates the few built-ins and leaves others blank', () => {
    const { view } = book({});
    const s = view();
    for (const [i, tier] of [3, 2, 3, 1, ''].entries()) s.setCell(`A${i + 1}`, String(tier));
    s.setCell('B1', 'x');
    s.setCell('B2', 'y');
    const formulas: [string, unknown][] = [
      ['=COUNTIF(A1:A5, 3)', 2],
      ['=COUNTIF(A:A, ">=2")', 3],
      ['=COUNTIFS(A1:A5, 3, B1:B5, "x")', 1],
      ['=COUNTA(A1:B5)', 6],
      ['=SUM(A1:A5)', 9],
      ['=AVERAGE(A1:A4)', 2.25],
      ['=IF(SUM(A:A)>5, "many", "few")', 'many'],
      ['=VLOOKUP(1, A1:B5, 2, FALSE)', ''],
      ['=1/0', '#DIV/0!'],
      ['="a"&1.5', 'a1.5'],
      ['=-abc', '#NAME?'],
      ['=SUM(1,', '#ERROR!'],
    ];
    formulas.forEach(([formula], i) => {
      s.setCell(`D${i + 1}`, formula);
    });
    expect(formulas.map((_, i) => s.cell(`D${i + 1}`).value)).toEqual(formulas.map(([, value]) => value));
  });

  it('accepts semicolons between arguments, as id_ID users type them', () => {
    const { view } = book({});
    view().setCell('A1', '=IF(1>0; "ya"; "tidak")');
    expect(view().cell('A1').value).toBe('ya');
  });
});
