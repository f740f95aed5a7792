/**
 * One sheet's data: a grid of cells (1-based in every method), its size, frozen panes and the
 * sheet-scoped things that live with it (conditional formats, charts). Nothing here counts calls
 * or checks permissions.
 */
import type { DimensionChange } from '../grid';
import { mapIndex, moveTarget } from '../grid';
import type { Cell } from './cell';
import { hasContent } from './cell';
import type { ChartModel } from './chart';
import type { ConditionalRule } from './conditional';

/** A new sheet's grid, as Google makes it. */
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

export class SheetData {
  id: number;
  name: string;
  maxRows = DEFAULT_ROWS;
  maxCols = DEFAULT_COLUMNS;
  frozenRows = 0;
  frozenCols = 0;
  hidden = false;
  tabColor: string | null = null;
  /** rows[r - 1][c - 1]; holes are empty cells. */
  rows: (Cell | undefined)[][] = [];
  conditionalRules: ConditionalRule[] = [];
  charts: ChartModel[] = [];

  constructor(id: number, name: string) {
    this.id = id;
    this.name = name;
  }

  /** The cell at (row, col), or undefined when it was never touched. */
  cell(row: number, col: number): Cell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  /** The cell at (row, col), created when missing; the grid grows to hold it. */
  ensureCell(row: number, col: number): Cell {
    if (row > this.maxRows) this.maxRows = row;
    if (col > this.maxCols) this.maxCols = col;
    let line = this.rows[row - 1];
    if (!line) {
      line = [];
      this.rows[row - 1] = line;
    }
    let cell = line[col - 1];
    if (!cell) {
      cell = { value: '' };
      line[col - 1] = cell;
    }
    return cell;
  }

  /** The last row holding a value or formula (spilled results included), 0 when empty. */
  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) {
      if (this.rows[r - 1]?.some((cell) => hasContent(cell))) return r;
    }
    return 0;
  }

  /** The last column holding a value or formula, 0 when empty. */
  lastColumn(): number {
    let last = 0;
    for (const line of this.rows) {
      if (!line) continue;
      for (let c = line.length; c > last; c--) {
        if (hasContent(line[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /** Every touched cell with its 1-based position. */
  *cells(): Generator<[number, number, Cell]> {
    for (let r = 0; r < this.rows.length; r++) {
      const line = this.rows[r];
      if (!line) continue;
      for (let c = 0; c < line.length; c++) {
        const cell = line[c];
        if (cell) yield [r + 1, c + 1, cell];
      }
    }
  }

  /** Rearranges rows for a structural change and resizes the grid. */
  changeRows(change: DimensionChange): void {
    this.rows = remap(this.rows, change);
    this.maxRows += sizeDelta(change);
    this.frozenRows = frozenAfter(this.frozenRows, change);
  }

  /** Rearranges columns for a structural change and resizes the grid. */
  changeColumns(change: DimensionChange): void {
    this.rows = this.rows.map((line) => (line ? remap(line, change) : line));
    this.maxCols += sizeDelta(change);
    this.frozenCols = frozenAfter(this.frozenCols, change);
  }
}

function sizeDelta(change: DimensionChange): number {
  if (change.kind === 'insert') return change.count;
  if (change.kind === 'delete') return -change.count;
  return 0;
}

function frozenAfter(frozen: number, change: DimensionChange): number {
  if (change.kind === 'insert') return change.at <= frozen ? frozen + change.count : frozen;
  if (change.kind === 'delete') {
    const deleted = Math.max(0, Math.min(frozen, change.at + change.count - 1) - change.at + 1);
    return frozen - deleted;
  }
  return frozen;
}

/** Moves the items of a 0-based array to where a 1-based change sends their lines. */
function remap<T>(items: T[], change: DimensionChange): T[] {
  const out: T[] = [];
  const length =
    change.kind === 'move' ? Math.max(items.length, moveTarget(change) + change.count - 1) : items.length;
  for (let i = 0; i < length; i++) {
    const item = items[i];
    if (item === undefined) continue;
    const target = mapIndex(change, i + 1);
    if (target !== null) out[target - 1] = item;
  }
  return out;
}
