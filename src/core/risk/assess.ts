import { tidyNumber } from '../cells/numbers';
import {
  type Assessment,
  type Flag,
  type FlagLevel,
  INDICATOR_KEYS,
  type IndicatorKey,
  RISK_INPUT_KEYS,
  type RiskInputKey,
  type RiskInputs,
} from './model';
import { scoreOf, tierOf } from './score';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds';

interface Bands {
  watch: number;
  high: number;
  critical?: number;
}

function bandsOf(t: Thresholds): Record<IndicatorKey, Bands> {
  return {
    attendance: { watch: t.attendance_watch, high: t.attendance_high, critical: t.attendance_critical },
    unexcused: { watch: t.unexcused_watch, high: t.unexcused_high },
    incidents: { watch: t.incidents_watch, high: t.incidents_high },
    below_passing: { watch: t.below_passing_watch, high: t.below_passing_high },
    average: { watch: t.passing_grade + t.average_margin, high: t.passing_grade },
    grade_drop: { watch: t.grade_drop_watch, high: t.grade_drop_high },
    overage: { watch: t.overage_watch, high: t.overage_high },
    needs: { watch: t.needs_watch, high: t.needs_high },
  };
}

// Strict "<" for the indicators where lower is worse, "≥" for the others, as SPEC §3 says.
function levelOf(indicator: IndicatorKey, value: number, bands: Bands): [FlagLevel, number] | null {
  if (indicator === 'attendance' || indicator === 'average') {
    if (bands.critical !== undefined && value < bands.critical) return ['critical', bands.critical];
    if (value < bands.high) return ['high', bands.high];
    return value < bands.watch ? ['watch', bands.watch] : null;
  }
  if (value >= bands.high) return ['high', bands.high];
  return value >= bands.watch ? ['watch', bands.watch] : null;
}

function knownInput(inputs: Partial<RiskInputs>, key: RiskInputKey): number | null {
  const value = inputs[key];
  return value === undefined || value === null || Number.isNaN(value) ? null : value;
}

function valuesOf(inputs: Partial<RiskInputs>): Record<IndicatorKey, number | null> {
  const known = (key: RiskInputKey) => knownInput(inputs, key);
  const attendance = known('attendance');
  const average = known('average');
  const previous = known('previous_average');
  return {
    // A rate over 1 was typed as a percent (86 for 86%).
    attendance: attendance !== null && attendance > 1 ? tidyNumber(attendance / 100) : attendance,
    unexcused: known('unexcused'),
    incidents: known('incidents'),
    below_passing: known('below_passing'),
    average,
    grade_drop: average !== null && previous !== null ? tidyNumber(previous - average) : null,
    overage: known('overage'),
    needs: known('needs'),
  };
}

/**
 * Assesses one student: the flags that fire, the indicators without data, the tier and the
 * score. Unknown data raises no flag; when every input is unknown the tier and score are null.
 * @example assessRisk({ attendance: 0.86, unexcused: 3, incidents: 0, below_passing: 0, average: 80,
 *   previous_average: 81, overage: 0, needs: 0 })
 * // { flags: [attendance high 0.86 < 0.9, unexcused high 3 ≥ 3], unknown: [], tier: 3, score: 71 }
 */
export function assessRisk(
  inputs: Partial<RiskInputs>,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): Assessment {
  const values = valuesOf(inputs);
  const blank = RISK_INPUT_KEYS.every((key) => knownInput(inputs, key) === null);
  const bands = bandsOf(thresholds);
  const flags: Flag[] = [];
  const unknown: IndicatorKey[] = [];
  for (const indicator of INDICATOR_KEYS) {
    const value = values[indicator];
    if (value === null) {
      unknown.push(indicator);
      continue;
    }
    const level = levelOf(indicator, value, bands[indicator]);
    if (level) flags.push({ indicator, level: level[0], value, threshold: level[1] });
  }
  if (blank) return { flags, unknown, tier: null, score: null };
  const tier = tierOf(flags);
  return { flags, unknown, tier, score: scoreOf(flags, tier) };
}
