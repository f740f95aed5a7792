/**
 * The sheet grid and its charts, drawn from the preview API's view of a sheet. Cells and headers
 * carry their coordinates (data-a1, data-row, data-col; 1-based); the page listens on the grid.
 */
import type { SheetView } from '../../gas/spreadsheet';
import { renderChart } from './chart';
import { el } from './dom';
import { t } from './messages';

/** 1 → 'A', 27 → 'AA'. */
export const columnName = (n: number) => {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
};

export const a1Of = (row: number, col: number) => `${columnName(col)}${row}`;

/** The sheet as a table, with its charts above it. */
export function renderGrid(grid: HTMLElement, v: SheetView): void {
  const table = el('table');
  table.setAttribute('role', 'grid');
  table.setAttribute('aria-label', t('grid', { name: v.name }));
  const head = el('tr');
  head.appendChild(el('th', '', 'corner'));
  for (let c = 1; c <= v.cols; c++) {
    const th = el('th', columnName(c), 'col');
    th.dataset.col = String(c);
    head.appendChild(th);
  }
  table.appendChild(head);
  v.cells.forEach((row, r) => {
    const tr = el('tr');
    if (r < v.frozenRows) tr.className = 'frozen';
    const rowHead = el('th', String(r + 1), 'row');
    rowHead.dataset.row = String(r + 1);
    tr.appendChild(rowHead);
    row.forEach((cell, c) => {
      const td = el('td', cell.checkbox ? (cell.display === 'TRUE' ? '☑' : '☐') : cell.display);
      td.dataset.a1 = a1Of(r + 1, c + 1);
      td.dataset.row = String(r + 1);
      td.dataset.col = String(c + 1);
      if (/^-?[\d.,]+%?$/.test(cell.display)) td.classList.add('number');
      if (cell.background) td.style.background = cell.background;
      if (cell.fontColor) td.style.color = cell.fontColor;
      if (cell.bold) td.style.fontWeight = 'bold';
      if (cell.dropdown) td.classList.add('has-list');
      if (cell.protection) td.classList.add('protected');
      const tip = [cell.error, cell.note].filter(Boolean).join('\n');
      if (cell.error) td.classList.add('error');
      if (tip) td.title = tip;
      tr.appendChild(td);
    });
    table.appendChild(tr);
  });
  grid.replaceChildren(table);
  if (v.rows > v.cells.length)
    grid.appendChild(el('div', t('showing', { shown: v.cells.length, total: v.rows }), 'more'));
  if (v.charts.length) {
    const charts = el('div', undefined, 'charts');
    for (const chart of v.charts) charts.appendChild(renderChart(chart));
    grid.prepend(charts);
  }
}
