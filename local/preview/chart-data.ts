/**
 * What an embedded chart draws from its ranges, read as Sheets reads them: the ranges side by side
 * as columns; with two or more columns the first gives the labels (the domain) and the others the
 * series; a first row of text over the series is a header row unless the script set the number
 * of headers (EmbeddedChartBuilder.setNumHeaders:
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder#setNumHeaders(Integer)).
 */
import type { ChartView } from '../gas/spreadsheet';

export interface ChartSeries {
  labels: string[];
  series: Array<{ name: string; values: number[] }>;
}

interface Column {
  text: string[];
  numbers: (number | null)[];
}

function columnsOf(chart: Pick<ChartView, 'data' | 'numbers'>): Column[] {
  const columns: Column[] = [];
  chart.data.forEach((rows, range) => {
    const width = Math.max(0, ...rows.map((r) => r.length));
    for (let c = 0; c < width; c++) {
      columns.push({
        text: rows.map((r) => r[c] ?? ''),
        numbers: rows.map((_, i) => chart.numbers[range]![i]![c] ?? null),
      });
    }
  });
  return columns;
}

function headerRows(series: Column[], numHeaders: number): number {
  if (numHeaders >= 0) return numHeaders;
  const textOnTop = series.some((s) => (s.text[0] ?? '') !== '' && s.numbers[0] === null);
  return textOnTop ? 1 : 0;
}

/**
 * The labels and series of a chart.
 *
 *   chartSeries({ data: [[['Tier 3', '4'], ['Tier 2', '9']]], numbers: [[[null, 4], [null, 9]]], numHeaders: -1 })
 *   → { labels: ['Tier 3', 'Tier 2'], series: [{ name: '', values: [4, 9] }] }
 */
export function chartSeries(chart: Pick<ChartView, 'data' | 'numbers' | 'numHeaders'>): ChartSeries {
  const columns = columnsOf(chart);
  const domain = columns.length >= 2 ? columns[0]! : null;
  const series = domain ? columns.slice(1) : columns;
  const skip = headerRows(series, chart.numHeaders);
  const length = Math.max(0, ...columns.map((c) => c.text.length));
  const labels: string[] = [];
  const values: number[][] = series.map(() => []);
  for (let r = skip; r < length; r++) {
    const label = domain?.text[r] ?? '';
    const row = series.map((s) => s.numbers[r] ?? null);
    // Sheets leaves out rows with neither a label nor a number.
    if (label === '' && row.every((v) => v === null)) continue;
    labels.push(domain ? label : String(r - skip + 1));
    row.forEach((v, i) => {
      values[i]!.push(v ?? 0);
    });
  }
  return {
    labels,
    series: series.map((s, i) => ({ name: skip > 0 ? (s.text[0] ?? '') : '', values: values[i]! })),
  };
}
