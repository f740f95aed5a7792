/** Several users of one add-on in one file: each has their own identity, properties and caches. */
import { describe, expect, it } from 'vitest';
import { cite, PAGES } from './cite';
import { A, B, probe } from './probe';

describe('users', () => {
  it(cite(PAGES.session, 'Session.getEffectiveUser() is whoever runs the menu item'), () => {
    const rt = probe();
    expect(rt.call('whoAmI')).toBe(A);
    expect(rt.as(B, () => rt.call('whoAmI'))).toBe(B);
    expect(rt.call('whoAmI')).toBe(A);
  });

  it(
    cite(PAGES.propertiesService, 'user properties belong to one user: another user does not see them'),
    () => {
      const rt = probe();
      rt.call('setUserProp', 'k', 'A’s');
      expect(rt.as(B, () => rt.call('getUserProp', 'k'))).toBeNull();
      rt.as(B, () => rt.call('setUserProp', 'k', 'B’s'));
      expect(rt.call('getUserProp', 'k')).toBe('A’s');
      expect(rt.properties.users).toEqual({ [A]: { k: 'A’s' }, [B]: { k: 'B’s' } });
    },
  );

  it(cite(PAGES.mailApp, 'an email is sent from the account of the user the script runs as'), () => {
    const rt = probe();
    rt.as(B, () => rt.call('mail', 'ortu@x.id'));
    expect(rt.outbox.map((m) => [m.to, m.from])).toEqual([['ortu@x.id', B]]);
  });

  it(cite(PAGES.installable, 'a trigger keeps running as its creator whoever is at the keyboard'), () => {
    const rt = probe();
    rt.call('makeDaily', 7);
    const runs = rt.as(B, () => rt.advanceTo('2026-09-02T08:00:00+07:00'));
    expect(runs.map((r) => r.user)).toEqual([A]);
  });

  it(cite(PAGES.propertiesService, 'a snapshot keeps every user’s properties and triggers'), () => {
    const rt = probe();
    rt.as(B, () => rt.call('setUserProp', 'k', 'v'));
    rt.as(B, () => rt.call('makeDaily', 7));
    const saved = JSON.parse(JSON.stringify(rt.snapshot()));
    expect(saved.properties.users[B]).toEqual({ k: 'v' });
    expect(saved.triggers.triggers.map((t: { owner: string }) => t.owner)).toEqual([B]);
  });
});
