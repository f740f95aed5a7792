/** Mentor notices: one email a day per mentor listing all their logs in Review; quota kept; nothing confidential. */
import { describe, expect, it } from 'vitest';
import type { NoticeEmail } from '../../../src/core/forms/notice';
import type { ReviewRow } from '../../../src/core/schema/records';
import { sendReviewNotices } from '../../../src/flows/review-notices';
import { takeSubmission } from '../../../src/flows/submission';
import { CTX, INTAKE, intake, SESSION, school, session } from './fixtures';

function mailer(quota = 100) {
  const sent: NoticeEmail[] = [];
  return {
    sent,
    remaining: () => quota - sent.length,
    send: (email: NoticeEmail) => void sent.push(email),
  };
}

const ctx = (today = '2026-11-16', now = '2026-11-16T02:00:00.000Z') => ({
  lang: 'id' as const,
  today,
  now,
  timeZone: 'Asia/Jakarta',
  school: 'SMP Negeri 3',
});

const refused = (store: ReturnType<typeof school>, over: Record<string, string>, at?: string) =>
  takeSubmission(
    store,
    SESSION,
    session(
      { minutes: '900', notes: 'RAHASIA-9', topics: 'TOPIK-RAHASIA', follow_up: 'TINDAK-LANJUT', ...over },
      at,
    ),
    [],
    CTX,
  );

