/**
 * What if a threshold moved one step? Every baseline of the year is assessed again from its
 * eight indicator values, with the risk engine's own assessRisk, under the current Settings and
 * under each threshold one step stricter and one step looser: recall at 1 and 3 months and the
 * alert load. The add-on only shows this; a person changes Settings.
 */
import { assessRisk } from '../risk/assess';
import { RISK_INPUT_KEYS, type RiskInputs } from '../risk/model';
import { RISK_SETTINGS, type Thresholds } from '../risk/thresholds';
import type { RiskHistoryRow } from '../schema/records';
import { type Baselines, baselineOf, shareOf } from './baselines';
import { baselineMonths } from './flags';
import { steppedThreshold, THRESHOLD_STEPS } from './steps';
import type { Leaver, WhatIfOutcome, WhatIfRow, WhatIfSection } from './types';
import { addMonths, type SchoolYear } from './year';

const hasIndicators = (row: RiskHistoryRow) => RISK_INPUT_KEYS.some((key) => row[key] !== null);

function indicatorsOf(row: RiskHistoryRow): RiskInputs {
  const inputs = {} as RiskInputs;
  for (const key of RISK_INPUT_KEYS) inputs[key] = row[key];
  return inputs;
}

const flaggedUnder = (row: RiskHistoryRow | null, thresholds: Thresholds) =>
  row !== null && hasIndicators(row) && (assessRisk(indicatorsOf(row), thresholds).tier ?? 0) >= 2;

/**
 * The rows grouped by their eight values: a student's months within a term often repeat them,
 * and equal values give an equal tier, so each group is assessed once per variant.
 */
function groupByValues(rows: readonly RiskHistoryRow[]): Array<{ row: RiskHistoryRow; count: number }> {
  const groups = new Map<string, { row: RiskHistoryRow; count: number }>();
  for (const row of rows) {
    const key = RISK_INPUT_KEYS.map((k) => row[k]).join('|');
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { row, count: 1 });
  }
  return [...groups.values()];
}

/**
 * The what-if section.
 * @example whatIfSection(schoolYear(2025), baselines, leavers, thresholds, '2026-06-30').rows[0]
 * // { key: 'attendance_watch', step: 0.05, current: 0.95, stricter: { value: 1, … }, looser: { value: 0.9, … } }
 */
export function whatIfSection(
  year: SchoolYear,
  baselines: Baselines,
  leavers: readonly Leaver[],
  thresholds: Thresholds,
  through: string,
): Omit<WhatIfSection, 'unreadSettings'> {
  const all = baselineMonths(year, baselines, through).flatMap((m) => [
    ...baselines.byMonth.get(m)!.values(),
  ]);
  const rows = all.filter(hasIndicators);
  const groups = groupByValues(rows);
  const leadRow = (l: Leaver, lead: number) =>
    baselineOf(baselines, l.student_id, addMonths(l.status_date.slice(0, 7), -lead));
  const lead1 = leavers.map((l) => leadRow(l, 1));
  const lead3 = leavers.map((l) => leadRow(l, 3));
  const outcome = (t: Thresholds): WhatIfOutcome => ({
    recall1: shareOf(lead1.filter((r) => flaggedUnder(r, t)).length, leavers.length),
    recall3: shareOf(lead3.filter((r) => flaggedUnder(r, t)).length, leavers.length),
    alertLoad: shareOf(
      groups.reduce((sum, g) => sum + (flaggedUnder(g.row, t) ? g.count : 0), 0),
      rows.length,
    ),
  });
  const variant = (key: WhatIfRow['key'], direction: 'stricter' | 'looser') => {
    const value = steppedThreshold(thresholds, key, direction);
    return value === null ? null : { value, ...outcome({ ...thresholds, [key]: value }) };
  };
  return {
    now: outcome(thresholds),
    rows: RISK_SETTINGS.map(({ key }) => ({
      key,
      step: THRESHOLD_STEPS[key].step,
      current: thresholds[key],
      stricter: variant(key, 'stricter'),
      looser: variant(key, 'looser'),
    })),
    rowsWithoutIndicators: all.length - rows.length,
  };
}
