/**
 * When a mentee is overdue for a session. The clock starts at the later of the day the mentor
 * was assigned (Students' mentor_since) and the last session the student attended; the mentee
 * is overdue once the tier's contact interval (Settings) has passed since then, or when the
 * next check planned at the latest session has passed with no attended session since.
 */
import { dayNumber } from '../cells/dates';
import type { Tier } from '../risk/model';
import type { SessionRow } from '../schema/records';
import { isHeld } from './sessions';

/** Days allowed between contacts, by tier; `other` is Tier 1 and students without a tier. */
export interface ContactIntervals {
  3: number;
  2: number;
  other: number;
}

/** The Settings keys of the contact intervals, with their defaults (Tier 3 weekly, Tier 2 monthly). */
export const CONTACT_SETTINGS = [
  { key: 'contact_days_tier3', value: 7 },
  { key: 'contact_days_tier2', value: 30 },
  { key: 'overdue_days', value: 30 },
] as const;

// Number() reads ' 14 ' as 14 and a blank as 0; blank, zero, negative or not a number keeps the default.
const positive = (text: string | undefined, fallback: number): number => {
  const n = Number(text);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

/**
 * The contact intervals from the Settings map; a blank, zero or unreadable value keeps the default.
 * @example contactIntervals({ contact_days_tier3: '14' }) // { 3: 14, 2: 30, other: 30 }
 */
export function contactIntervals(settings: Readonly<Record<string, string>>): ContactIntervals {
  const [t3, t2, other] = CONTACT_SETTINGS.map(({ key, value }) => positive(settings[key], value));
  return { 3: t3!, 2: t2!, other: other! };
}

/**
 * The interval that applies to a tier.
 * @example intervalFor({ 3: 7, 2: 30, other: 45 }, 1) // 45
 */
export function intervalFor(intervals: ContactIntervals, tier: Tier | null | undefined): number {
  return tier === 3 ? intervals[3] : tier === 2 ? intervals[2] : intervals.other;
}

/** Why a mentee is overdue. */
export type Overdue =
  /** No attended session since the assignment (`since`, null when not recorded) for `days` days. */
  | { kind: 'never'; since: string | null; days: number | null; interval: number }
  /** `days` days since the last attended session on `last`. */
  | { kind: 'days'; last: string; days: number; interval: number }
  /** The next check planned for `date` has passed with no attended session since. */
  | { kind: 'check'; date: string };

export interface OverdueInput {
  /** The student's sessions (any order); those after `asOf` are ignored. */
  sessions: readonly Pick<SessionRow, 'date' | 'attended' | 'next_check'>[];
  /** The day the current mentor was assigned, or null when not recorded. */
  mentorSince: string | null;
  tier: Tier | null | undefined;
  asOf: string;
  intervals: ContactIntervals;
}

/**
 * Every reason a mentee is overdue as of a day; empty when not overdue.
 * @example overdueOf({ sessions: [], mentorSince: '2026-11-25', tier: 3, asOf: '2026-11-28', intervals })
 * // [] (assigned three days ago: the week has not passed)
 */
export function overdueOf(input: OverdueInput): Overdue[] {
  const { asOf, mentorSince } = input;
  let last: string | null = null;
  let check: { date: string; set: string } | null = null;
  for (const s of input.sessions) {
    if (!s.date || s.date > asOf) continue;
    if (s.next_check && (!check || s.date > check.set)) check = { date: s.next_check, set: s.date };
    if (isHeld(s) && (last === null || s.date > last)) last = s.date;
  }
  const interval = intervalFor(input.intervals, input.tier);
  const out: Overdue[] = [];
  if (last !== null && (mentorSince === null || last >= mentorSince)) {
    const days = dayNumber(asOf) - dayNumber(last);
    if (days > interval) out.push({ kind: 'days', last, days, interval });
  } else {
    // Days since the assignment: negative for a mentoring that starts after the as-of day (no clock yet).
    const days = mentorSince === null ? null : dayNumber(asOf) - dayNumber(mentorSince);
    if (days === null || days > interval) out.push({ kind: 'never', since: mentorSince, days, interval });
  }
  // A check planned before the assignment belonged to the previous mentor.
  if (
    check &&
    check.date < asOf &&
    (last === null || last < check.date) &&
    (mentorSince === null || check.date >= mentorSince)
  )
    out.push({ kind: 'check', date: check.date });
  return out;
}
