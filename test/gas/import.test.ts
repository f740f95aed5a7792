import { describe, expect, it } from 'vitest';
import type { ImportPreview, ImportResult, ImportSource } from '../../sidebar/contract';
import { paste, setUp, sheetOf } from '../helpers/workbook';

/** A Dapodik-style export pasted into a sheet: a title above, its own headers, messy cells. */
function dapodik() {
  const { rt, lang } = setUp();
  paste(rt, 'students', lang, [
    { student_id: '0012345678', name: 'Ayu Lestari', gender: 'P', status: 'aktif' }, // class missing
    { student_id: '0098765432', name: 'Budi Santoso', class: '8B', grade: '8', status: 'aktif' },
  ]);
  const source = rt.spreadsheet.addSheet('Dapodik');
  source.paste('A1', [
    ['Daftar Peserta Didik SMP Negeri 3 Kupang', '', '', '', '', '', '', '', ''],
    ['Tanggal unduh: 2026-07-14', '', '', '', '', '', '', '', ''],
    [
      'No',
      'Nama Peserta Didik',
      'NISN',
      'JK',
      'Tempat Lahir',
      'Tanggal Lahir',
      'Rombel Saat Ini',
      'Nama Ibu Kandung',
      'No HP',
    ],
    ['1', 'Ayu Lestari', '12345678', 'P', 'Kupang', '02/03/2013', 'VII-A', 'Maria Lestari', '081234567890'], // zeros lost in a number cell
    ['2', 'Budi S.', "'0098765432", 'L', 'Soe', '2012-05-17', '8B', 'Siti', ''], // conflicting name
    [
      '3',
      'Citra Dewi',
      "'0011122233",
      'perempuan',
      'Atambua',
      '15 Agustus 2012',
      'VIII-A',
      'Yuliana',
      "'+6281377788899",
    ],
    ['4', 'Dedi', '', 'L', '', '', '9A', '', ''], // no NISN
    ['5', 'Eko', "'12ab", 'L', '', '', '9A', '', ''], // not a NISN
    ['6', 'Citra Dewi (lagi)', "'0011122233", 'P', '', '', '8A', '', ''], // duplicate in the import
    ['7', 'Fajar', "'0011122244", 'L', '', '31/02/2012', 'IX-B', '', ''], // impossible date
  ]);
  return { rt, lang };
}

describe('Import students', () => {
  it('lists the pasted sheet, not the add-on’s own sheets', () => {
    const { rt } = dapodik();
    const { lang, sources } = rt.callFromPage('importSources', []) as {
      lang: string;
      sources: ImportSource[];
    };
    expect(lang).toBe('id');
    expect(sources.map((s) => s.name)).toEqual(['Sheet1', 'Dapodik']);
  });

  it('previews the mapping of messy headers, under a title', () => {
    const { rt } = dapodik();
    const preview = rt.callFromPage('previewImport', ['Dapodik']) as ImportPreview;
    expect(preview.columns.map((c) => c.key)).toEqual([
      null,
      'name',
      'student_id',
      'gender',
      null,
      'birth_date',
      'class',
      'guardian_name',
      'guardian_phone',
    ]);
    // Budi is completed too (gender, birth date, mother's name were blank); only his name conflicts.
    expect(preview.counts).toEqual({ rows: 7, added: 2, completed: 2, unchanged: 0, review: 5 });
    expect(sheetCount(rt)).toBe(2); // nothing written by a preview
  });

  it('merges by student ID without duplicates, filling blanks and keeping the rest whole in Review', () => {
    const { rt, lang } = dapodik();
    const result = rt.callFromPage('runImport', ['Dapodik']) as ImportResult;
    expect(result.counts.added).toBe(2);
    const students = sheetOf(rt, 'students', lang).values();
    const ids = students
      .slice(1)
      .map((r) => r[0])
      .filter(Boolean);
    expect(ids).toEqual(['0012345678', '0098765432', '0011122233', '0011122244']);
    const ayu = students[1]!;
    expect(ayu[2]).toBe('VII-A'); // class filled
    expect(ayu[3]).toBe(7); // grade from the class
    expect(ayu[7]).toBe('081234567890'); // phone kept as text
    expect(students[2]![1]).toBe('Budi Santoso'); // never overwritten

    const review = sheetOf(rt, 'review', lang).values().slice(1);
    const problems = review.map((r) => String(r[2]));
    expect(problems).toEqual([
      'Nama: buku kerja berisi “Budi Santoso”, impor berisi “Budi S.” (yang di buku kerja dipertahankan)',
      'Dapodik, baris 7, NISN: (kosong) wajib diisi',
      'NISN “12ab” harus 10 digit',
      'NISN 0011122233 sudah muncul di baris 6 data impor',
      "Tanggal Lahir: '31/02/2012' harus berupa tanggal (mis. 2026-09-15 atau 15/09/2026)",
    ]);
    expect(review.every((r) => String(r[1]) === 'impor: Dapodik')).toBe(true);
    expect(String(review[1]![3])).toBe('No: 4 | Nama Peserta Didik: Dedi | JK: L | Rombel Saat Ini: 9A'); // the row, whole
  });

  it('imports the same sheet again without duplicates', () => {
    const { rt, lang } = dapodik();
    rt.callFromPage('runImport', ['Dapodik']);
    const again = rt.callFromPage('runImport', ['Dapodik']) as ImportResult;
    expect(again.counts.added).toBe(0);
    expect(
      sheetOf(rt, 'students', lang)
        .values()
        .slice(1)
        .filter((r) => r[0] !== ''),
    ).toHaveLength(4);
    expect(
      sheetOf(rt, 'review', lang)
        .values()
        .slice(1)
        .filter((r) => r[0] !== ''),
    ).toHaveLength(5);
  });
});

function sheetCount(rt: ReturnType<typeof setUp>['rt']): number {
  return rt.spreadsheet
    .sheet('Siswa')
    .values()
    .slice(1)
    .filter((r) => r[0] !== '').length;
}
