/**
 * Conformance: MailApp as the monthly summaries use it — one message object with a plain and an
 * HTML body — and the limits a message must respect.
 */
import { describe, expect, it } from 'vitest';
import { createMailApp, createMailState } from '../../../local/gas/mail';
import { fakeEnv } from '../fake-env';
import { cite } from './cite';

const MAIL = 'https://developers.google.com/apps-script/reference/mail/mail-app';
const GMAIL = 'https://developers.google.com/apps-script/reference/gmail/gmail-app';
const QUOTAS = 'https://developers.google.com/apps-script/guides/services/quotas';

/** MailApp with a fresh daily quota of 100 recipients (a consumer account). */
function mailApp() {
  const state = createMailState(100);
  const app = createMailApp(fakeEnv(), state) as unknown as GoogleAppsScript.Mail.MailApp;
  return { state, app };
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  return '(no error)';
}

const addresses = (n: number, domain = 'sekolah.sch.id') =>
  Array.from({ length: n }, (_, i) => `guru${i}@${domain}`);

describe('Sending', () => {
  it(
    cite(
      `${MAIL}#sendEmail(Object)`,
      'a message object carries to, subject, a plain body, an HTML body and a sender name',
    ),
    () => {
      const { app, state } = mailApp();
      app.sendEmail({
        to: 'bk@sekolah.sch.id',
        subject: 'Ringkasan September',
        body: 'teks',
        htmlBody: '<p>teks</p>',
        name: 'Pendamping',
      });
      expect(state.outbox).toHaveLength(1);
      expect(state.outbox[0]).toMatchObject({
        to: 'bk@sekolah.sch.id',
        subject: 'Ringkasan September',
        body: 'teks',
        htmlBody: '<p>teks</p>',
        name: 'Pendamping',
      });
    },
  );

  it(
    cite(
      `${MAIL}#getRemainingDailyQuota()`,
      'the daily quota counts recipients (to, cc and bcc), not messages',
    ),
    () => {
      const { app } = mailApp();
      app.sendEmail({ to: 'a@x.id, b@x.id', cc: 'c@x.id', bcc: 'd@x.id', subject: 's', body: 'b' });
      expect(app.getRemainingDailyQuota()).toBe(96);
    },
  );

  it(cite(`${MAIL}#sendEmail(String,String,String,String)`, 'sendEmail(to, replyTo, subject, body)'), () => {
    const { app, state } = mailApp();
    app.sendEmail('bk@sekolah.sch.id', 'kepala@sekolah.sch.id', 'Ringkasan', 'teks');
    expect(state.outbox[0]).toMatchObject({
      replyTo: 'kepala@sekolah.sch.id',
      subject: 'Ringkasan',
      body: 'teks',
    });
  });
});

describe('Limits of one message', () => {
  it(cite(QUOTAS, 'at most 50 recipients per message, counting cc and bcc; nothing is sent past it'), () => {
    const { app, state } = mailApp();
    app.sendEmail({
      to: addresses(40).join(','),
      bcc: addresses(10, 'x.id').join(','),
      subject: 's',
      body: 'b',
    });
    expect(state.outbox).toHaveLength(1);
    const tooMany = {
      to: addresses(40).join(','),
      cc: addresses(11, 'x.id').join(','),
      subject: 's',
      body: 'b',
    };
    expect(errorOf(() => app.sendEmail(tooMany))).toBe('Limit Exceeded: Email Recipients Per Message.');
    expect([state.outbox.length, app.getRemainingDailyQuota()]).toEqual([1, 50]);
  });

  it(cite(QUOTAS, 'a body over 200 KB (consumer account) is refused'), () => {
    const { app, state } = mailApp();
    const html = `<p>${'x'.repeat(210 * 1000)}</p>`;
    expect(errorOf(() => app.sendEmail({ to: 'a@x.id', subject: 's', body: 'b', htmlBody: html }))).toBe(
      'Limit Exceeded: Email Body Size.',
    );
    expect(state.outbox).toHaveLength(0);
  });

  it(
    cite(
      `${GMAIL}#sendEmail(String,String,String)`,
      'a subject is at most 250 characters (Gmail; the stricter reading for MailApp)',
    ),
    () => {
      const { app } = mailApp();
      expect(errorOf(() => app.sendEmail('a@x.id', 's'.repeat(251), 'b'))).toBe(
        'Argument too large: subject',
      );
      app.sendEmail('a@x.id', 's'.repeat(250), 'b');
    },
  );

  it(
    cite(
      `${MAIL}#sendEmail(String,String,String)`,
      'recipients are addresses separated by commas; a bad one refuses the message',
    ),
    () => {
      const { app, state } = mailApp();
      expect(errorOf(() => app.sendEmail('a@x.id, bukan-alamat', 's', 'b'))).toBe(
        'Invalid email: bukan-alamat',
      );
      expect(state.outbox).toHaveLength(0);
      app.sendEmail(' a@x.id ,b@x.id', 's', 'b');
      expect(state.outbox[0]!.to).toBe('a@x.id, b@x.id');
    },
  );
});
