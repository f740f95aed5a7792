/**
 * The monthly baselines of Risk history, indexed: one row per student per month. Manual
 * snapshots are left out; a blank kind (a row from before the column existed) is a baseline.
 */
import type { RiskHistoryRow } from '../schema/records';
import type { Share } from './types';

export interface Baselines {
  /** month → student ID → row */
  byMonth: Map<string, Map<string, RiskHistoryRow>>;
}

/**
 * Indexes the baselines; of two for the same student and month the later row wins (it was
 * written after, so it is the month's run taken again).
 * @example baselinesOf(rows).byMonth.get('2026-03')?.get('0012345')?.tier // 2
 */
export function baselinesOf(history: readonly RiskHistoryRow[]): Baselines {
  const byMonth = new Map<string, Map<string, RiskHistoryRow>>();
  for (const row of history) {
    if (row.kind === 'manual') continue;
    let month = byMonth.get(row.month);
    if (!month) {
      month = new Map();
      byMonth.set(row.month, month);
    }
    month.set(row.student_id, row);
  }
  return { byMonth };
}

/**
 * A student's baseline row of a month, or null when there is none.
 * @example baselineOf(baselines, '0012345', '2026-03')?.tier // 2
 */
export function baselineOf(baselines: Baselines, studentId: string, month: string): RiskHistoryRow | null {
  return baselines.byMonth.get(month)?.get(studentId) ?? null;
}

/**
 * True for a row at Tier 2 or 3: the flag the programme acts on.
 * @example flagged({ tier: 2 }) // true; flagged(null) // false
 */
export function flagged(row: { tier: number | null } | null): boolean {
  return (row?.tier ?? 0) >= 2;
}

/**
 * A share of n, its value null when n is 0.
 * @example shareOf(1, 4) // { value: 0.25, part: 1, n: 4 }
 */
export function shareOf(part: number, n: number): Share {
  return { value: n === 0 ? null : part / n, part, n };
}

/**
 * A count per 100 of n, null when n is 0 or unknown.
 * @example per100(3, 150) // 2
 */
export function per100(count: number, n: number | null): number | null {
  return n === null || n === 0 ? null : (count * 100) / n;
}
