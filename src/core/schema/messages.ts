import { defineMessages } from '../i18n/messages';

/** Why a cell could not be read, and the report line that says where. */
export const SCHEMA_MESSAGES = defineMessages({
  en: {
    required: 'is required',
    not_number: 'must be a number',
    not_integer: 'must be a whole number',
    out_of_range: 'must be between {min} and {max}',
    not_date: 'must be a date (e.g. 2026-09-15 or 15/09/2026)',
    not_datetime: 'must be a date and time',
    not_month: 'must be a month (e.g. 2026-09)',
    not_term: 'must be a term (e.g. 2026-1)',
    not_bool: 'must be yes or no',
    not_in_list: 'must be one of: {values}',
    not_email: 'must be an email address',
    not_phone: 'must be a phone number (digits, +, spaces)',
    not_text: 'must be text',
    row_problem: '{sheet}, row {row}, {column}: {value} {problem}',
    missing_column: '{sheet}: column “{column}” not found',
    missing_sheet: 'Sheet “{sheet}” not found: run Set up workbook',
    blank: '(blank)',
  },
  id: {
    required: 'wajib diisi',
    not_number: 'harus berupa angka',
    not_integer: 'harus berupa bilangan bulat',
    out_of_range: 'harus antara {min} dan {max}',
    not_date: 'harus berupa tanggal (mis. 2026-09-15 atau 15/09/2026)',
    not_datetime: 'harus berupa tanggal dan jam',
    not_month: 'harus berupa bulan (mis. 2026-09)',
    not_term: 'harus berupa semester (mis. 2026-1)',
    not_bool: 'harus ya atau tidak',
    not_in_list: 'harus salah satu dari: {values}',
    not_email: 'harus berupa alamat email',
    not_phone: 'harus berupa nomor telepon (angka, +, spasi)',
    not_text: 'harus berupa teks',
    row_problem: '{sheet}, baris {row}, {column}: {value} {problem}',
    missing_column: '{sheet}: kolom “{column}” tidak ditemukan',
    missing_sheet: 'Lembar “{sheet}” tidak ditemukan: jalankan Siapkan buku kerja',
    blank: '(kosong)',
  },
});

export type SchemaMessageKey = keyof (typeof SCHEMA_MESSAGES)['en'];
