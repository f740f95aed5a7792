/**
 * What teachers do to the responses sheets and the forms, one case at a time (the property test in
 * forms-identity.test.ts mixes them): each response is taken once, wherever its row went.
 */
import { describe, expect, it } from 'vitest';
import { byTitle, choice, createForms } from '../helpers/forms';
import { schoolWithMentors } from '../helpers/school';
import { rowsOf } from '../helpers/tables';

type Rt = ReturnType<typeof schoolWithMentors>['rt'];

function setUpForms() {
  const { rt } = schoolWithMentors();
  const forms = createForms(rt);
  return { rt, forms };
}

const log = (rt: Rt, session: string, topics: string, over: Record<string, string> = {}) =>
  byTitle('session', 'id', {
    mentor_id: choice(rt, session, 'Pendamping', 'M01'),
    student_id: choice(rt, session, 'Siswa', '0010000002'),
    date: '2026-11-16',
    type: 'individu',
    minutes: '30',
    attended: 'ya',
    topics,
    ...over,
  });

const topics = (rt: Rt) => rowsOf(rt, 'sessions').map((r) => r.topics);
const responses = (rt: Rt) => rt.spreadsheet.sheet('Jawaban Sesi');
const later = (rt: Rt, seconds: number) => rt.advanceTo(new Date(rt.now().getTime() + seconds * 1000));

