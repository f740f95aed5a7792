import { dayOf, isDate, monthOf } from '../cells/dates';
import { readNumber, tidyNumber } from '../cells/numbers';
import { termRank } from '../cells/terms';
import type { RiskProblem } from './messages';

/**
 * How to read one kind of cell: `read` gives the value, null for a blank cell, or undefined when
 * the cell holds something else; `problem` says in words what was expected.
 */
export interface CellRule<T> {
  problem: RiskProblem;
  read(raw: unknown): T | null | undefined;
}

/**
 * True for an empty cell ('' from Sheets), text of only spaces, null or a missing argument.
 * @example isBlank('  ') // true; isBlank(0) // false
 */
export function isBlank(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

/**
 * Reads a student ID as trimmed text: '0012345' stays as is, a number 12345 becomes '12345'.
 * @example studentIdOf(' 0012345 ') // '0012345'; studentIdOf(12345) // '12345'
 */
export function studentIdOf(raw: unknown): string | null | undefined {
  if (isBlank(raw)) return null;
  if (typeof raw === 'string') return raw.trim();
  return typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : undefined;
}

function whole(min: number, max: number, problem: RiskProblem): CellRule<number> {
  return {
    problem,
    read(raw) {
      const n = readNumber(raw);
      if (!n) return n;
      const ok = !n.percent && Number.isInteger(n.value) && n.value >= min && n.value <= max;
      return ok ? n.value : undefined;
    },
  };
}

/** A rate 0–1; "86%" and a number over 1 (86) are read as percentages. */
export const RATE: CellRule<number> = {
  problem: 'must_be_rate',
  read(raw) {
    const n = readNumber(raw);
    if (!n) return n;
    const rate = n.percent || n.value > 1 ? n.value / 100 : n.value;
    return rate >= 0 && rate <= 1 ? tidyNumber(rate) : undefined;
  },
};

/** A number of points 0–100: a term average, a passing grade, a drop in average. */
export const POINTS: CellRule<number> = {
  problem: 'must_be_points',
  read(raw) {
    const n = readNumber(raw);
    if (!n) return n;
    return !n.percent && n.value >= 0 && n.value <= 100 ? n.value : undefined;
  },
};

/** A count: a whole number 0 or more. */
export const COUNT = whole(0, Number.MAX_SAFE_INTEGER, 'must_be_count');

/** A need-domain score or a count of need domains: 0–3. */
export const NEEDS = whole(0, 3, 'must_be_needs');

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const GRADE_NUMBER = whole(1, 12, 'must_be_grade');

/** A grade level 1–12, also written in Roman numerals ("VII") as many schools do. */
export const GRADE: CellRule<number> = {
  problem: 'must_be_grade',
  read(raw) {
    const roman = typeof raw === 'string' ? ROMAN.indexOf(raw.trim().toUpperCase()) : -1;
    return roman >= 0 ? roman + 1 : GRADE_NUMBER.read(raw);
  },
};

/** A student ID (see studentIdOf). */
export const STUDENT_ID: CellRule<string> = { problem: 'must_be_id', read: studentIdOf };

/** Free text such as an incident kind, lower-cased and trimmed. */
export const TEXT: CellRule<string> = {
  problem: 'must_be_text',
  read(raw) {
    if (isBlank(raw)) return null;
    return typeof raw === 'string' ? raw.trim().toLowerCase() : undefined;
  },
};

/**
 * A calendar day as ISO text, reading Dates in the given time zone.
 * @example dayRule('Asia/Jakarta').read('15/09/2026') // '2026-09-15'
 */
export function dayRule(timeZone?: string): CellRule<string> {
  return { problem: 'must_be_date', read: (raw) => dayOf(raw, timeZone) };
}

/**
 * A month as 'YYYY-MM', reading Dates in the given time zone.
 * @example monthRule().read('9/2026') // '2026-09'
 */
export function monthRule(timeZone?: string): CellRule<string> {
  return { problem: 'must_be_month', read: (raw) => monthOf(raw, timeZone) };
}

/**
 * A term, written the one way termRank reads back.
 * @example termRule().read('2025/2026 Genap') // '2025-2'
 */
export function termRule(timeZone?: string): CellRule<string> {
  return {
    problem: 'must_be_term',
    read(raw) {
      const rank = termRank(raw, timeZone);
      return typeof rank === 'number' ? `${Math.floor(rank / 10)}-${rank % 10}` : rank;
    },
  };
}

/**
 * Shows a cell's value inside an error message, quoted, as the user sees it in the sheet.
 * @example showValue('abc') // "'abc'"; showValue(true) // "'TRUE'"
 */
export function showValue(raw: unknown): string {
  let text: string;
  if (typeof raw === 'boolean') text = raw ? 'TRUE' : 'FALSE';
  else if (isDate(raw)) text = dayOf(raw) ?? String(raw);
  else if (raw === null || raw === undefined) text = '';
  else text = String(raw);
  return `'${text.length > 40 ? `${text.slice(0, 39)}…` : text}'`;
}
