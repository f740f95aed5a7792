import { defineMessages } from '../i18n/messages';

/** The email that tells a mentor their session logs went to Review. */
export const NOTICE_MESSAGES = defineMessages({
  en: {
    subject: 'Session logs not recorded yet ({count}) — {school}',
    greeting: 'Dear {name},',
    intro:
      '{count} of the session logs you sent could not go into the Sessions sheet yet. Nothing is lost: each waits in the Review sheet for the coordinator.',
    log: 'Session of {date} with {student} ({type}), sent {at}: {problem}',
    no_date: 'no date',
    no_type: 'type not given',
    hidden_student: 'a student (not named: no parental consent recorded)',
    unknown_student: 'a student not on the list',
    todo_title: 'What to do',
    todo: 'If you sent the same log twice, nothing. Otherwise send the form again with the answers corrected, or tell the coordinator. If a student or a mentor is missing from the lists, ask the coordinator to refresh the form lists first.',
    footer: 'Pendamping sends this at most once a day, and only about your own logs.',
  },
  id: {
    subject: 'Catatan sesi belum masuk ({count}) — {school}',
    greeting: 'Yth. {name},',
    intro:
      '{count} catatan sesi yang Anda kirim belum bisa dimasukkan ke lembar Sesi. Tidak ada yang hilang: semuanya tersimpan di lembar Periksa dan menunggu koordinator.',
    log: 'Sesi {date} dengan {student} ({type}), dikirim {at}: {problem}',
    no_date: 'tanpa tanggal',
    no_type: 'jenis tidak diisi',
    hidden_student: 'seorang siswa (nama tidak ditampilkan: izin orang tua belum tercatat)',
    unknown_student: 'siswa yang tidak ada di daftar',
    todo_title: 'Yang perlu dilakukan',
    todo: 'Jika catatan yang sama terkirim dua kali, tidak perlu apa-apa. Selain itu, kirim ulang formulir dengan jawaban yang sudah dibetulkan, atau beri tahu koordinator. Jika siswa atau pendamping tidak ada di daftar, minta koordinator memperbarui daftar di formulir dulu.',
    footer: 'Pendamping mengirim email ini paling banyak sekali sehari, hanya tentang catatan Anda sendiri.',
  },
});

export type NoticeMessageKey = keyof (typeof NOTICE_MESSAGES)['en'];
