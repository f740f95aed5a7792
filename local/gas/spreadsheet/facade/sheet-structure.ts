/**
 * Sheet methods that change its structure or content wholesale: inserting, deleting and moving
 * rows and columns (everything anchored to them follows), appendRow, clear.
 */
import type { Access } from '../../env';
import type { Dimension, DimensionChange } from '../grid';
import { SheetsError } from '../model/errors';
import type { SheetData } from '../model/sheet-data';
import { writeValue } from '../model/write';
import { expectCellValue, writeScriptValue } from './cells';
import type { Ctx } from './context';
import { sheetOf } from './context';
import type { Method } from './define';
import { expectArgs, internalOf, isNumber, optional, signatureError } from './define';
import type { Rect } from './range-args';

export function structureMethods(
  ctx: Ctx,
  sheetId: number,
  self: () => object,
): Record<string, [Access, Method]> {
  const { env, wb } = ctx;
  const sheet = () => sheetOf(ctx, sheetId);
  const names = { rows: ['rows', 'row'], columns: ['columns', 'column'] } as const;
  const size = (s: SheetData, dim: Dimension) => (dim === 'rows' ? s.maxRows : s.maxCols);

  const insert = (method: string, dim: Dimension, after: boolean, countArg: boolean): [Access, Method] => [
    'write',
    (...a: unknown[]) => {
      expectArgs(`Sheet.${method}`, a, isNumber, countArg ? isNumber : optional(isNumber));
      const [pos, count = 1] = a as number[];
      const s = sheet();
      if (pos! < 1 || pos! > size(s, dim)) throw new SheetsError(`Those ${names[dim][0]} are out of bounds.`);
      if (count < 1) throw new SheetsError(`The number of ${names[dim][0]} to insert must be at least 1.`);
      change(s, dim, { kind: 'insert', at: after ? pos! + 1 : pos!, count });
      return self();
    },
  ];

  const remove = (method: string, dim: Dimension, countArg: boolean): [Access, Method] => [
    'write',
    (...a: unknown[]) => {
      expectArgs(`Sheet.${method}`, a, isNumber, countArg ? isNumber : () => true);
      const [pos, count = 1] = a as number[];
      const s = sheet();
      if (pos! < 1 || count < 1 || pos! + count - 1 > size(s, dim)) {
        throw new SheetsError(`Those ${names[dim][0]} are out of bounds.`);
      }
      const frozen = dim === 'rows' ? s.frozenRows : s.frozenCols;
      if (count >= size(s, dim) - frozen) {
        throw new SheetsError(`Sorry, it is not possible to delete all non-frozen ${names[dim][0]}.`);
      }
      change(s, dim, { kind: 'delete', at: pos!, count });
      return self();
    },
  ];

  const move = (method: string, dim: Dimension): [Access, Method] => [
    'write',
    (spec: unknown, destination: unknown) => {
      const rect = internalOf<Rect & { sheetId: number }>(spec, 'Range');
      if (!rect || !isNumber(destination)) throw signatureError(`Sheet.${method}`, [spec, destination]);
      const s = sheet();
      const [from, count] = dim === 'rows' ? [rect.row, rect.numRows] : [rect.col, rect.numCols];
      const to = destination as number;
      if (to < 1 || to > size(s, dim) + 1) throw new SheetsError(`Those ${names[dim][0]} are out of bounds.`);
      if (to < from || to > from + count) change(s, dim, { kind: 'move', from, count, to });
    },
  ];

  return {
    insertRowsAfter: insert('insertRowsAfter', 'rows', true, true),
    insertRowsBefore: insert('insertRowsBefore', 'rows', false, true),
    insertRowAfter: insert('insertRowAfter', 'rows', true, false),
    insertRowBefore: insert('insertRowBefore', 'rows', false, false),
    insertRows: insert('insertRows', 'rows', false, false),
    insertColumnsAfter: insert('insertColumnsAfter', 'columns', true, true),
    insertColumnsBefore: insert('insertColumnsBefore', 'columns', false, true),
    insertColumnAfter: insert('insertColumnAfter', 'columns', true, false),
    insertColumnBefore: insert('insertColumnBefore', 'columns', false, false),
    insertColumns: insert('insertColumns', 'columns', false, false),
    deleteRow: remove('deleteRow', 'rows', false),
    deleteRows: remove('deleteRows', 'rows', true),
    deleteColumn: remove('deleteColumn', 'columns', false),
    deleteColumns: remove('deleteColumns', 'columns', true),
    moveRows: move('moveRows', 'rows'),
    moveColumns: move('moveColumns', 'columns'),
    appendRow: [
      'write',
      (rowContents: unknown) => {
        const row = env.fromScript(rowContents);
        if (!Array.isArray(row)) throw signatureError('Sheet.appendRow', [rowContents]);
        row.forEach((v, i) => {
          expectCellValue(v, `item ${i + 1} of the row`);
        });
        const s = sheet();
        wb.ensureCalculated();
        const at = s.lastRow() + 1;
        for (const [i, v] of row.entries()) writeScriptValue(wb, s, at, i + 1, v);
        wb.changed();
        return self();
      },
    ],
    clear: [
      'write',
      (options?: unknown) => {
        const o = (env.fromScript(options) ?? {}) as Record<string, unknown>;
        const any = o.contentsOnly || o.formatOnly;
        for (const [, , cell] of sheet().cells()) {
          if (!any || o.contentsOnly) writeValue(cell, '');
          if (!any || o.formatOnly) clearFormats(cell);
        }
        wb.changed();
        return self();
      },
    ],
    clearContents: [
      'write',
      () => {
        for (const [, , cell] of sheet().cells()) writeValue(cell, '');
        wb.changed();
        return self();
      },
    ],
    clearFormats: [
      'write',
      () => {
        for (const [, , cell] of sheet().cells()) clearFormats(cell);
        return self();
      },
    ],
    clearNotes: [
      'write',
      () => {
        for (const [, , cell] of sheet().cells()) delete cell.note;
        return self();
      },
    ],
  };

  function change(s: SheetData, dim: Dimension, c: DimensionChange): void {
    wb.changeDimension(s, dim, c);
  }
}

function clearFormats(cell: {
  format?: string;
  background?: string;
  fontColor?: string;
  fontWeight?: string;
}) {
  delete cell.format;
  delete cell.background;
  delete cell.fontColor;
  delete cell.fontWeight;
}
