/**
 * The monthly monitoring sheet: three months of baseline values per mentee, the sessions held,
 * the next step of the latest tier, a family link, and nothing confidential; ID only without consent.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type MonitoringInput, monitoringSheets, monthsOf } from '../../../src/core/print/monitoring';
import { monitoringPage } from '../../../src/core/print/page';
import type { RiskHistoryRow } from '../../../src/core/schema/records';
import { MARKER, mentors, session, student } from '../summary/fixtures';

function history_(over: Partial<RiskHistoryRow> & { month: string; student_id: string }): RiskHistoryRow {
  return {
    score: 50,
    tier: 2,
    reasons: 'Alpa 4 hari',
    kind: 'baseline',
    taken_at: `${over.month}-01T01:00:00.000Z`,
    attendance: 0.9,
    unexcused: 4,
    incidents: 1,
    below_passing: 2,
    average: 70,
    previous_average: 72,
    overage: 0,
    needs: 1,
    ...over,
  };
}

const ayu = student({
  student_id: 'S01',
  name: 'Ayu',
  class: '8B',
  mentor_id: 'M1',
  guardian_phone: '081234567890',
});
const budi = student({ student_id: 'S02', name: 'Budi', class: '8A', mentor_id: 'M1', guardian_phone: null });
const citra = student({
  student_id: 'S03',
  name: 'Citra',
  class: '7A',
  mentor_id: 'M1',
  consent: null,
  guardian_phone: '081200001111',
});
const dedi = student({ student_id: 'S04', name: 'Dedi', class: '7A', mentor_id: 'M2' });
const gone = student({ student_id: 'S05', name: 'Eko', class: '7A', mentor_id: 'M1', status: 'transferred' });

function input(over: Partial<MonitoringInput> = {}): MonitoringInput {
  return {
    lang: 'id',
    school: 'SMP 3',
    today: '2026-12-02',
    intervals: { 3: 7, 2: 14, other: 30 },
    mentors,
    students: [ayu, budi, citra, dedi, gone],
    history: [
      history_({ month: '2026-10', student_id: 'S01', tier: 1, unexcused: 0 }),
      history_({ month: '2026-11', student_id: 'S01', tier: 2, unexcused: 3 }),
      history_({
        month: '2026-12',
        student_id: 'S01',
        tier: 3,
        unexcused: 5,
        attendance: 0.755,
        reasons: 'Alpa 5 hari',
      }),
      // A manual snapshot never replaces the baseline; an older baseline row gives way to a later one.
      history_({
        month: '2026-12',
        student_id: 'S01',
        tier: 1,
        kind: 'manual',
        taken_at: '2026-12-02T00:00:00.000Z',
      }),
      history_({ month: '2026-11', student_id: 'S01', tier: 3, taken_at: '2026-10-31T00:00:00.000Z' }),
      history_({ month: '2026-09', student_id: 'S01', tier: 3 }),
      history_({ month: '2026-12', student_id: 'S03', tier: 2 }),
    ],
    sessions: [
      session({ date: '2026-10-01', student_id: 'S01', type: 'home_visit' }),
      session({ date: '2026-09-30', student_id: 'S01' }),
      session({ date: '2026-11-20', student_id: 'S01', attended: false }),
      session({ date: '2026-11-10', student_id: 'S01', type: 'family' }),
      session({ date: '2026-12-03', student_id: 'S01' }),
      session({ date: '2026-11-11', student_id: 'S02' }),
    ],
    ...over,
  };
}

describe('the monitoring sheets', () => {
  it('cover the month printed and the two before it', () => {
    expect(monthsOf('2026-12-02')).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(monthsOf('2027-01-31')).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(monthsOf('2027-02-01')).toEqual(['2026-12', '2027-01', '2027-02']);
  });

  it('give each active mentor with mentees a sheet; mentees named by class and name, the unnamed last', () => {
    const sheets = monitoringSheets(input());
    expect(sheets.map((s) => s.mentorId)).toEqual(['M1', 'M2']);
    expect(sheets[0]!.mentees.map((m) => [m.studentId, m.name, m.className])).toEqual([
      ['S02', 'Budi', '8A'],
      ['S01', 'Ayu', '8B'],
      ['S03', null, null],
    ]);
    expect(monitoringSheets(input(), ['M2']).map((s) => s.mentorId)).toEqual(['M2']);
    const inactive = mentors.map((m) => (m.mentor_id === 'M2' ? { ...m, active: false } : m));
    expect(monitoringSheets(input({ mentors: inactive })).map((s) => s.mentorId)).toEqual(['M1']);
  });

  it('take each month’s values from its baseline, the later baseline of two, never a manual snapshot', () => {
    const ayuSheet = monitoringSheets(input())[0]!.mentees.find((m) => m.studentId === 'S01')!;
    expect(ayuSheet.months.map((m) => [m.month, m.values?.tier, m.values?.unexcused])).toEqual([
      ['2026-10', 1, 0],
      ['2026-11', 2, 3],
      ['2026-12', 3, 5],
    ]);
    expect(ayuSheet.tier).toBe(3);
    expect(ayuSheet.nextStep).toContain('setiap 7 hari');
    const budiSheet = monitoringSheets(input())[0]!.mentees.find((m) => m.studentId === 'S02')!;
    expect(budiSheet.months.every((m) => m.values === null)).toBe(true);
    expect(budiSheet.tier).toBeNull();
    expect(budiSheet.nextStep).toContain('setiap 30 hari');
    expect(budiSheet.whatsapp).toBeNull();
  });

  it('lists the sessions held in the three months up to today, oldest first, date and type only', () => {
    const ayuSheet = monitoringSheets(input())[0]!.mentees.find((m) => m.studentId === 'S01')!;
    expect(ayuSheet.sessions).toEqual([
      { date: '2026-10-01', type: 'home_visit' },
      { date: '2026-11-10', type: 'family' },
    ]);
  });

  it('link the family of a named mentee only', () => {
    const [m1] = monitoringSheets(input());
    expect(m1!.mentees.find((m) => m.studentId === 'S01')!.whatsapp).toMatch(
      /^https:\/\/wa\.me\/6281234567890\?text=/,
    );
    expect(m1!.mentees.find((m) => m.studentId === 'S03')!.whatsapp).toBeNull();
  });
});

describe('the printed page', () => {
  let html = '';
  beforeAll(() => {
    html = monitoringPage(input());
  });

  it('is A4 with a page per mentor, a chooser and the browser’s print', () => {
    expect(html).toContain('@page { size: A4; margin: 12mm; }');
    expect(html.match(/<section class="mentor" data-mentor=/g)).toHaveLength(2);
    expect(html).toContain('<option value="M1">M1 – Sari Wulandari</option>');
    expect(html).toContain('window.print()');
    expect(monitoringPage(input(), 'M2')).toContain('<section class="mentor" data-mentor="M1" hidden>');
    expect(monitoringPage(input(), 'M2')).toContain('<section class="mentor" data-mentor="M2">');
    expect(monitoringPage(input(), 'M2')).toContain('<option value="M2" selected>');
  });

  it('shows values, sessions, next step, lines for notes; ID only without consent; nothing confidential', () => {
    expect(html).toContain(
      '<td>Desember 2026</td><td>75,5%</td><td>5</td><td>1</td><td>2</td><td>Tingkat 3</td><td>Alpa 5 hari</td>',
    );
    expect(html).toContain('belum ada patokan');
    expect(html).toContain('1 Oktober 2026 (kunjungan rumah); 10 November 2026 (keluarga)');
    expect(html).toContain('Catatan (tulis tangan)');
    expect(html).toContain('Siswa S03 (tanpa izin orang tua yang tercatat: hanya ID)');
    expect(html).not.toContain('Citra');
    expect(html).not.toContain(MARKER);
    expect(html.match(/class="line"/g)!.length).toBe(3 * 4);
  });

  it('escapes every text and says so when no mentor has mentees', () => {
    const odd = student({ student_id: 'S9', name: '<img src=x>', class: '7A', mentor_id: 'M1' });
    expect(monitoringPage(input({ students: [odd] }))).toContain('&lt;img src=x&gt;');
    expect(monitoringPage(input({ students: [] }))).toContain(
      'Tidak ada pendamping aktif yang punya siswa dampingan.',
    );
    expect(monitoringPage(input({ lang: 'en' }))).toContain('<html lang="en">');
  });
});

describe('rules of the sheets, one by one', () => {
  const base = (over: Partial<MonitoringInput>) => input({ history: [], sessions: [], ...over });

  it('orders sessions by date whatever the log’s order, counts today’s, and only the student’s own', () => {
    const sessions = [
      session({ date: '2026-12-02', student_id: 'S01', type: 'group' }),
      session({ date: '2026-10-05', student_id: 'S01' }),
      session({ date: '2026-11-01', student_id: 'S02' }),
      session({ date: '2026-11-15', student_id: 'S01', type: 'family' }),
    ];
    const [m1] = monitoringSheets(base({ sessions }));
    expect(m1!.mentees.find((m) => m.studentId === 'S01')!.sessions.map((x) => x.date)).toEqual([
      '2026-10-05',
      '2026-11-15',
      '2026-12-02',
    ]);
    expect(m1!.mentees.find((m) => m.studentId === 'S02')!.sessions.map((x) => x.date)).toEqual([
      '2026-11-01',
    ]);
  });

  it('takes the tier of the latest month with a baseline; a blank tier is no tier', () => {
    const history = [
      history_({ month: '2026-11', student_id: 'S01', tier: 3 }),
      history_({ month: '2026-12', student_id: 'S02', tier: null }),
      history_({ month: '2026-11', student_id: 'S02', tier: 3 }),
    ];
    const [m1] = monitoringSheets(base({ history }));
    const ayu_ = m1!.mentees.find((m) => m.studentId === 'S01')!;
    expect([ayu_.tier, ayu_.nextStep]).toEqual([3, expect.stringContaining('setiap 7 hari')]);
    const budi_ = m1!.mentees.find((m) => m.studentId === 'S02')!;
    expect([budi_.tier, budi_.nextStep]).toEqual([null, expect.stringMatching(/^Belum ada tingkat/)]);
    for (const tier of [1, 2] as const) {
      const [one] = monitoringSheets(
        base({ history: [history_({ month: '2026-12', student_id: 'S01', tier })] }),
      );
      expect(one!.mentees.find((m) => m.studentId === 'S01')!.tier).toBe(tier);
    }
  });

  it('of two baselines of a month keeps the later taken, or the later listed when the times are equal or blank', () => {
    const pick = (...rows: RiskHistoryRow[]) =>
      monitoringSheets(base({ history: rows }))[0]!.mentees.find((m) => m.studentId === 'S01')!.months[2]!
        .values?.unexcused;
    const at = (taken_at: string | null, unexcused: number) =>
      history_({ month: '2026-12', student_id: 'S01', taken_at, unexcused });
    expect(pick(at('2026-12-01T02:00:00Z', 1), at('2026-12-01T01:00:00Z', 2))).toBe(1);
    expect(pick(at('2026-12-01T01:00:00Z', 1), at('2026-12-01T01:00:00Z', 2))).toBe(2);
    expect(pick(at(null, 1), at('2026-12-01T01:00:00Z', 2))).toBe(2);
    expect(pick(at('2026-12-01T01:00:00Z', 1), at(null, 2))).toBe(1);
    expect(pick(at(null, 1), at(null, 2))).toBe(2);
  });

  it('puts the named first whatever the roster’s order, and greets the family as the mentor', () => {
    const [m1] = monitoringSheets(base({ students: [citra, budi, ayu] }));
    expect(m1!.mentees.map((m) => m.studentId)).toEqual(['S02', 'S01', 'S03']);
    const text = new URL(m1!.mentees.find((m) => m.studentId === 'S01')!.whatsapp!).searchParams.get('text');
    expect(text).toContain('saya Sari Wulandari, guru di SMP 3 dan pendamping Ayu');
  });
});

describe('the page, piece by piece', () => {
  const one = () =>
    monitoringPage(
      input({
        students: [ayu],
        history: [
          history_({
            month: '2026-12',
            student_id: 'S01',
            attendance: null,
            unexcused: null,
            tier: null,
            reasons: null,
          }),
        ],
        sessions: [session({ date: '2026-11-10', student_id: 'S01', type: 'family' })],
      }),
    );

  it('writes the chooser, the heading, the table and the family link exactly', () => {
    const html = one();
    expect(html).toContain(
      '<div class="controls"><label for="mentor">Pendamping</label><select id="mentor"><option value="">Semua pendamping</option><option value="M1">M1 – Sari Wulandari</option></select><button type="button" id="print">Cetak</button><span class="hint">',
    );
    expect(html).toContain('<title>Lembar pemantauan — SMP 3</title>');
    expect(html).toContain(
      '<section class="mentor" data-mentor="M1"><h1>Lembar pemantauan: Sari Wulandari</h1><p class="period">SMP 3 · Bulan Oktober 2026 s.d. Desember 2026 · dicetak 2 Desember 2026</p><section class="mentee" data-student="S01"><h2>Ayu (8B) · S01</h2><table><tr><th>Bulan</th><th>Kehadiran</th><th>Alpa</th><th>Kejadian</th><th>Mapel &lt; KKM</th><th>Tingkat</th><th>Alasan</th></tr><tr><td>Oktober 2026</td><td colspan="6">belum ada patokan</td></tr><tr><td>November 2026</td><td colspan="6">belum ada patokan</td></tr><tr><td>Desember 2026</td><td>–</td><td>–</td><td>1</td><td>2</td><td>–</td><td></td></tr></table>',
    );
    expect(html).toContain(
      '<p><b>Sesi terlaksana:</b> 10 November 2026 (keluarga)</p><p><b>Langkah berikutnya:</b> Belum ada tingkat',
    );
    expect(html).toMatch(
      /<p>WhatsApp: <a href="https:\/\/wa\.me\/6281234567890\?text=[^"]+">wa\.me\/6281234567890<\/a><\/p><p><b>Catatan \(tulis tangan\):<\/b><\/p><div class="line"><\/div><div class="line"><\/div><div class="line"><\/div><\/section><\/section><script>/,
    );
  });

  it('leaves out the family link without a number, and the class when there is none', () => {
    const html = monitoringPage(input({ students: [{ ...ayu, guardian_phone: null, class: null }] }));
    expect(html).toContain('<h2>Ayu · S01</h2>');
    expect(html).not.toContain('WhatsApp');
    expect(html).toContain('</p><p><b>Catatan (tulis tangan):</b></p>');
  });
});
