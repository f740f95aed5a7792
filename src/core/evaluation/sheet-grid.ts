/**
 * The Evaluation sheet as a grid built line by line: values, number formats, bold and grey
 * text, and the charts over its tables, so that the Apps Script side writes it in a few calls.
 */

/** How a cell's value is shown. */
export type CellKind = 'text' | 'count' | 'share' | 'per100' | 'decimal' | 'value';
/** A cell: text alone, or a value with its kind (null: blank). */
export type Cell = string | [CellKind, string | number | null];
/** How a line looks: the title, section titles, table headers, totals and the caveat are bold; notes grey. */
type LineStyle = 'title' | 'section' | 'header' | 'body' | 'total' | 'note' | 'caveat';
const BOLD: ReadonlySet<LineStyle> = new Set(['title', 'section', 'header', 'total', 'caveat']);

/** Columns the tables use; charts stand to their right. */
export const GRID_WIDTH = 11;
export const NOTE_COLOUR = '#5f6368';

const FORMATS: Record<CellKind, string> = {
  text: '@',
  count: '0',
  share: '0.0%',
  per100: '0.0',
  decimal: '0.00',
  value: '0.##',
};

export interface SheetChart {
  type: 'COLUMN' | 'LINE';
  title: string;
  /** The table's header row and last body row (1-based); its first `columns` columns are the data. */
  firstRow: number;
  lastRow: number;
  columns: number;
  anchorRow: number;
}

export interface SheetGrid {
  values: (string | number)[][];
  formats: string[][];
  weights: Array<Array<'bold' | 'normal'>>;
  colours: string[][];
  charts: SheetChart[];
}

export class GridBuilder {
  private readonly lines: Array<{ cells: Cell[]; style: LineStyle }> = [];
  private readonly charts: SheetChart[] = [];

  /** Adds a line; returns its row (1-based). */
  line(style: LineStyle, ...cells: Cell[]): number {
    this.lines.push({ cells, style });
    return this.lines.length;
  }

  blank(): void {
    this.line('body');
  }

  /** A header row and body rows; returns the rows of the header and of the last body row. */
  table(header: readonly string[], rows: readonly Cell[][]): { header: number; last: number } {
    const first = this.line('header', ...header);
    for (const row of rows) this.line('body', ...row);
    return { header: first, last: first + rows.length };
  }

  total(...cells: Cell[]): void {
    this.line('total', ...cells);
  }

  chart(
    type: SheetChart['type'],
    title: string,
    rows: { header: number; last: number },
    columns: number,
  ): void {
    if (rows.last === rows.header) return; // no data, no chart
    const anchorRow = this.charts.length * 20 + 1;
    this.charts.push({ type, title, firstRow: rows.header, lastRow: rows.last, columns, anchorRow });
  }

  build(): SheetGrid {
    const fill = <T>(value: (cell: Cell | undefined, style: LineStyle) => T) =>
      this.lines.map(({ cells, style }) =>
        Array.from({ length: GRID_WIDTH }, (_, i) => value(cells[i], style)),
      );
    return {
      values: fill((cell) => (cell === undefined ? '' : typeof cell === 'string' ? cell : (cell[1] ?? ''))),
      formats: fill((cell) => FORMATS[cell === undefined || typeof cell === 'string' ? 'text' : cell[0]]),
      weights: fill((_, style): 'bold' | 'normal' => (BOLD.has(style) ? 'bold' : 'normal')),
      colours: fill((_, style) => (style === 'note' ? NOTE_COLOUR : '#000000')),
      charts: this.charts,
    };
  }
}
