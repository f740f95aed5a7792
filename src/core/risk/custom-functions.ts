import type { Lang } from '../i18n/lang';
import { readRiskInputs, readSettingsArgument } from './args';
import { assessRisk } from './assess';
import { type CallContext, columnResult, fail } from './columns';
import { RISK_INPUT_KEYS } from './model';
import { describeRisk, SEPARATOR } from './reasons';

export type RiskColumnKind = 'score' | 'tier' | 'reasons';

const FUNCTION_NAMES: Record<RiskColumnKind, string> = {
  score: 'RISK_SCORE',
  tier: 'RISK_TIER',
  reasons: 'RISK_REASONS',
};

/**
 * The body of RISK_SCORE, RISK_TIER and RISK_REASONS(attendance, unexcused, incidents,
 * below_passing, average, previous_average, overage, needs, [settings]): one value when every
 * argument is one value, else a column (n×1) as high as the ranges, blank ('') on rows where
 * all eight inputs are blank. A threshold in settings that cannot be read keeps its default
 * (RISK_REASONS says so on every row). A wrong argument throws a RiskArgumentError whose message, in
 * `lang`, is what the cell shows.
 * @example riskColumn('tier', [[[0.86], [0.97], ['']], [[3], [0], ['']]], 'en') // [[3], [1], ['']]
 */
export function riskColumn(kind: RiskColumnKind, args: readonly unknown[], lang: Lang): unknown {
  const ctx: CallContext = { fn: FUNCTION_NAMES[kind], lang };
  const max = RISK_INPUT_KEYS.length + 1;
  if (args.length > max) fail(ctx, 'too_many_arguments', { max, count: args.length });
  const { thresholds, unread } = readSettingsArgument(args[RISK_INPUT_KEYS.length], ctx);
  const { single, rows } = readRiskInputs(args, ctx);
  const results = rows.map((inputs) => {
    if (inputs === null) return '';
    const assessment = assessRisk(inputs, thresholds);
    // A setting that could not be read is said where the reasons are read, on every row.
    if (kind === 'reasons')
      return [describeRisk(assessment, lang), ...unread].filter(Boolean).join(SEPARATOR);
    return (kind === 'score' ? assessment.score : assessment.tier) ?? '';
  });
  return columnResult(single, results);
}
