import { defineMessages } from '../i18n/messages';

export const IMPORT_MESSAGES = defineMessages({
  en: {
    source: 'import: {sheet}',
    bad_id: 'student ID “{id}” is not an ID (letters, digits, . / -)',
    bad_nisn: 'NISN “{id}” must have 10 digits',
    repaired: 'NISN “{typed}” was read as {id} (leading zeros restored: that student is on the roster)',
    restored:
      'NISN {typed} was stored by the sheet as a number; read as {id} (the leading zeros a number loses restored)',
    duplicate: 'student ID {id} appears again in row {first} of the import',
    cell: '{column}: {value} {problem}',
    conflict: '{column}: the workbook has “{kept}”, the import has “{given}” (kept the workbook’s)',
    no_header: 'No header row naming at least the student ID and the name was found in the first 15 rows.',
    no_sheet: 'There is no sheet named “{sheet}”.',
    own_sheet: '“{sheet}” is one of Pendamping’s own sheets; import from a pasted sheet.',
  },
  id: {
    source: 'impor: {sheet}',
    bad_id: 'NISN/No. induk “{id}” tidak sah (huruf, angka, . / -)',
    bad_nisn: 'NISN “{id}” harus 10 digit',
    repaired:
      'NISN “{typed}” dibaca sebagai {id} (angka 0 di depan dilengkapi: siswa itu ada di lembar Siswa)',
    restored:
      'NISN {typed} tersimpan di lembar sebagai angka; dibaca sebagai {id} (angka 0 di depan yang hilang dilengkapi)',
    duplicate: 'NISN {id} sudah muncul di baris {first} data impor',
    cell: '{column}: {value} {problem}',
    conflict:
      '{column}: buku kerja berisi “{kept}”, impor berisi “{given}” (yang di buku kerja dipertahankan)',
    no_header:
      'Tidak ditemukan baris judul kolom yang memuat setidaknya NISN dan nama dalam 15 baris pertama.',
    no_sheet: 'Tidak ada lembar bernama “{sheet}”.',
    own_sheet: '“{sheet}” adalah lembar milik Pendamping; impor dari lembar tempelan.',
  },
});
