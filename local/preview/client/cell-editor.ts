/**
 * Typing into a cell, in the cell itself (start typing, double-click, Enter or F2) or in the
 * formula bar: Enter keeps it and moves down, Tab moves right, Escape leaves the cell as it was.
 * The text goes to the runtime as typed; Sheets' parsing, validation and protection apply there.
 */
import { $ } from './dom';
import { a1Of } from './grid';
import { t } from './messages';
import { page, reloadSheet, sendEdit } from './page';
import { active, cellAt, cellElement, contentOf, moveBy, type Point } from './selection';

let editing: Point | null = null;

export const isEditing = () => editing !== null;

function editor(): HTMLInputElement {
  return $<HTMLInputElement>('cell-editor');
}

/** Opens the in-cell editor on the active cell, with `text` (its content when omitted). */
export function startEditing(text?: string): void {
  const at = active();
  if (!cellElement(at)) return;
  editing = at;
  const input = editor();
  placeEditor();
  input.setAttribute('aria-label', t('cellEditor', { a1: a1Of(at.row, at.col) }));
  input.value = text ?? contentOf(cellAt(at));
  input.hidden = false;
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
}

/** Keeps the editor over its cell (the editor floats over the grid, which may scroll). */
export function placeEditor(): void {
  const td = editing && cellElement(editing);
  if (!td) return;
  const input = editor();
  const box = td.getBoundingClientRect();
  input.style.left = `${box.left}px`;
  input.style.top = `${box.top}px`;
  input.style.minWidth = `${box.width}px`;
  input.style.height = `${box.height}px`;
}

function stopEditing(): void {
  editing = null;
  editor().hidden = true;
  $('grid').focus({ preventScroll: true });
}

/**
 * Types `value` into the cell at `at`. The selection moves by (dRow, dCol) at once, as in Sheets,
 * so that typing can go on in the next cell while the runtime takes this one.
 */
export async function commit(at: Point, value: string, dRow: number, dCol: number): Promise<void> {
  moveBy(dRow, dCol);
  const done = await sendEdit('/api/cell', { sheet: page.sheet, a1: a1Of(at.row, at.col), value });
  if (done) await reloadSheet();
}

async function finish(keep: boolean, dRow: number, dCol: number): Promise<void> {
  const at = editing;
  if (!at) return;
  const value = editor().value;
  stopEditing();
  if (keep && value !== contentOf(cellAt(at))) await commit(at, value, dRow, dCol);
  else moveBy(keep ? dRow : 0, keep ? dCol : 0);
}

export function wireEditors(): void {
  const input = editor();
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') void finish(true, e.shiftKey ? -1 : 1, 0);
    else if (e.key === 'Tab') void finish(true, 0, e.shiftKey ? -1 : 1);
    else if (e.key === 'Escape') void finish(false, 0, 0);
    else return;
    e.preventDefault();
    e.stopPropagation();
  });
  // Clicking elsewhere keeps what was typed, as in Sheets.
  input.addEventListener('blur', () => void finish(true, 0, 0));

  const bar = $<HTMLInputElement>('cell-input');
  bar.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void commit(active(), bar.value, 1, 0);
    } else if (e.key === 'Escape') {
      bar.value = contentOf(cellAt(active()));
      $('grid').focus({ preventScroll: true });
    }
  });
}
