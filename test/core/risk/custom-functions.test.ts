import { describe, expect, it } from 'vitest';
import { riskColumn } from '../../../src/core/risk/custom-functions';
import { RiskArgumentError } from '../../../src/core/risk/errors';

// Arguments as Sheets passes them: a column range is a 2-D array, an empty cell is ''.
const col = (...cells: unknown[]) => cells.map((cell) => [cell]);
const FINE_ARGS = [1, 0, 0, 0, 90, 90, 0, 0];
const withArg = (index: number, value: unknown) => FINE_ARGS.map((v, i) => (i === index ? value : v));

describe('riskColumn: single values', () => {
  it('gives one value when every argument is one value', () => {
    const args = [0.86, 3, 0, 0, 80, 80, 0, 0];
    expect(riskColumn('tier', args, 'en')).toBe(3);
    expect(riskColumn('score', args, 'en')).toBe(71);
    expect(riskColumn('reasons', args, 'en')).toBe('Attendance 86% (< 90%) · 3 unexcused absences (≥ 3)');
    expect(riskColumn('reasons', args, 'id')).toBe('Kehadiran 86% (< 90%) · 3 alpa (≥ 3)');
  });

  it('is blank when all eight inputs are blank, with or without settings', () => {
    const blank = ['', '', '', '', '', '', '', ''];
    expect(riskColumn('score', blank, 'en')).toBe('');
    expect(riskColumn('tier', [...blank, [['passing_grade', 70]]], 'en')).toBe('');
    expect(riskColumn('reasons', [], 'en')).toBe('');
  });

  it('treats missing trailing arguments as blank', () => {
    expect(riskColumn('tier', [0.7], 'en')).toBe(3);
    expect(riskColumn('reasons', [0.99, 0], 'en')).toBe(
      'No data: incidents, subjects below passing, term average, grade change, age, assessment',
    );
  });
});

describe('riskColumn: columns', () => {
  const attendance = col(0.86, '', 0.97, 0.7, '', '', '');
  const unexcused = col(3, '', 2, 0, '', '', '');
  const args = [attendance, unexcused, 0, 0, col(80, '', 90, 74, '', '', ''), '', 0, 0];

  it('gives a column of the ranges’ height, blank on blank rows and on a trailing run of blank rows', () => {
    expect(riskColumn('tier', args, 'en')).toEqual(col(3, '', 1, 3, '', '', ''));
    expect(riskColumn('score', args, 'en')).toEqual(col(71, '', 16, 73, '', '', ''));
  });

  it('broadcasts single values (0 incidents) but does not count them as data on blank rows', () => {
    expect(riskColumn('reasons', args, 'en')).toEqual(
      col(
        'Attendance 86% (< 90%) · 3 unexcused absences (≥ 3) · No data: grade change',
        '',
        '2 unexcused absences (≥ 2) · No data: grade change',
        'Attendance 70% (< 80%) · Term average 74 (< 75) · No data: grade change',
        '',
        '',
        '',
      ),
    );
  });

  it('reads a range of height 1 as a column of one', () => {
    expect(riskColumn('tier', [col(0.7), 0, 0, 0, 90, 90, 0, 0], 'en')).toEqual([[3]]);
  });

  it('gives a blank for empty ranges', () => {
    expect(riskColumn('tier', [[], [], 0], 'en')).toBe('');
  });
});

describe('riskColumn: forgiving parsing', () => {
  it.each<[number, unknown, number]>([
    [0, '86%', 3],
    [0, '86', 3],
    [0, 86, 3],
    [0, '0,86', 3],
    [0, ' 0.86 ', 3],
    [4, '79,5', 2],
    [4, '88,5', 1],
    [1, '3', 2],
    [7, ' 2 ', 2],
  ])('argument %d = %j → Tier %d', (index, value, tier) => {
    const args = withArg(index, value);
    if (index === 0) args[1] = 3;
    expect(riskColumn('tier', args, 'en')).toBe(tier);
  });
});

