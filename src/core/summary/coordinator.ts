/**
 * The monthly email to the coordinator: the school's picture with bar charts made of table
 * cells, which Gmail renders. Students are named only where parental consent is recorded. Its
 * shared numbers carry the labels the Dashboard and the sidebar use (metrics/messages.ts).
 */
import { formatPercent } from '../cells/numbers';
import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/messages';
import { METRIC_MESSAGES } from '../metrics/messages';
import { valueLabel } from '../schema/labels';
import type { Student } from '../schema/records';
import { SESSION_TYPE } from '../schema/sheets';
import { dayLabel, monthLabel } from './calendar';
import { signed } from './change';
import { consentText, subjectOf, tiersText, tierText } from './lines';
import { SUMMARY_MESSAGES } from './messages';
import { type Bar, type Block, type Line, renderHtml, renderText } from './render';
import { splitByConsent } from './roster';
import { type SchoolPicture, schoolPicture } from './school';
import type { SummaryEmail, SummaryInput, Tier } from './types';

const NAMED_UNASSIGNED = 5;
const TIER_COLOUR: Record<Tier, string> = { 3: '#d93025', 2: '#f9ab00', 1: '#9aa0a6' };
const BLUE = '#1a73e8';
const RED = '#d93025';

const para = (...lines: Array<string | Line>): Block => ({
  kind: 'para',
  lines: lines.filter(Boolean).map((l) => (typeof l === 'string' ? { text: l } : l)),
});

function tierBlocks(picture: SchoolPicture, lang: Lang): Block[] {
  const m = translator(METRIC_MESSAGES, lang);
  const { tiers, previousTiers } = picture;
  const total = tiers[1] + tiers[2] + tiers[3] + tiers.none || 1;
  const bars: Bar[] = ([3, 2, 1] as Tier[]).map((tier) => ({
    label: m('tier', { tier }),
    value: previousTiers
      ? `${tiers[tier]} (${signed(tiers[tier] - previousTiers[tier])})`
      : String(tiers[tier]),
    fraction: tiers[tier] / total,
    colour: TIER_COLOUR[tier],
  }));
  if (tiers.none)
    bars.push({
      label: m('tier_none'),
      value: String(tiers.none),
      fraction: tiers.none / total,
      colour: '#dadce0',
    });
  // Without an earlier baseline the intro's tiers line says so; the section shows counts only.
  return [
    { kind: 'heading', text: m('by_tier') },
    { kind: 'bars', bars },
  ];
}

/** Named students (consent recorded) as items, then how many more and how many unnamed. */
function studentBlocks(students: Student[], limit: number, input: SummaryInput): Block[] {
  const t = translator(SUMMARY_MESSAGES, input.lang);
  const { named, unnamed } = splitByConsent(students);
  const shown = named.slice(0, limit);
  const blocks: Block[] = [];
  if (shown.length)
    blocks.push({
      kind: 'items',
      items: shown.map((s) => {
        const risk = input.risk.get(s.student_id);
        const lines: Line[] = [{ text: tierText(risk, input.previousRisk.get(s.student_id), input.lang) }];
        if (risk?.reasons) lines.push({ text: t('why', { reasons: risk.reasons }) });
        return { title: s.name, note: s.class ?? undefined, lines };
      }),
    });
  const rest = named.length - shown.length;
  const tail = [rest ? t('more', { count: rest }) : '', consentText(unnamed, 'count', input.lang)];
  if (tail.some(Boolean)) blocks.push(para(...tail));
  return blocks;
}

function activityBlocks(picture: SchoolPicture, input: SummaryInput): Block[] {
  const { lang } = input;
  const t = translator(SUMMARY_MESSAGES, lang);
  const m = translator(METRIC_MESSAGES, lang);
  const month = monthLabel(input.month, lang);
  const { held, heldTotal, missed } = picture.sessions;
  const most = Math.max(1, ...SESSION_TYPE.map((type) => held[type]));
  const trend: Block = picture.trend.length
    ? {
        kind: 'bars',
        bars: picture.trend.map((p) => ({
          label: monthLabel(p.month, lang),
          value: formatPercent(p.rate, lang),
          fraction: p.rate,
          colour: BLUE,
        })),
      }
    : para(t('attendance_none'));
  const { dropouts } = picture;
  return [
    { kind: 'heading', text: m('sessions_by_type', { month }) },
    {
      kind: 'bars',
      bars: SESSION_TYPE.map((type) => ({
        label: valueLabel('session_type', type, lang),
        value: String(held[type]),
        fraction: held[type] / most,
        colour: BLUE,
      })),
    },
    para(`${m('sessions_held', { month })}: ${heldTotal}`, `${m('sessions_missed', { month })}: ${missed}`),
    { kind: 'heading', text: t('attendance_trend') },
    trend,
    { kind: 'heading', text: t('dropouts') },
    para(
      t('dropouts_month', { month, count: dropouts.month }),
      t('dropouts_year', { start: dayLabel(dropouts.since, lang), count: dropouts.year }),
    ),
  ];
}

function caseloadBlocks(picture: SchoolPicture, lang: Lang): Block[] {
  const t = translator(SUMMARY_MESSAGES, lang);
  const m = translator(METRIC_MESSAGES, lang);
  const bars = picture.caseloads.map(
    (c): Bar => ({
      label: c.active ? c.name : t('inactive', { name: c.name }),
      value: `${m('caseload', { mentees: c.mentees, capacity: c.capacity })} · ${m('overdue', { count: c.overdue })}`,
      fraction: c.capacity ? c.mentees / c.capacity : 1,
      colour: c.mentees > c.capacity ? RED : BLUE,
    }),
  );
  return [
    { kind: 'heading', text: t('caseloads') },
    bars.length ? { kind: 'bars', bars } : para(t('no_mentors')),
  ];
}

/**
 * The school summary email to a coordinator.
 * @example coordinatorSummary(input, 'bk@example.sch.id').subject
 * // 'Ringkasan program pendampingan November 2026 — SMP Negeri 3 Kupang'
 */
export function coordinatorSummary(input: SummaryInput, recipientEmail: string): SummaryEmail {
  const { lang } = input;
  const t = translator(SUMMARY_MESSAGES, lang);
  const m = translator(METRIC_MESSAGES, lang);
  const picture = schoolPicture(input);
  const subject = subjectOf('subject_coordinator', input);
  const month = monthLabel(input.month, lang);
  const blocks: Block[] = [
    para(t('coordinator_intro', { school: input.school, month, date: dayLabel(input.asOf, lang) }), {
      text: tiersText(input),
      tone: 'muted',
    }),
    ...tierBlocks(picture, lang),
    { kind: 'heading', text: t('new_tier3', { month }) },
    ...(!picture.previousTiers
      ? [para({ text: t('first_month'), tone: 'muted' })]
      : picture.newTier3.length
        ? studentBlocks(picture.newTier3, picture.newTier3.length, input)
        : [para(t('none'))]),
    { kind: 'heading', text: `${m('unassigned')}: ${picture.unassigned.length}` },
    ...studentBlocks(picture.unassigned, NAMED_UNASSIGNED, input),
    ...activityBlocks(picture, input),
    ...caseloadBlocks(picture, lang),
    { kind: 'heading', text: `${m('review_open')}: ${input.reviewOpen}` },
    ...(input.reviewOpen > 0 ? [para(t('review_hint'))] : []),
    para({ text: t('footer'), tone: 'muted' }),
  ];
  return {
    to: recipientEmail.trim(),
    subject,
    html: renderHtml(subject, blocks),
    text: renderText(subject, blocks),
  };
}
