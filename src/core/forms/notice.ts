/**
 * The short email that tells a mentor which of their session logs went to Review, why, and what
 * to do. Google Forms' confirmation text is the same for every response, so this is how a mentor
 * hears of it. It names a student only when parental consent is recorded, and it carries nothing
 * confidential: no notes, topics or follow-up, only the log's date, student, type and the reason
 * (reasons quote IDs, dates, minutes and choices, never free text).
 */
import { escapeHtml } from '../html';
import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/messages';
import { NOTICE_MESSAGES } from './notice-messages';

export interface NoticeLog {
  /** The session's date as answered (yyyy-mm-dd), or null. */
  date: string | null;
  /** How the student may be named: "Ayu (7A)" with consent, else null (not named). */
  student: string | null;
  /** True when the answer names no student of the roster. */
  unknownStudent: boolean;
  /** The session type as answered (a label), or null. */
  type: string | null;
  /** When it arrived, as a person reads it. */
  at: string;
  problem: string;
}

export interface NoticeEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * One mentor's notice, listing every log of theirs that waits in Review.
 * @example mentorNotice('id', 'sari@smpn3.sch.id', 'Bu Sari', 'SMP Negeri 3', [log]).subject
 * // 'Catatan sesi belum masuk (1) — SMP Negeri 3'
 */
export function mentorNotice(
  lang: Lang,
  to: string,
  name: string,
  school: string,
  logs: readonly NoticeLog[],
): NoticeEmail {
  const t = translator(NOTICE_MESSAGES, lang);
  const count = logs.length;
  const lines = logs.map((log) =>
    t('log', {
      date: log.date ?? t('no_date'),
      student: log.student ?? t(log.unknownStudent ? 'unknown_student' : 'hidden_student'),
      type: log.type ?? t('no_type'),
      at: log.at,
      problem: log.problem,
    }),
  );
  const text = [
    t('greeting', { name }),
    '',
    t('intro', { count }),
    '',
    ...lines.map((l) => `• ${l}`),
    '',
    `${t('todo_title')}: ${t('todo')}`,
    '',
    t('footer'),
  ].join('\n');
  const html = [
    `<p>${escapeHtml(t('greeting', { name }))}</p>`,
    `<p>${escapeHtml(t('intro', { count }))}</p>`,
    `<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`,
    `<p><b>${escapeHtml(t('todo_title'))}</b>: ${escapeHtml(t('todo'))}</p>`,
    `<p style="color:#5f6368">${escapeHtml(t('footer'))}</p>`,
  ].join('');
  return { to, subject: t('subject', { count, school }), text, html };
}
