/**
 * A person's view of one sheet, for the runtime, the preview and tests: read what is shown, type
 * into a cell (with Sheets' parsing, validation and protection), and edit the structure. Nothing
 * here is counted as a service call.
 */
import { formatA1, parseA1 } from '../a1';
import type { CellValue } from '../model/cell';
import { SheetsError } from '../model/errors';
import { editVerdict, PROTECTED_MESSAGE, protectionsAt, WARNING_MESSAGE } from '../model/protection';
import type { SheetData } from '../model/sheet-data';
import { checkValidation } from '../model/validation';
import type { Workbook } from '../model/workbook';
import { writeTyped } from '../model/write';
import { displayValue } from '../values/display';
import { parseTyped } from '../values/typed';
import type { EffectiveFormat } from './effective-format';
import { effectiveFormat } from './effective-format';
import type { SheetView } from './sheet-grid';
import { sheetView } from './sheet-grid';

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

/** The outcome of a person's edit: refused with Sheets' message, or done (maybe with warnings). */
export interface EditResult {
  ok: boolean;
  error?: string;
  warnings: string[];
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
    const sheet = this.data;
    const warnings: string[] = [];
    const verdict = editVerdict(protectionsAt(this.wb.protections, sheet.id, row, col));
    if (verdict === 'blocked') return { ok: false, error: PROTECTED_MESSAGE, warnings };
    if (verdict === 'warning') warnings.push(WARNING_MESSAGE);
    const current = sheet.cell(row, col);
    const parsed = parseTyped(typed, {
      locale: this.wb.locale,
      timeZone: this.wb.timeZone,
      format: current?.format,
    });
    if (parsed.kind === 'value' && current?.validation) {
      this.wb.ensureCalculated();
      const problem = checkValidation(current.validation, parsed.value, {
        display: (v) => displayValue(v, undefined, this.wb),
        readRange: (rect) => this.readRect(rect),
      });
      if (problem && !current.validation.allowInvalid) return { ok: false, error: problem, warnings };
      if (problem) warnings.push(`Invalid: ${problem}`);
    }
    writeTyped(sheet.ensureCell(row, col), parsed);
    this.wb.changed();
    return { ok: true, warnings };
  }

  /**
   * Pastes a block of typed text from `a1`, as a person pasting rows from another file: each
   * cell is typed as by setCell (protections and validation apply), and formulas recalculate
   * once at the end. Returns the first refusal, if any, with the cell it happened in.
   */
  paste(a1: string, rows: readonly (readonly string[])[]): EditResult {
    const { row, col } = this.at(a1);
    const sheet = this.data;
    const warnings: string[] = [];
    for (let r = 0; r < rows.length; r++) {
      const line = rows[r]!;
      for (let c = 0; c < line.length; c++) {
        const text = line[c]!;
        if (text === '') continue;
        const at = { row: row + r, col: col + c };
        const verdict = editVerdict(protectionsAt(this.wb.protections, sheet.id, at.row, at.col));
        if (verdict === 'blocked')
          return { ok: false, error: `${formatA1(at.row, at.col, 1, 1)}: ${PROTECTED_MESSAGE}`, warnings };
        const current = sheet.cell(at.row, at.col);
        const parsed = parseTyped(text, {
          locale: this.wb.locale,
          timeZone: this.wb.timeZone,
          format: current?.format,
        });
        if (parsed.kind === 'value' && current?.validation) {
          const problem = checkValidation(current.validation, parsed.value, {
            display: (v) => displayValue(v, undefined, this.wb),
            readRange: (rect) => this.readRect(rect),
          });
          if (problem && !current.validation.allowInvalid) {
            return { ok: false, error: `${formatA1(at.row, at.col, 1, 1)}: ${problem}`, warnings };
          }
        }
        writeTyped(sheet.ensureCell(at.row, at.col), parsed);
      }
    }
    this.wb.changed();
    return { ok: true, warnings };
  }

  private readRect(rect: { sheetId: number; row: number; col: number; numRows: number; numCols: number }) {
    const sheet = this.wb.sheetById(rect.sheetId);
    return Array.from({ length: rect.numRows }, (_, r) =>
      Array.from({ length: rect.numCols }, (_, c) => sheet?.cell(rect.row + r, rect.col + c)?.value ?? ''),
    );
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

  /** Inserts `count` rows before row `before`. */
  insertRows(before: number, count = 1): void {
    this.wb.changeDimension(this.data, 'rows', { kind: 'insert', at: before, count });
  }

  /** Deletes `count` rows from row `start`. */
  deleteRows(start: number, count = 1): void {
    this.wb.changeDimension(this.data, 'rows', { kind: 'delete', at: start, count });
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
