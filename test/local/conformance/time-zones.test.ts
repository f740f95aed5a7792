/** The script's time zone is the manifest's, whatever the host's or the spreadsheet's. */
import { describe, expect, it } from 'vitest';
import { cite, PAGES } from './cite';
import { probe } from './probe';

const GET_TZ = `${PAGES.session}#getScriptTimeZone()`;

describe('time zones', () => {
  // The spreadsheet is in New York on purpose: the script's zone (Jakarta) must still win.
  const dates = () => probe({ timeZone: 'America/New_York' }).call('dates') as Record<string, unknown>;

  it(cite(GET_TZ, 'Session.getScriptTimeZone() is the manifest’s timeZone'), () => {
    expect(dates().zone).toBe('Asia/Jakarta');
  });

  it(cite(PAGES.manifest, 'new Date(2026, 8, 5) is midnight in the script’s zone'), () => {
    const d = dates();
    expect([d.iso, d.hours, d.date, d.day, d.offset]).toEqual(['2026-09-04T17:00:00.000Z', 0, 5, 6, -420]);
  });

  it(cite(PAGES.manifest, 'Date’s text shows the script’s zone'), () => {
    expect(dates().text).toBe('Sat Sep 05 2026 00:00:00 GMT+0700 (Western Indonesia Time)');
  });

  it(
    cite(PAGES.v8, 'a date-time without a zone is local time; an ISO date alone is UTC (ECMAScript)'),
    () => {
      const d = dates();
      expect([d.local, d.legacy, d.dateOnly]).toEqual([
        '2026-09-05T03:00:00.000Z',
        '2026-09-05T03:00:00.000Z',
        '2026-09-05T00:00:00.000Z',
      ]);
    },
  );

  it(cite(PAGES.manifest, 'setters work on the script zone’s wall clock'), () => {
    // 31 Jan → setMonth(1) overflows to 3 Mar; setHours(25) is 01:00 the next day, in Jakarta.
    expect(dates().set).toBe('2026-03-03T18:00:00.000Z');
  });

  it(cite(PAGES.manifest, 'formatting without a zone uses the script’s zone'), () => {
    const d = dates();
    expect([d.locale, d.intl]).toEqual(['9/5/2026', 'Asia/Jakarta']);
  });

  it(
    cite(PAGES.spreadsheetApp, 'a date read from a cell is the same instant, seen in the script’s zone'),
    () => {
      const rt = probe({ timeZone: 'Asia/Jakarta' });
      rt.spreadsheet.sheet('Sheet1').setCell('A1', '2026-09-05');
      expect(rt.call('cellDate')).toEqual([true, 0, 5]);
    },
  );

  it(
    cite(PAGES.triggerEvents, 'the script’s clock is the runtime’s: new Date() and Date.now() agree'),
    () => {
      const rt = probe();
      const [iso, now, isDate, asFunction, tag] = rt.call('clock') as [
        string,
        number,
        boolean,
        string,
        string,
      ];
      expect([iso, now, isDate, asFunction, tag]).toEqual([
        '2026-09-01T01:00:00.000Z',
        Date.parse('2026-09-01T01:00:00Z'),
        true,
        'string',
        '[object Date]',
      ]);
    },
  );
});
