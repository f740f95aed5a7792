/**
 * Conformance: Sheet and Range geometry as the add-on's tables use it (1-based positions, the
 * getRange forms, the data range, growing and shrinking the grid), each case naming its page.
 */
import { describe, expect, it } from 'vitest';
import { errorOf, setup } from '../spreadsheet/setup';
import { cite } from './cite';

const SHEET = 'https://developers.google.com/apps-script/reference/spreadsheet/sheet';
const RANGE = 'https://developers.google.com/apps-script/reference/spreadsheet/range';

function newSheet() {
  const { ss } = setup({ sheets: ['Siswa'] });
  return { ss, sheet: ss.getSheetByName('Siswa')! };
}

describe('Sheet.getRange', () => {
  it(cite(`${SHEET}#getRange(Integer,Integer)`, 'rows and columns start at 1: (1, 1) is A1'), () => {
    const { sheet } = newSheet();
    const cell = sheet.getRange(1, 1);
    expect([cell.getA1Notation(), cell.getRow(), cell.getColumn()]).toEqual(['A1', 1, 1]);
    expect(sheet.getRange(3, 26).getA1Notation()).toBe('Z3');
  });

  it(cite(`${SHEET}#getRange(Integer,Integer)`, 'row 0 and column 0 do not exist'), () => {
    const { sheet } = newSheet();
    expect(errorOf(() => sheet.getRange(0, 1))).toBe('The starting row of the range is too small.');
    expect(errorOf(() => sheet.getRange(1, 0))).toBe('The starting column of the range is too small.');
  });

  it(
    cite(
      `${SHEET}#getRange(Integer,Integer,Integer,Integer)`,
      'numRows and numColumns size the range from its top-left cell',
    ),
    () => {
      const { sheet } = newSheet();
      const range = sheet.getRange(2, 3, 4, 5);
      expect([range.getA1Notation(), range.getNumRows(), range.getNumColumns()]).toEqual(['C2:G5', 4, 5]);
      expect([range.getLastRow(), range.getLastColumn()]).toEqual([5, 7]);
      expect(sheet.getRange(2, 3, 4).getA1Notation()).toBe('C2:C5');
      expect(errorOf(() => sheet.getRange(2, 3, 0, 1))).toBe(
        'The number of rows in the range must be at least 1.',
      );
    },
  );

  it(cite(`${SHEET}#getRange(String)`, 'A1 notation: cells, open-ended columns and whole rows'), () => {
    const { sheet } = newSheet();
    expect(sheet.getRange('B2:D4').getNumRows()).toBe(3);
    // An open-ended range reaches the last row of the grid (1000 on a new sheet), not the data.
    const open = sheet.getRange('O2:O');
    expect([open.getA1Notation(), open.getRow(), open.getNumRows()]).toEqual(['O2:O', 2, 999]);
    expect(sheet.getRange('C:C').getNumRows()).toBe(sheet.getMaxRows());
    expect(sheet.getRange('3:3').getNumColumns()).toBe(sheet.getMaxColumns());
    expect(errorOf(() => sheet.getRange('not a range'))).toBe('Range not found');
  });

  it(
    cite(
      `${SHEET}#getRange(Integer,Integer,Integer,Integer)`,
      'a range past the grid is refused: rows must be inserted first',
    ),
    () => {
      const { sheet } = newSheet();
      const message = 'The coordinates of the range are outside the dimensions of the sheet.';
      expect(errorOf(() => sheet.getRange(1001, 1))).toBe(message);
      expect(errorOf(() => sheet.getRange(999, 1, 3, 1))).toBe(message);
      expect(errorOf(() => sheet.getRange('AA1'))).toBe(message);
      sheet.insertRowsAfter(1000, 5);
      expect(sheet.getRange(1005, 1).getA1Notation()).toBe('A1005');
    },
  );
});

describe('The data range and the last row', () => {
  it(
    cite(`${SHEET}#getLastRow()`, 'getLastRow and getLastColumn are the last with content (0 when empty)'),
    () => {
      const { sheet } = newSheet();
      expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
      sheet.getRange('B7').setValue('x');
      sheet.getRange('D3').setValue(0);
      expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([7, 4]);
      // A cell emptied again no longer counts; formatting alone never did.
      sheet.getRange('B7').setValue('');
      sheet.getRange('F20').setBackground('#ff0000');
      expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 4]);
    },
  );

  it(cite(`${SHEET}#getDataRange()`, 'getDataRange is A1 to (getLastRow, getLastColumn)'), () => {
    const { sheet } = newSheet();
    sheet.getRange('C4').setValue('x');
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
    const { sheet: empty } = newSheet();
    expect(empty.getDataRange().getA1Notation()).toBe('A1');
  });

  it(cite(`${SHEET}#getMaxRows()`, 'getMaxRows counts the grid regardless of content'), () => {
    const { sheet } = newSheet();
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    sheet.getRange('A1').setValue('x');
    expect(sheet.getMaxRows()).toBe(1000);
  });
});

