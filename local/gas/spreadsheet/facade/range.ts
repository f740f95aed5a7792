/**
 * Range: a fixed rectangle on a sheet (like Apps Script's, it does not follow later inserts). Its
 * position methods live here; values, formats and the rest come from the range-* files.
 */
import type { Access } from '../../env';
import { formatA1 } from '../a1';
import type { GridRect } from '../grid';
import { hasContent } from '../model/cell';
import { SheetsError } from '../model/errors';
import type { Ctx } from './context';
import { sheetOf } from './context';
import type { Method } from './define';
import { defineFacade, expectArgs, isNumber, optional } from './define';
import { addProtection } from './protection';
import { checkInside, checkRect } from './range-args';
import { extraMethods } from './range-extras';
import { formatMethods } from './range-format';
import { valueMethods } from './range-values';
import { sheetFacade } from './sheet';

/** A Range over `rect`; `notation` is the open A1 form it was made from, if any ('C:C'). */
export function rangeFacade(ctx: Ctx, rect: GridRect, notation?: string): object {
  const ref: GridRect = { ...rect };
  const kind = 'Range';
  let self: object;
  const me = () => self;
  const sheet = () => sheetOf(ctx, ref.sheetId);
  const at = (row: number, col: number, numRows: number, numCols: number) =>
    rangeFacade(ctx, {
      sheetId: ref.sheetId,
      ...checkInside(checkRect(row, col, numRows, numCols), sheet()),
    });
  const position: Record<string, [Access, Method]> = {
    getRow: ['read', () => ref.row],
    getRowIndex: ['read', () => ref.row],
    getColumn: ['read', () => ref.col],
    getNumRows: ['read', () => ref.numRows],
    getNumColumns: ['read', () => ref.numCols],
    getHeight: ['read', () => ref.numRows],
    getWidth: ['read', () => ref.numCols],
    getLastRow: ['read', () => ref.row + ref.numRows - 1],
    getLastColumn: ['read', () => ref.col + ref.numCols - 1],
    getA1Notation: ['read', () => notation ?? formatA1(ref.row, ref.col, ref.numRows, ref.numCols)],
    getGridId: ['read', () => ref.sheetId],
    getSheet: ['read', () => sheetFacade(ctx, sheet().id)],
    offset: [
      'read',
      (...a: unknown[]) => {
        expectArgs(`${kind}.offset`, a, isNumber, isNumber, optional(isNumber), optional(isNumber));
        const [dr, dc, rows = ref.numRows, cols = ref.numCols] = a as number[];
        return at(ref.row + dr!, ref.col + dc!, rows, cols);
      },
    ],
    getCell: [
      'read',
      (...a: unknown[]) => {
        expectArgs(`${kind}.getCell`, a, isNumber, isNumber);
        const [r, c] = a as [number, number];
        if (r < 1 || c < 1 || r > ref.numRows || c > ref.numCols)
          throw new SheetsError('Cell reference out of range');
        return at(ref.row + r - 1, ref.col + c - 1, 1, 1);
      },
    ],
    isBlank: [
      'read',
      () => {
        ctx.wb.ensureCalculated();
        const s = sheet();
        for (let r = ref.row; r < ref.row + ref.numRows; r++) {
          for (let c = ref.col; c < ref.col + ref.numCols; c++) if (hasContent(s.cell(r, c))) return false;
        }
        return true;
      },
    ],
    activate: [
      'write',
      () => {
        ctx.wb.activeSheetId = sheet().id;
        return self;
      },
    ],
    protect: ['write', () => addProtection(ctx, 'RANGE', sheet().id, ref)],
  };
  self = defineFacade(
    ctx.env,
    kind,
    {
      ...position,
      ...valueMethods(ctx, ref, me),
      ...formatMethods(ctx, ref, me),
      ...extraMethods(ctx, ref, me),
    },
    ref,
  );
  return self;
}
