import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/i18n/lang';
import { RiskArgumentError } from '../../../src/core/risk/errors';
import { type IndicatorFunction, indicatorColumn } from '../../../src/core/risk/indicators';

// Columns as Sheets passes ranges: n×1 arrays, '' for an empty cell.
const col = (...cells: unknown[]) => cells.map((cell) => [cell]);
const transpose = (rows: unknown[][]) => rows[0]!.map((_, c) => rows.map((row) => [row[c]]));
const en = { lang: 'en' as Lang };

// The Students sheet's ID column: text with leading zeros, a number, no data, blanks at the end.
const IDS = col('0012345', '12345', 12346, '0077777', '0099999', '', '');

function error(fn: IndicatorFunction, args: unknown[], lang: Lang = 'en', timeZone?: string): string {
  try {
    indicatorColumn(fn, args, { lang, timeZone });
  } catch (e) {
    expect(e).toBeInstanceOf(RiskArgumentError);
    return (e as Error).message;
  }
  return 'no error';
}

describe('STUDENT_ATTENDANCE and STUDENT_UNEXCUSED', () => {
  // att_ids, att_months, school_days, sick, excused, unexcused
  const [attIds, months, days, sick, excused, unexcused] = transpose([
    ['0012345', '2026-08', 20, 0, 0, 0],
    ['0012345', new Date(2026, 8, 1), 20, 1, 1, 1],
    ['12345', '2026-09', 20, '', '', 3],
    [12346, '2026-9', 0, 0, 0, 0],
    ['12346', '2026-08', 20, 0, 0, 0],
    ['', '', '', '', '', ''],
    [' 0077777 ', '07/2026', '20', '2', '0', ''],
    ['', '', '', '', '', ''],
  ]) as unknown[][][];

  it('gives the latest month’s rate per student; leading zeros matter; no school days is unknown', () => {
    expect(
      indicatorColumn('STUDENT_ATTENDANCE', [IDS, attIds, months, days, sick, excused, unexcused], en),
    ).toEqual(col(0.85, 0.85, '', 0.9, '', '', ''));
  });

  it('gives the latest month’s unexcused absences (blank A in a recorded month is 0)', () => {
    expect(indicatorColumn('STUDENT_UNEXCUSED', [IDS, attIds, months, unexcused], en)).toEqual(
      col(1, 3, 0, 0, '', '', ''),
    );
  });

  it('gives one value for one ID', () => {
    expect(indicatorColumn('STUDENT_UNEXCUSED', ['12345', attIds, months, unexcused], en)).toBe(3);
    expect(indicatorColumn('STUDENT_UNEXCUSED', [12345, attIds, months, unexcused], en)).toBe(3);
    expect(indicatorColumn('STUDENT_UNEXCUSED', ['0099999', attIds, months, unexcused], en)).toBe('');
  });

  it('reads a month Date in the spreadsheet’s time zone', () => {
    // 1 September, midnight in Jakarta, is still 31 August in UTC.
    const september = new Date(Date.UTC(2026, 7, 31, 17));
    const args = [col('1'), col('1', '1'), col('2026-09', september), col(2, 0)];
    expect(indicatorColumn('STUDENT_UNEXCUSED', args, { lang: 'en', timeZone: 'Asia/Jakarta' })).toEqual([
      [0],
    ]);
    expect(indicatorColumn('STUDENT_UNEXCUSED', args, { lang: 'en', timeZone: 'UTC' })).toEqual([[2]]);
  });

  it.each<[string, unknown[], string, string]>([
    [
      'a month that is not one',
      [IDS, col('1', '2', '3'), col('2026-09', '2026-09', 'Sept'), col(0, 0, 0)],
      "STUDENT_UNEXCUSED: att_months must be a month like 2026-09 (row 3: 'Sept')",
      "STUDENT_UNEXCUSED: att_months harus berupa bulan seperti 2026-09 (baris 3: 'Sept')",
    ],
    [
      'a row with an ID and no month',
      [IDS, col('1', '2'), col('2026-09', ''), col(0, 0)],
      "STUDENT_UNEXCUSED: att_months is required (row 2: '')",
      "STUDENT_UNEXCUSED: att_months wajib diisi (baris 2: '')",
    ],
    [
      'ranges of different heights',
      [IDS, col('1', '2'), col('2026-09'), col(0, 0)],
      'STUDENT_UNEXCUSED: att_months has 1 rows but att_ids has 2; ranges must have the same height',
      'STUDENT_UNEXCUSED: att_months berisi 1 baris, sedangkan att_ids 2 baris; semua rentang harus sama tingginya',
    ],
    [
      'a negative count',
      [IDS, col('1'), col('2026-09'), col(-1)],
      "STUDENT_UNEXCUSED: unexcused must be a whole number, 0 or more (row 1: '-1')",
      "STUDENT_UNEXCUSED: unexcused harus berupa bilangan bulat 0 atau lebih (baris 1: '-1')",
    ],
    [
      'a boolean ID',
      [col('1', true), col('1'), col('2026-09'), col(0)],
      "STUDENT_UNEXCUSED: ids must be a student ID (row 2: 'TRUE')",
      "STUDENT_UNEXCUSED: ids harus berupa ID siswa (baris 2: 'TRUE')",
    ],
  ])('rejects %s', (_name, args, messageEn, messageId) => {
    expect(error('STUDENT_UNEXCUSED', args, 'en')).toBe(messageEn);
    expect(error('STUDENT_UNEXCUSED', args, 'id')).toBe(messageId);
  });

  it('rejects absences that exceed the school days', () => {
    const args = [
      IDS,
      col('1', '2'),
      col('2026-09', '2026-09'),
      col(20, 20),
      col(0, 10),
      col(0, 6),
      col(0, 5),
    ];
    expect(error('STUDENT_ATTENDANCE', args, 'en')).toBe(
      "STUDENT_ATTENDANCE: school_days must be at least sick + excused + unexcused (row 2: '20')",
    );
    expect(error('STUDENT_ATTENDANCE', args, 'id')).toBe(
      "STUDENT_ATTENDANCE: school_days tidak boleh kurang dari sick + excused + unexcused (baris 2: '20')",
    );
  });

  it('rejects too many arguments', () => {
    expect(error('STUDENT_UNEXCUSED', [IDS, col(''), col(''), col(''), 1])).toBe(
      'STUDENT_UNEXCUSED: too many arguments (at most 4, got 5)',
    );
  });
});

