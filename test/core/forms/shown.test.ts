import { describe, expect, it } from 'vitest';
import { dayOrderOf, readShownDay, readShownInstant } from '../../../src/core/forms/shown';

describe('dayOrderOf', () => {
  it('is month-first only in the US English locale', () => {
    expect(['en_US', 'en', 'EN_us', 'id_ID', 'en_GB', 'in', 'ken', 'en_USA'].map(dayOrderOf)).toEqual([
      'mdy',
      'mdy',
      'mdy',
      'dmy',
      'dmy',
      'dmy',
      'dmy',
      'dmy',
    ]);
  });
});

describe('readShownDay', () => {
  it.each([
    ['16/11/2026', 'dmy', '2026-11-16'],
    ['11/16/2026', 'mdy', '2026-11-16'],
    ['1/2/2026', 'dmy', '2026-02-01'],
    ['1/2/2026', 'mdy', '2026-01-02'],
    ['16.11.2026', 'dmy', '2026-11-16'],
    ['2026-11-16', 'mdy', '2026-11-16'],
    ['2026-2-3', 'dmy', '2026-02-03'],
    ['16/11/2026 08:04:00', 'dmy', '2026-11-16'],
    ['31/02/2026', 'dmy', null],
    ['01/13/2026', 'dmy', null],
    [' 16/11/2026 ', 'dmy', '2026-11-16'],
    [' 2026-11-16 ', 'dmy', '2026-11-16'],
    ['x2026-11-16', 'dmy', null],
    ['2026-11-16x', 'dmy', null],
    ['x16/11/2026', 'dmy', null],
    ['16/11/2026x', 'dmy', null],
    ['11/16/2026', 'dmy', null],
    ['besok', 'dmy', null],
    ['', 'dmy', null],
  ] as const)('%s (%s) → %s', (text, order, expected) => {
    expect(readShownDay(text, order)).toBe(expected);
  });
});

describe('readShownInstant', () => {
  it.each([
    ['16/11/2026 08:04:00', 'dmy', 'Asia/Jakarta', '2026-11-16T01:04:00.000Z'],
    ['16/11/2026 8:04', 'dmy', 'Asia/Jakarta', '2026-11-16T01:04:00.000Z'],
    ['11/16/2026 23:59:59', 'mdy', 'America/New_York', '2026-11-17T04:59:59.000Z'],
    ['7/1/2026 12:00:00', 'mdy', 'America/New_York', '2026-07-01T16:00:00.000Z'],
    ['2026-11-16 00:00:00', 'dmy', 'Asia/Jakarta', '2026-11-15T17:00:00.000Z'],
    ['16/11/2026', 'dmy', 'UTC', '2026-11-16T00:00:00.000Z'],
    ['2026-11-16T08:04:00', 'dmy', 'Asia/Jakarta', '2026-11-16T01:04:00.000Z'],
    ['2026-11-16 8:04', 'dmy', 'Asia/Jakarta', '2026-11-16T01:04:00.000Z'],
    ['16/11/2026   8:04', 'dmy', 'Asia/Jakarta', '2026-11-16T01:04:00.000Z'],
    // After the clocks went back: the zone's offset at that moment, not at midnight UTC of that day.
    ['11/1/2026 10:00:00', 'mdy', 'America/New_York', '2026-11-01T15:00:00.000Z'],
    ['16/11/2026 08:04:60', 'dmy', 'UTC', null],
    ['16/11/2026 24:00:00', 'dmy', 'UTC', null],
    ['16/11/2026 08:60', 'dmy', 'UTC', null],
    ['16/11/2026 08:04:61', 'dmy', 'UTC', null],
    ['kemarin', 'dmy', 'UTC', null],
  ] as const)('%s (%s, %s) → %s', (text, order, zone, expected) => {
    expect(readShownInstant(text, order, zone)).toBe(expected);
  });
});
