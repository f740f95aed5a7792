import { describe, expect, it } from 'vitest';
import { formatDate } from '../../local/gas/format-date';
import { createMailApp, createMailState } from '../../local/gas/mail';
import { createPropertiesService, createPropertyStores } from '../../local/gas/properties';
import { nextFiring } from '../../local/gas/schedule';
import { createScriptApp, createTriggerState } from '../../local/gas/script-app';
import { fakeEnv } from './fake-env';

// biome-ignore lint/suspicious/noExplicitAny: the services are untyped script-facing objects.
type Any = any;

describe('PropertiesService', () => {
  it('keeps values as text and refuses a value over 9 KB', () => {
    const stores = createPropertyStores();
    const props: Any = createPropertiesService(fakeEnv(), stores);
    const doc = props.getDocumentProperties();
    doc.setProperty('n', 5);
    expect(doc.getProperty('n')).toBe('5');
    expect(doc.getProperty('missing')).toBeNull();
    expect(() => doc.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    expect(stores.document).toEqual({ n: '5' });
  });

  it('is not available in AuthMode.NONE', () => {
    const props: Any = createPropertiesService(fakeEnv('NONE'), createPropertyStores());
    expect(() => props.getDocumentProperties()).toThrow(
      /do not have permission to call getDocumentProperties/,
    );
  });
});

describe('MailApp', () => {
  it('records each email in the outbox and spends the daily recipient quota', () => {
    const state = createMailState(3);
    const mail: Any = createMailApp(fakeEnv(), state);
    mail.sendEmail('a@x.id, b@x.id', 'Ringkasan', 'teks', { htmlBody: '<p>teks</p>' });
    expect(mail.getRemainingDailyQuota()).toBe(1);
    expect(state.outbox[0]).toMatchObject({
      to: 'a@x.id, b@x.id',
      subject: 'Ringkasan',
      htmlBody: '<p>teks</p>',
    });
    expect(() => mail.sendEmail({ to: 'c@x.id, d@x.id', subject: 's', body: 'b' })).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(state.outbox).toHaveLength(1);
  });

  it('refuses a malformed address and is forbidden in custom functions', () => {
    const mail: Any = createMailApp(fakeEnv(), createMailState());
    expect(() => mail.sendEmail('not-an-address', 's', 'b')).toThrow('Invalid email: not-an-address');
    const inCell: Any = createMailApp(fakeEnv('CUSTOM_FUNCTION'), createMailState());
    expect(() => inCell.sendEmail('a@x.id', 's', 'b')).toThrow(/permission/);
  });

  it('gives the quota back 24 hours after the first send, not at midnight', () => {
    const env = fakeEnv('FULL', new Date('2026-09-01T10:00:00Z'));
    const state = createMailState(1);
    const mail: Any = createMailApp(env, state);
    mail.sendEmail('a@x.id', 's', 'b');
    expect(mail.getRemainingDailyQuota()).toBe(0);
    env.setNow(new Date('2026-09-02T09:59:59Z'));
    expect(mail.getRemainingDailyQuota()).toBe(0);
    env.setNow(new Date('2026-09-02T10:00:00Z'));
    expect(mail.getRemainingDailyQuota()).toBe(1);
  });
});

describe('ScriptApp triggers', () => {
  it('allows one trigger of each event type per document for an add-on', () => {
    const state = createTriggerState();
    const app: Any = createScriptApp(fakeEnv(), state, 'sheet-1');
    app.newTrigger('monthlyRun').timeBased().everyDays(1).atHour(7).create();
    expect(() => app.newTrigger('other').timeBased().everyHours(1).create()).toThrow(
      /too many time-based triggers/,
    );
    app.newTrigger('onFormSubmitted').forSpreadsheet('sheet-1').onFormSubmit().create();
    expect(state.triggers.map((t) => [t.handler, t.eventType])).toEqual([
      ['monthlyRun', 'CLOCK'],
      ['onFormSubmitted', 'ON_FORM_SUBMIT'],
    ]);
    app.deleteTrigger(app.getProjectTriggers()[0]);
    expect(state.triggers).toHaveLength(1);
  });

  it('refuses triggers more frequent than hourly', () => {
    const app: Any = createScriptApp(fakeEnv(), createTriggerState(), 's');
    expect(() => app.newTrigger('x').timeBased().everyMinutes(5)).toThrow(/once an hour/);
  });
});

describe('time-driven schedules', () => {
  const tz = 'Asia/Jakarta';
  const at = (iso: string) => new Date(iso).getTime();

  it.each([
    [
      'monthly on the 1st at 07:00, from mid-month',
      { kind: 'monthDay', monthDay: 1, hour: 7 },
      '2026-09-15T00:00:00Z',
      '2026-10-01T00:00:00.000Z',
    ],
    [
      'monthly, just before the hour',
      { kind: 'monthDay', monthDay: 1, hour: 7 },
      '2026-09-30T23:59:00Z',
      '2026-10-01T00:00:00.000Z',
    ],
    [
      'monthly, exactly at the hour goes to next month',
      { kind: 'monthDay', monthDay: 1, hour: 7 },
      '2026-10-01T00:00:00Z',
      '2026-11-01T00:00:00.000Z',
    ],
    [
      'daily at 07:00',
      { kind: 'everyDays', every: 1, hour: 7 },
      '2026-09-01T01:00:00Z',
      '2026-09-02T00:00:00.000Z',
    ],
  ] as const)('%s', (_name, schedule, after, expected) => {
    const next = nextFiring({ timeZone: tz, ...schedule }, at(after), at('2026-09-01T00:00:00Z'));
    expect(new Date(next!).toISOString()).toBe(expected);
  });
});

describe('Utilities.formatDate', () => {
  it.each([
    ['yyyy-MM-dd HH:mm', '2026-09-01 07:00'],
    ["d MMM yyyy 'pukul' HH.mm", '1 Sep 2026 pukul 07.00'],
    ['yyyy-MM', '2026-09'],
    ['EEE, dd/MM/yy XXX', 'Tue, 01/09/26 +07:00'],
  ])('%s', (pattern, expected) => {
    expect(formatDate(new Date('2026-09-01T00:00:00Z'), 'Asia/Jakarta', pattern)).toBe(expected);
  });
});
