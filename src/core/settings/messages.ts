import { defineMessages } from '../i18n/messages';

/** Descriptions of the general Settings keys. */
export const GENERAL_MESSAGES = defineMessages({
  en: {
    language:
      'Language of labels, forms and emails: id (Bahasa Indonesia) or en (English). Blank: the spreadsheet locale.',
    school_name: 'School name, used in emails and forms.',
    coordinator_emails: 'Coordinator email addresses for the monthly school summary, separated by commas.',
    as_of_date:
      'The day the indicators count back from (incidents in the last 30 days, age for grade). The monthly run moves it to the 1st; you may set it yourself.',
    summary_day: 'Day of the month (1–28) when the monthly summary emails go out.',
    summary_hour: 'Hour (0–23, spreadsheet time zone) of the monthly run.',
    overdue_days: 'A mentee with no session in this many days is overdue in the mentor’s email.',
  },
  id: {
    language:
      'Bahasa label, formulir, dan email: id (Bahasa Indonesia) atau en (English). Kosong: mengikuti lokal spreadsheet.',
    school_name: 'Nama sekolah, dipakai di email dan formulir.',
    coordinator_emails: 'Alamat email koordinator untuk ringkasan bulanan sekolah, dipisahkan koma.',
    as_of_date:
      'Tanggal acuan indikator (kejadian 30 hari terakhir, usia menurut kelas). Proses bulanan memindahkannya ke tanggal 1; boleh diubah sendiri.',
    summary_day: 'Tanggal (1–28) setiap bulan saat email ringkasan dikirim.',
    summary_hour: 'Jam (0–23, zona waktu spreadsheet) proses bulanan.',
    overdue_days: 'Siswa dampingan tanpa sesi selama sekian hari dianggap terlambat di email pendamping.',
  },
});