describe('sendReviewNotices', () => {
  it('tells each mentor once, listing all their logs, with the reason and what to do', () => {
    const store = school();
    refused(store, {});
    refused(store, { date: '2026-11-15', minutes: 'lima' });
    refused(store, { mentor_id: 'M02 – Pak Yos' });
    const mail = mailer();
    expect(sendReviewNotices(store, mail, ctx())).toEqual({ sent: 2, held: 0, waiting: 0 });
    expect(mail.sent.map((m) => m.to)).toEqual(['sari@smpn3.sch.id', 'yos@smpn3.sch.id']);
    const [sari] = mail.sent;
    expect(sari!.subject).toBe('Catatan sesi belum masuk (2) — SMP Negeri 3');
    expect(sari!.text).toContain('Yth. Bu Sari,');
    expect(sari!.text).toContain(
      "• Sesi 2026-11-16 dengan Beni (7A) (individu), dikirim 2026-11-16: Menit: '900' harus antara 1 dan 600",
    );
    expect(sari!.text).toContain(
      "• Sesi 2026-11-15 dengan Beni (7A) (individu), dikirim 2026-11-16: Menit: 'lima' harus berupa angka",
    );
    expect(sari!.text).toContain('Yang perlu dilakukan: ');
    expect(sari!.html).toContain('<li>Sesi 2026-11-16 dengan Beni (7A)');
    // Stamped: a second run the same day, or the next, tells nobody again about these.
    expect(store.records<ReviewRow>('review').every((r) => r.notified === '2026-11-16T02:00:00.000Z')).toBe(
      true,
    );
    expect(sendReviewNotices(store, mail, ctx('2026-11-17', '2026-11-17T02:00:00.000Z'))).toEqual({
      sent: 0,
      held: 0,
      waiting: 0,
    });
  });

  it('never carries notes, topics or follow-up', () => {
    const store = school();
    refused(store, {});
    const mail = mailer();
    sendReviewNotices(store, mail, ctx());
    for (const secret of ['RAHASIA-9', 'TOPIK-RAHASIA', 'TINDAK-LANJUT']) {
      expect(mail.sent[0]!.text).not.toContain(secret);
      expect(mail.sent[0]!.html).not.toContain(secret);
    }
  });

  it('names a student only with parental consent recorded', () => {
    const store = school().seed('students', [
      { student_id: '0012345678', name: 'Sinta', class: '8A', consent: 'tidak' },
    ]);
    refused(store, { student_id: '0012345678 – Sinta (8A)' });
    const mail = mailer();
    sendReviewNotices(store, mail, ctx());
    expect(mail.sent[0]!.text).not.toContain('Sinta');
    expect(mail.sent[0]!.text).toContain(
      'seorang siswa (nama tidak ditampilkan: izin orang tua belum tercatat)',
    );
  });

  it('says so when the student is not on the list', () => {
    const store = school();
    refused(store, { student_id: '0099999999 – Wayan' });
    const mail = mailer();
    sendReviewNotices(store, mail, ctx());
    expect(mail.sent[0]!.text).not.toContain('Wayan (');
    expect(mail.sent[0]!.text).toContain('siswa yang tidak ada di daftar');
  });

  it('sends at most one a day: a log refused after the notice waits for tomorrow, then comes alone', () => {
    const store = school();
    refused(store, {});
    const mail = mailer();
    sendReviewNotices(store, mail, ctx());
    refused(store, { minutes: '700' });
    expect(sendReviewNotices(store, mail, ctx('2026-11-16', '2026-11-16T09:00:00.000Z'))).toEqual({
      sent: 0,
      held: 0,
      waiting: 1,
    });
    expect(sendReviewNotices(store, mail, ctx('2026-11-17', '2026-11-17T01:00:00.000Z'))).toEqual({
      sent: 1,
      held: 0,
      waiting: 0,
    });
    expect(mail.sent[1]!.subject).toBe('Catatan sesi belum masuk (1) — SMP Negeri 3');
    expect(mail.sent[1]!.text).toContain("'700'");
    expect(mail.sent[1]!.text).not.toContain("'900'");
  });

  it('keeps the quota for the monthly summaries: held while sending would leave less than active mentors and coordinators', () => {
    const store = school().seed('settings', [
      { key: 'coordinator_emails', value: 'bk@smpn3.sch.id, kepala@smpn3.sch.id' },
    ]);
    refused(store, {});
    refused(store, { mentor_id: 'M02 – Pak Yos' });
    // Two mentors and two coordinators: 4 kept; 5 left allows one notice.
    const mail = mailer(5);
    expect(sendReviewNotices(store, mail, ctx())).toEqual({ sent: 1, held: 1, waiting: 1 });
    expect(store.records<ReviewRow>('review').map((r) => r.notified !== null)).toEqual([true, false]);
  });

  it('keeps room for exactly the monthly emails: one per active mentor address, one per coordinator', () => {
    const store = school()
      .seed('mentors', [
        { mentor_id: 'M03', name: 'Bu Rina', email: 'rina@smpn3.sch.id', active: 'tidak' },
        { mentor_id: 'M04', name: 'Pak Tono', active: 'ya' },
        { mentor_id: 'M05', name: 'Bu Sari (wali kelas)', email: ' SARI@smpn3.sch.id ', active: 'ya' },
      ])
      .seed('settings', [
        {
          key: 'coordinator_emails',
          value: 'BK@smpn3.sch.id; bk@smpn3.sch.id kepala@smpn3.sch.id, bukan-alamat',
        },
      ]);
    refused(store, {});
    refused(store, { mentor_id: 'M02 – Pak Yos' });
    // Sari's two rows share an address, Rina is inactive, Tono has none: 2 mentors + 2 coordinators.
    expect(sendReviewNotices(store, mailer(5), ctx())).toEqual({ sent: 1, held: 1, waiting: 1 });
    const fresh = school().seed('settings', [{ key: 'coordinator_emails', value: 'bk@smpn3.sch.id' }]);
    refused(fresh, {});
    refused(fresh, { mentor_id: 'M02 – Pak Yos' });
    // Two mentors and one coordinator: 3 kept; 5 left allows both notices.
    expect(sendReviewNotices(fresh, mailer(5), ctx())).toEqual({ sent: 2, held: 0, waiting: 0 });
  });

  it('says when a log has no date or type, never "null"; names a consenting student without a class by name only', () => {
    const store = school().seed('students', [
      { student_id: '0012345678', name: 'Sinta', consent: 'ya', status: 'aktif' },
    ]);
    refused(store, { student_id: '0012345678 – Sinta', date: '', type: '' });
    const mail = mailer();
    sendReviewNotices(store, mail, ctx());
    const text = mail.sent[0]!.text;
    expect(text).toContain('Sesi tanpa tanggal dengan Sinta (jenis tidak diisi)');
    expect(text).not.toContain('null');
    expect(text).not.toContain('Sinta ()');
  });

  it('tells nobody about a log whose mentor is not on the list, or that names no mentor', () => {
    const store = school();
    refused(store, { mentor_id: 'M99 – Bu Siapa' });
    refused(store, { mentor_id: '' });
    const mail = mailer();
    expect(sendReviewNotices(store, mail, ctx())).toEqual({ sent: 0, held: 0, waiting: 0 });
    expect(store.records<ReviewRow>('review').every((r) => r.notified === null)).toBe(true);
  });

  it('tells nobody of a taken log left without a status, nor of an intake row a person put a mentor on', () => {
    const store = school();
    refused(store, {});
    refused(store, {});
    takeSubmission(store, INTAKE, intake({ student_id: '123' }), [], CTX);
    const rows = store.records<ReviewRow>('review');
    expect(rows).toHaveLength(3);
    store.update(
      'review',
      new Map([
        [2, { taken: true, status: null }],
        [3, { status: 'dismissed' }],
        [4, { mentor_id: 'M01 – Bu Sari', status: 'open' }],
      ]),
    );
    const mail = mailer();
    expect(sendReviewNotices(store, mail, ctx())).toEqual({ sent: 0, held: 0, waiting: 0 });
  });

  it('tells nobody about intakes, taken logs, rows already handled, or a mentor without an address', () => {
    const store = school().seed('mentors', [{ mentor_id: 'M03', name: 'Bu Rina', active: 'ya' }]);
    takeSubmission(store, INTAKE, intake({ student_id: '123' }), [], CTX);
    takeSubmission(store, SESSION, session({ student_id: '115550102 – Beni (7A)' }), [], CTX); // taken, a note
    refused(store, {});
    store.update('review', new Map([[4, { status: 'dismissed' }]]));
    refused(store, { mentor_id: 'M03 – Bu Rina' });
    const mail = mailer();
    expect(sendReviewNotices(store, mail, ctx())).toEqual({ sent: 0, held: 0, waiting: 0 });
  });
});
