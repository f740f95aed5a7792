import { formatDecimal, formatPercent } from '../cells/numbers';
import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/messages';
import { RISK_MESSAGES, type RiskMessageKey } from './messages';
import { type Assessment, type Flag, type FlagLevel, INDICATOR_KEYS, lowerIsWorse } from './model';

/** Between two reasons of one student. */
export const SEPARATOR = ' · ';
const LEVEL_ORDER: Record<FlagLevel, number> = { critical: 0, high: 1, watch: 2 };
// Indicators whose English text says "1 year" but "2 years".
const COUNTED = ['unexcused', 'below_passing', 'overage', 'needs'];

function showNumber(flag: Flag, value: number, lang: Lang): string {
  return flag.indicator === 'attendance' ? formatPercent(value, lang) : formatDecimal(value, lang, 1);
}

function describeFlag(flag: Flag, lang: Lang): string {
  const one = flag.value === 1 && COUNTED.indexOf(flag.indicator) >= 0;
  const key = `flag_${flag.indicator}${one ? '_one' : ''}` as RiskMessageKey;
  return translator(RISK_MESSAGES, lang)(key, {
    value: showNumber(flag, flag.value, lang),
    op: lowerIsWorse(flag.indicator) ? '<' : '≥',
    threshold: showNumber(flag, flag.threshold, lang),
  });
}

/**
 * One readable line saying why a student has their tier: the flags, red first, each with its
 * value and threshold, then the indicators without data. Blank when nothing at all is known.
 * The flags carry their thresholds, so no thresholds are needed here.
 * @example describeRisk(assessRisk({ attendance: 0.86, unexcused: 3, incidents: 0, below_passing: 0,
 *   average: 80, previous_average: 80, overage: 0, needs: 0 }), 'id')
 * // 'Kehadiran 86% (< 90%) · 3 alpa (≥ 3)'
 */
export function describeRisk(assessment: Assessment, lang: Lang): string {
  if (assessment.tier === null) return '';
  const t = translator(RISK_MESSAGES, lang);
  const flags = assessment.flags
    .slice()
    .sort(
      (a, b) =>
        LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
        INDICATOR_KEYS.indexOf(a.indicator) - INDICATOR_KEYS.indexOf(b.indicator),
    );
  const parts = flags.map((flag) => describeFlag(flag, lang));
  if (assessment.unknown.length > 0) {
    const list = assessment.unknown
      .map((indicator) => t(`unknown_${indicator}` as RiskMessageKey))
      .join(', ');
    parts.push(t('no_data', { list }));
  }
  return parts.length > 0 ? parts.join(SEPARATOR) : t('no_flags');
}
