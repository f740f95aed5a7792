/**
 * The selection, as in Sheets: an active cell (where typing goes) and the range from it to where
 * a shift-click or a drag ended; whole rows when a row header was clicked. The name box shows the
 * range, the formula bar the active cell's formula or value.
 */
import type { CellView } from '../../gas/spreadsheet';
import { $ } from './dom';
import { a1Of } from './grid';
import { page } from './page';

export interface Point {
  row: number;
  col: number;
}

export interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const sel = { anchor: { row: 1, col: 1 } as Point, focus: { row: 1, col: 1 } as Point };

export const active = (): Point => ({ ...sel.anchor });

export function selectedRange(): Range {
  return {
    top: Math.min(sel.anchor.row, sel.focus.row),
    left: Math.min(sel.anchor.col, sel.focus.col),
    bottom: Math.max(sel.anchor.row, sel.focus.row),
    right: Math.max(sel.anchor.col, sel.focus.col),
  };
}

export const rangeA1 = (r: Range) =>
  r.top === r.bottom && r.left === r.right
    ? a1Of(r.top, r.left)
    : `${a1Of(r.top, r.left)}:${a1Of(r.bottom, r.right)}`;

const limits = () => ({ rows: page.view?.cells.length ?? 1, cols: page.view?.cols ?? 1 });
const clamp = (p: Point): Point => {
  const { rows, cols } = limits();
  return { row: Math.min(Math.max(1, p.row), rows), col: Math.min(Math.max(1, p.col), cols) };
};

export const cellAt = (p: Point): CellView | undefined => page.view?.cells[p.row - 1]?.[p.col - 1];
export const cellElement = (p: Point) =>
  document.querySelector<HTMLTableCellElement>(`#grid td[data-a1="${a1Of(p.row, p.col)}"]`);

/** Selects from the active cell `anchor` to `focus` (the same cell unless given). */
export function select(anchor: Point, focus: Point = anchor): void {
  sel.anchor = clamp(anchor);
  sel.focus = clamp(focus);
  show();
}

/** Extends the selection to `focus`, keeping the active cell. */
export function extendTo(focus: Point): void {
  sel.focus = clamp(focus);
  show();
}

/** Moves the active cell by (dRow, dCol), or extends the selection when `extend`. */
export function moveBy(dRow: number, dCol: number, extend = false): void {
  if (extend) extendTo({ row: sel.focus.row + dRow, col: sel.focus.col + dCol });
  else select({ row: sel.anchor.row + dRow, col: sel.anchor.col + dCol });
  cellElement(extend ? sel.focus : sel.anchor)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/** What the formula bar shows for a cell: its formula, else what it displays. */
export const contentOf = (cell: CellView | undefined) => cell?.formula || cell?.display || '';

/** Marks the selection in the grid and fills the name box and the formula bar. */
export function show(): void {
  for (const n of document.querySelectorAll('#grid .selected, #grid .in-range'))
    n.classList.remove('selected', 'in-range');
  const r = selectedRange();
  for (let row = r.top; row <= r.bottom; row++) {
    document.querySelector(`#grid th[data-row="${row}"]`)?.classList.add('in-range');
    for (let col = r.left; col <= r.right; col++) cellElement({ row, col })?.classList.add('in-range');
  }
  cellElement(sel.anchor)?.classList.add('selected');
  $('cell-name').textContent = rangeA1(r);
  const input = $<HTMLInputElement>('cell-input');
  if (document.activeElement !== input) input.value = contentOf(cellAt(sel.anchor));
}

/** The display text of the selection, row by row (what Copy puts on the clipboard). */
export function selectedDisplay(): string[][] {
  const r = selectedRange();
  const out: string[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: string[] = [];
    for (let col = r.left; col <= r.right; col++) line.push(cellAt({ row, col })?.display ?? '');
    out.push(line);
  }
  return out;
}
