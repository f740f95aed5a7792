/**
 * The in-memory workbook: sheets in order, spreadsheet-wide protections and developer metadata,
 * locale and time zone, and when formulas were last recalculated. Its user-level API (sheetNames,
 * sheet, addSheet, toJSON) is what the runtime, the preview and tests use: no counting, no
 * permission checks. Scripts reach it only through the facade.
 */
import type { CalcOptions } from '../formulas/recalc';
import { recalculate } from '../formulas/recalc';
import type { Dimension, DimensionChange } from '../grid';
import { UserSheet } from '../user/sheet-view';
import { duplicateSheetMessage, SheetsError } from './errors';
import type { WorkbookJSON } from './json';
import { readWorkbookJSON, writeWorkbookJSON } from './json';
import type { MetadataEntry } from './metadata';
import type { ProtectionModel } from './protection';
import { SheetData } from './sheet-data';
import { applyDimensionChange, applyRename, applySheetRemoval } from './structure';

export interface WorkbookOptions {
  id?: string;
  name?: string;
  /** Spreadsheet locale, e.g. 'id_ID' (default 'en_US'). */
  locale?: string;
  /** Spreadsheet time zone, e.g. 'Asia/Jakarta' (default 'Etc/GMT'). */
  timeZone?: string;
  /** Sheet names to create, in order (default ['Sheet1']). */
  sheets?: string[];
}

export class Workbook {
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  sheets: SheetData[] = [];
  protections: ProtectionModel[] = [];
  metadata: MetadataEntry[] = [];
  activeSheetId = 0;
  /** The next id for sheets, protections, metadata and charts. */
  nextId = 1;
  /** Bumped on every change of content or structure; formulas recalc when it moved. */
  revision = 0;
  calculatedRevision = -1;
  calcOptions: CalcOptions = { now: () => new Date() };
  private calculating = false;

  constructor(options: WorkbookOptions = {}) {
    this.id = options.id ?? 'local-spreadsheet';
    this.name = options.name ?? 'Untitled spreadsheet';
    this.locale = options.locale ?? 'en_US';
    this.timeZone = options.timeZone ?? 'Etc/GMT';
    const names = options.sheets ?? ['Sheet1'];
    names.forEach((name, i) => {
      this.insertSheet(name, i, i === 0 ? 0 : undefined);
    });
  }

  // ---- user-level API ----

  /** Sheet names in tab order. */
  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** A person's view of one sheet; throws when there is no sheet of that name. */
  sheet(name: string): UserSheet {
    const sheet = this.sheetByName(name);
    if (!sheet) throw new SheetsError(`There is no sheet named "${name}".`);
    return new UserSheet(this, sheet.id);
  }

  /** Adds a sheet as a person would (at the end unless `index`, 0-based, says otherwise). */
  addSheet(name: string, index?: number): UserSheet {
    return new UserSheet(this, this.insertSheet(name, index ?? this.sheets.length).id);
  }

  /** Deletes a sheet by name. */
  deleteSheet(name: string): void {
    const sheet = this.sheetByName(name);
    if (!sheet) throw new SheetsError(`There is no sheet named "${name}".`);
    this.removeSheet(sheet);
  }

  /** Recalculates every formula now, whether or not anything changed. */
  recalculate(): void {
    this.calculatedRevision = -1;
    this.ensureCalculated();
  }

  /** The whole state as JSON-safe data (Dates encoded as { $date: iso }). */
  toJSON(): WorkbookJSON {
    return writeWorkbookJSON(this);
  }

  /** A workbook rebuilt from toJSON's output. */
  static fromJSON(json: WorkbookJSON): Workbook {
    const wb = new Workbook({ sheets: [] });
    readWorkbookJSON(wb, json);
    return wb;
  }

  // ---- model operations (the facade and the user view build on these) ----

  sheetById(id: number): SheetData | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** Sheets matches sheet names case-insensitively. */
  sheetByName(name: string): SheetData | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  newId(): number {
    return this.nextId++;
  }

  /** Records a change of content or structure, so that formulas recalc before the next read. */
  changed(): void {
    this.revision++;
  }

  /** Recalculates formulas when something changed since the last time (not while calculating). */
  ensureCalculated(): void {
    if (this.calculating || this.calculatedRevision === this.revision) return;
    this.calculating = true;
    try {
      recalculate(this, this.calcOptions);
    } finally {
      this.calculating = false;
      this.calculatedRevision = this.revision;
    }
  }

  /** True while formulas are being evaluated (custom functions are running). */
  isCalculating(): boolean {
    return this.calculating;
  }

  checkSheetName(name: string, except?: SheetData): void {
    if (typeof name !== 'string' || name.trim() === '' || name.length > 100) {
      throw new SheetsError('Invalid argument: sheetName');
    }
    const taken = this.sheetByName(name);
    if (taken && taken !== except) throw new SheetsError(duplicateSheetMessage(name));
  }

  /** The name Sheets gives a new unnamed sheet: Sheet2, Sheet3 … */
  nextSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) {
      if (!this.sheetByName(`Sheet${n}`)) return `Sheet${n}`;
    }
  }

  insertSheet(name: string, index: number, id?: number): SheetData {
    this.checkSheetName(name);
    const sheet = new SheetData(id ?? this.newId(), name);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    this.changed();
    return sheet;
  }

  removeSheet(sheet: SheetData): void {
    if (this.sheets.length === 1) throw new SheetsError("You can't remove all the sheets in a document.");
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0]!.id;
    applySheetRemoval(this, sheet);
    this.changed();
  }

  renameSheet(sheet: SheetData, name: string): void {
    this.checkSheetName(name, sheet);
    const old = sheet.name;
    sheet.name = name;
    applyRename(this, old, name);
    this.changed();
  }

  changeDimension(sheet: SheetData, dim: Dimension, change: DimensionChange): void {
    applyDimensionChange(this, sheet, dim, change);
    this.changed();
  }
}
