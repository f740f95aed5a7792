/** The sentences both emails share: subject, a tier and its change, sessions by type, consent counts. */
import { formatDecimal } from '../cells/numbers';
import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/messages';
import { valueLabel } from '../schema/labels';
import type { SessionType } from '../schema/records';
import { SESSION_TYPE } from '../schema/sheets';
import { dayLabel, monthLabel } from './calendar';
import { changeOf } from './change';
import type { Overdue } from './contact';
import { SUMMARY_MESSAGES } from './messages';
import type { RiskBefore, RiskNow, SummaryInput } from './types';

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
 * A tier with its change since last month and the score.
 * @example tierText({ tier: 3, score: 78, reasons: '' }, { tier: 2, score: 50 }, 'en')
 * // 'Tier 3 ↑ worse (was Tier 2) · score 78'
 */
export function tierText(now: RiskNow | undefined, before: RiskBefore | undefined, lang: Lang): string {
  const t = translator(SUMMARY_MESSAGES, lang);
  if (!now) return t('tier_unknown');
  const change = t(`change_${changeOf(now.tier, before?.tier)}`, { previous: before?.tier ?? '' });
  return `${t('tier', { tier: now.tier })} ${change} · ${t('score', { score: formatDecimal(now.score, lang, 0) })}`;
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
 * Why a mentee is overdue, as a sentence.
 * @example overdueText({ kind: 'check', date: '2026-10-15' }, 'id') // 'Terlambat: jadwal cek 15 Oktober 2026 sudah lewat'
 */
export function overdueText(overdue: Overdue, lang: Lang): string {
  const t = translator(SUMMARY_MESSAGES, lang);
  if (overdue.kind === 'days') return t('overdue_days', { days: overdue.days });
  if (overdue.kind === 'check') return t('overdue_check', { date: dayLabel(overdue.date, lang) });
  return t('overdue_never');
}

/**
 * The line that counts students an email may not name; empty when there are none.
 * `ask` points a mentor to the coordinator; the coordinator's email only says they are not named.
 * @example consentText(2, 'ask', 'en') // '2 students without recorded parental consent (ask the coordinator)'
 */
export function consentText(count: number, style: 'ask' | 'count', lang: Lang): string {
  if (!count) return '';
  const t = translator(SUMMARY_MESSAGES, lang);
  const prefix = style === 'ask' ? 'no_consent' : 'unnamed';
  return t(`${prefix}_${count === 1 ? 'one' : 'many'}`, { count });
}
