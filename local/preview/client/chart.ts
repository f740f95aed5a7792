/**
 * An embedded chart drawn from its data as SVG: a pie (one slice per label, with a legend) or
 * columns (one group per label, one bar per series). Other chart types are drawn as columns.
 */
import type { ChartView } from '../../gas/spreadsheet';
import { chartSeries } from '../chart-data';
import { el } from './dom';

const SVG = 'http://www.w3.org/2000/svg';
// Sheets' default series colours.
const COLOURS = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6', '#7baaf7', '#f07b72'];
const colour = (i: number) => COLOURS[i % COLOURS.length]!;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

function pie(labels: string[], values: number[]): SVGSVGElement {
  const root = svg('svg', { viewBox: '0 0 200 200', width: 200, height: 200, class: 'pie' });
  const total = values.reduce((a, v) => a + Math.max(0, v), 0);
  let angle = -Math.PI / 2;
  values.forEach((v, i) => {
    if (v <= 0 || total === 0) return;
    const share = v / total;
    const title = svg('title', {}, `${labels[i]}: ${v} (${Math.round(share * 100)}%)`);
    let shape: SVGElement;
    if (share >= 1) shape = svg('circle', { cx: 100, cy: 100, r: 90 });
    else {
      const end = angle + share * 2 * Math.PI;
      const [x1, y1] = [100 + 90 * Math.cos(angle), 100 + 90 * Math.sin(angle)];
      const [x2, y2] = [100 + 90 * Math.cos(end), 100 + 90 * Math.sin(end)];
      const large = share > 0.5 ? 1 : 0;
      shape = svg('path', { d: `M100,100 L${x1},${y1} A90,90 0 ${large} 1 ${x2},${y2} Z` });
      angle = end;
    }
    shape.setAttribute('fill', colour(i));
    shape.setAttribute('data-label', labels[i] ?? '');
    shape.appendChild(title);
    root.appendChild(shape);
  });
  if (total === 0) root.appendChild(svg('circle', { cx: 100, cy: 100, r: 90, fill: '#f1f3f4' }));
  return root;
}

function columns(labels: string[], series: Array<{ values: number[] }>): SVGSVGElement {
  const width = Math.max(240, labels.length * 80);
  const [top, bottom, left] = [10, 40, 30];
  const height = 200;
  const plot = height - top - bottom;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, class: 'columns' });
  root.appendChild(svg('line', { x1: left, y1: top + plot, x2: width, y2: top + plot, stroke: '#9aa0a6' }));
  root.appendChild(
    svg('text', { x: left - 4, y: top + 8, 'text-anchor': 'end', class: 'axis' }, String(max)),
  );
  root.appendChild(svg('text', { x: left - 4, y: top + plot, 'text-anchor': 'end', class: 'axis' }, '0'));
  const slot = (width - left) / Math.max(1, labels.length);
  const bar = (slot * 0.7) / Math.max(1, series.length);
  labels.forEach((label, i) => {
    const x0 = left + i * slot + slot * 0.15;
    series.forEach((s, k) => {
      const v = Math.max(0, s.values[i] ?? 0);
      const h = (plot * v) / max;
      const rect = svg('rect', {
        x: x0 + k * bar,
        y: top + plot - h,
        width: bar - 2,
        height: h,
        fill: colour(k),
      });
      rect.setAttribute('data-label', label);
      rect.appendChild(svg('title', {}, `${label}: ${v}`));
      root.appendChild(rect);
    });
    // A long label is cut to its slot (the legend below has it whole).
    const room = Math.max(3, Math.floor(slot / 6.5));
    const short = label.length > room ? `${label.slice(0, room - 1)}…` : label;
    const text = svg(
      'text',
      { x: left + i * slot + slot / 2, y: top + plot + 16, 'text-anchor': 'middle' },
      short,
    );
    text.setAttribute('class', 'label');
    text.appendChild(svg('title', {}, label));
    root.appendChild(text);
  });
  return root;
}

/** The chart as a figure: its title, the drawing, and a legend of labels and values. */
export function renderChart(chart: ChartView): HTMLElement {
  const title = String(chart.options.title ?? chart.type);
  const box = el('figure', undefined, 'chart');
  box.dataset.type = chart.type;
  box.appendChild(el('figcaption', title));
  const { labels, series } = chartSeries(chart);
  const isPie = chart.type.toUpperCase() === 'PIE';
  const drawing = isPie ? pie(labels, series[0]?.values ?? []) : columns(labels, series);
  drawing.setAttribute('role', 'img');
  drawing.setAttribute('aria-label', title);
  box.appendChild(drawing);
  const legend = el('ul', undefined, 'legend');
  labels.forEach((label, i) => {
    const item = el('li');
    const swatch = el('i');
    swatch.style.background = isPie ? colour(i) : colour(0);
    item.append(swatch, el('span', label), el('b', (series[0]?.values[i] ?? 0).toLocaleString()));
    legend.appendChild(item);
  });
  box.appendChild(legend);
  return box;
}
