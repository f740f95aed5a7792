import { type Flag, type FlagLevel, isRed, lowerIsWorse, type Tier } from './model';

/**
 * The tier of SPEC §3: Tier 3 with two or more red flags or critical attendance, Tier 2 with
 * one red flag or two or more amber flags, otherwise Tier 1.
 * @example tierOf([{ indicator: 'needs', level: 'watch', value: 1, threshold: 1 }]) // 1
 */
export function tierOf(flags: readonly Flag[]): Tier {
  const red = flags.filter(isRed).length;
  const amber = flags.length - red;
  if (red >= 2 || flags.some((flag) => flag.level === 'critical')) return 3;
  return red === 1 || amber >= 2 ? 2 : 1;
}

const WEIGHT: Record<FlagLevel, number> = { watch: 1, high: 3, critical: 4 };

/** low: the band's first score; span: its width; base: the least weight a tier can have; step: points per unit of weight. */
const BANDS: Record<Tier, { low: number; span: number; base: number; step: number }> = {
  1: { low: 0, span: 33, base: 0, step: 16 },
  2: { low: 34, span: 32, base: 2, step: 3 },
  3: { low: 67, span: 33, base: 4, step: 2 },
};

/**
 * How far a flag's value lies beyond its threshold, as d / (d + |threshold|) (d / (d + 1) for a
 * threshold of 0): 0 on the threshold, approaching but never reaching 1 far beyond it.
 * @example excessOf({ indicator: 'unexcused', level: 'high', value: 6, threshold: 3 }) // 0.5
 */
export function excessOf(flag: Flag): number {
  const distance = Math.max(
    0,
    lowerIsWorse(flag.indicator) ? flag.threshold - flag.value : flag.value - flag.threshold,
  );
  const scale = flag.threshold === 0 ? 1 : Math.abs(flag.threshold);
  return distance / (distance + scale);
}

/**
 * The score 0–100, a ranking aid (not a probability) that never contradicts the tier:
 *
 *   score = low + min(span, step × (W − base) + ⌊step × E⌋)
 *
 * - W, the weight: 1 per amber flag, 3 per high flag, 4 for critical attendance;
 * - E, the severity: the mean excessOf of the flags (0 ≤ E < 1; 0 without flags), so it only
 *   breaks ties between students with the same weight and never outweighs one more flag;
 * - per tier, low / span / base / step: Tier 1 0 / 33 / 0 / 16, Tier 2 34 / 32 / 2 / 3,
 *   Tier 3 67 / 33 / 4 / 2 (base is the least weight the tier allows).
 *
 * So Tier 1 scores 0–31 (0 without flags, 16–31 with one amber flag), Tier 2 34–60, Tier 3
 * 67–100, and every Tier 3 score is above every Tier 2 score, above every Tier 1 score. Within a
 * tier, one more flag or a redder one scores strictly higher, until Tier 3 reaches 100 (a weight
 * of 21, such as seven red flags).
 * @example scoreOf([{ indicator: 'attendance', level: 'critical', value: 0.7, threshold: 0.8 }], 3) // 67
 */
export function scoreOf(flags: readonly Flag[], tier: Tier = tierOf(flags)): number {
  const band = BANDS[tier];
  const weight = flags.reduce((sum, flag) => sum + WEIGHT[flag.level], 0);
  const severity =
    flags.length === 0 ? 0 : flags.reduce((sum, flag) => sum + excessOf(flag), 0) / flags.length;
  const points = band.step * Math.max(0, weight - band.base) + Math.floor(band.step * severity);
  return band.low + Math.min(band.span, points);
}
