/** Installable triggers as a published add-on has them: owned by users, limited, run as their creator. */
import { describe, expect, it } from 'vitest';
import { createScriptApp, createTriggerState } from '../../../local/gas/script-app';
import { fakeEnv } from '../fake-env';
import { cite, PAGES } from './cite';
import { A, B, probe } from './probe';

// biome-ignore lint/suspicious/noExplicitAny: the services are untyped script-facing objects.
type Any = any;

describe('installable triggers', () => {
  it(cite(PAGES.addonTriggers, 'an add-on has one trigger of each event type per user per document'), () => {
    const rt = probe();
    rt.call('makeDaily', 7);
    expect(() => rt.call('makeHourly')).toThrow(/too many time-based triggers in this document/);
    rt.call('makeOpen');
    expect(() => rt.call('makeOpen')).toThrow(/too many open triggers/);
    // Another user has their own allowance in the same document.
    expect(() => rt.as(B, () => rt.call('makeDaily', 8))).not.toThrow();
  });

  it(cite(PAGES.installable, 'a bound script may have several triggers of one type'), () => {
    const rt = probe({ deployment: 'bound' });
    rt.call('makeDaily', 7);
    expect(() => rt.call('makeHourly')).not.toThrow();
  });

  it(cite(PAGES.quotas, 'at most 20 triggers per user per script, across documents'), () => {
    const state = createTriggerState();
    const env = fakeEnv();
    for (let doc = 1; doc <= 20; doc++) {
      const app: Any = createScriptApp(env, state, `sheet-${doc}`);
      app.newTrigger('tick').timeBased().everyDays(1).create();
    }
    const app21: Any = createScriptApp(env, state, 'sheet-21');
    expect(() => app21.newTrigger('tick').timeBased().everyDays(1).create()).toThrow(/too many triggers/);
    env.setUser(B);
    expect(() => app21.newTrigger('tick').timeBased().everyDays(1).create()).not.toThrow();
  });

  it(cite(PAGES.scriptApp, "getUserTriggers(doc) lists only the caller's triggers in that document"), () => {
    const rt = probe();
    const mine = rt.call('makeDaily', 7);
    const theirs = rt.as(B, () => rt.call('makeDaily', 8));
    expect(rt.call('myTriggers')).toEqual([mine]);
    expect(rt.as(B, () => rt.call('myTriggers'))).toEqual([theirs]);
  });

  it(cite(PAGES.scriptApp, "getProjectTriggers lists the current user's triggers only"), () => {
    const rt = probe();
    rt.call('makeDaily', 7);
    expect(rt.as(B, () => rt.call('projectTriggers'))).toEqual([]);
  });

  it(cite(PAGES.installable, "a user cannot delete another user's trigger"), () => {
    const rt = probe();
    rt.call('makeDaily', 7);
    rt.as(B, () => rt.call('deleteMine'));
    expect(rt.triggers.map((t) => t.owner)).toEqual([A]);
  });

  it(cite(PAGES.installable, 'an installable trigger runs as the user who created it'), () => {
    const rt = probe();
    rt.as(B, () => rt.call('makeDaily', 7));
    const [run] = rt.advanceTo('2026-09-02T08:00:00+07:00');
    expect(run!.user).toBe(B);
    expect(JSON.parse(rt.properties.script.tick!).user).toBe(B);
  });

  it(
    cite(
      PAGES.installable,
      'an installable open trigger fires when anyone opens the file, as its creator, with e.source',
    ),
    () => {
      const rt = probe();
      rt.call('makeOpen');
      rt.as(B, () => rt.open('LIMITED'));
      expect(JSON.parse(rt.properties.script[`opened.${A}`]!)).toEqual({
        source: rt.spreadsheet.id,
        mode: 'FULL',
      });
      expect(rt.properties.script[`opened.${B}`]).toBeUndefined();
    },
  );

  it(cite(PAGES.addonTriggers, 'add-on time-driven triggers cannot run more often than hourly'), () => {
    const app: Any = createScriptApp(fakeEnv(), createTriggerState(), 's');
    expect(() => app.newTrigger('x').timeBased().everyMinutes(5)).toThrow(/once an hour/);
  });

  it(
    cite(
      PAGES.clockBuilder,
      "a clock trigger's hour is in the script's time zone unless inTimezone says otherwise",
    ),
    () => {
      const rt = probe({ timeZone: 'America/New_York' }); // the spreadsheet's zone differs from the script's
      rt.call('makeDaily', 7);
      const [run] = rt.advanceTo('2026-09-03T00:00:00Z');
      expect(run!.at).toBe('2026-09-02T00:00:00.000Z'); // 07:00 in Jakarta, the manifest's zone
    },
  );

  it(cite(PAGES.triggerEvents, 'two users’ triggers due at the same minute both fire'), () => {
    const rt = probe();
    rt.call('makeDaily', 7);
    rt.as(B, () => rt.call('makeDaily', 7));
    const runs = rt.advanceTo('2026-09-02T08:00:00+07:00');
    expect(runs.map((r) => r.user).sort()).toEqual([B, A].sort());
  });
});