describe('riskColumn: argument errors', () => {
  const error = (kind: 'score' | 'tier' | 'reasons', args: unknown[], lang: 'en' | 'id') => {
    try {
      riskColumn(kind, args, lang);
    } catch (e) {
      expect(e).toBeInstanceOf(RiskArgumentError);
      return (e as Error).message;
    }
    return 'no error';
  };

  it.each<[number, unknown, string, string]>([
    [
      0,
      col(0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 'abc'),
      "RISK_SCORE: attendance must be a number between 0 and 1 (row 7: 'abc')",
      "RISK_SCORE: attendance harus berupa angka antara 0 dan 1 (baris 7: 'abc')",
    ],
    [
      0,
      col(0.9, 150),
      "RISK_SCORE: attendance must be a number between 0 and 1 (row 2: '150')",
      "RISK_SCORE: attendance harus berupa angka antara 0 dan 1 (baris 2: '150')",
    ],
    [
      0,
      '101%',
      "RISK_SCORE: attendance must be a number between 0 and 1 ('101%')",
      "RISK_SCORE: attendance harus berupa angka antara 0 dan 1 ('101%')",
    ],
    [
      0,
      -0.1,
      "RISK_SCORE: attendance must be a number between 0 and 1 ('-0.1')",
      "RISK_SCORE: attendance harus berupa angka antara 0 dan 1 ('-0.1')",
    ],
    [
      1,
      col(true),
      "RISK_SCORE: unexcused must be a whole number, 0 or more (row 1: 'TRUE')",
      "RISK_SCORE: unexcused harus berupa bilangan bulat 0 atau lebih (baris 1: 'TRUE')",
    ],
    [
      1,
      '2,5',
      "RISK_SCORE: unexcused must be a whole number, 0 or more ('2,5')",
      "RISK_SCORE: unexcused harus berupa bilangan bulat 0 atau lebih ('2,5')",
    ],
    [
      2,
      '10%',
      "RISK_SCORE: incidents must be a whole number, 0 or more ('10%')",
      "RISK_SCORE: incidents harus berupa bilangan bulat 0 atau lebih ('10%')",
    ],
    [
      3,
      -1,
      "RISK_SCORE: below_passing must be a whole number, 0 or more ('-1')",
      "RISK_SCORE: below_passing harus berupa bilangan bulat 0 atau lebih ('-1')",
    ],
    [
      4,
      col(80, 'B'),
      "RISK_SCORE: average must be a number between 0 and 100 (row 2: 'B')",
      "RISK_SCORE: average harus berupa angka antara 0 dan 100 (baris 2: 'B')",
    ],
    [
      5,
      '85%',
      "RISK_SCORE: previous_average must be a number between 0 and 100 ('85%')",
      "RISK_SCORE: previous_average harus berupa angka antara 0 dan 100 ('85%')",
    ],
    [
      6,
      new Date(2026, 8, 15),
      "RISK_SCORE: overage must be a whole number, 0 or more ('2026-09-15')",
      "RISK_SCORE: overage harus berupa bilangan bulat 0 atau lebih ('2026-09-15')",
    ],
    [
      7,
      4,
      "RISK_SCORE: needs must be a whole number between 0 and 3 ('4')",
      "RISK_SCORE: needs harus berupa bilangan bulat antara 0 dan 3 ('4')",
    ],
  ])('argument %d = %j', (index, value, en, id) => {
    expect(error('score', withArg(index, value), 'en')).toBe(en);
    expect(error('score', withArg(index, value), 'id')).toBe(id);
  });

  it('names the function called', () => {
    expect(error('tier', withArg(0, 'x'), 'en')).toBe(
      "RISK_TIER: attendance must be a number between 0 and 1 ('x')",
    );
    expect(error('reasons', withArg(0, 'x'), 'en')).toBe(
      "RISK_REASONS: attendance must be a number between 0 and 1 ('x')",
    );
  });

  it('rejects ranges of different heights, naming both', () => {
    const args = [col(0.9, 0.9, 0.9), 0, col(0, 0), 0, 90, 90, 0, 0];
    expect(error('score', args, 'en')).toBe(
      'RISK_SCORE: incidents has 2 rows but attendance has 3; ranges must have the same height',
    );
    expect(error('score', args, 'id')).toBe(
      'RISK_SCORE: incidents berisi 2 baris, sedangkan attendance 3 baris; semua rentang harus sama tingginya',
    );
  });

  it('rejects a range wider than one column', () => {
    const args = withArg(4, [
      [80, 81],
      [70, 71],
    ]);
    expect(error('tier', args, 'en')).toBe('RISK_TIER: average must be a single column (got 2 columns)');
    expect(error('tier', args, 'id')).toBe('RISK_TIER: average harus berupa satu kolom (ada 2 kolom)');
  });

  it('rejects too many arguments', () => {
    expect(error('tier', [...FINE_ARGS, '', 1], 'en')).toBe(
      'RISK_TIER: too many arguments (at most 9, got 10)',
    );
    expect(error('tier', [...FINE_ARGS, '', 1], 'id')).toBe(
      'RISK_TIER: terlalu banyak argumen (paling banyak 9, ada 10)',
    );
  });

  it('keeps the default for a bad setting, scores every row, and says so in the reasons', () => {
    const bad = [['passing_grade', 'tujuh puluh']];
    // Average 72 is under the default passing grade 75: the red flag stays.
    const args = [col(1, 1), col(0, 0), col(0, 0), col(0, 0), col(72, ''), col(72, ''), col(0, 0), col(0, 0)];
    expect(riskColumn('tier', [...args, bad], 'id')).toEqual(riskColumn('tier', args, 'id'));
    expect(riskColumn('score', [...args, bad], 'id')).toEqual(riskColumn('score', args, 'id'));
    const reasons = riskColumn('reasons', [...args, bad], 'id') as string[][];
    const note =
      "pengaturan passing_grade harus berupa angka antara 0 dan 100 ('tujuh puluh'): dipakai nilai bawaan 75";
    expect(reasons.map((r) => r[0])).toEqual([
      `${(riskColumn('reasons', args, 'id') as string[][])[0]![0]} · ${note}`,
      `${(riskColumn('reasons', args, 'id') as string[][])[1]![0]} · ${note}`,
    ]);
    expect(riskColumn('reasons', [...FINE_ARGS, [['attendance_high', '-5%']]], 'en')).toBe(
      "No flags · setting attendance_high must be a number between 0 and 1 ('-5%'): the default 0.9 is used",
    );
  });

  it('rejects settings that are not key/value pairs', () => {
    expect(error('tier', [...FINE_ARGS, 75], 'en')).toBe(
      'RISK_TIER: settings must be a range of key/value pairs (two columns)',
    );
    expect(error('tier', [...FINE_ARGS, col('passing_grade', 70)], 'id')).toBe(
      'RISK_TIER: settings harus berupa rentang pasangan kunci/nilai (dua kolom)',
    );
  });
});

describe('riskColumn: settings', () => {
  const settings = [
    ['key', 'value', 'description'],
    ['passing_grade', 70, ''],
    ['average_margin', '0', ''],
    ['attendance_high', '85%', ''],
    ['coordinator_email', 'bk@sekolah.sch.id', ''],
    ['', '', ''],
  ];

  it('overrides the defaults', () => {
    const args = [0.87, 0, 0, 0, 72, 72, 0, 0];
    expect(riskColumn('tier', args, 'en')).toBe(3);
    expect(riskColumn('tier', [...args, settings], 'en')).toBe(1);
    expect(riskColumn('reasons', [...args, settings], 'en')).toBe('Attendance 87% (< 95%)');
  });

  it('takes a blank settings argument as the defaults', () => {
    expect(riskColumn('tier', [0.87, 0, 0, 0, 72, 72, 0, 0, ''], 'en')).toBe(3);
  });
});
