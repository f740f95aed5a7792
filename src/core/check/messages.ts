import { defineMessages } from '../i18n/messages';

export const CHECK_MESSAGES = defineMessages({
  en: {
    title: 'Data check',
    summary: '{rows} rows read in {tables} tables; {problems} cells could not be read.',
    table: '{sheet}: {rows} rows, {problems} problems',
    all_good: 'Every cell could be read.',
    more: '… and {count} more.',
    missing: 'Sheet “{sheet}” is missing: run Set up workbook.',
  },
  id: {
    title: 'Periksa data',
    summary: '{rows} baris dibaca dari {tables} lembar; {problems} sel tidak dapat dibaca.',
    table: '{sheet}: {rows} baris, {problems} masalah',
    all_good: 'Semua sel dapat dibaca.',
    more: '… dan {count} lagi.',
    missing: 'Lembar “{sheet}” tidak ada: jalankan Siapkan buku kerja.',
  },
});
