/** Quotas and limits per user and per execution, as the quotas page gives them. */
import { describe, expect, it } from 'vitest';
import { cite, PAGES } from './cite';
import { A, B, probe } from './probe';

const QUOTAS = `${PAGES.quotas}#current_quotas`;
const LIMITS = `${PAGES.quotas}#current_limitations`;

describe('MailApp recipients', () => {
  it(cite(QUOTAS, '100 recipients a day on a consumer account, 1,500 on Workspace'), () => {
    expect(probe().call('quota')).toBe(100);
    expect(probe({ account: 'workspace' }).call('quota')).toBe(1500);
  });

  it(cite(QUOTAS, 'the quota is per user'), () => {
    const rt = probe();
    rt.call('mail', 'ortu@x.id');
    expect(rt.call('quota')).toBe(99);
    expect(rt.as(B, () => rt.call('quota'))).toBe(100);
  });

  it(cite(QUOTAS, 'it resets 24 hours after the first send, not at midnight'), () => {
    const rt = probe({ now: '2026-09-01T20:00:00+07:00' });
    rt.call('mail', 'ortu@x.id');
    rt.advanceTo('2026-09-02T08:00:00+07:00'); // past midnight in Jakarta and in UTC
    expect(rt.call('quota')).toBe(99);
    rt.advanceTo('2026-09-02T20:00:00+07:00');
    expect(rt.call('quota')).toBe(100);
  });

  it(cite(QUOTAS, 'past the quota, sending throws and sends nothing'), () => {
    const rt = probe();
    rt.mail.remaining = 0;
    expect(() => rt.call('mail', 'ortu@x.id')).toThrow('Service invoked too many times for one day: email.');
    expect(rt.outbox).toEqual([]);
  });
});

describe('trigger runtime', () => {
  it(cite(QUOTAS, 'triggers run at most 90 minutes a day per user on a consumer account'), () => {
    const rt = probe();
    rt.call('makeHourly');
    rt.properties.script.tickSleeps = String(5 * 60_000); // each run takes five minutes
    const runs = rt.advanceTo('2026-09-02T08:30:00+07:00'); // 24 hourly runs
    const refused = runs.filter((r) => r.error === 'Service using too much computer time for one day');
    expect(runs.length - refused.length).toBe(18); // 18 × 5 min = 90 min
    expect(rt.triggerRuntime(A).usedMs).toBeGreaterThanOrEqual(90 * 60_000);
    expect(rt.triggerRuntime(B).usedMs).toBe(0);
  });

  it(cite(QUOTAS, 'the runtime allowance comes back 24 hours after the first run'), () => {
    const rt = probe();
    rt.call('makeHourly');
    rt.properties.script.tickSleeps = String(5 * 60_000);
    const first = rt.advanceTo('2026-09-02T08:30:00+07:00'); // from 09:00 on day 1: refused after 18 runs
    expect(first.at(-1)!.error).toBe('Service using too much computer time for one day');
    const later = rt.advanceTo('2026-09-02T10:30:00+07:00'); // 24 hours after the first run
    expect(later.map((r) => [r.at, r.error])).toEqual([
      ['2026-09-02T02:00:00.000Z', null],
      ['2026-09-02T03:00:00.000Z', null],
    ]);
  });
});

describe('execution time', () => {
  it(cite(LIMITS, 'a script stops after 6 minutes'), () => {
    const rt = probe();
    expect(rt.call('sleepy', 5 * 60_000)).toBe('woke');
    const before = rt.now().getTime();
    expect(() => rt.call('sleepy', 60 * 60_000)).toThrow('Exceeded maximum execution time');
    // It is stopped at the limit, not after the whole hour it asked for.
    expect(rt.now().getTime() - before).toBeLessThan(6 * 60_000 + 1000);
  });

  it(cite(`${PAGES.simpleTriggers}#restrictions`, 'a simple trigger stops after 30 seconds'), () => {
    const rt = probe();
    rt.properties.script.onOpenSleeps = '31000';
    expect(() => rt.open('LIMITED')).toThrow('Exceeded maximum execution time');
    rt.properties.script.onOpenSleeps = '29000';
    expect(rt.open('LIMITED')).toHaveLength(1);
  });

  it(cite(LIMITS, 'a custom function stops after 30 seconds'), () => {
    const rt = probe();
    const sheet = rt.spreadsheet.sheet('Sheet1');
    sheet.setCell('A1', '=PROBE_SLOW()');
    expect([sheet.cell('A1').value, sheet.cell('A1').error]).toEqual([
      '#ERROR!',
      'Exceeded maximum execution time',
    ]);
  });
});
