/**
 * The monthly email to one mentor: the next step for each tier among the mentees, then only the
 * mentor's own active mentees, overdue ones first, each with tier and change, last session,
 * sessions of the month, a PIP check, a link that opens the session form with mentor and student
 * chosen, and a WhatsApp link to the family. A mentee without recorded parental consent is
 * counted in every total, never named, and so has no link (its URL would name them).
 */
import { FAMILY_MESSAGES } from '../family/messages';
import { whatsappLink, whatsappNumber } from '../family/whatsapp';
import { translator } from '../i18n/messages';
import { intervalFor } from '../metrics/overdue';
import { menteesOf, mentorIdOf } from '../metrics/roster';
import { valueLabel } from '../schema/labels';
import type { MentorRow, SessionType, Student } from '../schema/records';
import { dayLabel, monthLabel } from './calendar';
import { type Contact, contactsFor } from './contact';
import { consentText, overdueText, sessionsText, subjectOf, tiersText, tierText } from './lines';
import { SUMMARY_MESSAGES, type SummaryMessageKey } from './messages';
import { type Block, type Item, type Line, renderHtml, renderText } from './render';
import { byNeed, splitByConsent } from './roster';
import type { MentorEmail, SummaryInput, Tier } from './types';

function menteeItem(student: Student, contact: Contact, input: SummaryInput, mentor: string): Item {
  const { lang } = input;
  const t = translator(SUMMARY_MESSAGES, lang);
  const risk = input.risk.get(student.student_id);
  const lines: Line[] = contact.overdue.length
    ? [{ text: `⚠ ${overdueText(contact.overdue, lang)}`, tone: 'alert' }]
    : [];
  // The tier's next step, named here and spelled out once in the guide above the list.
  const step = risk ? ` · ${t(`step_${risk.tier}`)}` : '';
  lines.push({ text: tierText(risk, input.previousRisk.get(student.student_id), lang) + step });
  if (risk?.reasons) lines.push({ text: t('why', { reasons: risk.reasons }) });
  const last = contact.last;
  const lastText = last
    ? t('last_session', {
        date: dayLabel(last.date, lang),
        type: valueLabel('session_type', last.type, lang),
      })
    : t('no_session');
  const month = t('month_sessions', {
    month: monthLabel(input.month, lang),
    sessions: sessionsText(contact.held, contact.missed, lang),
  });
  lines.push({ text: `${lastText} · ${month}` });
  if (input.needs.get(student.student_id)?.economicHardship && student.pip !== true)
    lines.push({ text: t('pip_check') });
  const log = input.links?.mentee.get(student.student_id);
  if (log) lines.push({ text: t('log_session'), href: log });
  const family = whatsappLink(
    student.guardian_phone,
    { mentor, school: input.school, student: student.name },
    input.lang,
  );
  if (family) lines.push({ text: translator(FAMILY_MESSAGES, input.lang)('whatsapp'), href: family });
  return { title: student.name, note: student.class ?? undefined, lines };
}

/** The next steps for the tiers among the mentees, the most intensive first, with the contact interval of each. */
function guide(tiers: Array<Tier | undefined>, input: SummaryInput): string[] {
  const t = translator(SUMMARY_MESSAGES, input.lang);
  const steps: Array<[SummaryMessageKey, Tier | undefined]> = [
    ['guide_3', 3],
    ['guide_2', 2],
    ['guide_1', 1],
    ['guide_unknown', undefined],
  ];
  return steps
    .filter(([, tier]) => tiers.indexOf(tier) >= 0)
    .map(([key, tier]) => t(key, { days: intervalFor(input.intervals, tier) }));
}

/** The mentees' sessions of the month added up. */
function totals(contacts: Contact[]): { held: Partial<Record<SessionType, number>>; missed: number } {
  const held: Partial<Record<SessionType, number>> = {};
  let missed = 0;
  for (const c of contacts) {
    missed += c.missed;
    for (const [type, n] of Object.entries(c.held) as Array<[SessionType, number]>)
      held[type] = (held[type] ?? 0) + n;
  }
  return { held, missed };
}

/** The mentor rows behind one email: one ID, or every row that shares the address. */
function mentorRows(input: SummaryInput, ids: readonly string[]): MentorRow[] {
  const wanted = ids.map((id) => id.trim()).filter(Boolean);
  return input.mentors.filter((m) => wanted.indexOf(m.mentor_id.trim()) >= 0);
}

