import { describe, expect, it } from 'vitest';
import { columnLabel, sheetLabel } from '../../src/core/schema/labels';
import { SHEETS } from '../../src/core/schema/sheets';
import { paste, setUp, sheetOf } from '../helpers/workbook';

const students: Array<Record<string, string>> = [
  {
    student_id: '0012345678',
    name: 'Ayu Lestari',
    class: '7A',
    grade: '7',
    gender: 'P',
    birth_date: '2013-03-02',
    guardian_phone: '081234567890',
    status: 'aktif',
    consent: 'ya',
  },
  {
    student_id: '0098765432',
    name: "Ma'ruf Amin",
    class: '8B',
    grade: '8',
    gender: 'L',
    birth_date: '2011-11-20',
    guardian_phone: '+6281377788899',
    status: 'aktif',
    consent: 'tidak',
  },
  { student_id: '1234567890', name: 'Yohanes Tefa', class: '9C', grade: '9', gender: 'L', status: 'pindah' },
];

describe('Setup on a blank workbook', () => {
  it('creates every sheet of the schema, in the workbook language, with its headers', () => {
    const { rt } = setUp();
    // The Evaluation sheet is written by its menu item, not by Setup.
    for (const def of SHEETS.filter((d) => d.key !== 'evaluation'))
      expect(rt.spreadsheet.sheetNames()).toContain(sheetLabel(def.key, 'id'));
    expect(rt.spreadsheet.sheetNames()).not.toContain(sheetLabel('evaluation', 'id'));
    const header = rt.spreadsheet.sheet('Siswa').values()[0];
    expect(header?.slice(0, 3)).toEqual(['NISN', 'Nama', 'Kelas']);
    expect(rt.spreadsheet.sheet('Siswa').frozenRows()).toBe(1);
    expect(rt.properties.document['pendamping.schema']).toBe('1'); // an older workbook is upgraded in place
  });

  it('is in English for an English spreadsheet', () => {
    const { rt } = setUp({ locale: 'en_US' });
    expect(rt.spreadsheet.sheetNames()).toContain('Students');
    expect(rt.spreadsheet.sheet('Students').values()[0]?.[0]).toBe('Student ID');
  });

  it('keeps IDs and phone numbers as text, so leading zeros survive', () => {
    const { rt, lang } = setUp();
    paste(rt, 'students', lang, students);
    const sheet = sheetOf(rt, 'students', lang);
    expect(sheet.cell('A2').value).toBe('0012345678');
    expect(sheet.cell('H2').value).toBe('081234567890');
    expect(sheet.cell('H3').value).toBe('+6281377788899');
  });

  it('gives fixed-value columns a dropdown that refuses other values', () => {
    const { rt, lang } = setUp();
    const sheet = sheetOf(rt, 'students', lang);
    const status = sheet.values()[0]!.indexOf(columnLabel('students', 'status', lang));
    const a1 = `${String.fromCharCode(65 + status)}2`;
    expect(sheet.view(2, status + 1).cells[1]![status]!.dropdown).toEqual([
      'aktif',
      'putus sekolah',
      'pindah',
      'lulus',
    ]);
    expect(sheet.setCell(a1, 'bolos').ok).toBe(false);
    expect(sheet.setCell(a1, 'putus sekolah').ok).toBe(true);
  });

  it('writes one formula per computed column, shaded and protected with a warning only', () => {
    const { rt, lang } = setUp();
    const sheet = sheetOf(rt, 'students', lang);
    const header = sheet.values()[0]!;
    const tier = header.indexOf(columnLabel('students', 'risk_tier', lang));
    const formulas = sheet.formulas();
    expect(formulas[1]![tier]).toMatch(
      /^=RISK_TIER\(P2:P, Q2:Q, R2:R, S2:S, T2:T, U2:U, V2:V, W2:W, 'Pengaturan'!A2:B\)$/,
    );
    expect(formulas.slice(2).every((row) => (row[tier] ?? '') === '')).toBe(true);
    const cell = sheet.view(3, tier + 1).cells[2]![tier]!;
    expect(cell.protection).toBe('warning');
    expect(cell.background).toBe('#f1f3f4');
  });

  it('fills Settings with every risk key and its default, described in the workbook language', () => {
    const { rt } = setUp();
    const rows = rt.spreadsheet.sheet('Pengaturan').values();
    const byKey = Object.fromEntries(rows.slice(1).map((r) => [r[0], r]));
    // Numbers as numbers: a number rule on the cell refuses text.
    expect(byKey.attendance_high?.[1]).toBe(0.9);
    expect(byKey.passing_grade?.[1]).toBe(75);
    expect(String(byKey.passing_grade?.[2])).toMatch(/KKM/);
    expect(byKey.as_of_date?.[1]).toBe('2026-11-16');
  });

  it('builds a Dashboard whose counts and charts follow the data', () => {
    const { rt, lang } = setUp();
    paste(rt, 'students', lang, students);
    const dashboard = rt.spreadsheet.sheet('Ringkasan');
    const byLabel = Object.fromEntries(dashboard.values().map((r) => [r[0], r[1]]));
    expect(byLabel.aktif).toBe(2);
    expect(byLabel.pindah).toBe(1);
    const view = dashboard.view();
    expect(view.charts.map((c) => c.type)).toEqual(['PIE', 'COLUMN']);
  });
});

