import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../local/runtime';
import type { DataCheck } from '../../sidebar/contract';
import { NOW } from '../helpers/workbook';

/** A school that kept its own sheets before installing the add-on, typed as teachers type. */
function existingSchool() {
  const rt = createRuntime({ locale: 'id_ID', now: NOW, name: 'SMP Negeri 3 Kupang', snapshot: undefined });
  const students = rt.spreadsheet.addSheet('Siswa');
  const rows = [
    ['Nama', 'NISN', 'Gender', 'Tanggal lahir', 'Kelas', 'Tingkat'],
    ['Ayu Lestari', "'0012345678", 'P', '02/03/2013', '7A', '7'],
    ['Budi Santoso', "'0012345679", 'X', '2012-05-17', '8B', '8'], // gender X
    ['Citra Dewi', "'0012345680", 'P', '31/02/2013', '7A', '7'], // no 31 February
    ['Dedi Kurniawan', "'0012345681", 'L', '2011-01-09', '9A', 'tujuh'], // grade in words
    ['', '', '', '', '', ''],
    ['Eka Putri', "'0012345682", 'perempuan', '15 Agustus 2012', '8A', '8'], // forgiving forms
  ];
  students.paste('A1', rows);
  const attendance = rt.spreadsheet.addSheet('Kehadiran');
  attendance.paste('A1', [
    ['NISN', 'Bulan', 'Hari sekolah', 'Sakit', 'Izin', 'Alpa'],
    ["'0012345678", "'2026-10", '21', '1', '0', '0'],
    ["'0012345679", "'Okt 2026", '21', '1,5', '0', '2'], // half a sick day
    ["'0012345680", "'2026-13", '21', '0', '0', '0'], // month 13
  ]);
  return rt;
}

const problemsOf = (report: DataCheck, sheet: string) =>
  report.tables.find((t) => t.sheet === sheet)!.problems;

describe('reading tables', () => {
  it('adopts sheets a school already kept, changing none of their values', () => {
    const rt = existingSchool();
    const before = rt.spreadsheet
      .sheet('Siswa')
      .values()
      .map((r) => r.slice(0, 6));
    rt.call('setupWorkbook');
    const after = rt.spreadsheet.sheet('Siswa').values();
    expect(after.slice(1, before.length).map((r) => r.slice(0, 6))).toEqual(before.slice(1));
    expect(after[0]!.slice(0, 6)).toEqual(before[0]); // their own headers stay
    expect(after[0]).toContain('HP wali'); // missing columns were added at the end
  });

  it('reports each cell it cannot read precisely, and reads the other rows', () => {
    const rt = existingSchool();
    rt.call('setupWorkbook');
    const report = rt.call('checkData') as DataCheck;
    expect(problemsOf(report, 'Siswa')).toEqual([
      "Siswa, baris 3, JK (L/P): 'X' harus salah satu dari: L, P",
      "Siswa, baris 4, Tanggal lahir: '31/02/2013' harus berupa tanggal (mis. 2026-09-15 atau 15/09/2026)",
      "Siswa, baris 5, Tingkat (1–12): 'tujuh' harus berupa angka",
    ]);
    expect(report.tables.find((t) => t.sheet === 'Siswa')!.rows).toBe(5);
    expect(problemsOf(report, 'Kehadiran')).toEqual([
      "Kehadiran, baris 3, Sakit (S): '1,5' harus berupa bilangan bulat",
      "Kehadiran, baris 4, Bulan (TTTT-BB): '2026-13' harus berupa bulan (mis. 2026-09)",
    ]);
    // The month-13 row cannot be taken (month is required); the half-day row is, without its S.
    expect(report.tables.find((t) => t.sheet === 'Kehadiran')!.rows).toBe(2);
    expect(rt.ui.dialogs.at(-1)?.html).toContain('31/02/2013');
  });

  it('still finds columns that were renamed, moved or had a column inserted before them', () => {
    const rt = existingSchool();
    rt.call('setupWorkbook');
    const sheet = rt.spreadsheet.sheet('Siswa');
    sheet.setCell('A1', 'Nama lengkap siswa'); // renamed
    sheet.moveColumn(6, 1); // Tingkat moved to the front
    sheet.insertColumns(3); // a teacher's own column
    sheet.setCell('C1', 'Catatan wali kelas');
    sheet.setCell('C2', '=IF(TRUE, "x")');
    sheet.renameSheet('Siswa 2026'); // and the sheet renamed
    const report = rt.call('checkData') as DataCheck;
    const siswa = report.tables.find((t) => t.sheet.startsWith('Siswa'))!;
    expect(siswa.rows).toBe(5);
    expect(siswa.problems).toHaveLength(3);
    expect(siswa.problems[2]).toMatch(/Tingkat \(1–12\): 'tujuh'/);
  });
});
