import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../../src/core/risk/assess';
import type { RiskInputs } from '../../../src/core/risk/model';
import { describeRisk } from '../../../src/core/risk/reasons';
import { DEFAULT_THRESHOLDS } from '../../../src/core/risk/thresholds';
import { BLANK, student } from './fixtures';

const reasons = (changes: Partial<RiskInputs>) => ({
  en: describeRisk(assessRisk(student(changes)), 'en'),
  id: describeRisk(assessRisk(student(changes)), 'id'),
});

describe('describeRisk', () => {
  it.each<[Partial<RiskInputs>, string, string]>([
    [
      { attendance: 0.86, unexcused: 3 },
      'Attendance 86% (< 90%) · 3 unexcused absences (≥ 3)',
      'Kehadiran 86% (< 90%) · 3 alpa (≥ 3)',
    ],
    [{ attendance: 0.7 }, 'Attendance 70% (< 80%)', 'Kehadiran 70% (< 80%)'],
    [{ attendance: 0.93 }, 'Attendance 93% (< 95%)', 'Kehadiran 93% (< 95%)'],
    [{ attendance: 0.865 }, 'Attendance 86.5% (< 90%)', 'Kehadiran 86,5% (< 90%)'],
    [{ attendance: 86.25 }, 'Attendance 86.3% (< 90%)', 'Kehadiran 86,3% (< 90%)'],
    [{ unexcused: 2 }, '2 unexcused absences (≥ 2)', '2 alpa (≥ 2)'],
    [{ incidents: 4 }, 'Incidents in 30 days: 4 (≥ 3)', 'Kejadian dalam 30 hari: 4 (≥ 3)'],
    [{ below_passing: 1 }, '1 subject below passing (≥ 1)', '1 mapel di bawah KKM (≥ 1)'],
    [{ below_passing: 3 }, '3 subjects below passing (≥ 2)', '3 mapel di bawah KKM (≥ 2)'],
    [{ average: 72.5, previous_average: 72.5 }, 'Term average 72.5 (< 75)', 'Rata-rata semester 72,5 (< 75)'],
    [{ average: 78, previous_average: 78 }, 'Term average 78 (< 80)', 'Rata-rata semester 78 (< 80)'],
    [
      { average: 85, previous_average: 97.5 },
      'Average down 12.5 points (≥ 10)',
      'Rata-rata turun 12,5 poin (≥ 10)',
    ],
    [{ overage: 1 }, '1 year over age for grade (≥ 1)', 'Lebih tua 1 tahun dari usia kelasnya (≥ 1)'],
    [{ overage: 2 }, '2 years over age for grade (≥ 2)', 'Lebih tua 2 tahun dari usia kelasnya (≥ 2)'],
    [{ needs: 1 }, '1 need area in assessment (≥ 1)', '1 aspek kebutuhan dari asesmen (≥ 1)'],
    [{ needs: 3 }, '3 need areas in assessment (≥ 2)', '3 aspek kebutuhan dari asesmen (≥ 2)'],
    [{}, 'No flags', 'Tidak ada tanda risiko'],
  ])('%j', (changes, en, id) => {
    expect(reasons(changes)).toEqual({ en, id });
  });

  it('lists red flags first, then amber, each in indicator order', () => {
    expect(reasons({ attendance: 0.93, needs: 2, unexcused: 2, overage: 2 }).en).toBe(
      '2 years over age for grade (≥ 2) · 2 need areas in assessment (≥ 2) · Attendance 93% (< 95%) · 2 unexcused absences (≥ 2)',
    );
    expect(reasons({ attendance: 0.7, unexcused: 3 }).en).toBe(
      'Attendance 70% (< 80%) · 3 unexcused absences (≥ 3)',
    );
  });

  it('says what is missing, after the flags', () => {
    expect(reasons({ attendance: null })).toEqual({
      en: 'No data: attendance',
      id: 'Belum ada data: kehadiran',
    });
    expect(reasons({ attendance: 0.86, needs: null })).toEqual({
      en: 'Attendance 86% (< 90%) · No data: assessment',
      id: 'Kehadiran 86% (< 90%) · Belum ada data: asesmen',
    });
    expect(reasons({ attendance: null, unexcused: null, average: null })).toEqual({
      en: 'No data: attendance, unexcused absences, term average, grade change',
      id: 'Belum ada data: kehadiran, alpa, rata-rata semester, perubahan nilai',
    });
    expect(describeRisk(assessRisk({ ...BLANK, incidents: 0, below_passing: 0, overage: 0 }), 'id')).toBe(
      'Belum ada data: kehadiran, alpa, rata-rata semester, perubahan nilai, asesmen',
    );
  });

  it('is blank when nothing is known', () => {
    expect(describeRisk(assessRisk(BLANK), 'en')).toBe('');
    expect(describeRisk(assessRisk(BLANK), 'id')).toBe('');
  });

  it('shows the thresholds in force', () => {
    const t = { ...DEFAULT_THRESHOLDS, attendance_high: 0.875, unexcused_watch: 1, unexcused_high: 5 };
    expect(describeRisk(assessRisk(student({ attendance: 0.86, unexcused: 1 }), t), 'en')).toBe(
      'Attendance 86% (< 87.5%) · 1 unexcused absence (≥ 1)',
    );
    expect(describeRisk(assessRisk(student({ attendance: 0.86, unexcused: 1 }), t), 'id')).toBe(
      'Kehadiran 86% (< 87,5%) · 1 alpa (≥ 1)',
    );
  });
});
