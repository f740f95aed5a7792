/**
 * Everything a grid renderer (the preview) needs about one sheet in one JSON-safe object: what each
 * cell shows and why (formula, error, note), how it looks after conditional formats, whether it
 * offers a dropdown or checkbox, whether it is protected; frozen panes; charts with their data.
 */
import { formatA1, quoteSheetName } from '../a1';
import type { GridRect } from '../grid';
import type { Cell, CellValue } from '../model/cell';
import { editVerdict, protectionsAt } from '../model/protection';
import type { SheetData } from '../model/sheet-data';
import type { Workbook } from '../model/workbook';
import { displayValue } from '../values/display';
import { effectiveFormat } from './effective-format';

export interface CellView {
  display: string;
  formula?: string;
  error?: string;
  note?: string;
  background?: string;
  fontColor?: string;
  bold?: true;
  spilled?: true;
  /** The options of a list validation (shown as a dropdown). */
  dropdown?: string[];
  checkbox?: true;
  protection?: 'warning' | 'locked';
}

export interface ChartView {
  id: number;
  type: string;
  /** Source ranges in A1 notation with their sheet, e.g. 'Siswa!D1:D300'. */
  ranges: string[];
  /** Display values of each source range. */
  data: string[][][];
  /** The numbers behind them (null where a cell holds no number), for drawing. */
  numbers: (number | null)[][][];
  /** Header rows set by the script (-1: Sheets decides from the data). */
  numHeaders: number;
  anchor: { row: number; col: number };
  options: Record<string, unknown>;
}

export interface SheetView {
  name: string;
  rows: number;
  cols: number;
  frozenRows: number;
  frozenCols: number;
  hidden: boolean;
  /** rows × cols, A1 at [0][0]. */
  cells: CellView[][];
  charts: ChartView[];
}

function dropdownOf(wb: Workbook, sheet: SheetData, row: number, col: number): string[] | undefined {
  const rule = sheet.cell(row, col)?.validation;
  if (!rule?.showDropdown) return undefined;
  if (rule.criteria === 'VALUE_IN_LIST') return rule.args.map((v) => displayValue(v, undefined, wb));
  if (rule.criteria !== 'VALUE_IN_RANGE' || !rule.range) return undefined;
  return rectDisplay(wb, rule.range)
    .flat()
    .filter((text) => text !== '');
}

/** Each cell of a rectangle (up to the sheet's last row with data) read by `read`. */
function rectCells<T>(wb: Workbook, rect: GridRect, read: (cell: Cell | undefined) => T): T[][] {
  const sheet = wb.sheetById(rect.sheetId);
  const lastRow = Math.min(rect.row + rect.numRows - 1, sheet?.lastRow() ?? 0);
  const out: T[][] = [];
  for (let r = rect.row; r <= lastRow; r++) {
    const line: T[] = [];
    for (let c = rect.col; c < rect.col + rect.numCols; c++) line.push(read(sheet?.cell(r, c)));
    out.push(line);
  }
  return out;
}

function rectDisplay(wb: Workbook, rect: GridRect): string[][] {
  return rectCells(wb, rect, (cell) => (cell ? displayValue(cell.value as CellValue, cell.format, wb) : ''));
}

function rectNumbers(wb: Workbook, rect: GridRect): (number | null)[][] {
  return rectCells(wb, rect, (cell) => (typeof cell?.value === 'number' ? cell.value : null));
}

function cellView(wb: Workbook, sheet: SheetData, row: number, col: number): CellView {
  const cell = sheet.cell(row, col);
  const view: CellView = { display: cell ? displayValue(cell.value, cell.format, wb) : '' };
  const look = effectiveFormat(wb, sheet, row, col);
  if (cell?.formula !== undefined) view.formula = cell.formula;
  if (cell?.error !== undefined) view.error = cell.error;
  if (cell?.note) view.note = cell.note;
  if (look.background) view.background = look.background;
  if (look.fontColor) view.fontColor = look.fontColor;
  if (look.bold) view.bold = true;
  if (cell?.spilled) view.spilled = true;
  const dropdown = dropdownOf(wb, sheet, row, col);
  if (dropdown) view.dropdown = dropdown;
  if (cell?.validation?.criteria === 'CHECKBOX') view.checkbox = true;
  const verdict = editVerdict(protectionsAt(wb.protections, sheet.id, row, col));
  if (verdict !== 'free') view.protection = verdict === 'blocked' ? 'locked' : 'warning';
  return view;
}

/** The sheet's data range (at least `minRows` × `minCols`) as a renderer needs it. */
export function sheetView(wb: Workbook, sheet: SheetData, minRows = 1, minCols = 1): SheetView {
  wb.ensureCalculated();
  const rows = Math.min(sheet.maxRows, Math.max(minRows, sheet.lastRow()));
  const cols = Math.min(sheet.maxCols, Math.max(minCols, sheet.lastColumn()));
  const cells = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => cellView(wb, sheet, r + 1, c + 1)),
  );
  const charts = sheet.charts.map((chart) => ({
    id: chart.id,
    type: chart.type,
    ranges: chart.ranges.map((rect) => {
      const name = wb.sheetById(rect.sheetId)?.name ?? '#REF!';
      return `${quoteSheetName(name)}!${formatA1(rect.row, rect.col, rect.numRows, rect.numCols)}`;
    }),
    data: chart.ranges.map((rect) => rectDisplay(wb, rect)),
    numbers: chart.ranges.map((rect) => rectNumbers(wb, rect)),
    numHeaders: chart.numHeaders,
    anchor: { row: chart.anchor.row, col: chart.anchor.col },
    options: structuredClone(chart.options),
  }));
  return {
    name: sheet.name,
    rows,
    cols,
    frozenRows: sheet.frozenRows,
    frozenCols: sheet.frozenCols,
    hidden: sheet.hidden,
    cells,
    charts,
  };
}
