import { defineMessages } from '../i18n/messages';

/** Setup's help texts and its report. */
export const SETUP_MESSAGES = defineMessages({
  en: {
    help_list: 'Choose a value from the list.',
    help_number: 'A number from {min} to {max}.',
    help_date: 'A date, e.g. 2026-09-15.',
    help_email: 'An email address.',
    help_student: 'A student ID from the Students sheet.',
    help_mentor: 'A mentor ID from the Mentors sheet.',
    computed: 'Computed by Pendamping: edit the data sheets, not this column.',
    done_title: 'Workbook set up',
    done_body:
      '{created} sheets created, {columns} columns added, {settings} settings added. Nothing you entered was changed.',
    blocked_formula:
      '{sheet}: cell {cell} holds a value, so its formula was not written. Clear the cell and run Setup again.',
    dashboard_title: 'Pendamping — {school}',
    dashboard_by_status: 'Students by status',
    dashboard_sessions: 'Sessions held by type, last month',
    dashboard_note:
      'Counts follow the data sheets, as the emails and the sidebar count them. Confidential notes are never shown here.',
  },
  id: {
    help_list: 'Pilih nilai dari daftar.',
    help_number: 'Angka dari {min} sampai {max}.',
    help_date: 'Tanggal, mis. 2026-09-15.',
    help_email: 'Alamat email.',
    help_student: 'NISN dari lembar Siswa.',
    help_mentor: 'ID pendamping dari lembar Pendamping.',
    computed: 'Dihitung oleh Pendamping: ubah lembar data, bukan kolom ini.',
    done_title: 'Buku kerja siap',
    done_body:
      '{created} lembar dibuat, {columns} kolom ditambahkan, {settings} pengaturan ditambahkan. Tidak ada isian Anda yang diubah.',
    blocked_formula:
      '{sheet}: sel {cell} berisi nilai, jadi rumusnya tidak ditulis. Kosongkan sel itu lalu jalankan Siapkan lagi.',
    dashboard_title: 'Pendamping — {school}',
    dashboard_by_status: 'Siswa per status',
    dashboard_sessions: 'Sesi terlaksana per jenis, bulan lalu',
    dashboard_note:
      'Angka mengikuti lembar data, dihitung sama seperti di email dan sidebar. Catatan rahasia tidak pernah ditampilkan di sini.',
  },
});
