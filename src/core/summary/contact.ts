/**
 * A student's contact with the programme, from the session log: the last attended session,
 * whether a session is overdue, and the sessions of the month. Only a session's date, type,
 * attendance and next_check are read: its topics, follow-up and notes never leave the sheet.
 */
import { dayNumber } from '../cells/dates';
import type { SessionRow, SessionType } from '../schema/records';

/** Why a mentee is overdue. */
export type Overdue = { kind: 'never' } | { kind: 'days'; days: number } | { kind: 'check'; date: string };

export interface Contact {
  /** The last session the student attended, up to today. */
  last: { date: string; type: SessionType } | null;
  /** Every reason that applies; empty when the student is not overdue. */
  overdue: Overdue[];
  /** Sessions of the month the student attended, by type. */
  held: Partial<Record<SessionType, number>>;
  heldCount: number;
  /** Sessions of the month the student did not attend. */
  missed: number;
}

/**
 * Groups sessions by student, dropping those dated after today (a typing error, not a meeting).
 * @example sessionsByStudent(sessions, '2026-11-01').get('0012345678') // [session, …]
 */
export function sessionsByStudent(sessions: SessionRow[], today: string): Map<string, SessionRow[]> {
  const map = new Map<string, SessionRow[]>();
  for (const s of sessions) {
    if (!s.date || s.date > today) continue;
    const list = map.get(s.student_id);
    if (list) list.push(s);
    else map.set(s.student_id, [s]);
  }
  return map;
}

// A session counts as held unless it says the student did not attend.
const attended = (s: SessionRow) => s.attended !== false;

/**
 * A student's contact from their sessions: overdue when no attended session falls in the
 * `overdueDays` days before today, or when the latest next_check set has passed with no
 * attended session since.
 * @example contactOf([{ date: '2026-09-20', type: 'individual', attended: true, … }], '2026-11', '2026-11-01', 30)
 * // { last: { date: '2026-09-20', type: 'individual' }, overdue: [{ kind: 'days', days: 42 }], held: {}, heldCount: 0, missed: 0 }
 */
export function contactOf(
  sessions: SessionRow[],
  month: string,
  today: string,
  overdueDays: number,
): Contact {
  let last: Contact['last'] = null;
  let check: { date: string; set: string } | null = null;
  const held: Contact['held'] = {};
  let heldCount = 0;
  let missed = 0;
  for (const s of sessions) {
    if (s.next_check && (!check || s.date > check.set)) check = { date: s.next_check, set: s.date };
    const inMonth = s.date.slice(0, 7) === month;
    if (!attended(s)) {
      if (inMonth) missed++;
      continue;
    }
    if (!last || s.date > last.date) last = { date: s.date, type: s.type };
    if (inMonth) {
      held[s.type] = (held[s.type] ?? 0) + 1;
      heldCount++;
    }
  }
  const overdue: Overdue[] = [];
  const days = last ? dayNumber(today) - dayNumber(last.date) : null;
  if (days === null) overdue.push({ kind: 'never' });
  else if (days > overdueDays) overdue.push({ kind: 'days', days });
  if (check && check.date < today && (!last || last.date < check.date))
    overdue.push({ kind: 'check', date: check.date });
  return { last, overdue, held, heldCount, missed };
}
