/** Tier changes between two monthly snapshots. */
import type { Tier, TierChange } from './types';

/**
 * How a student's tier moved since last month. A higher tier needs more support, so `up` is
 * worse and `down` is better; without last month's tier the student is `new`.
 * @example changeOf(3, 2) // 'up'; changeOf(1, 2) // 'down'; changeOf(2, undefined) // 'new'
 */
export function changeOf(now: Tier, previous: Tier | null | undefined): TierChange {
  if (previous === null || previous === undefined) return 'new';
  return now > previous ? 'up' : now < previous ? 'down' : 'same';
}

/**
 * A count's change written with its sign, for "12 (+2)".
 * @example signed(2) // '+2'; signed(-1) // '−1'; signed(0) // '±0'
 */
export function signed(delta: number): string {
  return delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : '±0';
}
