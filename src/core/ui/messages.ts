import { defineMessages } from '../i18n/messages';

/** Menu, sidebar and dialog texts. */
export const uiMessages = defineMessages({
  en: {
    'menu.setup': 'Set up workbook',
    'menu.assign': 'Assign mentors',
    'menu.import': 'Import students…',
    'menu.check': 'Check data',
    'menu.snapshot': 'Take risk snapshot now',
    'menu.intake_form': 'Create intake form',
    'menu.session_form': 'Create session-log form',
    'menu.refresh_forms': 'Refresh form lists',
    'menu.pending': 'Take pending form responses',
    'forms.intake': 'Intake form',
    'forms.session': 'Session-log form',
    'forms.created':
      'The form is ready. Its answers land in this spreadsheet and are taken into the sheets automatically.',
    'forms.exists':
      'This form already exists. Open it, edit it, or rebuild its questions (the same form and its answers are kept).',
    'forms.open': 'Open the form (link to share)',
    'forms.edit': 'Edit the form',
    'forms.rebuild': 'Rebuild the questions',
    'forms.working': 'Working…',
    'forms.rebuilt': 'Rebuilt.',
    'forms.refreshed': 'The student and mentor lists of the session-log form are up to date.',
    'forms.no_session_form': 'There is no session-log form yet: create it from the menu first.',
    'forms.pending': 'Form responses',
    'forms.pending_done': '{count} responses taken.',
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
    'menu.intake_form': 'Buat formulir asesmen',
    'menu.session_form': 'Buat formulir catatan sesi',
    'menu.refresh_forms': 'Perbarui daftar di formulir',
    'menu.pending': 'Proses jawaban formulir tertunda',
    'forms.intake': 'Formulir asesmen',
    'forms.session': 'Formulir catatan sesi',
    'forms.created':
      'Formulir siap. Jawabannya masuk ke spreadsheet ini dan otomatis dimasukkan ke lembar-lembar.',
    'forms.exists':
      'Formulir ini sudah ada. Buka, sunting, atau bangun ulang pertanyaannya (formulir dan jawabannya tetap).',
    'forms.open': 'Buka formulir (tautan untuk dibagikan)',
    'forms.edit': 'Sunting formulir',
    'forms.rebuild': 'Bangun ulang pertanyaan',
    'forms.working': 'Sedang diproses…',
    'forms.rebuilt': 'Selesai dibangun ulang.',
    'forms.refreshed': 'Daftar siswa dan pendamping di formulir catatan sesi sudah terbaru.',
    'forms.no_session_form': 'Formulir catatan sesi belum ada: buat dulu dari menu.',
    'forms.pending': 'Jawaban formulir',
    'forms.pending_done': '{count} jawaban diproses.',
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