/**
 * The summary email to one mentor (or to the rows of one person listed under several IDs); null
 * when the mentor is unknown, has no email address or no active mentee (nothing to say, and no
 * recipient quota to spend).
 * @example mentorSummary(input, 'M01')
 * // { to: 'sari@example.sch.id', subject: 'Ringkasan pendampingan November 2026 — SMP Negeri 3 Kupang', html, text, mentees: 12 }
 */
export function mentorSummary(input: SummaryInput, mentorId: string | readonly string[]): MentorEmail | null {
  const rows = mentorRows(input, typeof mentorId === 'string' ? [mentorId] : mentorId);
  const to = rows[0]?.email?.trim();
  const mentees: Student[] = [];
  for (const row of rows)
    for (const s of menteesOf(input.students, row.mentor_id, input.asOf))
      if (mentees.indexOf(s) < 0) mentees.push(s);
  if (!to || mentees.length === 0) return null;
  const { lang } = input;
  const t = translator(SUMMARY_MESSAGES, lang);
  const contacts = contactsFor(input, mentees);
  const contactOf = (s: Student) => contacts.get(s.student_id)!;
  const { named, unnamed } = splitByConsent(mentees);
  const listed = named.sort(byNeed(input.risk));
  // Overdue first; the sort is stable, so each group keeps the order of need.
  listed.sort((a, b) => Number(contactOf(b).overdue.length > 0) - Number(contactOf(a).overdue.length > 0));
  const { held, missed } = totals(mentees.map(contactOf));
  const names = rows.map((m) => m.name).filter((n, i, all) => all.indexOf(n) === i);

  const subject = subjectOf('subject_mentor', input);
  const month = monthLabel(input.month, lang);
  const blocks: Block[] = [
    { kind: 'para', lines: [{ text: t('greeting', { name: names.join(' / ') }) }] },
    {
      kind: 'para',
      lines: [
        { text: t('mentor_intro', { school: input.school, month, date: dayLabel(input.asOf, lang) }) },
        { text: tiersText(input), tone: 'muted' },
      ],
    },
    {
      kind: 'para',
      lines: [
        { text: t('total_mentees', { count: mentees.length }) },
        { text: t('total_overdue', { count: mentees.filter((s) => contactOf(s).overdue.length).length }) },
        { text: t('total_sessions', { month, sessions: sessionsText(held, missed, lang) }) },
      ],
    },
  ];
  const general = rows.flatMap((row) => {
    const href = input.links?.general.get(row.mentor_id);
    if (!href) return [];
    return [{ text: rows.length > 1 ? t('log_any_as', { name: row.name }) : t('log_any'), href }];
  });
  if (general.length) blocks.push({ kind: 'para', lines: general });
  // Each mentee came from one of the rows: the greeting names that row's mentor.
  const mentorName = (s: Student) => rows.find((r) => r.mentor_id.trim() === mentorIdOf(s))!.name;
  if (listed.length)
    blocks.push(
      { kind: 'heading', text: t('next_steps') },
      {
        kind: 'para',
        lines: guide(
          listed.map((s) => input.risk.get(s.student_id)?.tier),
          input,
        ).map((text) => ({ text })),
      },
      { kind: 'heading', text: t('your_mentees') },
      { kind: 'items', items: listed.map((s) => menteeItem(s, contactOf(s), input, mentorName(s))) },
    );
  const unreachable = listed.filter((s) => whatsappNumber(s.guardian_phone) === null).length;
  if (unreachable)
    blocks.push({
      kind: 'para',
      lines: [
        {
          text: translator(FAMILY_MESSAGES, lang)(unreachable === 1 ? 'bad_phones_one' : 'bad_phones_many', {
            count: unreachable,
          }),
          tone: 'alert',
        },
      ],
    });
  if (unnamed)
    blocks.push({ kind: 'para', lines: [{ text: consentText(unnamed, 'ask', lang), tone: 'alert' }] });
  blocks.push({ kind: 'para', lines: [{ text: t('footer'), tone: 'muted' }] });
  return {
    to,
    subject,
    html: renderHtml(subject, blocks),
    text: renderText(subject, blocks),
    mentees: mentees.length,
  };
}
