/**
 * MailApp: an outbox instead of Gmail, with the daily recipient quota (100 on a consumer
 * account) and the message limits that Apps Script enforces.
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
}

export interface MailState {
  outbox: Email[];
  /** Recipients still allowed today. */
  remaining: number;
  dailyQuota: number;
  /** The day (yyyy-mm-dd in the script's zone) the quota was last reset. */
  day: string;
}

const EMAIL = /^[^@\s,]+@[^@\s,]+\.[^@\s,]+$/;
const split = (list: unknown) =>
  String(list ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function createMailState(dailyQuota = 100): MailState {
  return { outbox: [], remaining: dailyQuota, dailyQuota, day: '' };
}

export function createMailApp(env: Env, state: MailState, today: () => string) {
  const refresh = () => {
    if (state.day !== today()) {
      state.day = today();
      state.remaining = state.dailyQuota;
    }
  };
  const send = (message: Record<string, unknown>) => {
    refresh();
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
    if (state.remaining < recipients.length) env.fail('Service invoked too many times for one day: email.');
    state.remaining -= recipients.length;
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
    });
  };
  return defineService(env, 'MailApp', {
    sendEmail: [
      'privileged',
      (...args: unknown[]) => {
        if (args.length === 1 && args[0] && typeof args[0] === 'object')
          send(args[0] as Record<string, unknown>);
        else {
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
    getRemainingDailyQuota: [
      'privileged',
      () => {
        refresh();
        return state.remaining;
      },
    ],
  });
}
