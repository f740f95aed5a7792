import { defineMessages } from '../i18n/messages';

/** What the monthly emails' on/off menu items tell a coordinator about who sends them. */
export const monthlyTriggerMessages = defineMessages({
  en: {
    on_mine:
      'On: from day {day} of every month at {hour}:00, the summaries go out from your account ({owner}).',
    on_other:
      'Already on: the summaries go out from {owner}’s account, from day {day} at {hour}:00. Nothing was changed.',
    resumed_other:
      'On again: the summaries go out from {owner}’s account, from day {day} at {hour}:00 (turned off by {by} on {at}).',
    off_mine: 'Off: no monthly email will be sent.',
    off_other:
      'Off for this workbook: no monthly email will be sent. They were sent from {owner}’s account; {owner} still has a daily check installed, which now sends nothing until someone turns the emails on again.',
    already_off: 'The monthly emails were already off.',
    no_email: 'Your email address is not available to the add-on, so it cannot record who sends the emails.',
  },
  id: {
    on_mine:
      'Aktif: mulai tanggal {day} setiap bulan pukul {hour}.00, ringkasan dikirim dari akun Anda ({owner}).',
    on_other:
      'Sudah aktif: ringkasan dikirim dari akun {owner}, mulai tanggal {day} pukul {hour}.00. Tidak ada yang diubah.',
    resumed_other:
      'Aktif lagi: ringkasan dikirim dari akun {owner}, mulai tanggal {day} pukul {hour}.00 (dimatikan oleh {by} pada {at}).',
    off_mine: 'Nonaktif: tidak ada email bulanan yang dikirim.',
    off_other:
      'Nonaktif untuk buku kerja ini: tidak ada email bulanan yang dikirim. Email dikirim dari akun {owner}; pemeriksaan harian milik {owner} masih terpasang, tetapi tidak mengirim apa pun sampai email diaktifkan lagi.',
    already_off: 'Email bulanan memang sudah nonaktif.',
    no_email:
      'Alamat email Anda tidak tersedia bagi add-on, sehingga add-on tidak dapat mencatat siapa pengirim email.',
  },
});