describe('STUDENT_INCIDENTS', () => {
  // inc_dates, inc_ids, inc_kinds
  const [dates, incIds, kinds] = transpose([
    ['2026-08-31', '0012345', 'referral'],
    ['2026-09-01', '0012345', 'referral'],
    [new Date(2026, 8, 30), '0012345', 'other'],
    ['2026-10-01', '0012345', 'referral'],
    ['15/09/2026', '12345', 'Suspension'],
    ['2026-09-20', 12346, ' Skorsing '],
    ['2026-09-21', '12346', ''],
    ['', '', ''],
  ]) as unknown[][][];

  it('counts the last 30 days (as_of − 30 < date ≤ as_of), a suspension as 3, and 0 without incidents', () => {
    expect(indicatorColumn('STUDENT_INCIDENTS', [IDS, dates, incIds, kinds, '2026-09-30'], en)).toEqual(
      col(2, 3, 4, 0, 0, '', ''),
    );
  });

  it('takes as_of as a Date and incidents_high as the suspension weight', () => {
    expect(
      indicatorColumn('STUDENT_INCIDENTS', [IDS, dates, incIds, kinds, new Date(2026, 8, 30), 5], en),
    ).toEqual(col(2, 5, 6, 0, 0, '', ''));
    expect(indicatorColumn('STUDENT_INCIDENTS', [IDS, dates, incIds, kinds, '2026-09-30', ''], en)).toEqual(
      col(2, 3, 4, 0, 0, '', ''),
    );
  });

  it('moves the window with as_of', () => {
    expect(indicatorColumn('STUDENT_INCIDENTS', ['0012345', dates, incIds, kinds, '2026-10-01'], en)).toBe(2);
    expect(indicatorColumn('STUDENT_INCIDENTS', ['0012345', dates, incIds, kinds, '2026-09-29'], en)).toBe(2);
    expect(indicatorColumn('STUDENT_INCIDENTS', ['0012345', dates, incIds, kinds, '2026-09-15'], en)).toBe(2);
    expect(indicatorColumn('STUDENT_INCIDENTS', ['0012345', dates, incIds, kinds, '2026-10-30'], en)).toBe(1);
    expect(indicatorColumn('STUDENT_INCIDENTS', ['0012345', dates, incIds, kinds, '2026-10-31'], en)).toBe(0);
  });

  it.each<[unknown[], string, string]>([
    [
      [IDS, dates, incIds, kinds, ''],
      'STUDENT_INCIDENTS: as_of is required',
      'STUDENT_INCIDENTS: as_of wajib diisi',
    ],
    [
      [IDS, dates, incIds, kinds, col('2026-09-30', '2026-09-30')],
      'STUDENT_INCIDENTS: as_of must be a single value, not a range',
      'STUDENT_INCIDENTS: as_of harus berupa satu nilai, bukan rentang',
    ],
    [
      [IDS, dates, incIds, kinds, '09/30/2026'],
      "STUDENT_INCIDENTS: as_of must be a date like 2026-09-15 or 15/09/2026 ('09/30/2026')",
      "STUDENT_INCIDENTS: as_of harus berupa tanggal seperti 2026-09-15 atau 15/09/2026 ('09/30/2026')",
    ],
    [
      [IDS, col('2026-09-01', ''), col('1', '2'), col('', ''), '2026-09-30'],
      "STUDENT_INCIDENTS: inc_dates is required (row 2: '')",
      "STUDENT_INCIDENTS: inc_dates wajib diisi (baris 2: '')",
    ],
    [
      [IDS, dates, incIds, kinds, '2026-09-30', 'tiga'],
      "STUDENT_INCIDENTS: incidents_high must be a whole number, 0 or more ('tiga')",
      "STUDENT_INCIDENTS: incidents_high harus berupa bilangan bulat 0 atau lebih ('tiga')",
    ],
  ])('rejects %j', (args, messageEn, messageId) => {
    expect(error('STUDENT_INCIDENTS', args, 'en')).toBe(messageEn);
    expect(error('STUDENT_INCIDENTS', args, 'id')).toBe(messageId);
  });
});

