import type { Lang } from '../i18n/lang';

/** A number read from a cell; `percent` says the text ended in "%". */
export interface CellNumber {
  value: number;
  percent: boolean;
}

const NUMERIC_TEXT = /^([+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+))\s*(%?)$/;

/**
 * Reads a cell as a number: a number, or text like "85,5" (Indonesian decimal comma), "85.5"
 * or "86%". Returns null for a blank cell and undefined for anything else (booleans included).
 * @example readNumber('85,5') // { value: 85.5, percent: false }; readNumber('') // null
 */
export function readNumber(raw: unknown): CellNumber | null | undefined {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? { value: raw, percent: false } : undefined;
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  if (text === '') return null;
  const match = NUMERIC_TEXT.exec(text);
  if (!match) return undefined;
  return { value: Number(match[1]!.replace(',', '.')), percent: match[2] === '%' };
}

/**
 * Rounds away the noise of binary fractions (80.1 - 75.1 = 5.000000000000007) so that a value
 * on a threshold compares as on it.
 * @example tidyNumber(80.1 - 75.1) // 5
 */
export function tidyNumber(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

/**
 * Writes a number for people: at most `decimals` decimals, none that are needless, and the
 * decimal separator of the language.
 * @example formatDecimal(72.25, 'id', 1) // '72,3'; formatDecimal(86, 'en', 1) // '86'
 */
export function formatDecimal(value: number, lang: Lang, decimals: number): string {
  const factor = 10 ** decimals;
  const text = String(Math.round(value * factor) / factor);
  return lang === 'id' ? text.replace('.', ',') : text;
}

/**
 * Writes a rate (0–1) as a percentage without needless decimals.
 * @example formatPercent(0.865, 'id') // '86,5%'; formatPercent(0.9, 'en') // '90%'
 */
export function formatPercent(rate: number, lang: Lang): string {
  return `${formatDecimal(rate * 100, lang, 1)}%`;
}
