import { describe, expect, it } from 'vitest';
import { mentorNotice, type NoticeLog } from '../../../src/core/forms/notice';

const log = (over: Partial<NoticeLog> = {}): NoticeLog => ({
  date: '2026-11-16',
  student: 'Beni (7A)',
  unknownStudent: false,
  type: 'individu',
  at: '2026-11-16',
  problem: "Menit: '900' harus antara 1 dan 600",
  ...over,
});

describe('mentorNotice', () => {
  it('lists each log with its date, student, type, when it came and why, in text and in HTML', () => {
    const email = mentorNotice('en', 'sari@x.id', 'Bu Sari', 'SMP 3', [
      log(),
      log({ date: null, type: null, student: null }),
    ]);
    expect(email.to).toBe('sari@x.id');
    expect(email.subject).toBe('Session logs not recorded yet (2) — SMP 3');
    expect(email.text.split('\n')).toEqual([
      'Dear Bu Sari,',
      '',
      '2 of the session logs you sent could not go into the Sessions sheet yet. Nothing is lost: each waits in the Review sheet for the coordinator.',
      '',
      "• Session of 2026-11-16 with Beni (7A) (individu), sent 2026-11-16: Menit: '900' harus antara 1 dan 600",
      "• Session of no date with a student (not named: no parental consent recorded) (type not given), sent 2026-11-16: Menit: '900' harus antara 1 dan 600",
      '',
      expect.stringMatching(/^What to do: If you sent the same log twice, nothing\./),
      '',
      'Pendamping sends this at most once a day, and only about your own logs.',
    ]);
    expect(email.html).toContain('<li>Session of 2026-11-16 with Beni (7A) (individu)');
    expect(email.html.match(/<li>/g)).toHaveLength(2);
    expect(email.html).toContain('600</li><li>Session of no date');
  });

  it('says when the student is not on the list', () => {
    expect(
      mentorNotice('id', 'a@b.id', 'X', 'S', [log({ student: null, unknownStudent: true })]).text,
    ).toContain('Sesi 2026-11-16 dengan siswa yang tidak ada di daftar (individu)');
  });

  it('escapes everything that came from a sheet', () => {
    const email = mentorNotice('id', 'a@b.id', '<b>X</b>', 'S', [log({ problem: '<script>x</script>' })]);
    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('<b>X</b>');
    expect(email.html).toContain('&lt;script&gt;');
  });
});

describe('the notice in HTML', () => {
  it('is the text, paragraph by paragraph, escaped', () => {
    const email = mentorNotice('en', 'a@b.id', 'Bu Sari', 'S', [log()]);
    expect(email.html).toBe(
      '<p>Dear Bu Sari,</p>' +
        '<p>1 of the session logs you sent could not go into the Sessions sheet yet. Nothing is lost: each waits in the Review sheet for the coordinator.</p>' +
        '<ul><li>Session of 2026-11-16 with Beni (7A) (individu), sent 2026-11-16: Menit: &#39;900&#39; harus antara 1 dan 600</li></ul>' +
        '<p><b>What to do</b>: If you sent the same log twice, nothing. Otherwise send the form again with the answers corrected, or tell the coordinator. If a student or a mentor is missing from the lists, ask the coordinator to refresh the form lists first.</p>' +
        '<p style="color:#5f6368">Pendamping sends this at most once a day, and only about your own logs.</p>',
    );
  });
});
