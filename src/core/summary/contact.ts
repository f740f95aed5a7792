/**
 * A student's contact with the programme, from the session log: the last attended session,
 * whether a session is overdue, and the sessions of the report's month. Only a session's date,
 * type, attendance and next_check are read: its topics, follow-up and notes never leave the sheet.
 */
import { type ContactIntervals, countSessions, isHeld, type Overdue, overdueOf } from '../metrics';
import type { Tier } from '../risk/model';
import type { SessionRow, SessionType, Student } from '../schema/records';
import type { SummaryInput } from './types';

export type { Overdue };

export interface Contact {
  /** The last session the student attended, up to the as-of day. */
  last: { date: string; type: SessionType } | null;
  /** Every reason that applies; empty when the student is not overdue. */
  overdue: Overdue[];
  /** Sessions of the month the student attended, by type. */
  held: Record<SessionType, number>;
  heldCount: number;
  /** Sessions of the month the student did not attend. */
  missed: number;
}

/** What the clock of one mentee needs besides the sessions. */
export interface ContactContext {
  month: string;
  asOf: string;
  tier: Tier | null | undefined;
  mentorSince: string | null;
  intervals: ContactIntervals;
}

/**
 * Groups sessions by student, dropping those dated after the as-of day (a typing error, not a meeting).
 * @example sessionsByStudent(sessions, '2026-11-30').get('0012345678') // [session, …]
 */
export function sessionsByStudent(sessions: readonly SessionRow[], asOf: string): Map<string, SessionRow[]> {
  const map = new Map<string, SessionRow[]>();
  for (const s of sessions) {
    if (!s.date || s.date > asOf) continue;
    const list = map.get(s.student_id);
    if (list) list.push(s);
    else map.set(s.student_id, [s]);
  }
  return map;
}

/**
 * A student's contact from their sessions, as of the context's day.
 * @example contactOf([{ date: '2026-09-20', type: 'individual', attended: true, … }],
 *   { month: '2026-11', asOf: '2026-11-30', tier: 2, mentorSince: '2026-09-01', intervals })
 * // { last: { date: '2026-09-20', type: 'individual' }, overdue: [{ kind: 'days', last: '2026-09-20', days: 71, interval: 30 }], … }
 */
export function contactOf(sessions: readonly SessionRow[], ctx: ContactContext): Contact {
  let last: Contact['last'] = null;
  for (const s of sessions) {
    if (!s.date || s.date > ctx.asOf || !isHeld(s)) continue;
    // Two sessions on the last day: the one logged later says what it was.
    if (!last || s.date >= last.date) last = { date: s.date, type: s.type };
  }
  const month = countSessions(sessions, ctx.month, ctx.asOf);
  return {
    last,
    overdue: overdueOf({ ...ctx, sessions }),
    held: month.held,
    heldCount: month.heldTotal,
    missed: month.missed,
  };
}

/**
 * Each student's contact for a report: sessions up to its as-of day, the clock from the
 * student's assignment, the interval of the student's tier in the report's baseline.
 * @example contactsFor(input, menteesOf(input.students, 'M01')).get('0012345678')!.overdue // []
 */
export function contactsFor(
  input: Pick<SummaryInput, 'sessions' | 'month' | 'asOf' | 'risk' | 'intervals'>,
  students: readonly Pick<Student, 'student_id' | 'mentor_since'>[],
): Map<string, Contact> {
  const sessions = sessionsByStudent(input.sessions, input.asOf);
  const out = new Map<string, Contact>();
  for (const s of students) {
    out.set(
      s.student_id,
      contactOf(sessions.get(s.student_id) ?? [], {
        month: input.month,
        asOf: input.asOf,
        tier: input.risk.get(s.student_id)?.tier,
        mentorSince: s.mentor_since,
        intervals: input.intervals,
      }),
    );
  }
  return out;
}
