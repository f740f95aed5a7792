/**
 * The monthly emails as a published add-on runs them: the trigger runs outside the document, as
 * the coordinator who turned the emails on, and a second coordinator's menu tells the truth.
 */
import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../local/runtime';
import { setUp } from '../helpers/workbook';

const A = 'kepala@sekolah.sch.id';
const B = 'bk@sekolah.sch.id';
const DECEMBER_1 = '2026-12-01T09:00:00+07:00';
const JANUARY_1 = '2027-01-01T09:00:00+07:00';

function school(deployment: 'addon' | 'bound' = 'addon') {
  const { rt } = setUp({ user: A, deployment });
  const settings = rt.spreadsheet.sheet('Pengaturan');
  const row = settings.values().findIndex((r) => r[0] === 'coordinator_emails') + 1;
  settings.setCell(`B${row}`, `${A}, ${B}`);
  return rt;
}
const toast = (rt: Runtime) => rt.ui.toasts.at(-1)?.message ?? '';
const triggersOf = (rt: Runtime, user: string) => rt.triggers.filter((t) => t.owner === user);
const coordinatorMails = (rt: Runtime) => rt.outbox.filter((m) => m.to === A || m.to === B);

describe('the monthly emails of a published add-on', () => {
  it.each(['addon', 'bound'] as const)('go out on the 1st (%s)', (deployment) => {
    const rt = school(deployment);
    rt.call('turnOnMonthlyEmails');
    expect(toast(rt)).toContain(`dari akun Anda (${A})`);
    const runs = rt.advanceTo(DECEMBER_1);
    expect(runs.map((r) => [r.handler, r.user, r.error])).toContainEqual(['monthlyRun', A, null]);
    expect(coordinatorMails(rt).map((m) => [m.to, m.from])).toEqual([
      [A, A],
      [B, A],
    ]);
    // The next days' runs find the month done and send nothing more.
    rt.advanceTo('2026-12-04T09:00:00+07:00');
    expect(coordinatorMails(rt)).toHaveLength(2);
  });

  it('opens the workbook by the id recorded for its trigger, in the owner’s user properties', () => {
    const rt = school();
    rt.call('turnOnMonthlyEmails');
    const [trigger] = triggersOf(rt, A);
    expect(rt.properties.users[A]?.[`pendamping.monthly.trigger.${trigger!.id}`]).toBe(rt.spreadsheet.id);
    // Without that record the trigger cannot know its workbook: it sends nothing, and fails nothing.
    delete rt.properties.users[A]![`pendamping.monthly.trigger.${trigger!.id}`];
    expect(rt.advanceTo(DECEMBER_1).every((r) => r.error === null)).toBe(true);
    expect(rt.outbox).toHaveLength(0);
  });

  it('never sends a month twice when a run is already sending it (the claim)', () => {
    const rt = school();
    rt.call('turnOnMonthlyEmails');
    rt.locks.contended.add('script'); // another school's run holds the script lock: no claim today
    rt.advanceTo(DECEMBER_1);
    expect(rt.outbox).toHaveLength(0);
    rt.locks.contended.clear();
    rt.advanceTo('2026-12-02T09:00:00+07:00');
    expect(coordinatorMails(rt)).toHaveLength(2);
    rt.call('sendMonthlySummaryNow');
    expect(coordinatorMails(rt)).toHaveLength(2);
  });
});

describe('two coordinators', () => {
  it('B turning the emails on while A’s trigger sends them learns so, and nothing changes', () => {
    const rt = school();
    rt.call('turnOnMonthlyEmails');
    rt.as(B, () => rt.call('turnOnMonthlyEmails'));
    expect(toast(rt)).toContain(`Sudah aktif: ringkasan dikirim dari akun ${A}`);
    expect(triggersOf(rt, B)).toHaveLength(0);
    expect(triggersOf(rt, A)).toHaveLength(1);
    rt.advanceTo(DECEMBER_1);
    expect(coordinatorMails(rt).map((m) => m.from)).toEqual([A, A]);
  });

  it('B turning them off stops them (A’s trigger stays and sends nothing), and B can turn them on again', () => {
    const rt = school();
    rt.call('turnOnMonthlyEmails');
    rt.as(B, () => rt.call('turnOffMonthlyEmails'));
    expect(toast(rt)).toContain(`Email dikirim dari akun ${A}`);
    expect(triggersOf(rt, A)).toHaveLength(1);
    rt.advanceTo(DECEMBER_1);
    expect(rt.outbox).toHaveLength(0);
    rt.as(B, () => rt.call('turnOnMonthlyEmails'));
    expect(toast(rt)).toContain(`Aktif lagi: ringkasan dikirim dari akun ${A}`);
    expect(toast(rt)).toContain(`dimatikan oleh ${B}`);
    rt.advanceTo('2026-12-02T09:00:00+07:00');
    expect(coordinatorMails(rt).map((m) => m.from)).toEqual([A, A]);
  });

  it('A sees only A’s trigger and B only B’s: getUserTriggers is per user', () => {
    const rt = school();
    rt.call('turnOnMonthlyEmails');
    rt.call('turnOffMonthlyEmails');
    expect(toast(rt)).toContain('Nonaktif: tidak ada email bulanan');
    expect(rt.triggers.filter((t) => t.eventType === 'CLOCK')).toHaveLength(0);
    rt.as(B, () => rt.call('turnOnMonthlyEmails'));
    expect(toast(rt)).toContain(`dari akun Anda (${B})`);
    // A turning off cannot delete B's trigger: A is told the truth, and the emails stop.
    rt.call('turnOffMonthlyEmails');
    expect(toast(rt)).toContain(`Email dikirim dari akun ${B}`);
    expect(triggersOf(rt, B)).toHaveLength(1);
  });

  it('when A’s trigger is gone (silent for days), B takes the emails over and A’s trigger, if it returns, stands down', () => {
    const rt = school();
    rt.call('turnOnMonthlyEmails');
    const [aTrigger] = triggersOf(rt, A);
    const held = rt.triggers.splice(rt.triggers.indexOf(aTrigger!), 1); // A's account lost its trigger
    rt.advanceTo('2026-11-25T09:00:00+07:00');
    rt.as(B, () => rt.call('turnOnMonthlyEmails'));
    expect(toast(rt)).toContain(`dari akun Anda (${B})`);
    rt.triggers.push(...held); // …and it comes back
    rt.advanceTo(DECEMBER_1);
    expect(triggersOf(rt, A)).toHaveLength(0);
    expect(coordinatorMails(rt).map((m) => m.from)).toEqual([B, B]);
    rt.advanceTo(JANUARY_1);
    expect(coordinatorMails(rt)).toHaveLength(4);
  });
});
