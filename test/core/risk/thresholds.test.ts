import { describe, expect, it } from 'vitest';
import {
  DEFAULT_THRESHOLDS,
  RISK_SETTINGS,
  readThresholds,
  thresholdDescription,
  thresholdsFrom,
} from '../../../src/core/risk/thresholds';

describe('RISK_SETTINGS', () => {
  it('lists every key of SPEC §3 with its default, in order', () => {
    expect(RISK_SETTINGS.map((s) => [s.key, s.value])).toEqual([
      ['attendance_watch', 0.95],
      ['attendance_high', 0.9],
      ['attendance_critical', 0.8],
      ['unexcused_watch', 2],
      ['unexcused_high', 3],
      ['incidents_watch', 1],
      ['incidents_high', 3],
      ['below_passing_watch', 1],
      ['below_passing_high', 2],
      ['passing_grade', 75],
      ['average_margin', 5],
      ['grade_drop_watch', 5],
      ['grade_drop_high', 10],
      ['overage_watch', 1],
      ['overage_high', 2],
      ['needs_watch', 1],
      ['needs_high', 2],
    ]);
  });

  it('has a description of every key in both languages', () => {
    for (const { key } of RISK_SETTINGS) {
      expect(thresholdDescription(key, 'en').length).toBeGreaterThan(20);
      expect(thresholdDescription(key, 'id').length).toBeGreaterThan(20);
      expect(thresholdDescription(key, 'id')).not.toBe(thresholdDescription(key, 'en'));
    }
    expect(thresholdDescription('passing_grade', 'id')).toBe(
      'Kriteria ketuntasan minimal (KKM, 0–100): rata-rata semester di bawahnya diberi tanda merah',
    );
  });
});

describe('thresholdsFrom', () => {
  it('gives the defaults without a range', () => {
    expect(thresholdsFrom(undefined)).toEqual(DEFAULT_THRESHOLDS);
    expect(thresholdsFrom([])).toEqual(DEFAULT_THRESHOLDS);
  });

  it.each([
    ['attendance_high', 0.85, 0.85],
    ['attendance_high', '0,85', 0.85],
    ['attendance_high', '0.85', 0.85],
    ['attendance_high', '85%', 0.85],
    ['attendance_high', 85, 0.85],
    ['attendance_critical', '77,5%', 0.775],
    ['unexcused_high', '4', 4],
    ['passing_grade', '70', 70],
    ['passing_grade', 72.5, 72.5],
    ['average_margin', '2,5', 2.5],
    ['grade_drop_high', 0, 0],
    ['grade_drop_watch', '7,5', 7.5],
    ['needs_watch', 2, 2],
  ])('reads %s = %j as %d', (key, value, expected) => {
    expect(thresholdsFrom([[key, value]])[key as keyof typeof DEFAULT_THRESHOLDS]).toBe(expected);
  });

  it('trims and lower-cases keys, passes over blank rows, other settings and blank values', () => {
    const t = thresholdsFrom([
      ['', ''],
      [' Passing_Grade ', 70, 'description column is ignored'],
      ['coordinator_email', 'guru.bk@sekolah.sch.id'],
      ['match_same_gender', true],
      ['needs_high', ''],
      [],
    ]);
    expect(t).toEqual({ ...DEFAULT_THRESHOLDS, passing_grade: 70 });
    expect(
      readThresholds([
        ['needs_high', ''],
        ['passing_grade', '  '],
      ]).unread,
    ).toEqual([]);
  });

  it('does not take keys from the object prototype', () => {
    expect(
      thresholdsFrom([
        ['constructor', 'x'],
        ['toString', 'y'],
      ]),
    ).toEqual(DEFAULT_THRESHOLDS);
  });

  it.each([
    [
      'attendance_high',
      'abc',
      "setting attendance_high must be a number between 0 and 1 ('abc'): the default 0.9 is used",
    ],
    [
      'attendance_high',
      150,
      "setting attendance_high must be a number between 0 and 1 ('150'): the default 0.9 is used",
    ],
    [
      'attendance_high',
      true,
      "setting attendance_high must be a number between 0 and 1 ('TRUE'): the default 0.9 is used",
    ],
    [
      'unexcused_high',
      '2,5',
      "setting unexcused_high must be a whole number, 0 or more ('2,5'): the default 3 is used",
    ],
    [
      'unexcused_high',
      -1,
      "setting unexcused_high must be a whole number, 0 or more ('-1'): the default 3 is used",
    ],
    [
      'passing_grade',
      '75%',
      "setting passing_grade must be a number between 0 and 100 ('75%'): the default 75 is used",
    ],
    [
      'passing_grade',
      101,
      "setting passing_grade must be a number between 0 and 100 ('101'): the default 75 is used",
    ],
  ])('keeps the default for %s = %j, and says so', (key, value, message) => {
    const read = readThresholds([
      [key, value],
      ['needs_high', 3],
    ]);
    expect(read.thresholds).toEqual({ ...DEFAULT_THRESHOLDS, needs_high: 3 });
    expect(read.unread).toEqual([message]);
    expect(thresholdsFrom([[key, value]])).toEqual(DEFAULT_THRESHOLDS);
  });

  it('says it in Indonesian, one line per unreadable value', () => {
    expect(
      readThresholds(
        [
          ['passing_grade', 'tujuh puluh'],
          ['needs_high', 'dua'],
        ],
        'id',
      ).unread,
    ).toEqual([
      "pengaturan passing_grade harus berupa angka antara 0 dan 100 ('tujuh puluh'): dipakai nilai bawaan 75",
      "pengaturan needs_high harus berupa bilangan bulat 0 atau lebih ('dua'): dipakai nilai bawaan 2",
    ]);
    expect(readThresholds([['passing_grade', 70]]).unread).toEqual([]);
  });
});
