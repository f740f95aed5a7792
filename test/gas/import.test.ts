import { describe, expect, it } from 'vitest';
import type { ImportPreview, ImportResult, ImportSource } from '../../sidebar/contract';
import { rowsOf } from '../helpers/tables';
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
  it('reads a NISN by the forms’ rule: not 10 digits and naming nobody on the roster, it goes whole to Review', () => {
    const { rt, lang } = setUp();
    paste(rt, 'students', lang, [{ student_id: '0012345678', name: 'Ayu', status: 'aktif' }]);
    rt.spreadsheet.addSheet('Daftar').paste('A1', [
      ['NISN', 'Nama'],
      ['12345', 'Eko'], // a number cell: 5 digits, no student has 0000012345
      ['12345678', 'Ayu'], // a number cell: Ayu once the zeros are back
      ["'0098765432", 'Budi'],
    ]);
    const result = rt.callFromPage('runImport', ['Daftar']) as ImportResult;
    expect(result.counts).toMatchObject({ rows: 3, added: 1, review: 2 });
    expect(rowsOf(rt, 'students', lang).map((s) => s.student_id)).toEqual(['0012345678', '0098765432']);
    expect(rowsOf(rt, 'review', lang).map((r) => [r.problem, r.status])).toEqual([
      ['NISN “12345” harus 10 digit', 'perlu dicek'],
      [
        'NISN “12345678” dibaca sebagai 0012345678 (angka 0 di depan dilengkapi: siswa itu ada di lembar Siswa)',
        'selesai',
      ],
    ]);
  });

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
    // Ayu's NISN lost its zeros in a number cell: found with them restored, and the repair noted.
    expect(preview.counts).toEqual({ rows: 7, added: 2, completed: 2, unchanged: 0, review: 6 });
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

    const review = rowsOf(rt, 'review', lang);
    const problems = review.map((r) => String(r.problem));
    expect(problems).toEqual([
      'NISN “12345678” dibaca sebagai 0012345678 (angka 0 di depan dilengkapi: siswa itu ada di lembar Siswa)',
      'Nama: buku kerja berisi “Budi Santoso”, impor berisi “Budi S.” (yang di buku kerja dipertahankan)',
      'Dapodik, baris 7, NISN: (kosong) wajib diisi',
      'NISN “12ab” harus 10 digit',
      'NISN 0011122233 sudah muncul di baris 6 data impor',
      "Tanggal Lahir: '31/02/2012' harus berupa tanggal (mis. 2026-09-15 atau 15/09/2026)",
    ]);
    expect(review.every((r) => String(r.source) === 'impor: Dapodik' && r.origin === 'impor')).toBe(true);
    // A repair needs nobody (done); a conflict is taken but needs a person; the rest wait, not taken.
    expect(review.map((r) => [r.status, r.taken])).toEqual([
      ['selesai', 'ya'],
      ['perlu dicek', 'ya'],
      ['perlu dicek', 'tidak'],
      ['perlu dicek', 'tidak'],
      ['perlu dicek', 'tidak'],
      ['perlu dicek', 'ya'],
    ]);
    expect(String(review[2]!.raw)).toBe('No: 4 | Nama Peserta Didik: Dedi | JK: L | Rombel Saat Ini: 9A'); // the row, whole
    // …and split into the answer columns a person corrects.
    expect(review[3]).toMatchObject({ student_id: '12ab', name: 'Eko', gender: 'L', class: '9A' });
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
    expect(rowsOf(rt, 'review', lang)).toHaveLength(6);
  });
});

function sheetCount(rt: ReturnType<typeof setUp>['rt']): number {
  return rt.spreadsheet
    .sheet('Siswa')
    .values()
    .slice(1)
    .filter((r) => r[0] !== '').length;
}
