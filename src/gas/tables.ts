/**
 * Reading and writing the workbook's tables: one read per table (its whole data range), rows
 * mapped by column key; one write per run of columns. Computed columns (formulas that spill)
 * are never written.
 */
import type { Lang } from '../core/i18n/lang';
import type { ColumnMap } from '../core/schema/locate';
import { type CellProblem, type RawTable, type ReadRow, readTable } from '../core/schema/read';
import { sheetDef } from '../core/schema/sheets';
import type { ColumnDef, SheetKey } from '../core/schema/types';
import { numberFormatOf, toCell } from '../core/schema/write';
import type { Changes, Store } from '../flows/ports';
import type { Layout } from './layout';

export type { Changes };

/** A full sheet grows by at least this many rows, so the next appends need no growing. */
const GROW_ROWS = 500;

/** Consecutive writable columns (0-based, inclusive), each written with one call. */
function writableRuns(
  def: ReadonlyArray<ColumnDef>,
  columns: ColumnMap,
): Array<{ from: number; to: number }> {
  const writable = new Set<number>();
  const blocked = new Set<number>();
  for (const c of def) {
    const i = columns[c.key];
    if (i === undefined) continue;
    (c.computed ? blocked : writable).add(i);
  }
  const sorted = [...writable].sort((a, b) => a - b);
  const runs: Array<{ from: number; to: number }> = [];
  for (const i of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.to === i - 1) last.to = i;
    else runs.push({ from: i, to: i });
  }
  return runs;
}

export class Tables implements Store {
  private raws: Partial<Record<SheetKey, RawTable | null>> = {};
  /** Parsed records, kept until the table is written (flows read the same table more than once). */
  private parsed: Partial<
    Record<SheetKey, { lang: Lang; rows: ReadRow<unknown>[]; problems: CellProblem[] }>
  > = {};

  constructor(
    readonly layout: Layout,
    /** Settable once the Settings table (read through this object) has told the language. */
    public lang: Lang,
    readonly timeZone: string,
  ) {}

  /** The table as stored (one read per execution), or null when its sheet is missing. */
  raw(key: SheetKey): RawTable | null {
    if (key in this.raws) return this.raws[key] ?? null;
    const sheet = this.layout.sheet(key);
    let raw: RawTable | null = null;
    if (sheet) {
      const values = sheet.getDataRange().getValues();
      const header = values[0] ?? [];
      raw = {
        sheet: key,
        name: sheet.getName(),
        header,
        rows: values.slice(1),
        columns: this.layout.columns(key, sheet, header),
        firstRow: 2,
      };
    }
    this.raws[key] = raw;
    return raw;
  }

  /** Forgets what was read, after writing outside this class. */
  invalidate(key: SheetKey): void {
    delete this.raws[key];
    delete this.parsed[key];
  }

  /** The table's records and the cells that could not be read. */
  read<T>(key: SheetKey): { rows: ReadRow<T>[]; problems: CellProblem[]; raw: RawTable | null } {
    const raw = this.raw(key);
    if (!raw) return { rows: [], problems: [], raw };
    let parsed = this.parsed[key];
    if (!parsed || parsed.lang !== this.lang) {
      parsed = {
        lang: this.lang,
        ...readTable<unknown>(sheetDef(key), raw, { lang: this.lang, timeZone: this.timeZone }),
      };
      this.parsed[key] = parsed;
    }
    return { rows: parsed.rows as ReadRow<T>[], problems: parsed.problems, raw };
  }

  private sheetOf(key: SheetKey): GoogleAppsScript.Spreadsheet.Sheet {
    const sheet = this.layout.sheet(key);
    if (!sheet) throw new Error(`missing sheet: ${key}`);
    return sheet;
  }

  private cellsOf(
    key: SheetKey,
    record: Changes,
    base: readonly unknown[],
    from: number,
    to: number,
  ): unknown[] {
    const raw = this.raw(key)!;
    const out = base.slice(from, to + 1);
    while (out.length < to - from + 1) out.push('');
    for (const column of sheetDef(key).columns) {
      const i = raw.columns[column.key];
      if (i === undefined || i < from || i > to || !(column.key in record)) continue;
      out[i - from] = toCell(column, record[column.key], this.lang);
    }
    return out;
  }

  private formatsOf(key: SheetKey, from: number, to: number): string[] {
    const raw = this.raw(key)!;
    const formats: string[] = [];
    for (let i = from; i <= to; i++) {
      const column = sheetDef(key).columns.find((c) => raw.columns[c.key] === i);
      formats.push((column && numberFormatOf(column)) ?? 'General');
    }
    return formats;
  }

  /**
   * How many rows of the body hold something a person entered: formula results spilling down
   * a computed column (as far as the sheet goes) do not count.
   */
  private lastEntered(key: SheetKey): number {
    const raw = this.raw(key)!;
    const entered = sheetDef(key)
      .columns.filter((c) => !c.computed)
      .map((c) => raw.columns[c.key])
      .filter((i): i is number => i !== undefined);
    for (let r = raw.rows.length - 1; r >= 0; r--) {
      const row = raw.rows[r]!;
      if (entered.some((i) => row[i] !== '' && row[i] !== null && row[i] !== undefined)) return r + 1;
    }
    return 0;
  }

