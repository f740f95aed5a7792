import { describe, expect, it } from 'vitest';
import { errorOf } from '../spreadsheet/setup';
import { formsSetup, sessionForm } from './setup';

const header = (t: ReturnType<typeof formsSetup>, name: string) => t.wb.sheet(name).values()[0];

describe('Form.setDestination: the responses sheet', () => {
  it('adds "Form Responses 1" as the first tab, headed Timestamp then each question', () => {
    const t = formsSetup('en_US');
    const form = sessionForm(t);
    expect(t.wb.sheetNames()).toEqual(['Form Responses 1', 'Siswa']);
    expect(header(t, 'Form Responses 1')).toEqual([
      'Timestamp',
      'Siswa',
      'Tanggal',
      'Jenis',
      'Motivasi',
      'Topik',
      'NISN',
      'Catatan rahasia',
    ]);
    expect(t.wb.sheet('Form Responses 1').frozenRows()).toBe(1);
    expect([form.getDestinationId(), String(form.getDestinationType())]).toEqual(['sheet-1', 'SPREADSHEET']);
  });

  it('names the sheet and the timestamp in Indonesian in an id_ID spreadsheet, numbering on', () => {
    const t = formsSetup('id_ID');
    sessionForm(t);
    const intake = t.forms.create('Asesmen awal');
    intake.addTextItem().setTitle('NISN');
    intake.setCollectEmail(true);
    intake.setDestination(t.forms.DestinationType.SPREADSHEET, t.ss.getId());
    expect(t.wb.sheetNames()).toEqual(['Jawaban Formulir 2', 'Jawaban Formulir 1', 'Siswa']);
    expect(header(t, 'Jawaban Formulir 2')).toEqual(['Stempel waktu', 'Alamat email', 'NISN']);
  });

  it('gives a question added later a column at the end, and follows title changes', () => {
    const t = formsSetup();
    const form = sessionForm(t);
    form.addTextItem().setTitle('Tindak lanjut');
    form.getItems()[0]!.setTitle('Siswa (ID – nama)');
    form.moveItem(0, 3);
    form.deleteItem(form.getItems().findIndex((i) => i.getTitle() === 'NISN'));
    expect(header(t, 'Form Responses 1')).toEqual([
      'Timestamp',
      'Siswa (ID – nama)',
      'Tanggal',
      'Jenis',
      'Motivasi',
      'Topik',
      'NISN',
      'Catatan rahasia',
      'Tindak lanjut',
    ]);
  });

  it('links the sheet back to its form: getFormUrl opens the form; other sheets have none', () => {
    const t = formsSetup();
    const form = sessionForm(t);
    const responses = t.ss.getSheetByName('Form Responses 1')!;
    const url = responses.getFormUrl()!;
    expect(t.forms.openByUrl(url).getId()).toBe(form.getId());
    // The sheet's URL names the form's id, not the published one.
    expect(url).not.toBe(form.getPublishedUrl());
    expect(t.ss.getSheetByName('Siswa')!.getFormUrl()).toBeNull();
    expect(t.ss.getFormUrl()).toBe(url);
    responses.setName('Sesi (formulir)');
    expect(t.ss.getSheetByName('Sesi (formulir)')!.getFormUrl()).toBe(url);
    form.removeDestination();
    expect([t.ss.getFormUrl(), responses.getFormUrl()]).toEqual([null, null]);
    expect(errorOf(() => form.getDestinationId())).toBe('The form currently has no response destination.');
  });

  it('makes a new sheet each time it is called, and refuses another spreadsheet', () => {
    const t = formsSetup();
    const form = sessionForm(t);
    form.setDestination(t.forms.DestinationType.SPREADSHEET, t.ss.getId());
    expect(t.wb.sheetNames()).toEqual(['Form Responses 2', 'Form Responses 1', 'Siswa']);
    expect(t.ss.getSheetByName('Form Responses 1')!.getFormUrl()).toBeNull();
    expect(errorOf(() => form.setDestination(t.forms.DestinationType.SPREADSHEET, 'elsewhere'))).toBe(
      'No item with the given ID could be found, or you do not have permission to access it.',
    );
  });

  it('copies the responses so far into a sheet linked later', () => {
    const t = formsSetup();
    const form = t.forms.create('f');
    form.addTextItem().setTitle('Nama');
    t.submit(form.getId(), { Nama: 'Budi' });
    form.setDestination(t.forms.DestinationType.SPREADSHEET, t.ss.getId());
    expect(t.wb.sheet('Form Responses 1').values()).toEqual([
      ['Timestamp', 'Nama'],
      [expect.any(Date), 'Budi'],
    ]);
  });
});
