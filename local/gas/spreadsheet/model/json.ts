/**
 * The workbook as JSON-safe data and back: every sheet with its cells, formats, notes,
 * validations, conditional formats and charts, plus protections and developer metadata. Dates are
 * written as { $date: ISO string } so they come back as Dates.
 */
import type { Cell } from './cell';
import { isDate } from './cell';
import type { ChartModel } from './chart';
import type { ConditionalRule } from './conditional';
import type { MetadataEntry } from './metadata';
import type { ProtectionModel } from './protection';
import { SheetData } from './sheet-data';
import type { ValidationRule } from './validation';
import type { Workbook } from './workbook';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface SheetJSON {
  id: number;
  name: string;
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenCols: number;
  hidden: boolean;
  tabColor: string | null;
  /** [row, col, cell] with the cell's validation as an index into `validations`. */
  cells: [number, number, Json][];
  conditionalRules: Json[];
  charts: Json[];
}

export interface WorkbookJSON {
  format: 'pendamping-workbook/1';
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  activeSheetId: number;
  nextId: number;
  /** False when formulas must be recalculated before their values are read. */
  calculated: boolean;
  sheets: SheetJSON[];
  validations: Json[];
  protections: Json[];
  metadata: Json[];
}

function encode(value: unknown): Json {
  if (isDate(value)) return { $date: value.toISOString() };
  if (Array.isArray(value)) return value.map(encode);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = encode(v);
    return out;
  }
  return value as Json;
}

function decode<T>(value: Json): T {
  if (Array.isArray(value)) return value.map((v) => decode(v)) as T;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === '$date') return new Date(value.$date as string) as T;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = decode(v);
    return out as T;
  }
  return value as T;
}

export function writeWorkbookJSON(wb: Workbook): WorkbookJSON {
  const validations: ValidationRule[] = [];
  const indexOf = new Map<ValidationRule, number>();
  const sheets = wb.sheets.map((sheet): SheetJSON => {
    const cells: [number, number, Json][] = [];
    for (const [row, col, cell] of sheet.cells()) {
      const { validation, ...rest } = cell;
      const out = encode(rest) as Record<string, Json>;
      if (validation) {
        if (!indexOf.has(validation)) {
          indexOf.set(validation, validations.length);
          validations.push(validation);
        }
        out.validation = indexOf.get(validation)!;
      }
      cells.push([row, col, out]);
    }
    return {
      id: sheet.id,
      name: sheet.name,
      maxRows: sheet.maxRows,
      maxCols: sheet.maxCols,
      frozenRows: sheet.frozenRows,
      frozenCols: sheet.frozenCols,
      hidden: sheet.hidden,
      tabColor: sheet.tabColor,
      cells,
      conditionalRules: sheet.conditionalRules.map(encode),
      charts: sheet.charts.map(encode),
    };
  });
  return {
    format: 'pendamping-workbook/1',
    id: wb.id,
    name: wb.name,
    locale: wb.locale,
    timeZone: wb.timeZone,
    activeSheetId: wb.activeSheetId,
    nextId: wb.nextId,
    calculated: wb.calculatedRevision === wb.revision,
    sheets,
    validations: validations.map(encode),
    protections: wb.protections.map(encode),
    metadata: wb.metadata.map(encode),
  };
}

export function readWorkbookJSON(wb: Workbook, json: WorkbookJSON): void {
  if (json.format !== 'pendamping-workbook/1')
    throw new Error(`Unknown workbook format: ${String(json.format)}`);
  wb.id = json.id;
  wb.name = json.name;
  wb.locale = json.locale;
  wb.timeZone = json.timeZone;
  wb.activeSheetId = json.activeSheetId;
  wb.nextId = json.nextId;
  const validations = json.validations.map((v) => decode<ValidationRule>(v));
  wb.sheets = json.sheets.map((s) => {
    const sheet = new SheetData(s.id, s.name);
    Object.assign(sheet, {
      maxRows: s.maxRows,
      maxCols: s.maxCols,
      frozenRows: s.frozenRows,
      frozenCols: s.frozenCols,
      hidden: s.hidden,
      tabColor: s.tabColor,
    });
    for (const [row, col, data] of s.cells) {
      const { validation, ...rest } = decode<Cell & { validation?: number }>(data);
      const cell: Cell = rest;
      if (validation !== undefined) cell.validation = validations[validation]!;
      const line = sheet.rows[row - 1] ?? [];
      line[col - 1] = cell;
      sheet.rows[row - 1] = line;
    }
    sheet.conditionalRules = s.conditionalRules.map((r) => decode<ConditionalRule>(r));
    sheet.charts = s.charts.map((c) => decode<ChartModel>(c));
    return sheet;
  });
  wb.protections = json.protections.map((p) => decode<ProtectionModel>(p));
  wb.metadata = json.metadata.map((m) => decode<MetadataEntry>(m));
  wb.revision = 0;
  wb.calculatedRevision = json.calculated ? 0 : -1;
}