describe('STUDENT_BELOW_PASSING and STUDENT_AVERAGE', () => {
  // gr_ids, terms, averages, below_passing
  const [grIds, terms, averages, below] = transpose([
    ['0012345', '2025/2026-1', 82, 0],
    ['0012345', '2025/2026-2', '71,5', 2],
    ['12345', '2025-2', 90, 0],
    ['12345', '2026-1', 88, ''],
    [12346, '2026-1', 70, 3],
    ['12346', '2026 - 1', 72, 1],
    ['', '', '', ''],
  ]) as unknown[][][];

  it('gives the latest term’s average, or the previous term’s with terms_back 1', () => {
    expect(indicatorColumn('STUDENT_AVERAGE', [IDS, grIds, terms, averages], en)).toEqual(
      col(71.5, 88, 72, '', '', '', ''),
    );
    expect(indicatorColumn('STUDENT_AVERAGE', [IDS, grIds, terms, averages, 0], en)).toEqual(
      col(71.5, 88, 72, '', '', '', ''),
    );
    expect(indicatorColumn('STUDENT_AVERAGE', [IDS, grIds, terms, averages, 1], en)).toEqual(
      col(82, 90, '', '', '', '', ''),
    );
  });

  it('gives the latest term’s subjects below passing; blank there is unknown', () => {
    expect(indicatorColumn('STUDENT_BELOW_PASSING', [IDS, grIds, terms, below], en)).toEqual(
      col(2, '', 1, '', '', '', ''),
    );
  });

  it('rejects a term it cannot order and an average over 100', () => {
    expect(error('STUDENT_AVERAGE', [IDS, col('1'), col('Ganjil'), col(80)], 'en')).toBe(
      "STUDENT_AVERAGE: terms must be a term like 2026-1 or 2025/2026-2 (row 1: 'Ganjil')",
    );
    expect(error('STUDENT_AVERAGE', [IDS, col('1'), col('Ganjil'), col(80)], 'id')).toBe(
      "STUDENT_AVERAGE: terms harus berupa semester seperti 2026-1 atau 2025/2026-2 (baris 1: 'Ganjil')",
    );
    expect(error('STUDENT_AVERAGE', [IDS, col('1'), col('2026-1'), col(800)], 'en')).toBe(
      "STUDENT_AVERAGE: averages must be a number between 0 and 100 (row 1: '800')",
    );
  });
});

