/**
 * The sentences both emails share: subject, the baselines the tiers come from, a tier and its
 * change, sessions by type, overdue reasons and consent counts.
 */
import { formatDecimal } from '../cells/numbers';
import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/messages';
import { METRIC_MESSAGES } from '../metrics/messages';
import { valueLabel } from '../schema/labels';
import type { SessionType } from '../schema/records';
import { SESSION_TYPE } from '../schema/sheets';
import { dayLabel, monthLabel } from './calendar';
import { changeOf } from './change';
import type { Overdue } from './contact';
import { SUMMARY_MESSAGES } from './messages';
import type { Baseline, RiskBefore, RiskNow, SummaryInput } from './types';

/**
 * An email's subject: the month in the language and the school, on one line whatever the
 * school's name holds.
 * @example subjectOf('subject_mentor', input) // 'Ringkasan pendampingan November 2026 — SMP Negeri 3 Kupang'
 */
export function subjectOf(key: 'subject_mentor' | 'subject_coordinator', input: SummaryInput): string {
  const t = translator(SUMMARY_MESSAGES, input.lang);
  return t(key, { month: monthLabel(input.month, input.lang), school: input.school })
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A baseline named for people: its month and the day it was taken.
 * @example baselineText({ month: '2026-12', takenOn: '2026-12-01' }, 'en')
 * // 'monthly baseline of December 2026, taken 1 December 2026'
 */
export function baselineText(baseline: Baseline, lang: Lang): string {
  const name = translator(METRIC_MESSAGES, lang)('baseline', { month: monthLabel(baseline.month, lang) });
  if (!baseline.takenOn) return name;
  return translator(SUMMARY_MESSAGES, lang)('taken_on', {
    baseline: name,
    date: dayLabel(baseline.takenOn, lang),
  });
}

/**
 * Which baselines the tiers of an email come from, and what they are compared with.
 * @example tiersText(input) // 'Tiers: monthly baseline of December 2026, taken 1 December 2026, compared with the monthly baseline of November 2026.'
 */
export function tiersText(input: Pick<SummaryInput, 'baselines' | 'lang'>): string {
  const t = translator(SUMMARY_MESSAGES, input.lang);
  const { now, previous } = input.baselines;
  if (!now) return t('tiers_none');
  const nowText = baselineText(now, input.lang);
  if (!previous) return t('tiers_first', { now: nowText });
  return t('tiers_from', {
    now: nowText,
    previous: baselineText({ ...previous, takenOn: null }, input.lang),
  });
}

/**
 * A tier with its change since the earlier baseline and the score.
 * @example tierText({ tier: 3, score: 78, reasons: '' }, { tier: 2, score: 50 }, 'en')
 * // 'Tier 3 ↑ worse (was Tier 2) · score 78'
 */
export function tierText(now: RiskNow | undefined, before: RiskBefore | undefined, lang: Lang): string {
  const t = translator(SUMMARY_MESSAGES, lang);
  if (!now) return t('tier_unknown');
  const tier = translator(METRIC_MESSAGES, lang)('tier', { tier: now.tier });
  const change = t(`change_${changeOf(now.tier, before?.tier)}`, { previous: before?.tier ?? '' });
  return `${tier} ${change} · ${t('score', { score: formatDecimal(now.score, lang, 0) })}`;
}

/**
 * Sessions held, by type, with the missed ones; 'none' when there were none.
 * @example sessionsText({ individual: 2, home_visit: 1 }, 1, 'en') // '3 (individual 2, home visit 1) · 1 missed'
 */
export function sessionsText(held: Partial<Record<SessionType, number>>, missed: number, lang: Lang): string {
  const t = translator(SUMMARY_MESSAGES, lang);
  const types = SESSION_TYPE.filter((type) => held[type]);
  const count = types.reduce((sum, type) => sum + (held[type] ?? 0), 0);
  const byType = types.map((type) => `${valueLabel('session_type', type, lang)} ${held[type]}`).join(', ');
  const main = count ? `${count} (${byType})` : t('sessions_none');
  return missed ? `${main} · ${t('sessions_missed', { count: missed })}` : main;
}

/**
 * Why a mentee is overdue, every reason in one line; the interval it exceeds is in the email's guide.
 * @example overdueText([{ kind: 'days', last: '2026-11-10', days: 20, interval: 7 }, { kind: 'check', date: '2026-11-20' }], 'en')
 * // 'Overdue: no session for 20 days; the check planned for 20 November 2026 has passed'
 */
export function overdueText(overdue: readonly Overdue[], lang: Lang): string {
  const t = translator(SUMMARY_MESSAGES, lang);
  const reasons = overdue.map((o) => {
    if (o.kind === 'days') return t('overdue_days', { days: o.days });
    if (o.kind === 'check') return t('overdue_check', { date: dayLabel(o.date, lang) });
    return o.since === null
      ? t('overdue_never')
      : t('overdue_never_since', { days: o.days ?? 0, date: dayLabel(o.since, lang) });
  });
  return t('overdue', { reasons: reasons.join('; ') });
}

/**
 * The line that counts students an email may not name; empty when there are none.
 * `ask` points a mentor to the coordinator; the coordinator's email only says they are not named.
 * @example consentText(1, 'count', 'en') // '1 student without recorded parental consent (not named)'
 */
export function consentText(count: number, style: 'ask' | 'count', lang: Lang): string {
  if (!count) return '';
  const t = translator(SUMMARY_MESSAGES, lang);
  const prefix = style === 'ask' ? 'no_consent' : 'unnamed';
  return t(`${prefix}_${count === 1 ? 'one' : 'many'}`, { count });
}
