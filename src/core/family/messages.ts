import { defineMessages } from '../i18n/messages';

/**
 * Texts for reaching a student's family: the WhatsApp greeting a mentor sends to a guardian and
 * the words around the link. The greeting is neutral on purpose: a guardian's phone is seen by
 * others, so it never names risk, tiers, grades, incidents or notes.
 */
export const FAMILY_MESSAGES = defineMessages({
  en: {
    greeting:
      'Good day, I am {mentor}, a teacher at {school} and {student}’s mentor. May I have a short talk with you about {student}’s schooling at a time that suits you? Thank you.',
    greeting_no_name:
      'Good day, I am {mentor}, a teacher at {school}. May I have a short talk with you at a time that suits you? Thank you.',
    whatsapp: 'WhatsApp the family',
    bad_phones_one:
      '1 mentee has a guardian phone that cannot be used for WhatsApp: ask the coordinator to fix it in the roster.',
    bad_phones_many:
      '{count} mentees have a guardian phone that cannot be used for WhatsApp: ask the coordinator to fix it in the roster.',
  },
  id: {
    greeting:
      'Selamat pagi/siang, saya {mentor}, guru di {school} dan pendamping {student}. Bolehkah kita berbincang sebentar tentang sekolah {student} pada waktu yang Bapak/Ibu luangkan? Terima kasih.',
    greeting_no_name:
      'Selamat pagi/siang, saya {mentor}, guru di {school}. Bolehkah kita berbincang sebentar pada waktu yang Bapak/Ibu luangkan? Terima kasih.',
    whatsapp: 'WhatsApp keluarga',
    bad_phones_one:
      '1 siswa dampingan punya nomor HP wali yang tidak dapat dipakai untuk WhatsApp: minta koordinator memperbaikinya di daftar siswa.',
    bad_phones_many:
      '{count} siswa dampingan punya nomor HP wali yang tidak dapat dipakai untuk WhatsApp: minta koordinator memperbaikinya di daftar siswa.',
  },
});
