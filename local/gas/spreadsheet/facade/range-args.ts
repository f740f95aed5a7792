/**
 * Turning getRange / offset arguments into a rectangle, with Apps Script's checks and messages:
 * 1-based rows and columns, at least one row and column, A1 notation or "Range not found".
 */
import type { A1Ref } from '../a1';
import { formatRef, parseA1 } from '../a1';
import type { GridRect } from '../grid';
import { SheetsError } from '../model/errors';
import type { SheetData } from '../model/sheet-data';
import { isNumber, isString, signatureError } from './define';

export type Rect = Omit<GridRect, 'sheetId'> & {
  /** How an open A1 range was written ('A:C', 'B2:B', '2:5'): getA1Notation keeps that form. */
  notation?: string;
};

const whole = (n: number) => (Number.isFinite(n) ? Math.trunc(n) : 0);

/** Checks a rectangle as Apps Script's getRange does. */
export function checkRect(row: number, col: number, numRows: number, numCols: number): Rect {
  const rect = { row: whole(row), col: whole(col), numRows: whole(numRows), numCols: whole(numCols) };
  if (rect.row < 1) throw new SheetsError('The starting row of the range is too small.');
  if (rect.col < 1) throw new SheetsError('The starting column of the range is too small.');
  if (rect.numRows < 1) throw new SheetsError('The number of rows in the range must be at least 1.');
  if (rect.numCols < 1) throw new SheetsError('The number of columns in the range must be at least 1.');
  return rect;
}

/**
 * Throws unless the rectangle lies inside the sheet's grid: a script must insert rows or columns
 * before it reaches past them (appendRow and a person's typing grow the grid; getRange does not).
 */
export function checkInside<R extends Omit<GridRect, 'sheetId'>>(rect: R, sheet: SheetData): R {
  if (rect.row + rect.numRows - 1 > sheet.maxRows || rect.col + rect.numCols - 1 > sheet.maxCols) {
    throw new SheetsError('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return rect;
}

/** A parsed A1 reference as a rectangle on `sheet`; open ends run to the sheet's size. */
export function rectOfRef(ref: A1Ref, sheet: SheetData): Rect {
  const row2 = ref.row2 ?? Math.max(sheet.maxRows, ref.row1);
  const col2 = ref.col2 ?? Math.max(sheet.maxCols, ref.col1);
  const rect: Rect = {
    row: ref.row1,
    col: ref.col1,
    numRows: row2 - ref.row1 + 1,
    numCols: col2 - ref.col1 + 1,
  };
  if (ref.row2 === null || ref.col2 === null) {
    const plain = { ...ref, abs: { row1: false, col1: false, row2: false, col2: false } };
    delete plain.sheet;
    rect.notation = formatRef(plain);
  }
  return rect;
}

/** Parses A1 notation or throws "Range not found". */
export function parseA1OrFail(a1: string): A1Ref {
  const ref = parseA1(a1);
  if (!ref) throw new SheetsError('Range not found');
  return ref;
}

/**
 * Sheet.getRange's overloads: (a1), (row, column), (row, column, numRows[, numColumns]), inside
 * the sheet's grid.
 */
export function rectFromArgs(sheet: SheetData, args: unknown[]): Rect {
  if (args.length === 1 && isString(args[0])) {
    const ref = parseA1OrFail(args[0] as string);
    if (ref.sheet !== undefined && ref.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
      throw new SheetsError('Range not found');
    }
    return checkInside(rectOfRef(ref, sheet), sheet);
  }
  if (args.length < 2 || args.length > 4 || !args.every(isNumber))
    throw signatureError('Sheet.getRange', args);
  const [row, col, numRows = 1, numCols = 1] = args as number[];
  return checkInside(checkRect(row!, col!, numRows, numCols), sheet);
}
