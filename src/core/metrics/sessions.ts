/**
 * Sessions counted for a month. One rule everywhere: a session belongs to the month of its date;
 * it is held unless it says the student did not attend (blank counts as held); a session dated
 * after the as-of day is a typing error, not a meeting, and is not counted.
 */
import type { SessionRow, SessionType } from '../schema/records';
import { SESSION_TYPE } from '../schema/sheets';

export interface SessionCounts {
  /** Held sessions by type (every type present, 0 when none). */
  held: Record<SessionType, number>;
  heldTotal: number;
  /** Sessions the student did not attend. */
  missed: number;
}

/**
 * True when the student attended: attended is yes or blank.
 * @example isHeld({ attended: null }) // true; isHeld({ attended: false }) // false
 */
export function isHeld(session: Pick<SessionRow, 'attended'>): boolean {
  return session.attended !== false;
}

/**
 * True when a session falls in the month and not after the as-of day.
 * @example countsIn({ date: '2026-11-03' }, '2026-11', '2026-11-30') // true
 */
export function countsIn(session: Pick<SessionRow, 'date'>, month: string, asOf: string): boolean {
  return !!session.date && session.date.slice(0, 7) === month && session.date <= asOf;
}

/** Zero for every session type. */
export function noSessions(): Record<SessionType, number> {
  const held = {} as Record<SessionType, number>;
  for (const type of SESSION_TYPE) held[type] = 0;
  return held;
}

/**
 * The sessions of a month up to the as-of day: held ones by type, and missed ones.
 * @example countSessions(sessions, '2026-11', '2026-11-30')
 * // { held: { individual: 3, counselling: 1, group: 1, family: 1, home_visit: 0 }, heldTotal: 6, missed: 1 }
 */
export function countSessions(
  sessions: readonly Pick<SessionRow, 'date' | 'type' | 'attended'>[],
  month: string,
  asOf: string,
): SessionCounts {
  const held = noSessions();
  let heldTotal = 0;
  let missed = 0;
  for (const s of sessions) {
    if (!countsIn(s, month, asOf)) continue;
    if (!isHeld(s)) missed++;
    else {
      held[s.type]++;
      heldTotal++;
    }
  }
  return { held, heldTotal, missed };
}
