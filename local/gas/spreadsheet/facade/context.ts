/** What every facade object shares: the runtime's env, the workbook, and the runtime's hooks. */
import type { Env } from '../../env';
import type { CustomFunctionOutcome, CustomFunctions } from '../formulas/recalc';
import type { GridRect } from '../grid';
import { SheetsError } from '../model/errors';
import type { SheetData } from '../model/sheet-data';
import type { Workbook } from '../model/workbook';

export interface SpreadsheetHooks {
  /** The runtime's Ui, exposed as SpreadsheetApp.getUi(). */
  getUi?: () => unknown;
  /** Spreadsheet.toast(message, title, timeoutSeconds). */
  toast?: (message: string, title?: string, seconds?: number) => void;
  /** The add-on's custom functions, for formulas such as =RISK_SCORE(M2:M, …). */
  customFunctions?: CustomFunctions;
  /** The URL of the form that sends its responses to a sheet (Sheet.getFormUrl), or null. */
  formUrl?: (sheetId: number) => string | null;
  /** What custom-function formulas show for now (default: their results). */
  customFunctionOutcome?: () => CustomFunctionOutcome;
}

export interface Ctx {
  env: Env;
  wb: Workbook;
  hooks: SpreadsheetHooks;
}

/** The sheet a facade points at; a deleted sheet is an error, as in Apps Script. */
export function sheetOf(ctx: Ctx, sheetId: number): SheetData {
  const sheet = ctx.wb.sheetById(sheetId);
  if (!sheet) throw new SheetsError('The sheet you are trying to access has been deleted.');
  return sheet;
}

/** Visits every cell of a rectangle, with its offset (i, j) inside it. */
export function eachCell(
  rect: GridRect,
  visit: (row: number, col: number, i: number, j: number) => void,
): void {
  for (let i = 0; i < rect.numRows; i++) {
    for (let j = 0; j < rect.numCols; j++) visit(rect.row + i, rect.col + j, i, j);
  }
}

/** A rows × columns grid built cell by cell. */
export function gridOf<T>(rect: GridRect, read: (row: number, col: number) => T): T[][] {
  return Array.from({ length: rect.numRows }, (_, i) =>
    Array.from({ length: rect.numCols }, (_, j) => read(rect.row + i, rect.col + j)),
  );
}
