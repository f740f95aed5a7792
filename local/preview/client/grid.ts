/** The sheet grid and its charts, drawn from the preview API's view of a sheet. */
import type { ChartView, SheetView } from '../../gas/spreadsheet';
import { el } from './dom';

/** 1 → 'A', 27 → 'AA'. */
export const columnName = (n: number) => {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
};

/** A chart as a plain bar list: enough to see that it follows its data. */
function renderChart(chart: ChartView): HTMLElement {
  const box = el('figure', undefined, 'chart');
  box.appendChild(el('figcaption', String(chart.options.title ?? chart.type)));
  const [labels, values] =
    chart.data.length >= 2 ? [chart.data[0]!, chart.data[1]!] : [[], chart.data[0] ?? []];
  const rows = values
    .map((v, i) => [labels[i]?.[0] ?? '', Number(v[v.length - 1]) || 0] as const)
    .filter(([l]) => l !== '');
  const max = Math.max(1, ...rows.slice(1).map(([, n]) => n));
  for (const [label, n] of rows.slice(1)) {
    const line = el('div', undefined, 'bar');
    line.appendChild(el('span', label));
    const bar = el('i');
    bar.style.width = `${(100 * n) / max}%`;
    line.appendChild(bar);
    line.appendChild(el('b', String(n)));
    box.appendChild(line);
  }
  return box;
}

/** The sheet as a table (and its charts above it); `onSelect` gets a clicked cell. */
export function renderGrid(
  grid: HTMLElement,
  v: SheetView,
  onSelect: (row: number, col: number) => void,
): void {
  const table = el('table');
  const head = el('tr');
  head.appendChild(el('th', '', 'row'));
  for (let c = 1; c <= v.cols; c++) head.appendChild(el('th', columnName(c)));
  table.appendChild(head);
  v.cells.forEach((row, r) => {
    const tr = el('tr');
    if (r < v.frozenRows) tr.className = 'frozen';
    tr.appendChild(el('th', String(r + 1), 'row'));
    row.forEach((cell, c) => {
      const td = el('td', cell.checkbox ? (cell.display === 'TRUE' ? '☑' : '☐') : cell.display);
      td.dataset.a1 = `${columnName(c + 1)}${r + 1}`;
      if (/^-?[\d.,]+%?$/.test(cell.display)) td.classList.add('number');
      if (cell.background) td.style.background = cell.background;
      if (cell.fontColor) td.style.color = cell.fontColor;
      if (cell.bold) td.style.fontWeight = 'bold';
      if (cell.dropdown) td.classList.add('has-list');
      if (cell.protection) td.classList.add('protected');
      const tip = [cell.error, cell.note].filter(Boolean).join('\n');
      if (cell.error) td.classList.add('error');
      if (tip) td.title = tip;
      td.addEventListener('click', () => onSelect(r, c));
      tr.appendChild(td);
    });
    table.appendChild(tr);
  });
  grid.replaceChildren(table);
  if (v.rows > v.cells.length)
    grid.appendChild(el('div', `Showing ${v.cells.length} of ${v.rows} rows.`, 'more'));
  if (v.charts.length) {
    const charts = el('div', undefined, 'charts');
    for (const chart of v.charts) charts.appendChild(renderChart(chart));
    grid.prepend(charts);
  }
}