describe('Setup run again', () => {
  it('changes no value a person entered, and adds back what was deleted', () => {
    const { rt, lang } = setUp();
    paste(rt, 'students', lang, students);
    paste(rt, 'attendance', lang, [
      {
        student_id: '0012345678',
        month: '2026-10',
        school_days: '21',
        sick: '1',
        excused: '0',
        unexcused: '3',
      },
    ]);
    rt.spreadsheet.sheet('Pengaturan').setCell('B8', '0,85'); // a coordinator's own threshold
    const entered = (name: string) => rt.spreadsheet.sheet(name).values();
    const before = ['Siswa', 'Kehadiran', 'Pengaturan'].map((n) => entered(n));
    rt.spreadsheet.deleteSheet('Nilai');

    rt.call('setupWorkbook');

    const after = ['Siswa', 'Kehadiran', 'Pengaturan'].map((n) => entered(n));
    const computedFrom = rt.spreadsheet
      .sheet('Siswa')
      .values()[0]!
      .indexOf(columnLabel('students', 'attendance', lang));
    expect(after[0]!.map((r) => r.slice(0, computedFrom))).toEqual(
      before[0]!.map((r) => r.slice(0, computedFrom)),
    );
    expect(after[1]).toEqual(before[1]);
    expect(after[2]).toEqual(before[2]);
    expect(rt.spreadsheet.sheetNames()).toContain('Nilai');
    expect(rt.ui.toasts.at(-1)?.message).toMatch(/^1 lembar dibuat/);
  });

  it('adds a column a teacher deleted, at the end, and finds the ones they moved', () => {
    const { rt, lang } = setUp();
    paste(rt, 'students', lang, students);
    const sheet = sheetOf(rt, 'students', lang);
    sheet.moveColumn(2, 5); // Nama moved after JK
    sheet.deleteColumns(sheet.values()[0]!.indexOf('Kelas') + 1); // Kelas gone, with its values
    const nameAt = sheet.values()[0]!.indexOf('Nama');
    expect(nameAt).toBe(3);
    const moved = sheet.values().map((r) => r[nameAt]);
    rt.call('setupWorkbook');
    const header = sheet.values()[0]!;
    expect(header.filter((h) => h === 'Kelas')).toHaveLength(1);
    expect(header.indexOf('Kelas')).toBe(header.length - 1);
    expect(header.filter((h) => h === 'Nama')).toHaveLength(1);
    expect(sheet.values().map((r) => r[header.indexOf('Nama')])).toEqual(moved);
  });
});

describe('changing the language', () => {
  it('keeps stored values readable and counted, and labels new dropdowns in the new language', () => {
    const { rt, lang } = setUp();
    paste(rt, 'students', lang, students);
    const settings = rt.spreadsheet.sheet('Pengaturan');
    const languageRow = settings.values().findIndex((r) => r[0] === 'language') + 1;
    settings.setCell(`B${languageRow}`, 'en');
    rt.call('setupWorkbook');
    expect(rt.ui.toasts.at(-1)?.title).toBe('Workbook set up');
    const check = rt.call('checkData') as {
      tables: Array<{ sheet: string; rows: number; problems: string[] }>;
    };
    const siswa = check.tables.find((t) => t.sheet === 'Siswa')!;
    expect(siswa).toMatchObject({ rows: 3, problems: [] });
    const byLabel = Object.fromEntries(
      rt.spreadsheet
        .sheet('Ringkasan')
        .values()
        .map((r) => [r[0], r[1]]),
    );
    expect(byLabel.active).toBe(2); // 'aktif' cells still count
    expect(byLabel.transferred).toBe(1);
    expect(sheetOf(rt, 'students', lang).cell('I2').value).toBe('aktif'); // not rewritten
  });
});
