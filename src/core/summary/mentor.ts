/**
 * The monthly email to one mentor: the next step for each tier among the mentees, then only the
 * mentor's own active mentees, overdue ones first, each with tier and change, last session,
 * sessions of the month and a PIP check. A mentee without recorded parental consent is
 * counted, never named.
 */
import { translator } from '../i18n/messages';
import { valueLabel } from '../schema/labels';
import type { SessionType, Student } from '../schema/records';
import { dayLabel } from './calendar';
import { type Contact, contactOf, sessionsByStudent } from './contact';
import { consentText, overdueText, sessionsText, subjectOf, tierText } from './lines';
import { SUMMARY_MESSAGES, type SummaryMessageKey } from './messages';
import { type Block, type Item, type Line, renderHtml, renderText } from './render';
import { byNeed, menteesOf, splitByConsent } from './roster';
import type { MentorEmail, SummaryInput, Tier } from './types';

function menteeItem(student: Student, contact: Contact, input: SummaryInput): Item {
  const { lang } = input;
  const t = translator(SUMMARY_MESSAGES, lang);
  const risk = input.risk.get(student.student_id);
  const lines: Line[] = contact.overdue.map((o) => ({ text: `⚠ ${overdueText(o, lang)}`, tone: 'alert' }));
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
  const month = t('this_month', { sessions: sessionsText(contact.held, contact.missed, lang) });
  lines.push({ text: `${lastText} · ${month}` });
  if (input.needs.get(student.student_id)?.economicHardship && student.pip !== true)
    lines.push({ text: t('pip_check') });
  return { title: student.name, note: student.class ?? undefined, lines };
}

/** The next steps for the tiers among the mentees, the most intensive first. */
function guide(tiers: Array<Tier | undefined>): SummaryMessageKey[] {
  const keys: SummaryMessageKey[] = ['guide_3', 'guide_2', 'guide_1', 'guide_unknown'];
  return keys.filter((key) => tiers.some((tier) => key === `guide_${tier ?? 'unknown'}`));
}

/** The mentor's sessions of the month: the mentees' sessions added up. */
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

/**
 * The summary email to one mentor; null when the mentor is unknown, has no email address or no
 * active mentee (nothing to say, and no recipient quota to spend).
 * @example mentorSummary(input, 'M01')
 * // { to: 'sari@example.sch.id', subject: 'Ringkasan pendampingan November 2026 — SMP Negeri 3 Kupang', html, text, mentees: 12 }
 */
export function mentorSummary(input: SummaryInput, mentorId: string): MentorEmail | null {
  const mentor = input.mentors.find((m) => m.mentor_id.trim() === mentorId.trim());
  const to = mentor?.email?.trim();
  const mentees = menteesOf(input.students, mentorId);
  if (!mentor || !to || mentees.length === 0) return null;
  const { lang } = input;
  const t = translator(SUMMARY_MESSAGES, lang);
  const { named, unnamed } = splitByConsent(mentees);
  const sessions = sessionsByStudent(input.sessions, input.today);
  const rows = named.sort(byNeed(input.risk)).map((student) => ({
    student,
    contact: contactOf(sessions.get(student.student_id) ?? [], input.month, input.today, input.overdueDays),
  }));
  // Overdue first; the sort is stable, so each group keeps the order of need.
  rows.sort((a, b) => Number(b.contact.overdue.length > 0) - Number(a.contact.overdue.length > 0));
  const { held, missed } = totals(rows.map((r) => r.contact));

  const subject = subjectOf('subject_mentor', input);
  const blocks: Block[] = [
    { kind: 'para', lines: [{ text: t('greeting', { name: mentor.name }) }] },
    {
      kind: 'para',
      lines: [{ text: t('mentor_intro', { school: input.school, today: dayLabel(input.today, lang) }) }],
    },
    {
      kind: 'para',
      lines: [
        { text: t('total_mentees', { count: mentees.length }) },
        { text: t('total_overdue', { count: rows.filter((r) => r.contact.overdue.length).length }) },
        { text: t('total_sessions', { sessions: sessionsText(held, missed, lang) }) },
      ],
    },
  ];
  if (rows.length)
    blocks.push(
      { kind: 'heading', text: t('next_steps') },
      {
        kind: 'para',
        lines: guide(rows.map((r) => input.risk.get(r.student.student_id)?.tier)).map((key) => ({
          text: t(key),
        })),
      },
      { kind: 'heading', text: t('your_mentees') },
      { kind: 'items', items: rows.map((r) => menteeItem(r.student, r.contact, input)) },
    );
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
