/** What each authorization mode allows, as the add-on authorization page's table and the custom-function guide say. */
import { describe, expect, it } from 'vitest';
import { cite, PAGES } from './cite';
import { probe } from './probe';

const DENIED = /^threw: You do not have permission to call/;

describe('AuthMode.LIMITED (onOpen once the add-on is enabled, simple triggers)', () => {
  const seen = () => probe().run('limitedProbe', [], 'LIMITED') as Record<string, string>;

  it(cite(`${PAGES.authLifecycle}#authorization_modes`, 'reads and writes the document'), () => {
    const s = seen();
    expect([s.read, s.write]).toEqual(['Pendamping', 'wrote']);
  });

  it(cite(`${PAGES.authLifecycle}#authorization_modes`, 'reads and writes properties'), () => {
    const s = seen();
    expect([s.documentProperties, s.userProperties]).toEqual(['1', 'null']);
  });

  it(
    cite(
      `${PAGES.authLifecycle}#authorization_modes`,
      'uses services that touch no user data: locks, caches, Utilities',
    ),
    () => {
      const s = seen();
      expect([s.lock, s.cache, s.utilities, s.locale]).toEqual(['true', 'v', '1970', 'id_ID']);
    },
  );

  it(cite(`${PAGES.authLifecycle}#authorization_modes`, 'has no user data (email), mail or triggers'), () => {
    const s = seen();
    expect(s.email).toMatch(DENIED);
    expect(s.mail).toMatch(DENIED);
    expect(s.trigger).toMatch(DENIED);
  });

  it(cite(`${PAGES.authLifecycle}#authorization_modes`, 'cannot open a sidebar'), () => {
    expect(seen().sidebar).toMatch(DENIED);
  });
});

describe('AuthMode.NONE (onOpen before the add-on is enabled in this file)', () => {
  it(cite(`${PAGES.authLifecycle}#authorization_modes`, 'builds the menu, and nothing else'), () => {
    const rt = probe();
    expect(rt.open('NONE')).toEqual([{ label: 'Probe', run: 'whoAmI' }]);
    const s = rt.run('limitedProbe', [], 'NONE') as Record<string, string>;
    for (const key of ['read', 'write', 'documentProperties', 'userProperties', 'lock', 'cache', 'email'])
      expect(s[key], key).toMatch(DENIED);
    expect([s.locale, s.utilities]).toEqual(['id_ID', '1970']);
  });
});

describe('AuthMode.FULL (menu items, installable triggers)', () => {
  it(cite(`${PAGES.authLifecycle}#authorization_modes`, 'has every service the manifest grants'), () => {
    const s = probe().run('limitedProbe', [], 'FULL') as Record<string, string>;
    expect([s.email, s.mail, s.trigger, s.sidebar]).toEqual([
      'kepala@sekolah.sch.id',
      'sent',
      'made',
      'shown',
    ]);
  });

  it(
    cite(`${PAGES.scopes}#setting_explicit_scopes`, 'calls outside the manifest’s explicit scopes fail'),
    () => {
      const rt = probe();
      expect(() => rt.call('openById', rt.spreadsheet.id)).toThrow(
        /Required permissions: .*auth\/spreadsheets$/,
      );
    },
  );
});

describe('AuthMode.CUSTOM_FUNCTION', () => {
  const cell = (formula: string, setup?: (rt: ReturnType<typeof probe>) => void) => {
    const rt = probe();
    setup?.(rt);
    const sheet = rt.spreadsheet.sheet('Sheet1');
    sheet.setCell('A1', formula);
    return { value: sheet.cell('A1').value, error: sheet.cell('A1').error ?? '', rt };
  };

  it(cite(`${PAGES.customFunctions}#using_apps_script_services`, 'reads properties'), () => {
    expect(cell('=PROBE_READ()', (rt) => Object.assign(rt.properties.script, { k: 'dibaca' })).value).toBe(
      'dibaca',
    );
  });

  it(
    cite(`${PAGES.customFunctions}#using_apps_script_services`, 'cannot set properties (document or user)'),
    () => {
      for (const formula of ['=PROBE_WRITE()', '=PROBE_USERWRITE()']) {
        const { value, error, rt } = cell(formula);
        expect([value, error]).toEqual(['#ERROR!', expect.stringMatching(/permission to call setProperty/)]);
        expect(rt.properties.document).toEqual({});
      }
    },
  );

  it(cite(`${PAGES.customFunctions}#using_apps_script_services`, 'cannot send mail'), () => {
    const { value, error, rt } = cell('=PROBE_MAIL()');
    expect([value, error]).toEqual(['#ERROR!', expect.stringMatching(/permission to call sendEmail/)]);
    expect(rt.outbox).toEqual([]);
  });

  it(cite(`${PAGES.customFunctions}#using_apps_script_services`, 'cannot make triggers'), () => {
    const { value, rt } = cell('=PROBE_TRIGGER()');
    expect(value).toBe('#ERROR!');
    expect(rt.triggers).toEqual([]);
  });

  it(
    cite(`${PAGES.customFunctions}#using_apps_script_services`, 'reads the spreadsheet but cannot change it'),
    () => {
      expect(cell('=PROBE_SET()').error).toMatch(/permission to call setValue/);
    },
  );

  it(cite(`${PAGES.customFunctions}#using_apps_script_services`, 'cannot open other spreadsheets'), () => {
    expect(cell('=PROBE_OPEN("x")').value).toBe('#ERROR!');
  });

  it(
    cite(`${PAGES.customFunctions}#using_apps_script_services`, 'may use the Lock and Cache services'),
    () => {
      expect(cell('=PROBE_LOCK()').value).toBe('locked');
      expect(cell('=PROBE_CACHE()').value).toBe('v');
    },
  );
});
