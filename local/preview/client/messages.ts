/**
 * The preview page's own words (its buttons, Sheets' menus and dialogs as the page draws them), in
 * the workbook's language. Sheets' own wording is followed where the page imitates Sheets.
 */

const en = {
  extensions: 'Extensions',
  spreadsheetMenu: 'Spreadsheet menu',
  forms: 'Forms ({n})',
  outbox: 'Outbox ({n})',
  triggers: 'Triggers',
  nextDay: '+1 day',
  nextDayTitle: 'Move the clock one day on, firing due triggers',
  nextMonth: 'Next month',
  nextMonthTitle: 'Move the clock to 08:00 on the 1st of next month, firing due triggers',
  clock: 'Clock of the local runtime',
  close: 'Close',
  closeSidebar: 'Close sidebar',
  sidebar: 'Add-on sidebar',
  cellContent: 'Cell content',
  cellEditor: 'Edit cell {a1}',
  grid: 'Sheet {name}',
  sheets: 'Sheets',
  addSheet: 'Add Sheet',
  sheetName: 'Sheet name',
  rename: 'Rename',
  delete: 'Delete',
  deleteSheet: 'Are you sure you want to delete "{name}"?',
  insertRowAbove: 'Insert 1 row above',
  insertRowsAbove: 'Insert {n} rows above',
  insertRowBelow: 'Insert 1 row below',
  insertRowsBelow: 'Insert {n} rows below',
  deleteRow: 'Delete row {from}',
  deleteRows: 'Delete rows {from} - {to}',
  warningTitle: 'Heads up!',
  warning: "You're trying to edit part of this sheet that shouldn't be changed accidentally. Edit anyway?",
  problem: 'There was a problem',
  ok: 'OK',
  cancel: 'Cancel',
  yes: 'Yes',
  no: 'No',
  showList: 'Show the list of {a1}',
  choices: 'Choices for {a1}',
  error: 'Error',
  showing: 'Showing {shown} of {total} rows.',
  outboxTitle: 'Outbox',
  noMail: 'No email has been sent yet.',
  sent: 'Sent',
  to: 'To',
  subject: 'Subject',
  formsTitle: 'Forms',
  triggerFailed: 'The form-submit trigger failed: {error}',
  installedTriggers: 'Installed triggers',
  recentRuns: 'Recent runs',
  none: 'None.',
  defaulted:
    'The preview answered "{question}" with its default button: the script had already changed things.',
  title: '{name} — Pendamping preview',
};

export type MessageKey = keyof typeof en;

export const PREVIEW_MESSAGES: { en: Record<MessageKey, string>; id: Record<MessageKey, string> } = {
  en,
  id: {
    extensions: 'Ekstensi',
    spreadsheetMenu: 'Menu spreadsheet',
    forms: 'Formulir ({n})',
    outbox: 'Kotak keluar ({n})',
    triggers: 'Pemicu',
    nextDay: '+1 hari',
    nextDayTitle: 'Majukan jam satu hari dan jalankan pemicu yang jatuh tempo',
    nextMonth: 'Bulan berikutnya',
    nextMonthTitle: 'Majukan jam ke pukul 08.00 tanggal 1 bulan depan dan jalankan pemicu yang jatuh tempo',
    clock: 'Jam runtime lokal',
    close: 'Tutup',
    closeSidebar: 'Tutup sidebar',
    sidebar: 'Sidebar add-on',
    cellContent: 'Isi sel',
    cellEditor: 'Edit sel {a1}',
    grid: 'Sheet {name}',
    sheets: 'Sheet',
    addSheet: 'Tambahkan Sheet',
    sheetName: 'Nama sheet',
    rename: 'Ganti nama',
    delete: 'Hapus',
    deleteSheet: 'Yakin ingin menghapus "{name}"?',
    insertRowAbove: 'Sisipkan 1 baris di atas',
    insertRowsAbove: 'Sisipkan {n} baris di atas',
    insertRowBelow: 'Sisipkan 1 baris di bawah',
    insertRowsBelow: 'Sisipkan {n} baris di bawah',
    deleteRow: 'Hapus baris {from}',
    deleteRows: 'Hapus baris {from} - {to}',
    warningTitle: 'Perhatian!',
    warning:
      'Anda mencoba mengedit bagian sheet ini yang tidak boleh diubah secara tidak sengaja. Tetap edit?',
    problem: 'Terjadi masalah',
    ok: 'OK',
    cancel: 'Batal',
    yes: 'Ya',
    no: 'Tidak',
    showList: 'Tampilkan daftar {a1}',
    choices: 'Pilihan untuk {a1}',
    error: 'Kesalahan',
    showing: 'Menampilkan {shown} dari {total} baris.',
    outboxTitle: 'Kotak keluar',
    noMail: 'Belum ada email yang terkirim.',
    sent: 'Terkirim',
    to: 'Kepada',
    subject: 'Subjek',
    formsTitle: 'Formulir',
    triggerFailed: 'Pemicu kirim formulir gagal: {error}',
    installedTriggers: 'Pemicu terpasang',
    recentRuns: 'Eksekusi terakhir',
    none: 'Tidak ada.',
    defaulted: 'Pratinjau menjawab "{question}" dengan tombol bawaannya: skrip sudah telanjur mengubah data.',
    title: '{name} — pratinjau Pendamping',
  },
};

let lang: 'en' | 'id' = 'en';

export function setLang(next: 'en' | 'id'): void {
  lang = next;
}

export const currentLang = () => lang;

/** A message in the page's language with its {placeholders} filled. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return PREVIEW_MESSAGES[lang][key].replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : m,
  );
}
