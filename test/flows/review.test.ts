/**
 * Review as a worklist, through the built add-on: a status dropdown, the answers in their own
 * columns, the menu item that takes fixed rows again, an older Review sheet made whole, and the
 * mentor who hears that a log went there.
 */
import { describe, expect, it } from 'vitest';
import { columnLabel } from '../../src/core/schema/labels';
import { byTitle, choice, createForms } from '../helpers/forms';
import { schoolWithMentors } from '../helpers/school';
import { rowsOf } from '../helpers/tables';
import { sheetOf } from '../helpers/workbook';

type Rt = ReturnType<typeof schoolWithMentors>['rt'];

const log = (rt: Rt, session: string, over: Record<string, string> = {}) =>
  byTitle('session', 'id', {
    mentor_id: choice(rt, session, 'Pendamping', 'M01'),
    student_id: choice(rt, session, 'Siswa', '0010000002'),
    date: '2026-11-16',
    type: 'individu',
    minutes: '30',
    attended: 'ya',
    topics: 'RAHASIA-TOPIK',
    notes: 'RAHASIA-CATATAN',
    ...over,
  });

const column = (rt: Rt, key: string) => {
  const index = sheetOf(rt, 'review', 'id')
    .values()[0]!
    .indexOf(columnLabel('review', key, 'id'));
  return String.fromCharCode(65 + index);
};

describe('the Review sheet', () => {
  it('has a status dropdown on every row, and the answers split into their own columns beside raw', () => {
    const { rt } = schoolWithMentors();
    const forms = createForms(rt);
    rt.submitForm(forms.session, log(rt, forms.session, { date: '2026-12-24' }));
    const sheet = sheetOf(rt, 'review', 'id');
    const status = sheet.values()[0]!.indexOf('Status periksa');
    expect(sheet.view(2, status + 1).cells[1]![status]!.dropdown).toEqual([
      'perlu dicek',
      'sudah diperbaiki: ambil ulang',
      'diabaikan',
      'selesai',
    ]);
    expect(rowsOf(rt, 'review')[0]).toMatchObject({
      status: 'perlu dicek',
      taken: 'tidak',
      origin: 'formulir catatan sesi',
      mentor_id: 'M01 – Bu Sari',
      student_id: '7A – Beni (0010000002)',
      date: '2026-12-24',
      minutes: '30',
    });
  });

  it('rows a teacher fixed are taken again from the menu; the rest stay as they are', () => {
    const { rt } = schoolWithMentors();
    const forms = createForms(rt);
    rt.submitForm(forms.session, log(rt, forms.session, { date: '2026-12-24' }));
    rt.submitForm(forms.session, log(rt, forms.session, { date: '2026-12-25', topics: 'lain' }));
    const sheet = sheetOf(rt, 'review', 'id');
    expect(sheet.setCell(`${column(rt, 'date')}2`, '2026-11-14').ok).toBe(true);
    expect(sheet.setCell(`${column(rt, 'status')}2`, 'sudah diperbaiki: ambil ulang').ok).toBe(true);
    const menu = rt.open('FULL');
    expect(menu.map((m) => (m === 'separator' ? m : m.label))).toContain('Ambil ulang baris Periksa');
    rt.call('retakeFixedReviewRows');
    expect(rowsOf(rt, 'sessions')).toEqual([
      expect.objectContaining({ topics: 'RAHASIA-TOPIK', mentor_id: 'M01' }),
    ]);
    expect(rowsOf(rt, 'review').map((r) => [r.status, r.taken])).toEqual([
      ['selesai', 'ya'],
      ['perlu dicek', 'tidak'],
    ]);
    expect(rt.ui.toasts.at(-1)!.message).toBe(
      '1 diambil, 0 masih perlu dicek (lihat alasan baru), 0 ditutup.',
    );
    rt.call('retakeFixedReviewRows');
    expect(rowsOf(rt, 'sessions')).toHaveLength(1);
  });

  it('of an older workbook (four columns) is made whole before anything is written there', () => {
    const { rt } = schoolWithMentors();
    const forms = createForms(rt);
    const sheet = sheetOf(rt, 'review', 'id');
    const width = sheet.values()[0]!.length;
    sheet.deleteColumns(4, width - 4); // received_at, source, problem, raw were all there was
    sheet.setCell('D1', 'Isian asli');
    rt.submitForm(forms.session, log(rt, forms.session, { date: '2026-12-24' }));
    expect(rowsOf(rt, 'review')[0]).toMatchObject({ status: 'perlu dicek', minutes: '30' });
    expect(String(rowsOf(rt, 'review')[0]!.raw)).toContain('Menit: 30');
  });
});

