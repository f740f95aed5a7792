/**
 * Telling mentors what happened to their session logs: each mentor with logs in Review that
 * nobody told them about gets one email listing all of them, at most one a day (a mentor told
 * today waits until tomorrow), while the mail quota keeps room for the monthly summaries.
 * Each row told is stamped (Review's "notified"), so nothing is told twice.
 */
import { dayOf } from '../core/cells/dates';
import { idOfChoice, studentOfChoice } from '../core/forms/definitions';
import { mentorNotice, type NoticeEmail, type NoticeLog } from '../core/forms/notice';
import { isOpenReview } from '../core/forms/review';
import { canonicalId, rosterIndex } from '../core/forms/student-id';
import type { Lang } from '../core/i18n/lang';
import type { MentorRow, ReviewRow, SettingRow, Student } from '../core/schema/records';
import { settingsMap } from '../core/settings/read';
import { coordinatorsOf } from './monthly-report';
import type { Changes, Store } from './ports';

export interface NoticeMailer {
  /** Recipients MailApp may still send to today. */
  remaining(): number;
  send(email: NoticeEmail): void;
}

export interface NoticeContext {
  lang: Lang;
  /** Today in the spreadsheet's time zone (yyyy-mm-dd). */
  today: string;
  /** Now (ISO): when the rows were told. */
  now: string;
  timeZone?: string;
  school: string;
}

export interface NoticeResult {
  sent: number;
  /** Mentors left for another day: the quota is kept for the monthly summaries. */
  held: number;
  /** Mentors with logs still to be told (told today already, or held): a later run has work. */
  waiting: number;
}

const mentorOf = (row: ReviewRow) => idOfChoice(String(row.mentor_id ?? ''));
const dayOfInstant = (iso: string | null, timeZone?: string) => (iso ? dayOf(new Date(iso), timeZone) : null);

/**
 * The monthly emails the quota must keep room for, counted as the monthly run sends them: one per
 * address of an active mentor (rows sharing an address get one), one per coordinator.
 */
function reserveFor(store: Store, mentors: readonly MentorRow[]): number {
  const settings = settingsMap(store.read<SettingRow>('settings').rows);
  const addresses = new Set(
    mentors.filter((m) => m.active !== false && m.email).map((m) => m.email!.trim().toLowerCase()),
  );
  return addresses.size + coordinatorsOf(settings).length;
}

function logOf(
  row: ReviewRow,
  roster: Map<string, string>,
  students: Map<string, Student>,
  tz?: string,
): NoticeLog {
  const typed = studentOfChoice(String(row.student_id ?? ''));
  const id = roster.get(canonicalId(typed));
  const student = id === undefined ? undefined : students.get(id);
  return {
    date: row.date === null || row.date === undefined ? null : String(row.date),
    student:
      student?.consent === true ? `${student.name}${student.class ? ` (${student.class})` : ''}` : null,
    unknownStudent: student === undefined,
    type: row.type === null || row.type === undefined ? null : String(row.type),
    at: dayOfInstant(row.received_at, tz) ?? '',
    problem: row.problem ?? '',
  };
}

/**
 * Sends the notices due now and stamps the rows told.
 * @example sendReviewNotices(store, mailer, { lang: 'id', today: '2026-11-16', now, school }) // { sent: 1, held: 0 }
 */
export function sendReviewNotices(store: Store, mailer: NoticeMailer, ctx: NoticeContext): NoticeResult {
  const rows = store.read<ReviewRow>('review').rows.filter(({ record }) => record.origin === 'session');
  const mentors = store.read<MentorRow>('mentors').rows.map((r) => r.record);
  const students = store.read<Student>('students').rows.map((r) => r.record);
  const roster = rosterIndex(students.map((s) => s.student_id));
  const byId = new Map(students.map((s) => [s.student_id, s]));
  const toldToday = new Set(
    rows
      .filter(({ record }) => dayOfInstant(record.notified, ctx.timeZone) === ctx.today)
      .map(({ record }) => mentorOf(record)),
  );
  const due = new Map<string, Array<{ row: number; record: ReviewRow }>>();
  const tomorrow = new Set<string>();
  for (const entry of rows) {
    const { record } = entry;
    if (record.taken === true || !isOpenReview(record) || record.notified !== null) continue;
    const mentor = mentorOf(record);
    if (toldToday.has(mentor)) tomorrow.add(mentor);
    else due.set(mentor, [...(due.get(mentor) ?? []), entry]);
  }
  const reserve = reserveFor(store, mentors);
  const result: NoticeResult = { sent: 0, held: 0, waiting: 0 };
  const stamps = new Map<number, Changes>();
  for (const [mentorId, entries] of due) {
    const mentor = mentors.find((m) => m.mentor_id === mentorId);
    if (!mentor?.email) continue; // nobody to tell: the coordinator sees the row in Review
    if (mailer.remaining() - 1 < reserve) {
      result.held++;
      continue;
    }
    const logs = entries.map(({ record }) => logOf(record, roster, byId, ctx.timeZone));
    mailer.send(mentorNotice(ctx.lang, mentor.email, mentor.name, ctx.school, logs));
    result.sent++;
    for (const { row } of entries) stamps.set(row, { notified: ctx.now });
  }
  store.update('review', stamps);
  result.waiting = result.held + tomorrow.size;
  return result;
}
