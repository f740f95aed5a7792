/**
 * A person's view of one sheet, for the runtime, the preview and tests: read what is shown, type
 * into a cell (with Sheets' parsing, validation and protection), and edit the structure. Nothing
 * here is counted as a service call.
 */
import { parseA1 } from '../a1';
import type { CellValue } from '../model/cell';
import { SheetsError } from '../model/errors';
import type { SheetData } from '../model/sheet-data';
import type { Workbook } from '../model/workbook';
import { displayValue } from '../values/display';
import type { EffectiveFormat } from './effective-format';
import { effectiveFormat } from './effective-format';
import {
  type Area,
  areaVerdict,
  type EditResult,
  type PasteOptions,
  pasteBlock,
  pasteVerdict,
  structureVerdict,
  typeInto,
  type Verdict,
  verdictResult,
} from './person-edits';
import type { SheetView } from './sheet-grid';
import { sheetView } from './sheet-grid';

export type { EditResult, PasteOptions, Verdict };

export interface CellSnapshot {
  value: CellValue;
  display: string;
  /** '' when the cell holds no formula (cells filled by another formula's array included). */
  formula: string;
  /** Why the cell shows an error value, when it does. */
  error?: string;
  note: string;
  format: string;
  /** True when the value comes from another cell's array result. */
  spilled: boolean;
}

export class UserSheet {
  private wb: Workbook;
  readonly id: number;

  constructor(wb: Workbook, id: number) {
    this.wb = wb;
    this.id = id;
  }

  private get data(): SheetData {
    const sheet = this.wb.sheetById(this.id);
    if (!sheet) throw new SheetsError('This sheet has been deleted.');
    return sheet;
  }

  get name(): string {
    return this.data.name;
  }

  private at(a1: string): { row: number; col: number } {
    const ref = parseA1(a1);
    if (!ref || ref.row2 !== ref.row1 || ref.col2 !== ref.col1) throw new SheetsError(`Not a cell: ${a1}`);
    return { row: ref.row1, col: ref.col1 };
  }

