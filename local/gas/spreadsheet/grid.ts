/**
 * Rectangles on a sheet and how they move when rows or columns are inserted, deleted or moved:
 * the one piece of geometry the model, the formulas and the facade share.
 */

/** A closed rectangle on one sheet, 1-based. */
export interface GridRect {
  sheetId: number;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export type Dimension = 'rows' | 'columns';

/**
 * One structural edit along a dimension, 1-based. `insert` puts `count` new lines before `at`;
 * `delete` removes `at … at+count-1`; `move` takes `from … from+count-1` to `to`, which is counted
 * before the move as Apps Script's `moveColumns(spec, destinationIndex)` counts it.
 */
export type DimensionChange =
  | { kind: 'insert'; at: number; count: number }
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'move'; from: number; count: number; to: number };

/** Where a line ends up after the change; null when it was deleted. */
export function mapIndex(change: DimensionChange, i: number): number | null {
  switch (change.kind) {
    case 'insert':
      return i >= change.at ? i + change.count : i;
    case 'delete':
      if (i < change.at) return i;
      return i < change.at + change.count ? null : i - change.count;
    case 'move': {
      const { from, count } = change;
      const start = moveTarget(change);
      if (i >= from && i < from + count) return start + (i - from);
      const j = i < from ? i : i - count;
      return j >= start ? j + count : j;
    }
  }
}

/** The first index the moved block occupies after a move. */
export function moveTarget(change: { from: number; count: number; to: number }): number {
  return change.to > change.from ? change.to - change.count : change.to;
}

/**
 * Where a span `start … end` (end may be Infinity) ends up; null when every line of it was deleted.
 * An insert strictly inside the span widens it, as Sheets widens ranges.
 */
export function mapSpan(change: DimensionChange, start: number, end: number): [number, number] | null {
  if (change.kind === 'insert') {
    return [mapIndex(change, start)!, end === Infinity ? end : mapIndex(change, end)!];
  }
  if (change.kind === 'delete') {
    const last = change.at + change.count - 1;
    if (start >= change.at && end <= last) return null;
    const s = start < change.at ? start : start > last ? start - change.count : change.at;
    const e =
      end === Infinity ? end : end > last ? end - change.count : end < change.at ? end : change.at - 1;
    return [s, e];
  }
  if (end === Infinity) return [Math.min(start, mapIndex(change, start)!), end];
  const a = mapIndex(change, start)!;
  const b = mapIndex(change, end)!;
  return [Math.min(a, b), Math.max(a, b)];
}

/** The rectangle after a change on its sheet, or null when it was deleted whole. */
export function mapRect(rect: GridRect, dim: Dimension, change: DimensionChange): GridRect | null {
  const rows = dim === 'rows';
  const start = rows ? rect.row : rect.col;
  const size = rows ? rect.numRows : rect.numCols;
  const span = mapSpan(change, start, start + size - 1);
  if (!span) return null;
  const [s, e] = span;
  return rows ? { ...rect, row: s, numRows: e - s + 1 } : { ...rect, col: s, numCols: e - s + 1 };
}

/** True when the cell lies in the rectangle (same sheet is the caller's business). */
export function rectContains(rect: GridRect, row: number, col: number): boolean {
  return row >= rect.row && row < rect.row + rect.numRows && col >= rect.col && col < rect.col + rect.numCols;
}

/** True when two rectangles on the same sheet overlap. */
export function rectsIntersect(a: Omit<GridRect, 'sheetId'>, b: Omit<GridRect, 'sheetId'>): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.col < b.col + b.numCols &&
    b.col < a.col + a.numCols
  );
}
