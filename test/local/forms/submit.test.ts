import { describe, expect, it } from 'vitest';
import { errorOf } from '../spreadsheet/setup';
import type { FormEvent } from './setup';
import { formsSetup, sessionForm } from './setup';

const SUBMITTED = new Date('2026-09-15T03:00:00Z'); // 10:00 in Jakarta, the test clock

function withTrigger(locale = 'en_US') {
  const t = formsSetup(locale);
  const form = sessionForm(t);
  t.script.newTrigger('onFormSubmitted').forSpreadsheet(t.ss).onFormSubmit().create();
  return { t, form };
}

const answers = {
  Siswa: '0012 – Budi',
  Tanggal: '2026-09-14',
  Jenis: 'home_visit',
  Motivasi: 4,
  Topik: ['teman', 'belajar'],
  NISN: '0012345678',
  'Catatan rahasia': '=IMPORTXML("http://x")',
};

describe('a person submits a form', () => {
  it('fills the next row as Google does: a Date stamp, answers as if typed but never formulas', () => {
    const { t, form } = withTrigger();
    const result = t.submit(form.getId(), answers);
    expect(result).toEqual({ responseId: expect.any(String), row: 2, triggered: true });
    const sheet = t.wb.sheet('Form Responses 1');
    const [stamp, student, day, type, motivation, topics, nisn, notes] = sheet.values()[1]!;
    expect(stamp).toEqual(SUBMITTED);
    expect(sheet.cell('A2').display).toBe('9/15/2026 10:00:00');
    expect(day).toEqual(new Date('2026-09-13T17:00:00Z')); // midnight in Jakarta
    expect(sheet.cell('C2').display).toBe('9/14/2026');
    expect([student, type, motivation, topics]).toEqual(['0012 – Budi', 'home_visit', 4, 'belajar, teman']);
    expect(nisn).toBe(12345678); // leading zeros lost, as in Sheets
    expect([notes, sheet.cell('H2').formula]).toEqual(['=IMPORTXML("http://x")', '']);
    expect(t.submit(form.getId(), { ...answers, NISN: '' }).row).toBe(3);
  });

  it('keeps phone numbers with spaces as text, and leading zeros in a plain-text column', () => {
    const { t, form } = withTrigger();
    t.ss.getSheetByName('Form Responses 1')!.getRange('G2:G').setNumberFormat('@');
    t.submit(form.getId(), { ...answers, NISN: '0012345678', 'Catatan rahasia': '+62 812-3456-7890' });
    const row = t.wb.sheet('Form Responses 1').values()[1]!;
    expect([row[6], row[7]]).toEqual(['0012345678', '+62 812-3456-7890']);
  });

  it('fires the form-submit trigger with the range, values and namedValues Sheets gives', () => {
    const { t, form } = withTrigger();
    const seen: unknown[] = [];
    t.onSubmit((e: FormEvent) => {
      seen.push(e.range.getSheet().getName(), e.range.getA1Notation(), e.range.getValues()[0][6]);
      seen.push(e.source.getId(), e.range.getSheet().getFormUrl() === t.ss.getFormUrl());
    });
    t.submit(form.getId(), answers);
    const [event] = t.events;
    expect(event).toMatchObject({ authMode: 'FULL', triggerUid: t.triggers.triggers[0]!.id });
    expect(event!.values).toEqual([
      '9/15/2026 10:00:00',
      '0012 – Budi',
      '9/14/2026',
      'home_visit',
      '4',
      'belajar, teman',
      '0012345678',
      '=IMPORTXML("http://x")',
    ]);
    expect(event!.namedValues).toEqual({
      Timestamp: ['9/15/2026 10:00:00'],
      Siswa: ['0012 – Budi'],
      Tanggal: ['9/14/2026'],
      Jenis: ['home_visit'],
      Motivasi: ['4'],
      Topik: ['belajar, teman'],
      NISN: ['0012345678'],
      'Catatan rahasia': ['=IMPORTXML("http://x")'],
    });
    expect(seen).toEqual(['Form Responses 1', 'A2:H2', 12345678, 'sheet-1', true]);
  });

  it('gives the Indonesian header in namedValues of an id_ID spreadsheet', () => {
    const { t, form } = withTrigger('id_ID');
    t.submit(form.getId(), answers);
    expect(Object.keys(t.events[0]!.namedValues)[0]).toBe('Stempel waktu');
    expect(t.events[0]!.values[0]).toBe('15/09/2026 10:00:00');
  });

  it("reports the handler's error and still keeps the response", () => {
    const { t, form } = withTrigger();
    t.onSubmit(() => {
      throw new Error('Lock timeout');
    });
    expect(t.submit(form.getId(), answers)).toMatchObject({ row: 2, triggered: true, error: 'Lock timeout' });
    expect(form.getResponses()).toHaveLength(1);
  });

  it('runs no trigger when none is installed', () => {
    const t = formsSetup();
    const form = sessionForm(t);
    expect(t.submit(form.getId(), answers)).toMatchObject({ row: 2, triggered: false });
    expect(t.events).toEqual([]);
  });

  it.each([
    [{ Siswa: undefined }, '"Siswa": This is a required question'],
    [{ Siswa: '  ' }, '"Siswa": This is a required question'],
    [{ Siswa: '0099 – Wayan' }, '"Siswa": "0099 – Wayan" is not one of the choices'],
    [{ Topik: ['belajar', 'lain'] }, '"Topik": "lain" is not one of the choices'],
    [{ Tanggal: '14/09/2026' }, '"Tanggal": "14/09/2026" is not a date (YYYY-MM-DD)'],
    [{ Tanggal: '2026-02-30' }, '"Tanggal": "2026-02-30" is not a date (YYYY-MM-DD)'],
    [{ Motivasi: 6 }, '"Motivasi": must be a whole number from 1 to 5'],
    [{ NISN: 'a\nb' }, '"NISN": a short answer is one line'],
    [{ Umur: '12' }, 'The form "Log sesi pendampingan" has no question "Umur"'],
  ])('refuses %j as the form page would', (change, message) => {
    const { t, form } = withTrigger();
    const given: Record<string, unknown> = { ...answers, ...change };
    for (const k of Object.keys(given)) if (given[k] === undefined) delete given[k];
    expect(errorOf(() => t.submit(form.getId(), given as typeof answers))).toBe(message);
    expect(form.getResponses()).toHaveLength(0);
    expect(t.wb.sheet('Form Responses 1').lastRow()).toBe(1);
  });

  it('accepts a new student once the list item is refreshed', () => {
    const { t, form } = withTrigger();
    const list = t.forms.openById(form.getId()).getItems(t.forms.ItemType.LIST)[0]!.asListItem();
    list.setChoiceValues(['0012 – Budi', '0099 – Wayan']);
    expect(t.submit(form.getId(), { ...answers, Siswa: '0099 – Wayan' }).row).toBe(2);
  });

  it('records responses the script can read back', () => {
    const { t, form } = withTrigger();
    t.submit(form.getId(), answers, { at: new Date('2026-09-10T01:00:00Z'), email: 'mentor@x.id' });
    const [response] = form.getResponses();
    expect(response!.getTimestamp()).toEqual(new Date('2026-09-10T01:00:00Z'));
    expect(response!.getRespondentEmail()).toBe('');
    const byTitle = Object.fromEntries(
      response!.getItemResponses().map((r) => [r.getItem().getTitle(), r.getResponse()]),
    );
    expect(byTitle).toEqual({
      Siswa: '0012 – Budi',
      Tanggal: '2026-09-14',
      Jenis: 'home_visit',
      Motivasi: '4',
      Topik: ['belajar', 'teman'],
      NISN: '0012345678',
      'Catatan rahasia': '=IMPORTXML("http://x")',
    });
    expect(form.getResponses(new Date('2026-09-11T00:00:00Z'))).toHaveLength(0);
    form.deleteAllResponses();
    expect(form.getResponses()).toHaveLength(0);
    expect(t.wb.sheet('Form Responses 1').lastRow()).toBe(2);
  });

  it('asks for the email when the form collects it or takes one response per person', () => {
    const { t, form } = withTrigger();
    form.setCollectEmail(true).setLimitOneResponsePerUser(true);
    expect(errorOf(() => t.submit(form.getId(), answers))).toMatch(/needs the respondent's email/);
    t.submit(form.getId(), answers, { email: 'rina@sekolah.sch.id' });
    expect(form.getResponses()[0]!.getRespondentEmail()).toBe('rina@sekolah.sch.id');
    expect(t.wb.sheet('Form Responses 1').values()[0]!.at(-1)).toBe('Email Address');
    expect(t.wb.sheet('Form Responses 1').values()[1]!.at(-1)).toBe('rina@sekolah.sch.id');
    expect(errorOf(() => t.submit(form.getId(), answers, { email: 'rina@sekolah.sch.id' }))).toMatch(
      /already responded/,
    );
  });

  it('refuses responses once the form is closed', () => {
    const { t, form } = withTrigger();
    form.setAcceptingResponses(false);
    expect(errorOf(() => t.submit(form.getId(), answers))).toBe(
      'The form Log sesi pendampingan is no longer accepting responses.',
    );
  });

  it('inserts a row when a teacher has written beside the responses', () => {
    const { t, form } = withTrigger();
    const sheet = t.wb.sheet('Form Responses 1');
    sheet.setCell('J2', 'catatan guru');
    t.submit(form.getId(), answers);
    expect(sheet.cell('J3').value).toBe('catatan guru');
    expect(sheet.cell('B2').value).toBe('0012 – Budi');
  });
});
