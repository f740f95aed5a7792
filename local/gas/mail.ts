/**
 * MailApp: an outbox instead of Gmail, with the recipient quota (100 a day on a consumer
 * account) counted per user and given back 24 hours after that user's first send — "Quotas are
 * per user and reset 24 hours after the first request" — and the message limits Apps Script
 * enforces. https://developers.google.com/apps-script/guides/services/quotas#current_quotas
 */
import type { Env } from './env';
import { defineService } from './service';

export interface Email {
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  body: string;
  htmlBody: string | null;
  name: string | null;
  replyTo: string | null;
  sentAt: string;
  /** The user whose account sent it (the trigger's creator, for a trigger). */
  from: string;
}

/** One user's quota window: what is left, and when it is given back (null: no send yet). */
export interface MailWindow {
  remaining: number;
  resetsAt: number | null;
}

export interface MailState {
  outbox: Email[];
  /** Recipients a user may send to in 24 hours (100 consumer, 1,500 Workspace). */
  dailyQuota: number;
  /** Each user's window, by email. */
  users: Record<string, MailWindow>;
}

const DAY_MS = 86_400_000;

const EMAIL = /^[^@\s,]+@[^@\s,]+\.[^@\s,]+$/;
const split = (list: unknown) =>
  String(list ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function createMailState(dailyQuota = 100): MailState {
  return { outbox: [], dailyQuota, users: {} };
}

/** A user's window as of `now`: given back whole once 24 hours passed since its first send. */
export function mailWindow(state: MailState, email: string, now: number): MailWindow {
  state.users[email] ??= { remaining: state.dailyQuota, resetsAt: null };
  const window = state.users[email];
  if (window.resetsAt !== null && now >= window.resetsAt) {
    window.remaining = state.dailyQuota;
    window.resetsAt = null;
  }
  return window;
}

/** State saved before quotas were per user: one window, which was the signed-in user's. */
export function upgradeMailState(state: MailState & { remaining?: number }, user: string): MailState {
  if (state.users) return state;
  const { remaining, outbox, dailyQuota } = state;
  return { outbox, dailyQuota, users: { [user]: { remaining: remaining ?? dailyQuota, resetsAt: null } } };
}

export function createMailApp(env: Env, state: MailState) {
  const refresh = () => mailWindow(state, env.user(), env.now().getTime());
  const send = (message: Record<string, unknown>) => {
    const window = refresh();
    const recipients = [...split(message.to), ...split(message.cc), ...split(message.bcc)];
    if (recipients.length === 0) env.fail('Failed to send email: no recipient');
    for (const r of recipients) if (!EMAIL.test(r)) env.fail(`Invalid email: ${r}`);
    if (recipients.length > 50) env.fail('Limit Exceeded: Email Recipients Per Message.');
    const subject = String(message.subject ?? '');
    if (subject.length > 250) env.fail('Argument too large: subject');
    const body = String(message.body ?? '');
    const html = message.htmlBody === undefined ? null : String(message.htmlBody);
    if (Buffer.byteLength(body) + Buffer.byteLength(html ?? '') > 200 * 1024)
      env.fail('Limit Exceeded: Email Body Size.');
    if (window.remaining < recipients.length) env.fail('Service invoked too many times for one day: email.');
    window.remaining -= recipients.length;
    window.resetsAt ??= env.now().getTime() + DAY_MS;
    state.outbox.push({
      to: split(message.to).join(', '),
      cc: split(message.cc).join(', '),
      bcc: split(message.bcc).join(', '),
      subject,
      body,
      htmlBody: html,
      name: message.name === undefined ? null : String(message.name),
      replyTo: message.replyTo === undefined ? null : String(message.replyTo),
      sentAt: env.now().toISOString(),
      from: env.user(),
    });
  };
  return defineService(env, 'MailApp', {
    sendEmail: [
      'privileged',
      // The four overloads: (message), (recipient, subject, body), (recipient, subject, body,
      // options) and (recipient, replyTo, subject, body), told apart by the fourth argument's type.
      // https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(String,String,String,String)
      (...args: unknown[]) => {
        if (args.length === 1 && args[0] && typeof args[0] === 'object')
          send(args[0] as Record<string, unknown>);
        else if (args.length === 4 && typeof args[3] === 'string') {
          const [to, replyTo, subject, body] = args as [string, string, string, string];
          send({ to, replyTo, subject, body });
        } else {
          const [to, subject, body, options] = args as [
            string,
            string,
            string,
            Record<string, unknown> | undefined,
          ];
          send({ ...(options ?? {}), to, subject, body });
        }
      },
    ],
    getRemainingDailyQuota: ['privileged', () => refresh().remaining],
  });
}
