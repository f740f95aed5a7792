/** Range methods for what cells hold: values, display values, formulas, notes, clearing. */
import type { Access } from '../../env';
import { offsetFormula } from '../formulas/rewrite';
import type { GridRect } from '../grid';
import type { CellValue } from '../model/cell';
import { isDate } from '../model/cell';
import { clearCellContent, writeFormula, writeTyped, writeValue } from '../model/write';
import { displayValue } from '../values/display';
import { parseTyped } from '../values/typed';
import { expectCellValue, expectGrid, writeScriptValue } from './cells';
import type { Ctx } from './context';
import { eachCell, gridOf, sheetOf } from './context';
import type { Method } from './define';
import { expectArgs, isString, signatureError } from './define';

const copy = (v: CellValue): CellValue => (isDate(v) ? new Date(v.getTime()) : v);
const isTextOrNull = (v: unknown) => v === null || typeof v === 'string';

export function valueMethods(ctx: Ctx, ref: GridRect, self: () => object): Record<string, [Access, Method]> {
  const { env, wb } = ctx;
  const sheet = () => sheetOf(ctx, ref.sheetId);
  const top = () => sheet().cell(ref.row, ref.col);
  const calculated = <T>(read: () => T): T => {
    wb.ensureCalculated();
    return read();
  };
  const value = (r: number, c: number) => copy(sheet().cell(r, c)?.value ?? '');
  const display = (r: number, c: number) => {
    const cell = sheet().cell(r, c);
    return cell ? displayValue(cell.value, cell.format, wb) : '';
  };
  const done = () => {
    wb.changed();
    return self();
  };
  const each = (visit: (r: number, c: number) => void, then: () => object) => {
    eachCell(ref, visit);
    return then();
  };
  const writeFormulaText = (r: number, c: number, text: string, i: number, j: number) => {
    const cell = sheet().ensureCell(r, c);
    if (text === '') return clearCellContent(cell);
    if (text.startsWith('=')) return writeFormula(cell, offsetFormula(text, sheet().name, i, j));
    writeTyped(cell, parseTyped(text, { locale: wb.locale, timeZone: wb.timeZone, format: cell.format }));
  };

  return {
    getValue: ['read', () => calculated(() => env.toScript(value(ref.row, ref.col)))],
    getValues: ['read', () => calculated(() => env.toScript(gridOf(ref, value)))],
    getDisplayValue: ['read', () => calculated(() => display(ref.row, ref.col))],
    getDisplayValues: ['read', () => calculated(() => env.toScript(gridOf(ref, display)))],
    setValue: [
      'write',
      (...args: unknown[]) => {
        if (args.length !== 1) throw signatureError('Range.setValue', args);
        const v = env.fromScript(args[0]);
        expectCellValue(v, 'Range.setValue');
        eachCell(ref, (r, c) => writeScriptValue(wb, sheet(), r, c, v));
        return done();
      },
    ],
    setValues: [
      'write',
      (...args: unknown[]) => {
        if (args.length !== 1) throw signatureError('Range.setValues', args);
        const data = expectGrid('Range.setValues', env.fromScript(args[0]), ref.numRows, ref.numCols);
        data.forEach((row, i) => {
          row.forEach((v, j) => {
            expectCellValue(v, `row ${i + 1}, column ${j + 1} of the data`);
          });
        });
        eachCell(ref, (r, c, i, j) => writeScriptValue(wb, sheet(), r, c, data[i]![j]));
        return done();
      },
    ],
    getFormula: ['read', () => top()?.formula ?? ''],
    getFormulas: ['read', () => env.toScript(gridOf(ref, (r, c) => sheet().cell(r, c)?.formula ?? ''))],
    setFormula: [
      'write',
      (...args: unknown[]) => {
        expectArgs('Range.setFormula', args, isString);
        eachCell(ref, (r, c, i, j) => writeFormulaText(r, c, args[0] as string, i, j));
        return done();
      },
    ],
    setFormulas: [
      'write',
      (formulas: unknown) => {
        const data = expectGrid('Range.setFormulas', env.fromScript(formulas), ref.numRows, ref.numCols);
        if (!data.every((row) => row.every(isString))) throw signatureError('Range.setFormulas', [formulas]);
        eachCell(ref, (r, c) => writeFormulaText(r, c, data[r - ref.row]![c - ref.col] as string, 0, 0));
        return done();
      },
    ],
    getNote: ['read', () => top()?.note ?? ''],
    getNotes: ['read', () => env.toScript(gridOf(ref, (r, c) => sheet().cell(r, c)?.note ?? ''))],
    setNote: [
      'write',
      (...args: unknown[]) => {
        expectArgs('Range.setNote', args, isTextOrNull);
        eachCell(ref, (r, c) => setNote(r, c, args[0] as string | null));
        return self();
      },
    ],
    setNotes: [
      'write',
      (notes: unknown) => {
        const data = expectGrid('Range.setNotes', env.fromScript(notes), ref.numRows, ref.numCols);
        eachCell(ref, (r, c, i, j) => setNote(r, c, (data[i]![j] as string | null) ?? null));
        return self();
      },
    ],
    clearNote: ['write', () => each((r, c) => setNote(r, c, null), self)],
    clearContent: ['write', () => each((r, c) => clear(r, c, 'contents'), done)],
    clearFormat: ['write', () => each((r, c) => clear(r, c, 'formats'), self)],
    clear: [
      'write',
      (options?: unknown) => {
        const o = (env.fromScript(options) ?? {}) as Record<string, unknown>;
        const any = o.contentsOnly || o.formatOnly || o.validationsOnly || o.commentsOnly;
        eachCell(ref, (r, c) => {
          if (!any || o.contentsOnly) clear(r, c, 'contents');
          if (!any || o.formatOnly) clear(r, c, 'formats');
          if (o.validationsOnly) clear(r, c, 'validations');
          if (o.commentsOnly) clear(r, c, 'notes');
        });
        return done();
      },
    ],
  };

  function setNote(r: number, c: number, note: string | null): void {
    const cell = note ? sheet().ensureCell(r, c) : sheet().cell(r, c);
    if (!cell) return;
    if (note) cell.note = String(note);
    else delete cell.note;
  }

  function clear(r: number, c: number, what: 'contents' | 'formats' | 'validations' | 'notes'): void {
    const cell = sheet().cell(r, c);
    if (!cell) return;
    if (what === 'contents') writeValue(cell, '');
    if (what === 'formats') {
      delete cell.format;
      delete cell.background;
      delete cell.fontColor;
      delete cell.fontWeight;
    }
    if (what === 'validations') delete cell.validation;
    if (what === 'notes') delete cell.note;
  }
}
