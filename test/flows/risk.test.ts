import { describe, expect, it } from 'vitest';
import { columnLabel } from '../../src/core/schema/labels';
import { paste, setUp, sheetOf } from '../helpers/workbook';

/** A class of six, shaped so that each student shows one case of the risk model (as of 2026-11-16). */
function school(locale = 'id_ID') {
  const { rt, lang } = setUp({ locale });
  const active = lang === 'id' ? 'aktif' : 'active';
  paste(rt, 'students', lang, [
    {
      student_id: '0010000001',
      name: 'Ani',
      class: '7A',
      grade: '7',
      birth_date: '2013-05-01',
      status: active,
    },
    {
      student_id: '0010000002',
      name: 'Beni',
      class: '7A',
      grade: '7',
      birth_date: '2013-02-11',
      status: active,
    },
    {
      student_id: '0010000003',
      name: 'Cici',
      class: '7A',
      grade: '7',
      birth_date: '2011-03-03',
      status: active,
    },
    {
      student_id: '0010000004',
      name: 'Dodi',
      class: '7A',
      grade: '7',
      birth_date: '2013-08-08',
      status: active,
    },
    {
      student_id: '0010000005',
      name: 'Eli',
      class: '7A',
      grade: '7',
      birth_date: '2013-01-20',
      status: active,
    },
    { student_id: '0010000006', name: 'Fani', class: '7A', grade: '7', status: active },
  ]);
  const month = (id: string, days: string, s: string, i: string, a: string, m = '2026-10') => ({
    student_id: id,
    month: m,
    school_days: days,
    sick: s,
    excused: i,
    unexcused: a,
  });
  paste(rt, 'attendance', lang, [
    month('0010000001', '20', '0', '0', '0', '2026-09'),
    month('0010000001', '20', '0', '0', '0'), // 100%
    month('0010000002', '20', '1', '0', '3'), // 80%, 3 alpa: two red flags
    month('0010000003', '20', '1', '0', '0'), // 95%
    month('0010000004', '20', '2', '1', '2'), // 75%: critical
    month('0010000005', '20', '1', '0', '0'), // 95%
  ]);
  const term = (id: string, t: string, avg: string, below: string) => ({
    student_id: id,
    term: t,
    average: avg,
    below_passing: below,
  });
  paste(rt, 'grades', lang, [
    term('0010000001', '2025-2', '85', '0'),
    term('0010000001', '2026-1', '86', '0'),
    term('0010000003', '2025-2', '82', '0'),
    term('0010000003', '2026-1', '78', '1'), // watch: average < 80, 1 below passing
    term('0010000005', '2025-2', '88', '0'),
    term('0010000005', '2026-1', '76', '0'), // drop of 12: red
  ]);
  paste(rt, 'incidents', lang, [
    { date: '2026-11-10', student_id: '0010000005', kind: lang === 'id' ? 'skorsing' : 'suspension' }, // red
  ]);
  paste(rt, 'assessments', lang, [
    {
      date: '2026-08-01',
      student_id: '0010000001',
      social_pressure: '0',
      economic_hardship: '1',
      low_home_support: '0',
    },
  ]);
  return { rt, lang };
}

function riskColumns(rt: ReturnType<typeof school>['rt'], lang: 'id' | 'en') {
  const sheet = sheetOf(rt, 'students', lang);
  const values = sheet.values();
  const at = (key: string) => values[0]!.indexOf(columnLabel('students', key, lang));
  return values.slice(1, 7).map((r) => ({
    id: r[at('student_id')],
    tier: r[at('risk_tier')],
    score: r[at('risk_score')],
    reasons: r[at('risk_reasons')],
  }));
}

describe('the Students sheet computes risk from the other sheets (built add-on, Setup formulas)', () => {
  it('evaluates indicators, tiers and reasons for every student', () => {
    const { rt, lang } = school();
    const risk = riskColumns(rt, lang);
    expect(risk.map((r) => r.tier)).toEqual([1, 3, 2, 3, 3, 1]);
    expect(risk[0]!.reasons).toBe('Tidak ada tanda risiko');
    expect(risk[1]!.reasons).toBe(
      'Kehadiran 80% (< 90%) · 3 alpa (≥ 3) · Belum ada data: mapel di bawah KKM, rata-rata semester, perubahan nilai, asesmen',
    );
    expect(risk[2]!.reasons).toBe(
      'Lebih tua 2 tahun dari usia kelasnya (≥ 2) · 1 mapel di bawah KKM (≥ 1) · Rata-rata semester 78 (< 80) · Belum ada data: asesmen',
    );
    expect(risk[3]!.reasons).toMatch(/^Kehadiran 75% \(< 80%\) · 2 alpa \(≥ 2\)/);
    expect(risk[4]!.reasons).toMatch(/^Kejadian dalam 30 hari: 3 \(≥ 3\) · Rata-rata turun 12 poin \(≥ 10\)/); // a suspension
    // No data is unknown, not fine: the reasons say so.
    expect(risk[5]!.reasons).toBe(
      'Belum ada data: kehadiran, alpa, mapel di bawah KKM, rata-rata semester, perubahan nilai, usia, asesmen',
    );
    expect((risk[1]!.score as number) > (risk[2]!.score as number)).toBe(true);
  });

  it('speaks English in an English workbook', () => {
    const { rt, lang } = school('en_US');
    expect(riskColumns(rt, lang)[1]!.reasons).toBe(
      'Attendance 80% (< 90%) · 3 unexcused absences (≥ 3) · No data: subjects below passing, term average, grade change, assessment',
    );
  });

  it('follows Settings: a school that lowers the red attendance line sees fewer flags', () => {
    const { rt, lang } = school();
    const settings = rt.spreadsheet.sheet('Pengaturan');
    const row = settings.values().findIndex((r) => r[0] === 'attendance_high') + 1;
    settings.setCell(`B${row}`, '0,75');
    expect(riskColumns(rt, lang)[1]!.reasons).toMatch(/^3 alpa \(≥ 3\) · Kehadiran 80% \(< 95%\)/);
  });
});

describe('the monthly snapshot', () => {
  it('writes each active student’s score, tier and reasons, exactly as the sheet computes them', () => {
    const { rt, lang } = school();
    rt.call('takeRiskSnapshot');
    const history = sheetOf(rt, 'risk_history', lang).values().slice(1);
    const sheet = riskColumns(rt, lang).filter((r) => r.tier !== '');
    expect(history.map((r) => [r[0], r[1], r[2], r[3], r[4]])).toEqual(
      sheet.map((r) => ['2026-11', r.id, r.score, r.tier, r.reasons]),
    );
  });

  it('replaces the month’s rows when taken again, and keeps other months', () => {
    const { rt, lang } = school();
    const history = sheetOf(rt, 'risk_history', lang);
    history.paste('A2', [['2026-10', '0010000001', '10', '1', 'lama']]); // plain-text cells: typed as is
    rt.call('takeRiskSnapshot');
    rt.call('takeRiskSnapshot');
    const rows = history
      .values()
      .slice(1)
      .filter((r) => r[0] !== '');
    expect(rows.filter((r) => r[0] === '2026-10')).toHaveLength(1);
    expect(rows.filter((r) => r[0] === '2026-11')).toHaveLength(6);
  });
});
