/** The preview's clock buttons count days and months in the spreadsheet's time zone. */
import { describe, expect, it } from 'vitest';
import { formatMoment, nextDay, nextMonth } from '../../../local/preview/clock';

describe('the clock buttons', () => {
  it.each([
    ['mid-month in Jakarta', '2026-07-20T01:00:00Z', 'Asia/Jakarta', '2026-08-01T01:00:00.000Z'],
    // 06:00 on 1 August in Jakarta is still July in UTC: next month is September.
    [
      'just after midnight on the 1st, when UTC is still in the month before',
      '2026-07-31T23:00:00Z',
      'Asia/Jakarta',
      '2026-09-01T01:00:00.000Z',
    ],
    [
      'the last evening of a month in New York',
      '2026-12-31T23:30:00-05:00',
      'America/New_York',
      '2027-01-01T13:00:00.000Z',
    ],
  ])('Next month: %s', (_name, now, zone, expected) => {
    expect(nextMonth(new Date(now), zone).toISOString()).toBe(expected);
  });

  it('+1 day keeps the wall-clock time, across a change of summer time', () => {
    expect(nextDay(new Date('2026-07-31T20:00:00Z'), 'Asia/Jakarta').toISOString()).toBe(
      '2026-08-01T20:00:00.000Z',
    );
    // 8 March 2026: New York moves from UTC-5 to UTC-4 overnight.
    expect(nextDay(new Date('2026-03-07T14:00:00Z'), 'America/New_York').toISOString()).toBe(
      '2026-03-08T13:00:00.000Z',
    );
  });

  it('shows a moment in the zone and language of the workbook, not of the machine', () => {
    expect(formatMoment('2026-08-01T01:00:00Z', 'Asia/Jakarta', 'id')).toMatch(/^1 Agu 2026.*08[.:]00$/);
    expect(formatMoment('2026-08-01T01:00:00Z', 'Asia/Jakarta', 'en')).toMatch(/^1 Aug 2026.*08:00$/);
  });
});
