/** A time-driven trigger of a published add-on runs outside any document; a bound script's inside it. */
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../local/runtime';
import { cite, PAGES } from './cite';
import { A, lastTick, NOW, probe, probeProject, SCOPES } from './probe';

const TOMORROW = '2026-09-02T08:00:00+07:00';

function ranOnce(deployment: 'addon' | 'bound') {
  const rt = probe({ deployment });
  rt.call('makeDaily', 7);
  const runs = rt.advanceTo(TOMORROW);
  expect(runs.map((r) => r.error)).toEqual([null]);
  return lastTick(rt);
}

describe('an add-on’s time-driven trigger', () => {
  it(
    cite(PAGES.spreadsheetApp, 'has no active spreadsheet (reported: getActiveSpreadsheet() is null there)'),
    () => {
      expect(ranOnce('addon').active).toBeNull();
    },
  );

  it(
    cite(
      `${PAGES.propertiesService}#getDocumentProperties()`,
      'has no document properties: null outside a containing document',
    ),
    () => {
      expect(ranOnce('addon').documentProperties).toBeNull();
    },
  );

  it(
    cite(
      `${PAGES.lockService}#getDocumentLock()`,
      'has no document lock: null outside a containing document',
    ),
    () => {
      expect(ranOnce('addon').documentLock).toBeNull();
    },
  );

  it(
    cite(
      `${PAGES.cacheService}#getDocumentCache()`,
      'has no document cache: null outside a containing document',
    ),
    () => {
      expect(ranOnce('addon').documentCache).toBeNull();
    },
  );

  it(
    cite(
      `${PAGES.lockService}#getScriptLock()`,
      'still has the script lock (one for every user of the script)',
    ),
    () => {
      expect(ranOnce('addon').scriptLock).toBe('lock');
    },
  );

  it(cite(PAGES.triggerEvents, 'gets an event with the time and its trigger id, and no source'), () => {
    const tick = ranOnce('addon');
    expect(tick.keys).toEqual([
      'authMode',
      'day-of-month',
      'day-of-week',
      'hour',
      'minute',
      'month',
      'second',
      'timezone',
      'triggerUid',
      'week-of-year',
      'year',
    ]);
    expect(tick.mode).toBe('FULL');
  });

  it(
    cite(
      PAGES.spreadsheetApp,
      'cannot reach the Ui (reported: "Cannot call SpreadsheetApp.getUi() from this context")',
    ),
    () => {
      expect(ranOnce('addon').ui).toBe('threw: Cannot call SpreadsheetApp.getUi() from this context.');
    },
  );

  it(cite(PAGES.triggerEvents, 'in a bound script, runs inside its document'), () => {
    const tick = ranOnce('bound');
    expect([tick.active, tick.documentProperties, tick.documentLock, tick.documentCache]).toEqual([
      'spreadsheet',
      'store',
      'lock',
      'cache',
    ]);
  });

  it(
    cite(
      `${PAGES.spreadsheetApp}#openById(String)`,
      'can open its spreadsheet by id only with the full spreadsheets scope',
    ),
    () => {
      const rt = probe();
      expect(() => rt.call('openById', rt.spreadsheet.id)).toThrow(
        'You do not have permission to call openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
      );
      const full = createRuntime({ dist: probeProject([SCOPES.sheets]), now: NOW, user: A, name: 'SMP 3' });
      expect(full.call('openById', full.spreadsheet.id)).toBe('SMP 3');
    },
  );
});
