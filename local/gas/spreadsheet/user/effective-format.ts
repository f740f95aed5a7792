/**
 * How a cell looks once conditional formats apply: the first rule covering the cell whose condition
 * holds. Custom formulas (`=$X2=3`) are evaluated relative to the top-left cell of the rule's first
 * range, as Sheets evaluates them.
 */
import { toBoolean } from '../formulas/coerce';
import { evaluateFormula } from '../formulas/evaluate';
import { readCells } from '../formulas/recalc';
import { rectContains } from '../grid';
import type { ConditionalRule } from '../model/conditional';
import { valueConditionHolds } from '../model/conditional';
import type { SheetData } from '../model/sheet-data';
import type { Workbook } from '../model/workbook';

export interface EffectiveFormat {
  background: string | null;
  fontColor: string | null;
  bold: boolean;
}

function holds(wb: Workbook, sheet: SheetData, rule: ConditionalRule, row: number, col: number): boolean {
  const value = sheet.cell(row, col)?.value ?? '';
  const { type, values } = rule.condition;
  if (type !== 'CUSTOM_FORMULA') return valueConditionHolds(type, values, value);
  const origin = rule.ranges[0]!;
  const result = evaluateFormula(String(values[0] ?? ''), {
    sheet,
    sheetByName: (name) => wb.sheetByName(name),
    timeZone: wb.timeZone,
    now: wb.calcOptions.now,
    offset: { rows: row - origin.row, cols: col - origin.col },
    readRange: readCells,
  });
  if (Array.isArray(result)) return false;
  return toBoolean(result, wb.timeZone) === true;
}

/** The background, font colour and weight a person sees in one cell. */
export function effectiveFormat(wb: Workbook, sheet: SheetData, row: number, col: number): EffectiveFormat {
  const cell = sheet.cell(row, col);
  const base: EffectiveFormat = {
    background: cell?.background ?? null,
    fontColor: cell?.fontColor ?? null,
    bold: cell?.fontWeight === 'bold',
  };
  for (const rule of sheet.conditionalRules) {
    if (!rule.ranges.some((r) => r.sheetId === sheet.id && rectContains(r, row, col))) continue;
    if (!holds(wb, sheet, rule, row, col)) continue;
    return {
      background: rule.format.background ?? base.background,
      fontColor: rule.format.fontColor ?? base.fontColor,
      bold: rule.format.bold ?? base.bold,
    };
  }
  return base;
}
