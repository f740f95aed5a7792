/**
 * What Sheets makes of text a person types, or a script writes with setValue(s): formulas, numbers
 * (leading zeros lost), percentages, booleans, dates, and the formula-injection hazard of text that
 * starts with '+', '-' or '@'. A cell formatted '@' (plain text) keeps the text exactly.
 */
import type { CellValue } from '../model/cell';
import type { Separators } from './locale';
import { separators } from './locale';
import { isCalendarDay, zonedDate } from './zoned';

export interface TypedContext {
  locale: string;
  timeZone: string;
  /** The cell's number format; '@' keeps text as text. */
  format?: string | undefined;
}

export type Typed =
  | { kind: 'value'; value: CellValue; format?: string }
  | { kind: 'formula'; formula: string };

/** Interprets typed text as Sheets does. `parseTyped('0012345')` → the number 12345. */
export function parseTyped(text: string, ctx: TypedContext): Typed {
  if (ctx.format === '@' || text === '') return { kind: 'value', value: text };
  if (text.startsWith("'")) return { kind: 'value', value: text.slice(1) };
  if (text.startsWith('=')) return { kind: 'formula', formula: text };
  const trimmed = text.trim();
  const number = parseNumber(trimmed, separators(ctx.locale));
  if (number !== null) {
    if (!number.percent) return { kind: 'value', value: number.value };
    return { kind: 'value', value: number.value, format: number.decimals ? '0.00%' : '0%' };
  }
  if (/^(true|false)$/i.test(trimmed)) return { kind: 'value', value: trimmed.toUpperCase() === 'TRUE' };
  const date = parseDate(trimmed, ctx);
  if (date) return { kind: 'value', ...date };
  if (/^[+\-@]/.test(text)) return { kind: 'formula', formula: `=${text}` };
  return { kind: 'value', value: text };
}

interface ParsedNumber {
  value: number;
  percent: boolean;
  decimals: boolean;
}

/** A number in the locale's notation (`1.234,5` in id_ID, `1,234.5` in en_US), or null. */
export function parseNumber(text: string, seps: Separators): ParsedNumber | null {
  const m = /^([+-]?)(.*?)(%?)$/.exec(text);
  if (!m) return null;
  const body = m[2]!;
  const strict = normalise(body, seps.group, seps.decimal);
  const plain = strict ?? lenientDot(body, seps);
  if (plain === null) return null;
  const value = Number(`${m[1]}${plain}`) / (m[3] ? 100 : 1);
  if (!Number.isFinite(value)) return null;
  const decimals = strict === null || body.includes(seps.decimal);
  return { value, percent: m[3] === '%', decimals };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function normalise(body: string, group: string, decimal: string): string | null {
  const g = escapeRegExp(group);
  const d = escapeRegExp(decimal);
  const re = new RegExp(`^(\\d{1,3}(?:${g}\\d{3})+|\\d*)(?:${d}(\\d*))?(?:[eE]([+-]?\\d+))?$`);
  const m = re.exec(body);
  if (!m || (m[1] === '' && !m[2])) return null;
  const int = m[1]!.split(group).join('') || '0';
  return `${int}.${m[2] || '0'}${m[3] ? `e${m[3]}` : ''}`;
}

/** In comma-decimal locales a dot decimal ('12.5') is still read, unless it looks like grouping. */
function lenientDot(body: string, seps: Separators): string | null {
  if (seps.decimal === '.' || !/^\d+\.\d+$/.test(body) || /^\d{1,3}\.\d{3}$/.test(body)) return null;
  return body;
}

/** ISO dates ('2026-09-15', optionally with a time) and the locale's d/m/yyyy or m/d/yyyy. */
function parseDate(text: string, ctx: TypedContext): { value: Date; format?: string } | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (iso) {
    const [y, mo, d, h = 0, mi = 0, s = 0] = iso
      .slice(1)
      .map((v) => (v === undefined ? undefined : Number(v)));
    if (!isCalendarDay(y!, mo!, d!) || h > 23 || mi > 59 || s > 59) return null;
    const format = iso[4] === undefined ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss';
    return { value: zonedDate(y!, mo!, d!, h, mi, s, ctx.timeZone), format };
  }
  const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!slash) return null;
  const [a, b, y] = slash.slice(1).map(Number) as [number, number, number];
  const [mo, d] = /^en_US$|^en$/i.test(ctx.locale) ? [a, b] : [b, a];
  if (!isCalendarDay(y, mo, d)) return null;
  return { value: zonedDate(y, mo, d, 0, 0, 0, ctx.timeZone) };
}
