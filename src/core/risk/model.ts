/**
 * The vocabulary of the risk model (SPEC §3). No demographic attribute is an input: the
 * inputs are attendance, behaviour, course performance, age for grade and assessed needs.
 */

/** The arguments of RISK_SCORE / RISK_TIER / RISK_REASONS, in order. */
export const RISK_INPUT_KEYS = [
  'attendance',
  'unexcused',
  'incidents',
  'below_passing',
  'average',
  'previous_average',
  'overage',
  'needs',
] as const;

export type RiskInputKey = (typeof RISK_INPUT_KEYS)[number];

/** One student's inputs; null (or a missing key) is unknown, never "fine". */
export type RiskInputs = Record<RiskInputKey, number | null>;

/** The indicators that can flag, in the order reasons list them; grade_drop comes from two inputs. */
export const INDICATOR_KEYS = [
  'attendance',
  'unexcused',
  'incidents',
  'below_passing',
  'average',
  'grade_drop',
  'overage',
  'needs',
] as const;

export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

/** watch is amber; high and critical are red. */
export type FlagLevel = 'watch' | 'high' | 'critical';

/** An indicator that fired: its value and the threshold it crossed. */
export interface Flag {
  indicator: IndicatorKey;
  level: FlagLevel;
  value: number;
  threshold: number;
}

export type Tier = 1 | 2 | 3;

/** What the engine says about one student; tier and score are null when every input is unknown. */
export interface Assessment {
  flags: Flag[];
  unknown: IndicatorKey[];
  tier: Tier | null;
  score: number | null;
}

/**
 * True for the indicators where a lower value is worse (a flag fires below the threshold).
 * @example lowerIsWorse('attendance') // true; lowerIsWorse('unexcused') // false
 */
export function lowerIsWorse(indicator: IndicatorKey): boolean {
  return indicator === 'attendance' || indicator === 'average';
}

/**
 * True for a red flag.
 * @example isRed({ indicator: 'needs', level: 'high', value: 2, threshold: 2 }) // true
 */
export function isRed(flag: Flag): boolean {
  return flag.level !== 'watch';
}
