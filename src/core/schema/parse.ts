/**
 * Reads one cell by its column's type, forgivingly (decimal commas, dates in either
 * language's forms, Ya/Tidak, labels of either language) and strictly (a value it cannot
 * read is a problem, never a guess).
 */
import { readDay, readInstant, readMonth } from '../cells/calendar';
import { dayOf, isDate } from '../cells/dates';
import { readNumber } from '../cells/numbers';
import { termRank } from '../cells/terms';
import { VALUE_LABELS, valueSet } from './labels';
import type { SchemaMessageKey } from './messages';
import type { ColumnDef } from './types';

export type Value = string | number | boolean | readonly (string | number)[] | null;

export type Parsed =
  | { ok: true; value: Value }
  | { ok: false; problem: SchemaMessageKey; params?: Record<string, string | number> };

const ok = (value: Value): Parsed => ({ ok: true, value });
const bad = (problem: SchemaMessageKey, params?: Record<string, string | number>): Parsed => ({
  ok: false,
  problem,
  params,
});

/** Folds case, accents and punctuation: "Laki-laki" and "laki laki" read alike. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const YES = ['yes', 'ya', 'y', 'true', '1', 'sudah', 'ada', 'iya', 'benar', 'x', 'v'];
const NO = ['no', 'tidak', 'tdk', 't', 'n', 'false', '0', 'belum', 'tidak ada', 'bukan', 'salah'];
const SYNONYMS: Record<string, Record<string, string>> = {
  gender: {
    'laki laki': 'L',
    lk: 'L',
    pria: 'L',
    m: 'L',
    male: 'L',
    perempuan: 'P',
    pr: 'P',
    wanita: 'P',
    f: 'P',
    female: 'P',
  },
  status: {
    'drop out': 'dropped_out',
    do: 'dropped_out',
    keluar: 'dropped_out',
    mutasi: 'transferred',
    alumni: 'graduated',
  },
  role: {
    counselor: 'counsellor',
    konselor: 'counsellor',
    bk: 'counsellor',
    'guru bk': 'counsellor',
    volunter: 'volunteer',
  },
};

/**
 * The stored code for a label or code of either language.
 * @example codeOf('status', 'Putus Sekolah') // 'dropped_out'
 */
export function codeOf(set: string, raw: string): string | undefined {
  const key = fold(raw);
  const labels = VALUE_LABELS[set] ?? {};
  for (const [code, pair] of Object.entries(labels)) {
    if (fold(code) === key || fold(pair.en) === key || fold(pair.id) === key) return code;
  }
  return SYNONYMS[set]?.[key];
}

const isBlankCell = (raw: unknown) =>
  raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');

function readBool(raw: unknown): Parsed {
  if (typeof raw === 'boolean') return ok(raw);
  const key = fold(String(raw));
  if (YES.includes(key)) return ok(true);
  if (NO.includes(key)) return ok(false);
  return bad('not_bool');
}

function readNumeric(column: ColumnDef, raw: unknown): Parsed {
  const n = readNumber(raw);
  if (!n || n.percent) return bad('not_number');
  if (column.type === 'int' && !Number.isInteger(n.value)) return bad('not_integer');
  const { min, max } = column;
  if ((min !== undefined && n.value < min) || (max !== undefined && n.value > max)) {
    return bad('out_of_range', { min: min ?? '−∞', max: max ?? '∞' });
  }
  return ok(n.value);
}

function readText(raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw.trim();
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  return undefined;
}

function readList(column: ColumnDef, raw: unknown): Parsed {
  // Commas or semicolons separate items; a slash may be part of a label ("keluarga/ekonomi").
  const parts = String(raw)
    .split(/[,;]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const out: Array<string | number> = [];
  for (const part of parts) {
    if (column.values) {
      const code = codeOf(valueSet(column), part);
      if (!code) return bad('not_in_list', { values: column.values.join(', ') });
      if (!out.includes(code)) out.push(code);
      continue;
    }
    const range = /^(\d+)\s*-\s*(\d+)$/.exec(part); // "7-9" means 7, 8, 9
    const [from, to] = range ? [Number(range[1]), Number(range[2])] : [Number(part), Number(part)];
    if (!Number.isInteger(from) || !Number.isInteger(to) || from > to) return bad('not_integer');
    for (let n = from; n <= to; n++) {
      if ((column.min !== undefined && n < column.min) || (column.max !== undefined && n > column.max)) {
        return bad('out_of_range', { min: column.min ?? '', max: column.max ?? '' });
      }
      if (!out.includes(n)) out.push(n);
    }
  }
  return ok(out);
}

/**
 * Reads a cell for a column. A blank cell is `null` (or a problem when the column is required).
 * @example parseCell({ key: 'grade', type: 'int', min: 1, max: 12 }, '8') // { ok: true, value: 8 }
 */
export function parseCell(column: ColumnDef, raw: unknown, timeZone?: string): Parsed {
  if (isBlankCell(raw)) return column.required ? bad('required') : ok(null);
  switch (column.type) {
    case 'id':
    case 'text': {
      const text = readText(raw);
      return text === undefined ? bad('not_text') : ok(text);
    }
    case 'phone': {
      // A phone typed into a number cell lost its leading 0: Indonesian numbers start with 0 or 62.
      const text = typeof raw === 'number' && !String(raw).startsWith('62') ? `0${raw}` : readText(raw);
      return text !== undefined && /^\+?[\d\s().-]{6,20}$/.test(text) ? ok(text) : bad('not_phone');
    }
    case 'email': {
      const text = readText(raw)?.toLowerCase();
      return text && /^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$/.test(text) ? ok(text) : bad('not_email');
    }
    case 'int':
    case 'number':
      return readNumeric(column, raw);
    case 'date': {
      const day = readDay(raw, timeZone);
      return day ? ok(day) : bad('not_date');
    }
    case 'datetime': {
      const at = readInstant(raw);
      return at ? ok(at) : bad('not_datetime');
    }
    case 'month': {
      const month = readMonth(raw, timeZone);
      return month ? ok(month) : bad('not_month');
    }
    case 'term': {
      if (!termRank(raw, timeZone)) return bad('not_term');
      if (!isDate(raw)) return ok(String(raw).trim());
      // Sheets took a typed "2026-1" for 1 January 2026: give the term back.
      const [year, month] = (dayOf(raw, timeZone) ?? '').split('-');
      return ok(`${year}-${Number(month)}`);
    }
    case 'bool':
      return readBool(raw);
    case 'enum': {
      const code =
        typeof raw === 'string' || typeof raw === 'number'
          ? codeOf(valueSet(column), String(raw))
          : undefined;
      return code ? ok(code) : bad('not_in_list', { values: (column.values ?? []).join(', ') });
    }
    case 'list':
      return readList(column, raw);
  }
}