describe('Range.offset and getCell', () => {
  it(
    cite(
      `${RANGE}#offset(Integer,Integer)`,
      'offset keeps the size; negative offsets move up and left; the new range must be on the sheet',
    ),
    () => {
      const { sheet } = newSheet();
      const range = sheet.getRange('C3:D4');
      expect(range.offset(1, 2).getA1Notation()).toBe('E4:F5');
      expect(range.offset(-2, -2).getA1Notation()).toBe('A1:B2');
      expect(range.offset(0, 0, 1, 3).getA1Notation()).toBe('C3:E3');
      expect(errorOf(() => range.offset(-3, 0))).toBe('The starting row of the range is too small.');
    },
  );

  it(cite(`${RANGE}#getCell(Integer,Integer)`, "getCell is relative to the range's top-left cell"), () => {
    const { sheet } = newSheet();
    expect(sheet.getRange('B2:D4').getCell(2, 3).getA1Notation()).toBe('D3');
    expect(errorOf(() => sheet.getRange('B2:D4').getCell(4, 1))).toBe('Cell reference out of range');
  });
});

describe('Range.getValues and setValues', () => {
  it(
    cite(
      `${RANGE}#getValues()`,
      'a rows × columns array indexed from [0][0]; empty cells are "", never null',
    ),
    () => {
      const { sheet } = newSheet();
      sheet.getRange('B2').setValue(7);
      const values = sheet.getRange('A1:B2').getValues();
      expect(values).toEqual([
        ['', ''],
        ['', 7],
      ]);
      expect(sheet.getRange('Z999').getValue()).toBe('');
    },
  );

  it(cite(`${RANGE}#setValues(Object)`, 'the data must match the range: both sizes are named'), () => {
    const { sheet } = newSheet();
    const range = sheet.getRange('A1:C2');
    expect(errorOf(() => range.setValues([[1, 2, 3]]))).toBe(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(
      errorOf(() =>
        range.setValues([
          [1, 2, 3],
          [4, 5],
        ]),
      ),
    ).toBe(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
    // Nothing was written by the refused calls.
    expect(sheet.getLastRow()).toBe(0);
  });
});

describe('Sheet.appendRow', () => {
  it(
    cite(`${SHEET}#appendRow(Object)`, 'appends after the last row with content, starting in column A'),
    () => {
      const { sheet } = newSheet();
      sheet.getRange('C5').setValue('last');
      sheet.appendRow(['a', 2]);
      expect(sheet.getRange('A6:C6').getValues()).toEqual([['a', 2, '']]);
      expect(sheet.getLastRow()).toBe(6);
    },
  );

  it(cite(`${SHEET}#appendRow(Object)`, "a cell's content that begins with = is a formula"), () => {
    const { sheet } = newSheet();
    sheet.appendRow([2, '=A1*3']);
    expect(sheet.getRange('B1').getFormula()).toBe('=A1*3');
    expect(sheet.getRange('B1').getValue()).toBe(6);
  });
});

describe('Inserting and deleting rows', () => {
  it(
    cite(
      `${SHEET}#insertRowsAfter(Integer,Integer)`,
      'insertRowsAfter grows the grid and moves the rows below',
    ),
    () => {
      const { sheet } = newSheet();
      sheet.getRange('A2').setValue('below');
      sheet.insertRowsAfter(1, 3);
      expect(sheet.getMaxRows()).toBe(1003);
      expect(sheet.getRange('A5').getValue()).toBe('below');
      expect(sheet.getRange('A2').getValue()).toBe('');
      // After the last row too (how a full table makes room), but not after a row that is not there.
      sheet.insertRowsAfter(1003, 2);
      expect(sheet.getMaxRows()).toBe(1005);
      expect(errorOf(() => sheet.insertRowsAfter(1006, 1))).toBe('Those rows are out of bounds.');
      expect(errorOf(() => sheet.insertRowsAfter(0, 1))).toBe('Those rows are out of bounds.');
    },
  );

  it(
    cite(
      `${SHEET}#deleteRows(Integer,Integer)`,
      'deleteRows moves the rows below up; rows past the grid are refused',
    ),
    () => {
      const { sheet } = newSheet();
      sheet.getRange('A5').setValue('kept');
      sheet.deleteRows(2, 2);
      expect(sheet.getRange('A3').getValue()).toBe('kept');
      expect(sheet.getMaxRows()).toBe(998);
      expect(errorOf(() => sheet.deleteRows(998, 2))).toBe('Those rows are out of bounds.');
      expect(errorOf(() => sheet.deleteRows(1, 998))).toBe(
        'Sorry, it is not possible to delete all non-frozen rows.',
      );
    },
  );
});
