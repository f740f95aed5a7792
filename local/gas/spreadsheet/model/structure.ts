/**
 * What follows a structural edit, as in Sheets: cells move, and so do the ranges of protections,
 * conditional formats, charts and list validations, row/column developer metadata, and every
 * formula reference to the sheet. Renaming or deleting a sheet rewrites references to it.
 */
import type { A1Ref } from '../a1';
import { rewriteFormula, sameSheet, shiftRef } from '../formulas/rewrite';
import type { Dimension, DimensionChange, GridRect } from '../grid';
import { mapIndex, mapRect, mapSpan } from '../grid';
import type { MetadataEntry } from './metadata';
import type { ProtectionModel } from './protection';
import type { SheetData } from './sheet-data';
import type { ValidationRule } from './validation';

export interface StructureModel {
  sheets: SheetData[];
  protections: ProtectionModel[];
  metadata: MetadataEntry[];
}

type RefEdit = (ref: A1Ref, sheetName: string) => A1Ref | null | undefined;

/** Rewrites every formula (cells and conditional-format rules) through one reference edit. */
function rewriteAll(model: StructureModel, edit: RefEdit): void {
  for (const sheet of model.sheets) {
    for (const [, , cell] of sheet.cells()) {
      if (cell.formula !== undefined) cell.formula = rewriteFormula(cell.formula, sheet.name, edit);
    }
    for (const rule of sheet.conditionalRules) {
      const [formula] = rule.condition.values;
      if (rule.condition.type === 'CUSTOM_FORMULA' && typeof formula === 'string') {
        rule.condition.values = [rewriteFormula(formula, sheet.name, edit)];
      }
    }
  }
}

function validationRules(model: StructureModel): Set<ValidationRule> {
  const rules = new Set<ValidationRule>();
  for (const sheet of model.sheets) {
    for (const [, , cell] of sheet.cells()) if (cell.validation) rules.add(cell.validation);
  }
  return rules;
}

/** Applies an insert, delete or move of rows or columns on one sheet to the whole workbook. */
export function applyDimensionChange(
  model: StructureModel,
  sheet: SheetData,
  dim: Dimension,
  change: DimensionChange,
): void {
  if (dim === 'rows') sheet.changeRows(change);
  else sheet.changeColumns(change);
  const onSheet = (rect: GridRect) => (rect.sheetId === sheet.id ? mapRect(rect, dim, change) : rect);
  const keep = <T>(x: T | null): x is T => x !== null;

  const locationType = dim === 'rows' ? 'ROW' : 'COLUMN';
  model.metadata = model.metadata.filter((entry) => {
    const loc = entry.location;
    if (loc.type !== locationType || loc.sheetId !== sheet.id) return true;
    const span = mapSpan(change, loc.start, loc.start + loc.count - 1);
    if (!span) return false;
    entry.location = { ...loc, start: span[0], count: span[1] - span[0] + 1 };
    return true;
  });

  model.protections = model.protections.filter((p) => {
    p.unprotected = p.unprotected.map(onSheet).filter(keep);
    if (p.type !== 'RANGE') return true;
    const rect = onSheet(p.rect!);
    if (rect) p.rect = rect;
    return rect !== null;
  });

  for (const s of model.sheets) {
    for (const chart of s.charts) chart.ranges = chart.ranges.map(onSheet).filter(keep);
  }
  sheet.conditionalRules = sheet.conditionalRules.filter((rule) => {
    rule.ranges = rule.ranges.map(onSheet).filter(keep);
    return rule.ranges.length > 0;
  });
  for (const chart of sheet.charts) {
    const at = dim === 'rows' ? chart.anchor.row : chart.anchor.col;
    const moved = mapIndex(change, at) ?? (change.kind === 'delete' ? change.at : at);
    chart.anchor = dim === 'rows' ? { ...chart.anchor, row: moved } : { ...chart.anchor, col: moved };
  }
  for (const rule of validationRules(model)) {
    if (rule.range) rule.range = onSheet(rule.range) ?? rule.range;
  }
  rewriteAll(model, (ref, name) => (sameSheet(name, sheet.name) ? shiftRef(ref, dim, change) : undefined));
}

/** Points every reference to a renamed sheet at its new name. */
export function applyRename(model: StructureModel, oldName: string, newName: string): void {
  rewriteAll(model, (ref) =>
    ref.sheet !== undefined && sameSheet(ref.sheet, oldName) ? { ...ref, sheet: newName } : undefined,
  );
}

/** Drops what belonged to a deleted sheet; references to it become #REF!. */
export function applySheetRemoval(model: StructureModel, removed: SheetData): void {
  model.metadata = model.metadata.filter(
    (m) => m.location.type === 'SPREADSHEET' || m.location.sheetId !== removed.id,
  );
  model.protections = model.protections.filter((p) => p.sheetId !== removed.id);
  for (const s of model.sheets) {
    for (const chart of s.charts) chart.ranges = chart.ranges.filter((r) => r.sheetId !== removed.id);
  }
  rewriteAll(model, (_ref, name) => (sameSheet(name, removed.name) ? null : undefined));
}
