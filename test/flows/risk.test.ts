import { describe, expect, it } from 'vitest';
import { columnLabel } from '../../src/core/schema/labels';
import { school } from '../helpers/school';
import { sheetOf } from '../helpers/workbook';

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

describe('risk snapshots', () => {
  const history = (rt: ReturnType<typeof school>['rt'], lang: 'id' | 'en') =>
    sheetOf(rt, 'risk_history', lang)
      .values()
      .slice(1)
      .filter((r) => r[0] !== '');

  it('by hand: each active student’s score, tier, reasons and indicators, exactly as the sheet computes them, marked manual', () => {
    const { rt, lang } = school();
    rt.call('takeRiskSnapshot');
    const rows = history(rt, lang);
    const sheet = riskColumns(rt, lang).filter((r) => r.tier !== '');
    expect(rows.map((r) => [r[0], r[1], r[2], r[3], r[4], r[5]])).toEqual(
      sheet.map((r) => ['2026-11', r.id, r.score, r.tier, r.reasons, 'manual']),
    );
    expect(
      rows.every((r) => r[6] instanceof Date && (r[6] as Date).toISOString() === '2026-11-16T01:00:00.000Z'),
    ).toBe(true);
    // The eight indicator values, as the Students sheet's indicator columns show them.
    const students = sheetOf(rt, 'students', lang).values();
    const at = (key: string) => students[0]!.indexOf(columnLabel('students', key, lang));
    const keys = [
      'attendance',
      'unexcused',
      'incidents',
      'below_passing',
      'average',
      'previous_average',
      'overage',
      'needs',
    ];
    for (const row of rows) {
      const student = students.find((r) => r[at('student_id')] === row[1])!;
      expect(row.slice(7, 15), String(row[1])).toEqual(keys.map((k) => student[at(k)]));
    }
  });

  it('by hand never replaces the month’s baseline; taken again, it replaces only the earlier one by hand', () => {
    const { rt, lang } = school();
    sheetOf(rt, 'risk_history', lang).paste('A2', [['2026-10', '0010000001', '10', '1', 'lama']]); // from before the kinds
    rt.call('turnOnMonthlyEmails');
    rt.call('monthlyRun'); // the month's first run: November's baseline
    const baseline = history(rt, lang).filter((r) => r[5] === 'patokan bulanan');
    expect(baseline.map((r) => r[0])).toEqual(Array(6).fill('2026-11'));
    rt.call('takeRiskSnapshot');
    rt.call('takeRiskSnapshot');
    const rows = history(rt, lang);
    expect(rows.filter((r) => r[0] === '2026-10')).toHaveLength(1);
    expect(rows.filter((r) => r[5] === 'patokan bulanan')).toEqual(baseline);
    expect(rows.filter((r) => r[5] === 'manual')).toHaveLength(6);
    expect(rt.ui.toasts.at(-1)!.message).toMatch(
      /^Potret manual, November 2026: 6 siswa .* Patokan bulanan tetap seperti semula\.$/,
    );
  });
});
