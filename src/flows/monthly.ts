/**
 * The monthly summary. The run in a month (the daily trigger from the Settings day, or "Send
 * now") first takes that month's baseline if Risk history has none, then sends the summary of
 * the month before, which has ended (monthly-report.ts says what it holds). Exactly once: the
 * recipients are deduplicated, and each email's Email log row is written as soon as it is sent,
 * before the next one, so a second run, a second coordinator or a crash never sends a
 * (recipient, month, kind) twice; what the daily quota does not allow is logged as held and
 * sent by a later run.
 */
import { nextMonth, previousMonth } from '../core/metrics/month';
import type { EmailLogRow, SettingRow } from '../core/schema/records';
import { settingsMap } from '../core/settings/read';
import type { Baseline } from '../core/summary';
import {
  type BaselineTiers,
  buildEmails,
  coordinatorsOf,
  liveBaseline,
  type OutgoingEmail,
  storedBaseline,
  summaryInput,
} from './monthly-report';
import type { Store } from './ports';
import { type SessionLinkMaker, sessionLinks } from './session-links';
import { assessStudents, takeSnapshot } from './snapshot';

export type { EmailKind, OutgoingEmail } from './monthly-report';
export type { SessionLinkMaker } from './session-links';
export { previousMonth };

/** Sends mail; the gas side is MailApp. */
export interface Mailer {
  /** Recipients still allowed today. */
  remaining(): number;
  send(email: OutgoingEmail, senderName: string): void;
}

const logKey = (kind: string, to: string) => `${kind}\u0001${to.trim().toLowerCase()}`;

/** The month's Email log by (kind, recipient): the row, and whether it went out. */
function logOf(store: Store, month: string): Map<string, { row: number; sent: boolean }> {
  const out = new Map<string, { row: number; sent: boolean }>();
  for (const { row, record } of store.read<EmailLogRow>('email_log').rows) {
    if (record.month !== month) continue;
    const key = logKey(record.kind ?? '', record.recipient);
    if (!out.get(key)?.sent) out.set(key, { row, sent: record.status === 'sent' });
  }
  return out;
}

/** What the summary of the last month that ended would send now, before anything is sent. */
export interface MonthlyPlan {
  /** The month the emails report. */
  month: string;
  /** The day they are as of: the month's last day. */
  asOf: string;
  /** The baselines the tiers come from. */
  baselines: { now: Baseline | null; previous: Baseline | null };
  /** True when the run takes the baseline of the month after first. */
  takesBaseline: boolean;
  /** Every email of the report. */
  emails: OutgoingEmail[];
  /** Those not sent yet, within today's quota… */
  toSend: OutgoingEmail[];
  /** …and beyond it (held for a later run). */
  held: OutgoingEmail[];
  alreadySent: number;
  quota: number;
}

function report(store: Store, month: string, now: BaselineTiers | null, links?: SessionLinkMaker) {
  const input = summaryInput(store, month, now);
  if (links) input.links = sessionLinks(input, links);
  const settings = settingsMap(store.read<SettingRow>('settings').rows);
  return { input, emails: buildEmails(input, coordinatorsOf(settings)) };
}

/**
 * The summary of the month before `today`'s, as the run would send it now; writes nothing. A
 * missing baseline of this month is computed as the run would take it.
 * @example planMonthly(store, '2026-12-01', 100) // { month: '2026-11', toSend: [14 emails], held: [], … }
 */
export function planMonthly(
  store: Store,
  today: string,
  quota: number,
  links?: SessionLinkMaker,
): MonthlyPlan {
  const runMonth = today.slice(0, 7);
  const month = previousMonth(runMonth);
  const stored = storedBaseline(store, runMonth);
  const now = stored ?? liveBaseline(assessStudents(store, today), runMonth, today);
  const { input, emails } = report(store, month, now, links);
  const log = logOf(store, month);
  const pending = emails.filter((e) => !log.get(logKey(e.kind, e.to))?.sent);
  const room = Math.max(0, quota);
  return {
    month,
    asOf: input.asOf,
    baselines: input.baselines,
    takesBaseline: stored === null,
    emails,
    toSend: pending.slice(0, room),
    held: pending.slice(room),
    alreadySent: emails.length - pending.length,
    quota: room,
  };
}

/**
 * The emails as they would go out now, for "Preview summary" and "Send me a test".
 * @example previewEmails(store, '2026-11-28').map((e) => e.subject) // ['Ringkasan pendampingan Oktober 2026 — …', …]
 */
export function previewEmails(store: Store, today: string, links?: SessionLinkMaker): OutgoingEmail[] {
  return planMonthly(store, today, Number.POSITIVE_INFINITY, links).emails;
}

export interface RunResult {
  month: string;
  sent: number;
  held: number;
  alreadySent: number;
  /** True when this run took the month's baseline. */
  snapshot: boolean;
}

/**
 * One run in `runMonth`: its baseline (once), then, unless `send` is false, the summary of
 * `reportMonth` (a month that has ended) to every recipient not yet sent, as far as the quota goes.
 */
export function runMonthly(
  store: Store,
  mailer: Mailer,
  opts: {
    reportMonth: string;
    runMonth: string;
    today: string;
    at: string;
    send?: boolean;
    links?: SessionLinkMaker;
  },
): RunResult {
  const { reportMonth: month, at } = opts;
  if (month >= opts.today.slice(0, 7))
    throw new Error(`the summary of ${month} waits until the month has ended`);
  const taken = takeSnapshot(store, { month: opts.runMonth, asOf: opts.today, kind: 'baseline', at });
  const result: RunResult = { month, sent: 0, held: 0, alreadySent: 0, snapshot: taken.written };
  if (opts.send === false) return result;
  const { input, emails } = report(store, month, storedBaseline(store, nextMonth(month)), opts.links);
  const log = logOf(store, month);
  const record = (email: OutgoingEmail, status: 'sent' | 'held' | 'failed') => {
    const key = logKey(email.kind, email.to);
    const entry = log.get(key);
    if (entry) store.update('email_log', new Map([[entry.row, { status, at }]]));
    else {
      const row = store.append('email_log', [{ month, recipient: email.to, kind: email.kind, status, at }]);
      log.set(key, { row, sent: false });
    }
    log.get(key)!.sent = status === 'sent';
  };
  let remaining = mailer.remaining();
  const sender = `Pendamping — ${input.school}`;
  for (const email of emails) {
    if (log.get(logKey(email.kind, email.to))?.sent) {
      result.alreadySent++;
      continue;
    }
    if (remaining < 1) {
      record(email, 'held');
      result.held++;
      continue;
    }
    try {
      mailer.send(email, sender);
    } catch (error) {
      record(email, 'failed'); // tried again by the next run, like a held one
      throw error;
    }
    // Written before the next email goes: a crash from here on never sends this one again.
    record(email, 'sent');
    remaining--;
    result.sent++;
  }
  return result;
}