describe('a response keeps its identity in the responses sheet', () => {
  it('a deleted row never makes the next response land on a taken row number (the old bug)', () => {
    const { rt, forms } = setUpForms();
    for (const t of ['a', 'b', 'c']) {
      rt.submitForm(forms.session, log(rt, forms.session, t));
      later(rt, 60);
    }
    responses(rt).deleteRows(2);
    rt.submitForm(forms.session, log(rt, forms.session, 'd'));
    expect(topics(rt)).toEqual(['a', 'b', 'c', 'd']);
    rt.call('takePendingFormResponses');
    expect(topics(rt)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('a sort, a blank row and a corrected answer between submission and its late event: the right row, once', () => {
    const { rt, forms } = setUpForms();
    rt.deferred.formSubmit = true;
    for (const t of ['b', 'a', 'c']) {
      rt.submitForm(forms.session, log(rt, forms.session, t));
      later(rt, 60);
    }
    const sheet = rt.spreadsheet.sheetByName('Jawaban Sesi')!;
    const topicsColumn = responses(rt).values()[0]!.indexOf('Topik');
    const body = sheet.rows.slice(1, 4);
    body.sort((x, y) => String(x?.[topicsColumn]?.value).localeCompare(String(y?.[topicsColumn]?.value)));
    sheet.rows.splice(1, 3, ...body);
    rt.spreadsheet.changed();
    responses(rt).insertRows(3);
    const followUp = responses(rt).values()[0]!.indexOf('Tindak lanjut');
    responses(rt).setCell(`${String.fromCharCode(65 + followUp)}2`, 'dikoreksi guru');
    for (const e of [2, 0, 1, 0]) rt.deliverFormEvent(e);
    expect(topics(rt)).toEqual(['c', 'b', 'a']);
    expect(rowsOf(rt, 'sessions').find((r) => r.topics === 'a')!.follow_up).toBe('dikoreksi guru');
    rt.call('takePendingFormResponses');
    expect(topics(rt)).toHaveLength(3);
    expect(rowsOf(rt, 'review')).toEqual([]);
  });

  it('a row deleted before its event arrived is taken from the event, once', () => {
    const { rt, forms } = setUpForms();
    rt.deferred.formSubmit = true;
    rt.submitForm(forms.session, log(rt, forms.session, 'a', { date: '2026-11-14' }));
    responses(rt).deleteRows(2);
    rt.deliverFormEvent(0);
    rt.deliverFormEvent(0);
    rt.call('takePendingFormResponses');
    expect(rowsOf(rt, 'sessions')).toEqual([
      expect.objectContaining({ topics: 'a', date: new Date('2026-11-13T17:00:00Z') }),
    ]);
  });

  it('a taken row deleted, then its event again: nothing', () => {
    const { rt, forms } = setUpForms();
    rt.submitForm(forms.session, log(rt, forms.session, 'a'));
    responses(rt).deleteRows(2);
    rt.deliverFormEvent(0);
    expect(topics(rt)).toEqual(['a']);
  });

  it('a row corrected, taken from the menu, deleted, and then its event late: nothing more', () => {
    const { rt, forms } = setUpForms();
    rt.deferred.formSubmit = true;
    rt.submitForm(forms.session, log(rt, forms.session, 'a'));
    const followUp = responses(rt).values()[0]!.indexOf('Tindak lanjut');
    responses(rt).setCell(`${String.fromCharCode(65 + followUp)}2`, 'dikoreksi');
    rt.call('takePendingFormResponses');
    responses(rt).deleteRows(2);
    rt.deliverFormEvent(0);
    expect(rowsOf(rt, 'sessions')).toEqual([
      expect.objectContaining({ topics: 'a', follow_up: 'dikoreksi' }),
    ]);
  });

  it('sent twice: the copy taken first, then the original arrives late with its row deleted: Review, not twice', () => {
    const { rt, forms } = setUpForms();
    rt.deferred.formSubmit = true;
    rt.submitForm(forms.session, log(rt, forms.session, 'a'));
    later(rt, 120);
    rt.submitForm(forms.session, log(rt, forms.session, 'a'));
    responses(rt).deleteRows(2);
    rt.deliverFormEvent(1);
    rt.deliverFormEvent(0);
    expect(topics(rt)).toEqual(['a']);
    expect(rowsOf(rt, 'review').map((r) => r.problem)).toEqual([
      'isian yang sama, dikirim 2 menit sesudahnya (16/11/2026 8:02:00, di Jawaban Sesi), sudah diambil',
    ]);
  });

  it('keeps a taken mark on the timestamp cell, which says where the response went', () => {
    const { rt, forms } = setUpForms();
    rt.submitForm(forms.session, log(rt, forms.session, 'a'));
    rt.submitForm(forms.session, log(rt, forms.session, 'b', { date: '2026-12-24' }));
    expect(responses(rt).cell('A2').note).toMatch(/^Pendamping ✓ Sesi · 2026-11-16 08:00\nkey \S+ taken$/);
    expect(responses(rt).cell('A3').note).toMatch(/^Pendamping ✓ Periksa · 2026-11-16 08:00\nkey \S+ kept$/);
  });
});

describe('a workbook from before markers', () => {
  it('keeps the rows its old property said were taken, takes the others, and forgets the property', () => {
    const { rt, forms } = setUpForms();
    for (const t of ['a', 'b']) {
      rt.submitForm(forms.session, log(rt, forms.session, t));
      later(rt, 60);
    }
    rt.deferred.formSubmit = true;
    rt.submitForm(forms.session, log(rt, forms.session, 'c'));
    // As the old version left it: no notes, rows 2–3 kept by number.
    const data = rt.spreadsheet.sheetByName('Jawaban Sesi')!;
    for (const row of data.rows) if (row?.[0]) row[0].note = '';
    rt.spreadsheet.changed();
    rt.properties.document['pendamping.processed.session'] = '2-3';
    rt.call('takePendingFormResponses');
    expect(topics(rt)).toEqual(['a', 'b', 'c']);
    expect(responses(rt).cell('A2').note).toMatch(/^Pendamping ✓ diambil sebelum penanda · /);
    expect(rt.properties.document['pendamping.processed.session']).toBeUndefined();
    rt.deliverFormEvent(2);
    rt.call('takePendingFormResponses');
    expect(topics(rt)).toEqual(['a', 'b', 'c']);
  });
});

describe('IDs and phone numbers keep their digits', () => {
  const answers = byTitle('intake', 'id', {
    student_id: '0077100062',
    name: 'Yohana',
    guardian_phone: '081234500001',
    consent: 'Belum',
    social_pressure: '1',
    economic_hardship: '1',
    low_home_support: '1',
    motivation: '3',
    wellbeing: '3',
  });

  it('in the responses sheet, through the event and through "Take pending": the same text', () => {
    const { rt, forms } = setUpForms();
    rt.submitForm(forms.intake, answers);
    const sheet = rt.spreadsheet.sheet('Jawaban Asesmen');
    const header = sheet.values()[0]!;
    expect(sheet.values()[1]![header.indexOf('NISN')]).toBe('0077100062');
    expect(sheet.values()[1]![header.indexOf('HP wali')]).toBe('081234500001');
    rt.deferred.formSubmit = true;
    later(rt, 3600);
    rt.submitForm(forms.intake, { ...answers, Nama: 'Yohana K', NISN: '0077100063' });
    rt.call('takePendingFormResponses');
    expect(
      rowsOf(rt, 'students')
        .slice(-2)
        .map((s) => [s.student_id, s.guardian_phone]),
    ).toEqual([
      ['0077100062', '081234500001'],
      ['0077100063', '081234500001'],
    ]);
    expect(rowsOf(rt, 'assessments').map((a) => a.student_id)).toContain('0077100063');
  });

  it('two identical intakes a few minutes apart: one taken, one in Review (zeros compared as typed)', () => {
    const { rt, forms } = setUpForms();
    rt.submitForm(forms.intake, answers);
    later(rt, 180);
    rt.submitForm(forms.intake, answers);
    expect(rowsOf(rt, 'assessments').filter((a) => a.student_id === '0077100062')).toHaveLength(1);
    expect(String(rowsOf(rt, 'review')[0]!.problem)).toMatch(
      /^isian yang sama sudah masuk 3 menit sebelumnya/,
    );
  });

  it('a responses sheet that lost the zeros (an older one, not plain text): the right student, or Review', () => {
    const { rt, forms } = setUpForms();
    rt.deferred.formSubmit = true;
    const sheet = rt.spreadsheet.sheet('Jawaban Asesmen');
    const column = sheet.values()[0]!.indexOf('NISN');
    const data = rt.spreadsheet.sheetByName('Jawaban Asesmen')!;
    for (const row of data.rows.slice(1)) if (row?.[column]) row[column]!.format = 'General';
    rt.submitForm(forms.intake, { ...answers, NISN: '0010000002', Nama: 'Beni' });
    rt.submitForm(forms.intake, { ...answers, NISN: '0077100062' });
    expect(sheet.values()[1]![column]).toBe(10000002);
    rt.call('takePendingFormResponses');
    // Beni is found with his zeros back, and the repair is noted; the new NISN cannot be known: Review.
    expect(rowsOf(rt, 'assessments').map((a) => a.student_id)).toEqual(['0010000001', '0010000002']);
    expect(rowsOf(rt, 'students').map((s) => s.student_id)).not.toContain('10000002');
    expect(rowsOf(rt, 'review').map((r) => [r.taken, r.student_id])).toEqual([
      ['ya', '10000002'],
      ['tidak', '77100062'],
    ]);
  });
});

describe('rebuild', () => {
  it('in place: the same items and columns, and responses before and after it are taken', () => {
    const { rt, forms } = setUpForms();
    rt.deferred.formSubmit = true;
    rt.submitForm(forms.session, log(rt, forms.session, 'before'));
    const items = rt.forms.find((f) => f.id === forms.session)!.items.map((i) => i.id);
    const header = responses(rt).values()[0];
    rt.callFromPage('rebuildForm', ['session']);
    rt.callFromPage('rebuildForm', ['session']);
    expect(rt.forms.find((f) => f.id === forms.session)!.items.map((i) => i.id)).toEqual(items);
    expect(responses(rt).values()[0]).toEqual(header);
    later(rt, 60);
    rt.submitForm(forms.session, log(rt, forms.session, 'after'));
    for (const e of rt.formEvents) rt.deliverFormEvent(e.index);
    expect(topics(rt)).toEqual(['before', 'after']);
    expect(rowsOf(rt, 'review')).toEqual([]);
  });

  it('after an old rebuild made every question anew, each title heads two columns: answers before and after are found', () => {
    const { rt, forms } = setUpForms();
    rt.deferred.formSubmit = true;
    rt.submitForm(forms.session, log(rt, forms.session, 'before'));
    // What the old rebuild did: every item deleted and added again. Google keeps the old columns and
    // gives each new question a column at the end, headed by the same title.
    const snap = rt.snapshot();
    const state = snap.forms!;
    const form = state.forms.find((f) => f.id === forms.session)!;
    const headers: Array<[number, string]> = [];
    for (const item of form.items) {
      if (item.type === 'SECTION_HEADER' || item.type === 'PAGE_BREAK') continue;
      item.id = state.nextId++;
      form.destination!.columns[item.id] = ++form.destination!.width;
      headers.push([form.destination!.width, item.title]);
    }
    rt.load(snap);
    for (const [column, title] of headers) responses(rt).setCell(`${colName(column)}1`, title);
    expect(
      responses(rt)
        .values()[0]!
        .filter((h) => h === 'Topik'),
    ).toHaveLength(2);
    later(rt, 60);
    rt.submitForm(forms.session, log(rt, forms.session, 'after'));
    for (const e of rt.formEvents) rt.deliverFormEvent(e.index);
    expect(topics(rt)).toEqual(['before', 'after']);
    expect(rowsOf(rt, 'sessions').map((r) => r.student_id)).toEqual(['0010000002', '0010000002']);
    expect(rowsOf(rt, 'review')).toEqual([]);
  });
});

function colName(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
