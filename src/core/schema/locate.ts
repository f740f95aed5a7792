/**
 * Finds a table's columns: by the key attached to each column (developer metadata), which
 * survives renaming and moving; else by its header in either language, or the key itself.
 */
import { LANGS } from '../i18n/lang';
import { COLUMN_LABELS, columnLabel } from './labels';
import { fold } from './parse';
import type { SheetDef } from './types';

/** Column key → 0-based column index. */
export type ColumnMap = Partial<Record<string, number>>;

/** The header texts that name a column, folded: its labels in both languages and its key. */
export function headerNames(def: SheetDef, key: string): string[] {
  const names = LANGS.map((lang) => columnLabel(def.key, key, lang));
  const shared = COLUMN_LABELS[key];
  if (shared) names.push(shared.en, shared.id);
  names.push(key);
  // "Gender (L/P)" also matches "Gender": the bracketed hint is optional.
  return [...new Set(names.flatMap((n) => [fold(n), fold(n.replace(/\s*\(.*\)\s*$/, ''))]))];
}

/**
 * Maps each column key of `def` to its index: metadata first; then headers, taking each header
 * once, so two columns never claim the same one.
 * @example locateColumns(def, ['NISN', 'Nama'], {}) // { student_id: 0, name: 1 }
 */
export function locateColumns(def: SheetDef, header: readonly unknown[], byMetadata: ColumnMap): ColumnMap {
  const map: ColumnMap = {};
  const taken = new Set<number>();
  for (const column of def.columns) {
    const index = byMetadata[column.key];
    if (index !== undefined && index < Math.max(header.length, index + 1)) {
      map[column.key] = index;
      taken.add(index);
    }
  }
  const folded = header.map((h) => fold(String(h ?? '')));
  for (const column of def.columns) {
    if (map[column.key] !== undefined) continue;
    const names = headerNames(def, column.key);
    const index = folded.findIndex((h, i) => !taken.has(i) && h !== '' && names.includes(h));
    if (index >= 0) {
      map[column.key] = index;
      taken.add(index);
    }
  }
  return map;
}
