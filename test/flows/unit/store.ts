/**
 * A small strict in-memory Store for unit tests of flows. Each table keeps cells as the add-on
 * writes them (toCell, in the workbook's language) and gives records back as the sheets would
 * read them (parseCell), so a value that would not survive the round trip does not survive here.
 * Strict where the sheets are: an unknown or computed column, a row that does not exist, or a
 * table that is missing is an error.
 */

import type { Lang } from '../../../src/core/i18n/lang';
import { parseCell } from '../../../src/core/schema/parse';
import type { CellProblem, ReadRow } from '../../../src/core/schema/read';
import { sheetDef } from '../../../src/core/schema/sheets';
import type { SheetKey } from '../../../src/core/schema/types';
import { toCell } from '../../../src/core/schema/write';
import type { Changes, Store } from '../../../src/flows/ports';

type Cells = Record<string, unknown>;

export class MemoryStore implements Store {
  readonly tables: Partial<Record<SheetKey, Cells[]>> = {};
  /** Every write, in order: which table, and how. */
  readonly writes: Array<{ key: SheetKey; op: 'append' | 'update' | 'replace' }> = [];

  constructor(
    readonly lang: Lang = 'id',
    readonly timeZone = 'Asia/Jakarta',
    tables: SheetKey[] = ['students', 'mentors', 'assessments', 'sessions', 'review', 'settings'],
  ) {
    for (const key of tables) this.tables[key] = [];
  }

  private table(key: SheetKey): Cells[] {
    const table = this.tables[key];
    if (!table) throw new Error(`missing sheet: ${key}`);
    return table;
  }

  private cells(key: SheetKey, record: Changes, base: Cells = {}): Cells {
    const out: Cells = { ...base };
    for (const [column, value] of Object.entries(record)) {
      const def = sheetDef(key).columns.find((c) => c.key === column);
      if (!def) throw new Error(`no column ${column} in ${key}`);
      if (def.computed) throw new Error(`${key}.${column} is computed: flows never write it`);
      out[column] = toCell(def, value, this.lang);
    }
    return out;
  }

  /** Rows as a person typed them (column key → text), e.g. a roster to start from. */
  seed(key: SheetKey, rows: Array<Record<string, string>>): this {
    for (const row of rows) this.table(key).push({ ...row });
    return this;
  }

  read<T>(key: SheetKey): { rows: ReadRow<T>[]; problems: CellProblem[] } {
    const rows: ReadRow<T>[] = [];
    const problems: CellProblem[] = [];
    this.table(key).forEach((cells, i) => {
      const record: Record<string, unknown> = {};
      let ok = true;
      for (const column of sheetDef(key).columns) {
        const parsed = parseCell(column, cells[column.key] ?? '', this.timeZone);
        if (parsed.ok) record[column.key] = parsed.value;
        else {
          ok = false;
          problems.push({
            sheet: key,
            row: i + 2,
            column: column.key,
            value: cells[column.key],
            message: parsed.problem,
          });
        }
      }
      if (ok) rows.push({ row: i + 2, record: record as T });
    });
    return { rows, problems };
  }

  append(key: SheetKey, records: Changes[]): number {
    const table = this.table(key);
    const first = table.length + 2;
    if (records.length === 0) return 0;
    for (const record of records) table.push(this.cells(key, record));
    this.writes.push({ key, op: 'append' });
    return first;
  }

  update(key: SheetKey, changes: Map<number, Changes>): void {
    const table = this.table(key);
    if (changes.size === 0) return;
    for (const [row, change] of changes) {
      const cells = table[row - 2];
      if (!cells) throw new Error(`${key} has no row ${row}`);
      table[row - 2] = this.cells(key, change, cells);
    }
    this.writes.push({ key, op: 'update' });
  }

  replaceWhere<T>(key: SheetKey, matches: (record: T) => boolean, records: Changes[]): void {
    const hit = new Set(
      this.read<T>(key)
        .rows.filter((r) => matches(r.record))
        .map((r) => r.row),
    );
    const table = this.table(key);
    const kept = table.filter((_, i) => !hit.has(i + 2));
    table.splice(0, table.length, ...kept, ...records.map((r) => this.cells(key, r)));
    this.writes.push({ key, op: 'replace' });
  }

  /** A table's records (after the round trip), for assertions. */
  records<T = Record<string, unknown>>(key: SheetKey): T[] {
    return this.read<T>(key).rows.map((r) => r.record);
  }
}
