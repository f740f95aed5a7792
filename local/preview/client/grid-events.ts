/**
 * A person's hands on the grid: click, shift-click and drag to select, a row header for whole rows,
 * the keyboard (arrows, Enter, F2, Delete, typing), copy and paste (tab-separated text, laid out
 * from the active cell as Sheets lays it out), checkboxes, dropdowns, and the right-click menu to
 * insert or delete rows.
 */
import { formatClipboard, parseClipboard } from '../tsv';
import { commit, isEditing, placeEditor, startEditing } from './cell-editor';
import { closeContextMenu, openContextMenu } from './context-menu';
import { $ } from './dom';
import { closeList, listIsOpen, openList, placeDropdownButton, wireDropdown } from './dropdown';
import { a1Of } from './grid';
import { t } from './messages';
import { page, refresh, reloadSheet, sendEdit } from './page';
import {
  active,
  cellAt,
  extendTo,
  moveBy,
  type Point,
  rangeA1,
  select,
  selectedDisplay,
  selectedRange,
} from './selection';

const pointOf = (target: EventTarget | null): Point | null => {
  const td = (target as HTMLElement | null)?.closest?.('#grid td[data-row]') as HTMLElement | null;
  return td ? { row: Number(td.dataset.row), col: Number(td.dataset.col) } : null;
};
const rowOf = (target: EventTarget | null): number | null => {
  const th = (target as HTMLElement | null)?.closest?.('#grid th[data-row]') as HTMLElement | null;
  return th ? Number(th.dataset.row) : null;
};
const lastCol = () => page.view?.cols ?? 1;

function afterSelect(): void {
  closeList();
  placeDropdownButton();
}

const choose = (value: string) => void commit(active(), value, 0, 0).then(placeDropdownButton);

async function toggleCheckbox(at: Point): Promise<void> {
  const checked = cellAt(at)?.display === 'TRUE';
  await commit(at, checked ? 'FALSE' : 'TRUE', 0, 0);
}

async function rows(action: 'insert' | 'delete', at: number, count: number): Promise<void> {
  if (await sendEdit('/api/rows', { sheet: page.sheet, action, at, count })) await refresh();
}

function rowMenu(x: number, y: number): void {
  const r = selectedRange();
  const n = r.bottom - r.top + 1;
  openContextMenu(
    x,
    y,
    [
      {
        label: n === 1 ? t('insertRowAbove') : t('insertRowsAbove', { n }),
        run: () => rows('insert', r.top, n),
      },
      {
        label: n === 1 ? t('insertRowBelow') : t('insertRowsBelow', { n }),
        run: () => rows('insert', r.bottom + 1, n),
      },
      {
        label: n === 1 ? t('deleteRow', { from: r.top }) : t('deleteRows', { from: r.top, to: r.bottom }),
        run: () => rows('delete', r.top, n),
      },
    ],
    rangeA1(r),
  );
}

async function paste(text: string): Promise<void> {
  const r = selectedRange();
  const a1 = a1Of(r.top, r.left);
  if (await sendEdit('/api/paste', { sheet: page.sheet, a1, text })) {
    await reloadSheet();
    const block = parseClipboard(text);
    const width = Math.max(1, ...block.map((line) => line.length));
    select({ row: r.top, col: r.left }, { row: r.top + block.length - 1, col: r.left + width - 1 });
  }
}

async function clearSelection(): Promise<void> {
  if (await sendEdit('/api/clear', { sheet: page.sheet, range: rangeA1(selectedRange()) }))
    await reloadSheet();
}

function onKey(e: KeyboardEvent): void {
  if (isEditing() || e.target !== $('grid')) return;
  const arrows: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
  };
  const step = arrows[e.key];
  if (step && e.altKey && e.key === 'ArrowDown' && cellAt(active())?.dropdown) openList(choose);
  else if (step) moveBy(step[0], step[1], e.shiftKey);
  else if (e.key === 'Tab') moveBy(0, e.shiftKey ? -1 : 1);
  else if (e.key === 'Enter' && cellAt(active())?.dropdown) openList(choose);
  else if (e.key === 'Enter' || e.key === 'F2') startEditing();
  else if (e.key === ' ' && cellAt(active())?.checkbox) void toggleCheckbox(active());
  else if (e.key === 'Delete' || e.key === 'Backspace') void clearSelection();
  else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) startEditing(e.key);
  else return;
  e.preventDefault();
  afterSelect();
}

/** Inside an input or a dialog, the clipboard belongs to them, not to the grid. */
const elsewhere = (e: Event) =>
  (e.target as HTMLElement | null)?.closest?.('input, textarea, select, dialog, [contenteditable]') != null;

export function wireGrid(): void {
  const grid = $('grid');
  let dragging = false;
  grid.addEventListener('mousedown', (e) => {
    if (e.button !== 0) return;
    const at = pointOf(e.target);
    const row = rowOf(e.target);
    if (at) {
      if (e.shiftKey) extendTo(at);
      else select(at);
      dragging = true;
    } else if (row !== null) {
      if (e.shiftKey) extendTo({ row, col: lastCol() });
      else select({ row, col: 1 }, { row, col: lastCol() });
    } else return;
    grid.focus({ preventScroll: true });
    e.preventDefault();
    afterSelect();
  });
  grid.addEventListener('mouseover', (e) => {
    const at = pointOf(e.target);
    if (dragging && at && e.buttons === 1) extendTo(at);
  });
  document.addEventListener('mouseup', () => {
    if (dragging) afterSelect();
    dragging = false;
  });
  grid.addEventListener('click', (e) => {
    const at = pointOf(e.target);
    if (at && !e.shiftKey && cellAt(at)?.checkbox) void toggleCheckbox(at);
  });
  grid.addEventListener('dblclick', (e) => {
    const at = pointOf(e.target);
    if (at && !cellAt(at)?.checkbox) startEditing();
  });
  grid.addEventListener('contextmenu', (e) => {
    const at = pointOf(e.target);
    const row = at?.row ?? rowOf(e.target);
    if (row === null) return;
    e.preventDefault();
    const r = selectedRange();
    if (row < r.top || row > r.bottom) {
      if (at) select(at);
      else select({ row, col: 1 }, { row, col: lastCol() });
    }
    rowMenu(e.clientX, e.clientY);
  });
  grid.addEventListener('keydown', onKey);
  grid.addEventListener('scroll', () => {
    closeContextMenu();
    if (listIsOpen()) closeList();
    placeDropdownButton();
    placeEditor();
  });
  document.addEventListener('copy', (e) => {
    if (elsewhere(e) || !e.clipboardData || document.activeElement !== grid) return;
    e.clipboardData.setData('text/plain', formatClipboard(selectedDisplay()));
    e.preventDefault();
  });
  document.addEventListener('paste', (e) => {
    if (elsewhere(e) || !e.clipboardData || !page.view) return;
    e.preventDefault();
    void paste(e.clipboardData.getData('text/plain'));
  });
  wireDropdown(choose);
}
