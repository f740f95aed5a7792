import { translator } from '../i18n/messages';
import { type CellRule, COUNT, isBlank, NEEDS, POINTS, RATE } from './cells';
import { type CallContext, type Column, fail, heightOf, readCell, toColumn } from './columns';
import { RISK_MESSAGES } from './messages';
import { RISK_INPUT_KEYS, type RiskInputKey, type RiskInputs } from './model';
import { type ReadThresholds, readThresholds } from './thresholds';

/** What each input argument must hold. */
const RULES: Record<RiskInputKey, CellRule<number>> = {
  attendance: RATE,
  unexcused: COUNT,
  incidents: COUNT,
  below_passing: COUNT,
  average: POINTS,
  previous_average: POINTS,
  overage: COUNT,
  needs: NEEDS,
};

/**
 * The rows read from the input arguments: null where all eight are blank. A single value
 * broadcast over ranges (0 incidents for everyone) is not data of its own, so a row is blank
 * when every range is blank on it: open-ended ranges (B2:B) then end in blanks, not in Tier 1.
 */
export interface RiskInputRows {
  single: boolean;
  rows: (RiskInputs | null)[];
}

/**
 * Reads the eight input arguments of the RISK_ functions, each one value or a column range, into
 * one RiskInputs per row; single values are broadcast over the ranges. Throws a localised
 * RiskArgumentError for a value that does not fit, a wide range or ranges of different heights.
 * @example readRiskInputs([[[0.86], ['']], 3], { fn: 'RISK_TIER', lang: 'en' })
 * // { single: false, rows: [{ attendance: 0.86, unexcused: 3, incidents: null, … }, null] }
 */
export function readRiskInputs(args: readonly unknown[], ctx: CallContext): RiskInputRows {
  const columns: Column[] = RISK_INPUT_KEYS.map((key, i) => toColumn(args[i], key, ctx));
  const height = heightOf(columns, ctx);
  const rows: (RiskInputs | null)[] = [];
  for (let i = 0; i < (height ?? 1); i++) {
    const inputs = {} as RiskInputs;
    let blank = true;
    RISK_INPUT_KEYS.forEach((key, k) => {
      const column = columns[k]!;
      inputs[key] = readCell(column, i, RULES[key], ctx);
      if (inputs[key] !== null && (height === null || !column.single)) blank = false;
    });
    rows.push(blank ? null : inputs);
  }
  return { single: height === null, rows };
}

/**
 * Reads the optional settings argument (a key/value range such as the Settings sheet) into
 * thresholds; blank or missing gives the defaults. A value that does not fit its key keeps the
 * default and is named in `unread`.
 * @example readSettingsArgument([['passing_grade', 70]], { fn: 'RISK_TIER', lang: 'en' }).thresholds.passing_grade // 70
 */
export function readSettingsArgument(raw: unknown, ctx: CallContext): ReadThresholds {
  if (isBlank(raw)) return readThresholds(undefined);
  const pairs = Array.isArray(raw) && raw.every((row) => Array.isArray(row) && row.length >= 2);
  if (!pairs) {
    const problem = translator(RISK_MESSAGES, ctx.lang)('must_be_settings');
    fail(ctx, 'bad_argument', { arg: 'settings', problem });
  }
  return readThresholds(raw as unknown[][], ctx.lang);
}
