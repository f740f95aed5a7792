import { defineMessages } from '../src/core/i18n/messages';

export const importPageMessages = defineMessages({
  en: {
    loading: 'Loading…',
    working: 'Working…',
    pick: 'Sheet to import from',
    preview: 'Preview',
    none: 'No other sheet to import from: paste the list (e.g. a Dapodik export) into a new sheet first.',
    mapping: 'Columns',
    header: 'Column in the sheet',
    target: 'Goes to',
    ignored: '(ignored)',
    counts:
      '{rows} rows: {added} new students, {completed} to complete, {unchanged} unchanged, {review} to Review.',
    problems: 'Sent to Review (first ones):',
    import: 'Import',
    done: 'Imported from “{sheet}”: {added} new, {completed} completed, {review} rows or values kept in Review.',
    close: 'Close',
    failed: 'Failed: {message}',
  },
  id: {
    loading: 'Memuat…',
    working: 'Sedang diproses…',
    pick: 'Lembar sumber impor',
    preview: 'Pratinjau',
    none: 'Tidak ada lembar lain untuk diimpor: tempelkan daftar (mis. ekspor Dapodik) ke lembar baru terlebih dahulu.',
    mapping: 'Kolom',
    header: 'Kolom di lembar',
    target: 'Masuk ke',
    ignored: '(diabaikan)',
    counts:
      '{rows} baris: {added} siswa baru, {completed} dilengkapi, {unchanged} tanpa perubahan, {review} ke Periksa.',
    problems: 'Dikirim ke Periksa (yang pertama):',
    import: 'Impor',
    done: 'Diimpor dari “{sheet}”: {added} baru, {completed} dilengkapi, {review} baris atau nilai disimpan di Periksa.',
    close: 'Tutup',
    failed: 'Gagal: {message}',
  },
});
