import { defineMessages } from '../i18n/messages';

/** Menu, sidebar and dialog texts. */
export const uiMessages = defineMessages({
  en: {
    'menu.setup': 'Set up workbook',
    'menu.assign': 'Assign mentors',
    'menu.import': 'Import students…',
    'menu.check': 'Check data',
    'menu.snapshot': 'Take risk snapshot now',
    'snapshot.title': 'Risk snapshot',
    'snapshot.done': '{month}: {students} students in Risk history ({t3} in Tier 3, {t2} in Tier 2).',
    'import.title': 'Import students',
    'menu.help': 'Help',
    'sidebar.title': 'Pendamping',
    'help.title': 'Pendamping help',
    'help.body':
      'Pendamping keeps your mentoring programme in this spreadsheet. If the sidebar does not open, sign out of other Google accounts in this browser: Google sidebars fail when several accounts are signed in.',
  },
  id: {
    'menu.setup': 'Siapkan buku kerja',
    'menu.assign': 'Tetapkan pendamping',
    'menu.import': 'Impor siswa…',
    'menu.check': 'Periksa data',
    'menu.snapshot': 'Ambil potret risiko sekarang',
    'snapshot.title': 'Potret risiko',
    'snapshot.done':
      '{month}: {students} siswa tercatat di Riwayat Risiko ({t3} di Tingkat 3, {t2} di Tingkat 2).',
    'import.title': 'Impor siswa',
    'menu.help': 'Bantuan',
    'sidebar.title': 'Pendamping',
    'help.title': 'Bantuan Pendamping',
    'help.body':
      'Pendamping menyimpan program pendampingan Anda di spreadsheet ini. Jika sidebar tidak terbuka, keluarlah dari akun Google lain di peramban ini: sidebar Google gagal jika beberapa akun masuk bersamaan.',
  },
});

export type UiMessageKey = keyof (typeof uiMessages)['en'];
