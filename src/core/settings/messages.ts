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
    contact_days_tier3:
      'Contact interval for a Tier 3 mentee, in days (weekly: 7). Overdue once this many days pass since the later of the mentor’s start (mentor_since) and the last session attended.',
    contact_days_tier2: 'Contact interval for a Tier 2 mentee, in days (monthly: 30), counted the same way.',
    overdue_days:
      'Contact interval for a Tier 1 mentee or one without a tier, in days, counted the same way.',
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
    contact_days_tier3:
      'Jarak kontak untuk siswa dampingan Tingkat 3, dalam hari (mingguan: 7). Terlambat bila sudah lewat sekian hari sejak tanggal ditetapkan (mentor_since) atau sesi terakhir yang dihadiri, mana yang lebih akhir.',
    contact_days_tier2:
      'Jarak kontak untuk siswa dampingan Tingkat 2, dalam hari (bulanan: 30), dihitung dengan cara yang sama.',
    overdue_days:
      'Jarak kontak untuk siswa dampingan Tingkat 1 atau yang belum punya tingkat, dalam hari, dihitung dengan cara yang sama.',
  },
});
