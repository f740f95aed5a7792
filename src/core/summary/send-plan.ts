/**
 * What "Send now" says before it sends: which month, how many emails of each kind to whom, what
 * waits for the quota, what went out before, and whether the month's baseline is taken first.
 */
import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/messages';
import { dayLabel, monthLabel } from './calendar';
import { tiersText } from './lines';
import { SUMMARY_MESSAGES } from './messages';
import type { Baseline } from './types';

const LISTED = 12;

/** The plan's facts, as the monthly flow computes them. */
export interface SendPlanFacts {
  month: string;
  asOf: string;
  baselines: { now: Baseline | null; previous: Baseline | null };
  takesBaseline: boolean;
  toSend: ReadonlyArray<{ kind: string; to: string }>;
  held: number;
  alreadySent: number;
  quota: number;
}

/**
 * The confirmation's title and lines; `ask` is false when there is nothing to send (the lines
 * then say why).
 * @example describeSendPlan(facts, 'en').title // 'Send the summary of November 2026?'
 */
export function describeSendPlan(
  facts: SendPlanFacts,
  lang: Lang,
): { title: string; lines: string[]; ask: boolean } {
  const t = translator(SUMMARY_MESSAGES, lang);
  const month = monthLabel(facts.month, lang);
  const title = t('send_title', { month });
  if (facts.toSend.length === 0) {
    // Nothing can go today: say why (all sent, nobody to send to, or the quota) and ask nothing.
    const line = facts.held
      ? t('send_held', { count: facts.held, quota: facts.quota })
      : facts.alreadySent
        ? t('send_nothing', { month, count: facts.alreadySent })
        : t('send_nobody', { month });
    return { title, lines: [line], ask: false };
  }
  const lines = [
    t('send_what', { month, date: dayLabel(facts.asOf, lang) }),
    tiersText({ baselines: facts.baselines, lang }),
  ];
  if (facts.takesBaseline && facts.baselines.now)
    lines.push(t('send_baseline', { month: monthLabel(facts.baselines.now.month, lang) }));
  const count = (kind: string) => facts.toSend.filter((e) => e.kind === kind).length;
  lines.push(
    t('send_now', {
      count: facts.toSend.length,
      mentors: count('mentor'),
      coordinators: count('coordinator'),
    }),
  );
  const shown = facts.toSend.slice(0, LISTED).map((e) => e.to);
  const rest = facts.toSend.length - shown.length;
  lines.push(t('send_to', { list: shown.join(', ') }) + (rest ? ` ${t('send_more', { count: rest })}` : ''));
  if (facts.held) lines.push(t('send_held', { count: facts.held, quota: facts.quota }));
  if (facts.alreadySent) lines.push(t('send_done', { count: facts.alreadySent }));
  lines.push(t('send_ask'));
  return { title, lines, ask: true };
}