describe('a failure of the add-on while taking a response', () => {
  it('keeps it whole in Review, and "Take pending" does not take it a second time', () => {
    const { rt } = schoolWithMentors();
    const forms = createForms(rt);
    rt.spreadsheet.deleteSheet('Sesi');
    rt.submitForm(forms.session, log(rt, forms.session));
    expect(rowsOf(rt, 'review')).toEqual([
      expect.objectContaining({ origin: 'formulir catatan sesi', minutes: '30' }),
    ]);
    rt.call('setupWorkbook');
    rt.call('takePendingFormResponses');
    expect(rowsOf(rt, 'sessions')).toEqual([]);
    expect(rowsOf(rt, 'review')).toHaveLength(1);
  });
});

describe('the mentor hears that a log went to Review', () => {
  it('by one email a day, in the workbook’s language, with nothing confidential; the rest the next day', () => {
    const { rt } = schoolWithMentors();
    const forms = createForms(rt);
    rt.submitForm(forms.session, log(rt, forms.session, { date: '2026-12-24' }));
    expect(rt.outbox).toHaveLength(1);
    const [mail] = rt.outbox;
    expect(mail!.to).toBe('sari@smpn3.sch.id');
    expect(mail!.subject).toBe('Catatan sesi belum masuk (1) — SMP Negeri 3 Kupang');
    expect(mail!.body).toContain('Tanggal: 2026-12-24 belum terjadi (di masa depan)');
    for (const secret of ['RAHASIA-TOPIK', 'RAHASIA-CATATAN']) {
      expect(mail!.body).not.toContain(secret);
      expect(mail!.htmlBody ?? '').not.toContain(secret);
    }
    // Beni's consent is not recorded: not named.
    expect(mail!.body).not.toContain('Beni');
    rt.advanceTo('2026-11-16T09:00:00+07:00');
    rt.submitForm(forms.session, log(rt, forms.session, { date: '2026-12-25' }));
    expect(rt.outbox).toHaveLength(1);
    expect(rowsOf(rt, 'review')[0]!.notified).toEqual(expect.any(Date));
    expect(rowsOf(rt, 'review')[1]!.notified).toBe('');
    // The next day, the next response to either form sends what waited.
    rt.advanceTo('2026-11-17T07:30:00+07:00');
    rt.submitForm(forms.session, log(rt, forms.session, { date: '2026-11-17', topics: 'baik' }));
    expect(rt.outbox).toHaveLength(2);
    expect(rt.outbox[1]!.body).toContain('2026-12-25');
    expect(rt.outbox[1]!.body).not.toContain('2026-12-24');
  });

  it('held ones also go with the daily trigger', () => {
    const { rt } = schoolWithMentors();
    const forms = createForms(rt);
    rt.call('turnOnMonthlyEmails');
    rt.submitForm(forms.session, log(rt, forms.session, { date: '2026-12-24' }));
    rt.advanceTo('2026-11-16T09:00:00+07:00');
    rt.submitForm(forms.session, log(rt, forms.session, { date: '2026-12-25' }));
    expect(rt.outbox).toHaveLength(1);
    rt.advanceTo('2026-11-17T08:00:00+07:00');
    expect(rt.outbox.map((m) => m.subject)).toEqual([
      'Catatan sesi belum masuk (1) — SMP Negeri 3 Kupang',
      'Catatan sesi belum masuk (1) — SMP Negeri 3 Kupang',
    ]);
  });
});
