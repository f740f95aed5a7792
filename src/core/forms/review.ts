/**
 * The Review sheet as a worklist. Every input the add-on could not take as it was (an import
 * row, a form response, a failure of the add-on itself) is one row: the reason, a status a person
 * moves on (open → fixed or dismissed; fixed → done once taken again), the input whole (raw) and
 * split into answer columns a person can correct.
 */
import type { Value } from '../schema/parse';
import type { ReviewOrigin, ReviewRow } from '../schema/records';
import { REVIEW_ANSWERS } from '../schema/sheets';

export interface ReviewEntry {
  receivedAt: string;
  source: string;
  problem: string;
  origin: ReviewOrigin | null;
  /** True when the input was taken and this row only notes something about it. */
  taken: boolean;
  /** Open by default; a note that needs nobody (a repaired ID) is done at once. */
  status?: 'open' | 'done';
  /** The response's key, for form responses. */
  ref?: string;
  raw: string;
  /** Answers by field key (student_id, minutes, …): text as the person gave it. */
  answers: Readonly<Record<string, string>>;
}

const fieldOf = (column: string) => REVIEW_ANSWERS.find(([c]) => c === column)?.[1];
const columnOf = (field: string) => REVIEW_ANSWERS.find(([, f]) => f === field)?.[0];

/**
 * The Review record of an entry, by column key (answers that fit no column stay in raw only).
 * @example reviewRecord({ …, answers: { minutes: '900' } }).minutes // '900'
 */
export function reviewRecord(entry: ReviewEntry): Record<string, Value> {
  const record: Record<string, Value> = {
    received_at: entry.receivedAt,
    source: entry.source,
    problem: entry.problem,
    status: entry.status ?? 'open',
    taken: entry.taken,
    origin: entry.origin,
    ref: entry.ref ?? null,
    raw: entry.raw,
  };
  for (const [field, value] of Object.entries(entry.answers)) {
    const column = columnOf(field);
    if (column && value.trim() !== '') record[column] = value;
  }
  return record;
}

/**
 * A Review row's answers by field key, as a person left them (blank ones left out).
 * @example answersOfReview({ student_status: 'aktif', minutes: '30', … }) // { status: 'aktif', minutes: '30' }
 */
export function answersOfReview(row: ReviewRow): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [column, value] of Object.entries(row)) {
    const field = fieldOf(column);
    if (field && value !== null && String(value).trim() !== '') out[field] = String(value).trim();
  }
  return out;
}

/**
 * True for a row that needs a person: open, or without a status (older rows, and rows other
 * parts of the add-on write). The one definition the Dashboard and the emails count by.
 * @example isOpenReview({ status: null, … }) // true; isOpenReview({ status: 'fixed', … }) // false
 */
export function isOpenReview(row: Pick<ReviewRow, 'status'>): boolean {
  return row.status === null || row.status === 'open';
}

/**
 * The open rows of the Review sheet.
 * @example openReviewRows([{ status: 'open' }, { status: 'done' }]).length // 1
 */
export function openReviewRows<T extends Pick<ReviewRow, 'status'>>(rows: readonly T[]): T[] {
  return rows.filter(isOpenReview);
}
