/**
 * One step of each threshold, for the what-if: the smallest change a school would make.
 * Attendance moves by 5 points (about one school day in a month of 20), counts by 1, the
 * passing grade (KKM) by 5 as schools set it, the average margin and grade drops by 2 points.
 * A step that would leave the threshold's range gives no variant: a count threshold of 0 would
 * flag every student with data, and need domains go to 3.
 */
import { tidyNumber } from '../cells/numbers';
import type { ThresholdKey, Thresholds } from '../risk/thresholds';

export interface ThresholdStep {
  step: number;
  min: number;
  max: number;
  /** +1: a stricter threshold is higher (a flag fires below it); −1: a stricter one is lower. */
  stricter: 1 | -1;
}

const RATE: ThresholdStep = { step: 0.05, min: 0.05, max: 1, stricter: 1 };
const COUNT: ThresholdStep = { step: 1, min: 1, max: Number.MAX_SAFE_INTEGER, stricter: -1 };
const DROP: ThresholdStep = { step: 2, min: 1, max: 100, stricter: -1 };
const NEEDS: ThresholdStep = { step: 1, min: 1, max: 3, stricter: -1 };

export const THRESHOLD_STEPS: Readonly<Record<ThresholdKey, ThresholdStep>> = {
  attendance_watch: RATE,
  attendance_high: RATE,
  attendance_critical: RATE,
  unexcused_watch: COUNT,
  unexcused_high: COUNT,
  incidents_watch: COUNT,
  incidents_high: COUNT,
  below_passing_watch: COUNT,
  below_passing_high: COUNT,
  passing_grade: { step: 5, min: 5, max: 100, stricter: 1 },
  average_margin: { step: 2, min: 0, max: 50, stricter: 1 },
  grade_drop_watch: DROP,
  grade_drop_high: DROP,
  overage_watch: COUNT,
  overage_high: COUNT,
  needs_watch: NEEDS,
  needs_high: NEEDS,
};

/**
 * A threshold moved one step stricter (more flags) or looser (fewer), or null when that would
 * leave its range.
 * @example steppedThreshold(DEFAULT_THRESHOLDS, 'attendance_high', 'stricter') // 0.95
 * @example steppedThreshold(DEFAULT_THRESHOLDS, 'needs_watch', 'stricter') // null (0 would flag everyone)
 */
export function steppedThreshold(
  thresholds: Readonly<Thresholds>,
  key: ThresholdKey,
  direction: 'stricter' | 'looser',
): number | null {
  const { step, min, max, stricter } = THRESHOLD_STEPS[key];
  const sign = direction === 'stricter' ? stricter : -stricter;
  const value = tidyNumber(thresholds[key] + sign * step);
  return value < min || value > max ? null : value;
}
