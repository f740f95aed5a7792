/**
 * A strict in-memory Store for flow unit tests (they import src/ directly, so mutation testing
 * reaches the flows). Each table is kept as the cells a sheet would hold: records are written with
 * the same toCell as src/gas/tables.ts and read back with the same readTable, so a flow meets the
 * parsing it meets in a workbook (labels in the workbook's language, ISO days, trimmed text).
 * Strict: a flow that writes a computed column, a column the schema does not know, or a table
 * whose sheet is missing fails here, where src/gas/tables.ts would drop the value or throw.
 * A test may overwrite any cell (`setCell`), as a formula result or a person would.
 */
import type { Lang } from '../../../src/core/i18n/lang';
import type { ColumnMap } from '../../../src/core/schema/locate';
import { type CellProblem, type ReadRow, readTable } from '../../../src/core/schema/read';
import { sheetDef } from '../../../src/core/schema/sheets';
import type { SheetKey } from '../../../src/core/schema/types';
import { toCell } from '../../../src/core/schema/write';
import type { Changes, Store } from '../../../src/flows/ports';

const FIRST_ROW = 2;

export class MemoryStore implements Store {
  private readonly tables = new Map<SheetKey, unknown[][]>();
  /** Every write, in order: which table and how (a flow's writes can be counted). */
  readonly writes: Array<{ key: SheetKey; op: 'append' | 'update' | 'replaceWhere'; rows: number }> = [];
  /** Reads by table (a flow that reads a table once per run can be checked). */
  readonly reads: Partial<Record<SheetKey, number>> = {};

  constructor(
    public lang: Lang = 'id',
    readonly timeZone = 'Asia/Jakarta',
    /** The tables whose sheet exists (default: every table of the schema). */
    sheets: readonly SheetKey[] = [
      'students',
      'mentors',
      'attendance',
      'grades',
      'incidents',
      'assessments',
      'sessions',
      'settings',
      'risk_history',
      'review',
      'email_log',
    ],
  ) {
    for (const key of sheets) this.tables.set(key, []);
  }

  private rowsOf(key: SheetKey): unknown[][] {
    const rows = this.tables.get(key);
    if (!rows) throw new Error(`missing sheet: ${key}`);
    return rows;
  }

  private columns(key: SheetKey): ColumnMap {
    const map: ColumnMap = {};
    sheetDef(key).columns.forEach((c, i) => {
      map[c.key] = i;
    });
    return map;
  }

  /** Cells of a record, in the schema's column order; `computed` allows the formula columns. */
  private cellsOf(key: SheetKey, record: Changes, computed: boolean, base?: unknown[]): unknown[] {
    const def = sheetDef(key);
    for (const field of Object.keys(record)) {
      const column = def.columns.find((c) => c.key === field);
      if (!column) throw new Error(`${key} has no column ${field}`);
      if (column.computed && !computed) throw new Error(`a flow wrote the computed column ${key}.${field}`);
    }
    return def.columns.map((c, i) => {
      if (!(c.key in record)) return base?.[i] ?? '';
      const value = record[c.key];
      // Text a person typed into a yes/no column stays as typed ("tidak" is no, not a truthy string).
      if (computed && c.type === 'bool' && typeof value === 'string') return value;
      return toCell(c, value, this.lang);
    });
  }

  /** Types records in as a person would (computed columns included, as their formulas would show). */
  seed(key: SheetKey, records: ReadonlyArray<Record<string, unknown>>): this {
    this.rowsOf(key).push(...records.map((r) => this.cellsOf(key, r, true)));
    return this;
  }

  /** Overwrites one cell of a sheet row: a formula showing '#REF!' or 'Loading...', a person's edit. */
  setCell(key: SheetKey, row: number, column: string, value: unknown): void {
    const index = this.columns(key)[column];
    const cells = this.rowsOf(key)[row - FIRST_ROW];
    if (index === undefined || !cells) throw new Error(`no cell ${key}.${column} in row ${row}`);
    cells[index] = value;
  }

  /** A table's records after the round trip through its cells, for assertions. */
  records<T = Record<string, unknown>>(key: SheetKey): T[] {
    return this.read<T>(key).rows.map((r) => r.record);
  }

  /** The cells of a table, as a sheet shows them. */
  cells(key: SheetKey): unknown[][] {
    return this.rowsOf(key).map((r) => [...r]);
  }

  /** Removes a table's sheet, as a person deleting it would. */
  drop(key: SheetKey): void {
    this.tables.delete(key);
  }

  read<T>(key: SheetKey): { rows: ReadRow<T>[]; problems: CellProblem[] } {
    this.reads[key] = (this.reads[key] ?? 0) + 1;
    const rows = this.tables.get(key);
    if (!rows) return { rows: [], problems: [] };
    const def = sheetDef(key);
    const raw = {
      sheet: key,
      name: key,
      header: def.columns.map((c) => c.key),
      rows: rows.map((r) => [...r]),
      columns: this.columns(key),
      firstRow: FIRST_ROW,
    };
    return readTable<T>(def, raw, { lang: this.lang, timeZone: this.timeZone });
  }

  append(key: SheetKey, records: Changes[]): number {
    const rows = this.rowsOf(key);
    if (records.length === 0) return 0;
    // After the last row that holds something, as src/gas/tables.ts appends.
    while (rows.length > 0 && rows[rows.length - 1]!.every((v) => v === '' || v === null)) rows.pop();
    const first = rows.length + FIRST_ROW;
    rows.push(...records.map((r) => this.cellsOf(key, r, false)));
    this.writes.push({ key, op: 'append', rows: records.length });
    return first;
  }

  update(key: SheetKey, changes: Map<number, Changes>): void {
    const rows = this.rowsOf(key);
    if (changes.size === 0) return;
    for (const [row, change] of changes) {
      const cells = rows[row - FIRST_ROW];
      if (!cells) throw new Error(`${key} has no row ${row}`);
      rows[row - FIRST_ROW] = this.cellsOf(key, change, false, cells);
    }
    this.writes.push({ key, op: 'update', rows: changes.size });
  }

  replaceWhere<T>(key: SheetKey, matches: (record: T) => boolean, records: Changes[]): void {
    const rows = this.rowsOf(key);
    const before = this.reads[key];
    const hit = new Set(
      this.read<T>(key)
        .rows.filter((r) => matches(r.record))
        .map((r) => r.row - FIRST_ROW),
    );
    this.reads[key] = before;
    const kept = rows.filter((_, i) => !hit.has(i));
    rows.length = 0;
    rows.push(...kept, ...records.map((r) => this.cellsOf(key, r, false)));
    this.writes.push({ key, op: 'replaceWhere', rows: records.length });
  }
}

/** A store seeded with the given tables (records typed in as a person would). */
export function storeWith(
  tables: Partial<Record<SheetKey, ReadonlyArray<object>>>,
  lang: Lang = 'id',
): MemoryStore {
  const store = new MemoryStore(lang);
  for (const [key, rows] of Object.entries(tables))
    store.seed(key as SheetKey, rows as ReadonlyArray<Record<string, unknown>>);
  return store;
}