  /** Appends records after the last row, growing the sheet when it is full. */
  append(key: SheetKey, records: Changes[]): number {
    if (records.length === 0) return 0;
    const raw = this.raw(key);
    if (!raw) throw new Error(`missing sheet: ${key}`);
    delete this.parsed[key];
    const sheet = this.sheetOf(key);
    const start = raw.firstRow + this.lastEntered(key);
    const end = start + records.length - 1;
    const max = sheet.getMaxRows();
    if (end > max) sheet.insertRowsAfter(max, Math.max(end - max, GROW_ROWS));
    for (const { from, to } of writableRuns(sheetDef(key).columns, raw.columns)) {
      const range = sheet.getRange(start, from + 1, records.length, to - from + 1);
      const formats = this.formatsOf(key, from, to);
      // Formats first, so that an ID keeps its leading zeros as it lands.
      range.setNumberFormats(records.map(() => formats));
      range.setValues(records.map((r) => this.cellsOf(key, r, [], from, to)));
    }
    const width = raw.header.length;
    records.forEach((r, i) => {
      raw.rows[start - raw.firstRow + i] = this.cellsOf(
        key,
        r,
        new Array<unknown>(width).fill(''),
        0,
        width - 1,
      );
    });
    return start;
  }

  /**
   * Changes some fields of existing rows (sheet row → changed fields). Each changed column is
   * written once over the span of changed rows, its other rows rewritten as they were read.
   */
  update(key: SheetKey, changes: Map<number, Changes>): void {
    if (changes.size === 0) return;
    const raw = this.raw(key);
    if (!raw) throw new Error(`missing sheet: ${key}`);
    delete this.parsed[key];
    const sheet = this.sheetOf(key);
    const rows = [...changes.keys()];
    const first = Math.min(...rows);
    const last = Math.max(...rows);
    const keys = new Set<string>();
    for (const change of changes.values()) for (const k of Object.keys(change)) keys.add(k);
    for (const column of sheetDef(key).columns) {
      const i = raw.columns[column.key];
      if (i === undefined || column.computed || !keys.has(column.key)) continue;
      const block: unknown[][] = [];
      for (let r = first; r <= last; r++) {
        const current = raw.rows[r - raw.firstRow] ?? [];
        const change = changes.get(r);
        const value =
          change && column.key in change ? toCell(column, change[column.key], this.lang) : (current[i] ?? '');
        block.push([value]);
        if (change && column.key in change) current[i] = value;
      }
      const range = sheet.getRange(first, i + 1, block.length, 1);
      // The format first: text stays text ("=…", leading zeros) even if someone changed it.
      range.setNumberFormat(numberFormatOf(column) ?? 'General');
      range.setValues(block);
    }
  }

  /**
   * Writes whole rows of cells from sheet row `from`, and clears the rows after them up to
   * `lastOld`: one write and at most one clear per run of writable columns.
   */
  private writeBody(key: SheetKey, from: number, body: unknown[][], lastOld: number): void {
    const raw = this.raw(key)!;
    delete this.parsed[key];
    const sheet = this.sheetOf(key);
    const needed = from + body.length - 1;
    const max = sheet.getMaxRows();
    if (needed > max) sheet.insertRowsAfter(max, Math.max(needed - max, GROW_ROWS));
    for (const { from: c1, to: c2 } of writableRuns(sheetDef(key).columns, raw.columns)) {
      if (body.length > 0) {
        const range = sheet.getRange(from, c1 + 1, body.length, c2 - c1 + 1);
        const formats = this.formatsOf(key, c1, c2);
        range.setNumberFormats(body.map(() => formats));
        range.setValues(body.map((cells) => cells.slice(c1, c2 + 1)));
      }
      const leftover = lastOld - (from + body.length) + 1;
      if (leftover > 0) sheet.getRange(from + body.length, c1 + 1, leftover, c2 - c1 + 1).clearContent();
    }
    raw.rows.length = from - raw.firstRow;
    raw.rows.push(...body);
  }

  private toRow(key: SheetKey, record: Changes): unknown[] {
    const width = this.raw(key)!.header.length;
    return this.cellsOf(key, record, new Array<unknown>(width).fill(''), 0, width - 1);
  }

  /** Rewrites the whole body of an add-on-owned table. */
  replaceAll(key: SheetKey, records: Changes[]): void {
    const raw = this.raw(key);
    if (!raw) throw new Error(`missing sheet: ${key}`);
    const last = raw.firstRow + this.lastEntered(key) - 1;
    this.writeBody(
      key,
      raw.firstRow,
      records.map((r) => this.toRow(key, r)),
      last,
    );
  }

  /**
   * Replaces the rows whose record matches with new records; every other row stays as it is,
   * unreadable ones included. When the matching rows are the last ones (a month's snapshot
   * taken again) only that tail is rewritten.
   */
  replaceWhere<T>(key: SheetKey, matches: (record: T) => boolean, records: Changes[]): void {
    const { rows, raw } = this.read<T>(key);
    if (!raw) throw new Error(`missing sheet: ${key}`);
    const last = raw.firstRow + this.lastEntered(key) - 1;
    const hit = new Set(rows.filter((r) => matches(r.record)).map((r) => r.row));
    const fresh = records.map((r) => this.toRow(key, r));
    const firstHit = Math.min(...hit);
    const tailOnly =
      hit.size === 0 ||
      raw.rows
        .slice(firstHit - raw.firstRow, last - raw.firstRow + 1)
        .every((cells, i) => hit.has(firstHit + i) || isBlankRow(cells));
    if (tailOnly) {
      this.writeBody(key, hit.size === 0 ? last + 1 : firstHit, fresh, last);
      return;
    }
    // Rows kept as they were read (into plain-text columns: text stays text).
    const kept = raw.rows.slice(0, last - raw.firstRow + 1).filter((_, i) => !hit.has(raw.firstRow + i));
    this.writeBody(key, raw.firstRow, kept.concat(fresh), last);
  }
}

const isBlankRow = (row: unknown[] | undefined) =>
  !row || row.every((v) => v === '' || v === null || v === undefined);
