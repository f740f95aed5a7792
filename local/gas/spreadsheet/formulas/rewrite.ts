/**
 * Rewrites the references inside a formula, leaving every other character as it was: Sheets does
 * this when rows or columns are inserted, deleted or moved, and when a sheet is renamed or deleted.
 */
import type { A1Ref } from '../a1';
import { formatRef } from '../a1';
import type { Dimension, DimensionChange } from '../grid';
import { mapSpan } from '../grid';
import { tokenize } from './tokens';

/** What to do with one reference: a new reference, null for #REF!, undefined to keep it. */
export type RefEdit = (ref: A1Ref, sheetName: string) => A1Ref | null | undefined;

/** The formula with its references edited; a formula that does not parse is left alone. */
export function rewriteFormula(formula: string, ownSheet: string, edit: RefEdit): string {
  const lead = formula.startsWith('=') ? '=' : '';
  const body = formula.slice(lead.length);
  let tokens: ReturnType<typeof tokenize>;
  try {
    tokens = tokenize(body);
  } catch {
    return formula;
  }
  let out = '';
  let last = 0;
  for (const t of tokens) {
    if (t.type !== 'ref') continue;
    const next = edit(t.ref, t.ref.sheet ?? ownSheet);
    if (next === undefined) continue;
    out += body.slice(last, t.start) + (next === null ? '#REF!' : formatRef(next));
    last = t.end;
  }
  return lead + out + body.slice(last);
}

/** A reference after a structural change on its sheet; null when all of it was deleted. */
export function shiftRef(ref: A1Ref, dim: Dimension, change: DimensionChange): A1Ref | null {
  if (dim === 'rows') {
    if (ref.form === 'columns') return ref;
    const span = mapSpan(change, ref.row1, ref.row2 ?? Infinity);
    if (!span) return null;
    return { ...ref, row1: span[0], row2: ref.row2 === null ? null : span[1] };
  }
  if (ref.form === 'rows') return ref;
  const span = mapSpan(change, ref.col1, ref.col2 ?? Infinity);
  if (!span) return null;
  return { ...ref, col1: span[0], col2: ref.col2 === null ? null : span[1] };
}

/** True when two sheet names are the same sheet (Sheets compares names case-insensitively). */
export function sameSheet(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * The formula as it reads when copied `rows` down and `cols` right: relative references move,
 * `$` parts stay (what setFormula does over a multi-cell range).
 */
export function offsetFormula(formula: string, ownSheet: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return rewriteFormula(formula, ownSheet, (ref) => {
    const r = (n: number, abs: boolean) => (abs ? n : n + rows);
    const c = (n: number, abs: boolean) => (abs ? n : n + cols);
    const next = {
      ...ref,
      row1: ref.form === 'columns' ? ref.row1 : r(ref.row1, ref.abs.row1),
      col1: ref.form === 'rows' ? ref.col1 : c(ref.col1, ref.abs.col1),
      row2: ref.row2 === null ? null : r(ref.row2, ref.abs.row2),
      col2: ref.col2 === null ? null : c(ref.col2, ref.abs.col2),
    };
    return next.row1 < 1 || next.col1 < 1 ? null : next;
  });
}
