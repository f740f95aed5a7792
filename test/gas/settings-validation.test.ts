/**
 * The Settings sheet refuses a value the add-on could not read, with a message saying what
 * fits; and a value that got in anyway (a row typed below, an older workbook) blanks no score:
 * its default is used, and the reasons say so.
 */
import { describe, expect, it } from 'vitest';
import { columnLabel } from '../../src/core/schema/labels';
import { SETTING_DEFAULTS } from '../../src/core/settings/defaults';
import { school } from '../helpers/school';
import { setUp } from '../helpers/workbook';

const rowOf = (values: unknown[][], key: string) => values.findIndex((r) => r[0] === key) + 1;

describe('Settings validation', () => {
  it('refuses passing_grade = "tujuh puluh" with a message, and takes 70', () => {
    const { rt } = setUp();
    const settings = rt.spreadsheet.sheet('Pengaturan');
    const row = rowOf(settings.values(), 'passing_grade');
    const refused = settings.setCell(`B${row}`, 'tujuh puluh');
    expect(refused.ok).toBe(false);
    expect(refused.error).toBe('passing_grade: angka 0 sampai 100.');
    expect(settings.cell(`B${row}`).value).toBe(75);
    expect(settings.setCell(`B${row}`, '70').ok).toBe(true);
  });

  it('checks the range of each kind of key, in the workbook language', () => {
    const { rt } = setUp({ locale: 'en_US' });
    const settings = rt.spreadsheet.sheet('Settings');
    const values = settings.values();
    const at = (key: string) => `B${rowOf(values, key)}`;
    expect(settings.setCell(at('summary_day'), '31').error).toBe('summary_day: a whole number from 1 to 28.');
    expect(settings.setCell(at('summary_day'), '5').ok).toBe(true);
    expect(settings.setCell(at('attendance_high'), '85%').ok).toBe(true);
    expect(settings.setCell(at('needs_high'), '4').ok).toBe(false);
    expect(settings.setCell(at('language'), 'fr').ok).toBe(false);
    expect(settings.setCell(at('language'), 'en').ok).toBe(true);
    expect(settings.setCell(at('coordinator_emails'), 'bk@x.sch.id, kepala@x.sch.id').ok).toBe(true);
  });

  it('gives every key a description in the workbook language', () => {
    const { rt } = setUp();
    const rows = rt.spreadsheet.sheet('Pengaturan').values().slice(1);
    for (const { key } of SETTING_DEFAULTS) {
      const row = rows.find((r) => r[0] === key);
      expect(String(row?.[2] ?? ''), key).not.toBe('');
    }
  });

  it('blanks no score when a bad value gets in: the default is used and the reasons say so', () => {
    const { rt, lang } = school();
    const students = rt.spreadsheet.sheet('Siswa');
    const header = students.values()[0]!;
    const column = (key: string) => header.indexOf(columnLabel('students', key, lang));
    const read = (key: string) =>
      students
        .values()
        .slice(1, 7)
        .map((r) => r[column(key)]);
    const tiers = read('risk_tier');
    const scores = read('risk_score');
    expect(tiers.every((t) => typeof t === 'number')).toBe(true);

    // A second passing_grade row typed at the end wins over the first, and has no dropdown yet.
    const settings = rt.spreadsheet.sheet('Pengaturan');
    const next = settings.lastRow() + 1;
    expect(settings.paste(`A${next}`, [['passing_grade', 'tujuh puluh']]).ok).toBe(true);

    expect(read('risk_tier')).toEqual(tiers);
    expect(read('risk_score')).toEqual(scores);
    for (const reasons of read('risk_reasons'))
      expect(reasons).toContain(
        "pengaturan passing_grade harus berupa angka antara 0 dan 100 ('tujuh puluh'): dipakai nilai bawaan 75",
      );
  });
});
