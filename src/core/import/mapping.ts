/**
 * Reads a pasted sheet of students with its own headers: finds the header row (a title may
 * sit above it, as in Dapodik exports) and maps each header to a Students column key.
 */
import { headerNames } from '../schema/locate';
import { fold } from '../schema/parse';
import { sheetDef } from '../schema/sheets';
import { STUDENT_SYNONYMS } from './synonyms';

export interface ImportMapping {
  /** 0-based row of the header. */
  headerRow: number;
  headers: string[];
  /** For each column of the source: the Students key it fills, or null (ignored). */
  keys: Array<string | null>;
}

const IMPORTABLE = sheetDef('students').columns.filter((c) => !c.computed && c.key !== 'mentor_id');

/** How well a header names a key: 0 best; Infinity when it does not. */
function rank(header: string, key: string): number {
  const h = fold(header);
  if (h === '') return Number.POSITIVE_INFINITY;
  const synonyms = (STUDENT_SYNONYMS[key] ?? []).map(fold);
  const at = synonyms.indexOf(h);
  if (at >= 0) return at;
  return headerNames(sheetDef('students'), key).includes(h) ? 100 : Number.POSITIVE_INFINITY;
}

/** Maps one header row: each key goes to the source column that names it best. */
export function mapHeaders(headers: readonly unknown[]): Array<string | null> {
  const texts = headers.map((h) => String(h ?? ''));
  const keys: Array<string | null> = texts.map(() => null);
  const candidates: Array<{ column: number; key: string; rank: number }> = [];
  texts.forEach((h, column) => {
    for (const c of IMPORTABLE) {
      const r = rank(h, c.key);
      if (r < Number.POSITIVE_INFINITY) candidates.push({ column, key: c.key, rank: r });
    }
  });
  candidates.sort((a, b) => a.rank - b.rank || a.column - b.column);
  const taken = new Set<string>();
  for (const c of candidates) {
    if (taken.has(c.key) || keys[c.column] !== null) continue;
    keys[c.column] = c.key;
    taken.add(c.key);
  }
  return keys;
}

/**
 * Finds the header row among the first rows: the one that names the most Students columns,
 * and at least the student ID and the name.
 * @example detectMapping([['Daftar Peserta Didik'], ['NISN', 'Nama', 'JK']]) // { headerRow: 1, keys: ['student_id', 'name', 'gender'], … }
 */
export function detectMapping(rows: readonly unknown[][], lookAhead = 15): ImportMapping | null {
  let best: ImportMapping | null = null;
  let bestCount = 0;
  rows.slice(0, lookAhead).forEach((row, headerRow) => {
    const keys = mapHeaders(row);
    const count = keys.filter(Boolean).length;
    if (count > bestCount && keys.includes('student_id') && keys.includes('name')) {
      best = { headerRow, headers: row.map((h) => String(h ?? '')), keys };
      bestCount = count;
    }
  });
  return best;
}
