/**
 * A small in-memory Store for flow unit tests: tables as records, each read counted, every
 * record handed out as a copy (a flow cannot change the table by changing what it read).
 * Writing to a table that does not exist throws, as the workbook's Tables does.
 */
import type { Lang } from '../../../src/core/i18n/lang';
import type { ReadRow } from '../../../src/core/schema/read';
import type { SheetKey } from '../../../src/core/schema/types';
import type { Changes, Store } from '../../../src/flows/ports';

export class MemoryStore implements Store {
  /** Reads by table key. */
  readonly reads: Partial<Record<SheetKey, number>> = {};
  private readonly tables: Partial<Record<SheetKey, Changes[]>>;

  constructor(
    tables: Partial<Record<SheetKey, readonly object[]>>,
    readonly lang: Lang = 'id',
    readonly timeZone = 'Asia/Jakarta',
  ) {
    this.tables = Object.fromEntries(
      Object.entries(tables).map(([key, rows]) => [key, rows!.map((r) => structuredClone(r) as Changes)]),
    );
  }

  private table(key: SheetKey): Changes[] {
    const rows = this.tables[key];
    if (!rows) throw new Error(`missing sheet: ${key}`);
    return rows;
  }

  read<T>(key: SheetKey): { rows: ReadRow<T>[]; problems: [] } {
    this.reads[key] = (this.reads[key] ?? 0) + 1;
    const rows = (this.tables[key] ?? []).map((record, i) => ({
      row: i + 2,
      record: structuredClone(record) as T,
    }));
    return { rows, problems: [] };
  }

  append(key: SheetKey, records: Changes[]): number {
    const rows = this.table(key);
    rows.push(...records.map((r) => structuredClone(r)));
    return rows.length - records.length + 2;
  }

  update(key: SheetKey, changes: Map<number, Changes>): void {
    const rows = this.table(key);
    for (const [row, change] of changes) {
      if (!rows[row - 2]) throw new Error(`no row ${row} in ${key}`);
      Object.assign(rows[row - 2]!, structuredClone(change));
    }
  }

  replaceWhere<T>(key: SheetKey, matches: (record: T) => boolean, records: Changes[]): void {
    const kept = this.table(key).filter((r) => !matches(r as T));
    this.tables[key] = [...kept, ...records.map((r) => structuredClone(r))];
  }
}