describe('STUDENT_OVERAGE', () => {
  const grades = col(7, 'VII', '10', '', 1, 9, '');
  const births = col(
    new Date(2011, 5, 30),
    '2011-07-02',
    '01/07/2008',
    '2010-01-01',
    '2019-07-01',
    '2020-01-01',
    '',
  );

  it('gives years over grade + 6 on the school year’s 1 July', () => {
    expect(indicatorColumn('STUDENT_OVERAGE', [grades, births, '2026-09-15'], en)).toEqual(
      col(2, 1, 2, '', 0, 0, ''),
    );
  });

  it('starts the school year on 1 July (edge)', () => {
    expect(indicatorColumn('STUDENT_OVERAGE', [7, '2012-03-01', '2026-06-30'], en)).toBe(0);
    expect(indicatorColumn('STUDENT_OVERAGE', [7, '2012-03-01', '2026-07-01'], en)).toBe(1);
    expect(indicatorColumn('STUDENT_OVERAGE', [7, '2012-03-01', new Date(2026, 6, 1)], en)).toBe(1);
  });

  it('rejects a grade out of range and a wrong birth date', () => {
    expect(error('STUDENT_OVERAGE', [col(13), col('2011-01-01'), '2026-09-15'], 'en')).toBe(
      "STUDENT_OVERAGE: grades must be a grade from 1 to 12 (row 1: '13')",
    );
    expect(error('STUDENT_OVERAGE', [col(7), col('31/02/2011'), '2026-09-15'], 'id')).toBe(
      "STUDENT_OVERAGE: birth_dates harus berupa tanggal seperti 2026-09-15 atau 15/09/2026 (baris 1: '31/02/2011')",
    );
    expect(error('STUDENT_OVERAGE', [col(7, 8), col('2011-01-01'), '2026-09-15'], 'en')).toBe(
      'STUDENT_OVERAGE: birth_dates has 1 rows but grades has 2; ranges must have the same height',
    );
  });
});

describe('STUDENT_NEEDS', () => {
  // asm_ids, asm_dates, social_pressure, economic_hardship, low_home_support
  const [asmIds, dates, social, economic, home] = transpose([
    ['0012345', '2026-07-15', 2, 3, 0],
    ['0012345', new Date(2026, 8, 1), 1, 2, 0],
    ['12345', '2026-08-01', 3, 3, 3],
    ['12345', '2026-09-10', '', '', ''],
    [12346, '01/08/2026', 0, 1, '1'],
    ['', '', '', '', ''],
  ]) as unknown[][][];

  it('counts domains ≥ 2 in the latest assessment; unknown without one', () => {
    expect(indicatorColumn('STUDENT_NEEDS', [IDS, asmIds, dates, social, economic, home], en)).toEqual(
      col(1, 3, 0, '', '', '', ''),
    );
  });

  it('rejects a domain score over 3', () => {
    const args = [IDS, col('1', '2'), col('2026-08-01', '2026-08-01'), col(0, 4), col(0, 0), col(0, 0)];
    expect(error('STUDENT_NEEDS', args, 'en')).toBe(
      "STUDENT_NEEDS: social_pressure must be a whole number between 0 and 3 (row 2: '4')",
    );
    expect(error('STUDENT_NEEDS', args, 'id')).toBe(
      "STUDENT_NEEDS: social_pressure harus berupa bilangan bulat antara 0 dan 3 (baris 2: '4')",
    );
  });
});
