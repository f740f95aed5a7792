/** Range methods for data validation and developer metadata. */
import type { Access } from '../../env';
import type { GridRect } from '../grid';
import { rectsIntersect } from '../grid';
import type { MetadataEntry } from '../model/metadata';
import { expectGrid } from './cells';
import type { Ctx } from './context';
import { eachCell, gridOf, sheetOf } from './context';
import type { Method } from './define';
import { signatureError } from './define';
import { addMetadata, locationOfRange, metadataFinder, metadataList } from './metadata';
import { dataValidation, validationRuleOf } from './validation';

/** The rectangle a row/column metadata location covers. */
function locationRect(
  entry: MetadataEntry,
  maxRows: number,
  maxCols: number,
): Omit<GridRect, 'sheetId'> | null {
  const loc = entry.location;
  if (loc.type === 'COLUMN') return { row: 1, col: loc.start, numRows: maxRows, numCols: loc.count };
  if (loc.type === 'ROW') return { row: loc.start, col: 1, numRows: loc.count, numCols: maxCols };
  return null;
}

function contains(outer: Omit<GridRect, 'sheetId'>, inner: Omit<GridRect, 'sheetId'>): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.col + inner.numCols <= outer.col + outer.numCols
  );
}

export function extraMethods(ctx: Ctx, ref: GridRect, self: () => object): Record<string, [Access, Method]> {
  const { env } = ctx;
  const sheet = () => sheetOf(ctx, ref.sheetId);
  const validationAt = (r: number, c: number) => {
    const rule = sheet().cell(r, c)?.validation;
    return rule ? dataValidation(ctx, rule) : null;
  };
  const scope = (entry: MetadataEntry, intersecting: boolean) => {
    const s = sheet();
    if (entry.location.type === 'SPREADSHEET' || entry.location.sheetId !== s.id) return false;
    const area = locationRect(entry, s.maxRows, s.maxCols);
    if (!area) return false;
    return intersecting ? rectsIntersect(area, ref) : contains(ref, area);
  };
  return {
    getDataValidation: ['read', () => validationAt(ref.row, ref.col)],
    getDataValidations: ['read', () => env.toScript(gridOf(ref, validationAt))],
    setDataValidation: [
      'write',
      (rule: unknown) => {
        const model = rule === null ? null : validationRuleOf(rule, 'Range.setDataValidation');
        eachCell(ref, (r, c) => {
          if (model) sheet().ensureCell(r, c).validation = model;
          else delete sheet().cell(r, c)?.validation;
        });
        return self();
      },
    ],
    setDataValidations: [
      'write',
      (rules: unknown) => {
        const data = expectGrid('Range.setDataValidations', env.fromScript(rules), ref.numRows, ref.numCols);
        const models = data.map((row) =>
          row.map((rule) => (rule === null ? null : validationRuleOf(rule, 'Range.setDataValidations'))),
        );
        eachCell(ref, (r, c, i, j) => {
          const model = models[i]![j];
          if (model) sheet().ensureCell(r, c).validation = model;
          else delete sheet().cell(r, c)?.validation;
        });
        return self();
      },
    ],
    clearDataValidations: [
      'write',
      () => {
        eachCell(ref, (r, c) => delete sheet().cell(r, c)?.validation);
        return self();
      },
    ],
    addDeveloperMetadata: [
      'write',
      (...args: unknown[]) => {
        if (args.length < 1) throw signatureError('Range.addDeveloperMetadata', args);
        addMetadata(ctx, locationOfRange(ctx, ref), 'Range.addDeveloperMetadata', args);
        return self();
      },
    ],
    getDeveloperMetadata: ['read', () => metadataList(ctx, (e) => scope(e, false))],
    createDeveloperMetadataFinder: ['read', () => metadataFinder(ctx, scope)],
  };
}