  private grid<T>(read: (row: number, col: number) => T): T[][] {
    this.wb.ensureCalculated();
    const sheet = this.data;
    const rows = sheet.lastRow();
    const cols = sheet.lastColumn();
    return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => read(r + 1, c + 1)));
  }

  /** The values of the data range (A1 to the last row and column with data). */
  values(): CellValue[][] {
    return this.grid((r, c) => this.data.cell(r, c)?.value ?? '');
  }

  /** What a person sees in the data range. */
  displayValues(): string[][] {
    return this.grid((r, c) => this.display(r, c));
  }

  /** The formulas of the data range ('' where a cell holds none). */
  formulas(): string[][] {
    return this.grid((r, c) => this.data.cell(r, c)?.formula ?? '');
  }

  private display(row: number, col: number): string {
    const cell = this.data.cell(row, col);
    return cell ? displayValue(cell.value, cell.format, this.wb) : '';
  }

  /** Everything about one cell. */
  cell(a1: string): CellSnapshot {
    this.wb.ensureCalculated();
    const { row, col } = this.at(a1);
    const cell = this.data.cell(row, col);
    const snapshot: CellSnapshot = {
      value: cell?.value ?? '',
      display: this.display(row, col),
      formula: cell?.formula ?? '',
      note: cell?.note ?? '',
      format: cell?.format ?? 'General',
      spilled: cell?.spilled === true,
    };
    if (cell?.error !== undefined) snapshot.error = cell.error;
    return snapshot;
  }

  /**
   * Types text into a cell as a person would: '=…' is a formula, '0012' a number unless the cell
   * is plain text, '2026-09-15' a date. Refused by a hard protection or a rejecting validation.
   */
  setCell(a1: string, typed: string): EditResult {
    const { row, col } = this.at(a1);
    return typeInto(this.wb, this.data, row, col, typed);
  }

  /**
   * Pastes a block of typed text from `a1`, as a person pasting rows from another file: each
   * cell is typed as by setCell, and the block is refused whole (nothing written) at the first
   * locked cell or rejected value, named in the error. Empty fields leave their cells as they are
   * unless `blanks: 'clear'` (what Sheets' own paste does).
   */
  paste(a1: string, rows: readonly (readonly string[])[], options: PasteOptions = {}): EditResult {
    const { row, col } = this.at(a1);
    return pasteBlock(this.wb, this.data, row, col, rows, options);
  }

  /** Empties the cells of a range (Delete key), keeping formats, notes and validation. */
  clear(range: string): EditResult {
    const area = this.area(range);
    const blanks = Array.from({ length: area.numRows }, () => Array<string>(area.numCols).fill(''));
    return pasteBlock(this.wb, this.data, area.row, area.col, blanks, { blanks: 'clear' });
  }

  /** What pasting `rows` from `a1` would meet in the cells it changes. */
  pasteVerdict(a1: string, rows: readonly (readonly string[])[], options: PasteOptions = {}): Verdict {
    const { row, col } = this.at(a1);
    return pasteVerdict(this.wb, this.data, row, col, rows, options);
  }

  /** What a person meets editing `range` ('B2' or 'B2:D9'): nothing, a warning, or a lock. */
  verdict(range: string): Verdict {
    return areaVerdict(this.wb, this.data, this.area(range));
  }

  /** What a person meets inserting `count` rows before `at`, or deleting rows from `at`. */
  rowsVerdict(kind: 'insert' | 'delete', at: number, count = 1): Verdict {
    return structureVerdict(this.wb, this.data, 'rows', { kind, at, count });
  }

  private area(range: string): Area {
    const ref = parseA1(range);
    if (ref?.form !== 'cells' || ref.row2 === null || ref.col2 === null)
      throw new SheetsError(`Not a range of cells: ${range}`);
    return {
      row: ref.row1,
      col: ref.col1,
      numRows: ref.row2 - ref.row1 + 1,
      numCols: ref.col2 - ref.col1 + 1,
    };
  }

  /** The background a person sees, conditional formats applied; null for none (white). */
  effectiveBackground(a1: string): string | null {
    return this.effectiveFormat(a1).background;
  }

  /** Background, font colour and weight after conditional formats. */
  effectiveFormat(a1: string): EffectiveFormat {
    this.wb.ensureCalculated();
    const { row, col } = this.at(a1);
    return effectiveFormat(this.wb, this.data, row, col);
  }

  /**
   * Everything a grid renderer needs (display, formula, error, note, colours after conditional
   * formats, dropdowns, protection, frozen panes, charts) for the data range, at least minRows × minCols.
   */
  view(minRows = 1, minCols = 1): SheetView {
    return sheetView(this.wb, this.data, minRows, minCols);
  }

  /** Inserts `count` rows before row `before`; refused inside a locked range, warned in a guarded one. */
  insertRows(before: number, count = 1): EditResult {
    const result = verdictResult(this.rowsVerdict('insert', before, count));
    if (result.ok) this.wb.changeDimension(this.data, 'rows', { kind: 'insert', at: before, count });
    return result;
  }

  /** Deletes `count` rows from row `start`; refused when a locked range covers them. */
  deleteRows(start: number, count = 1): EditResult {
    if (start < 1 || start + count - 1 > this.data.maxRows)
      throw new SheetsError(`Rows ${start}–${start + count - 1} are outside the sheet.`);
    if (count >= this.data.maxRows)
      return { ok: false, error: "You can't delete all the rows on the sheet.", warnings: [] };
    const result = verdictResult(this.rowsVerdict('delete', start, count));
    if (result.ok) this.wb.changeDimension(this.data, 'rows', { kind: 'delete', at: start, count });
    return result;
  }

  /** Inserts `count` columns before column `before` (1-based). */
  insertColumns(before: number, count = 1): void {
    this.wb.changeDimension(this.data, 'columns', { kind: 'insert', at: before, count });
  }

  /** Deletes `count` columns from column `start`. */
  deleteColumns(start: number, count = 1): void {
    this.wb.changeDimension(this.data, 'columns', { kind: 'delete', at: start, count });
  }

  /** Drags column `from` so that it ends up at position `to` (both 1-based, as seen after the move). */
  moveColumn(from: number, to: number): void {
    if (from === to) return;
    const destination = to > from ? to + 1 : to;
    this.wb.changeDimension(this.data, 'columns', { kind: 'move', from, count: 1, to: destination });
  }

  renameSheet(name: string): void {
    this.wb.renameSheet(this.data, name);
  }

  /** The last row with data (0 when empty). */
  lastRow(): number {
    this.wb.ensureCalculated();
    return this.data.lastRow();
  }

  /** The last column with data (0 when empty). */
  lastColumn(): number {
    this.wb.ensureCalculated();
    return this.data.lastColumn();
  }

  maxRows(): number {
    return this.data.maxRows;
  }

  maxColumns(): number {
    return this.data.maxCols;
  }

  frozenRows(): number {
    return this.data.frozenRows;
  }
}
