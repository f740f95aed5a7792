import { defineMessages } from '../i18n/messages';

/**
 * The Help dialog, one page per subject. A line break starts a new paragraph; a line that
 * begins with "• " is a list item.
 */
export const helpMessages = defineMessages({
  en: {
    title: 'Pendamping help',
    pages: 'Help pages',
    sheets_title: 'The sheets',
    sheets_body: `Set up workbook makes one sheet per kind of record. One row is one record; you may rename, move or add columns, the add-on finds its own by a hidden key.
• Students: one row per student (NISN, name, class, grade, consent…). The grey columns on the right are computed from the other sheets: do not type in them.
• Mentors: one row per mentor, with email and capacity (how many mentees at most).
• Attendance: one row per student per month: school days and S / I / A (sick, excused, unexcused).
• Grades: one row per student per term: the average and how many subjects are below the passing grade.
• Incidents: referrals, suspensions and other incidents, with their date.
• Assessments and Sessions: filled by the two forms (intake and session log). Their notes are confidential.
• Intake responses and Session responses: what Google Forms wrote; the add-on takes each answer from there into Assessments or Sessions.
• Review: anything that could not be taken as it was (an unknown NISN, a date in the future, a double submission), whole, with the reason. Fix the row, set its status to “fixed: take again”, and use "Take fixed Review rows again".
• Settings: thresholds and other settings, one per row, each with its description.
• Risk history, Email log, Dashboard: written by the add-on.`,
    tiers_title: 'Tiers and reasons',
    tiers_body: `Each student's indicators are compared with thresholds from Settings: attendance, unexcused absences, incidents in 30 days, subjects below the passing grade, the term average and its drop, age over grade, and needs from the intake. Each comparison can raise an amber (watch) or red (high) flag.
• Tier 3 (intensive: counsellor, home visit, family meeting): two or more red flags, or attendance under attendance_critical.
• Tier 2 (basic mentoring, monthly check): one red flag, or two or more amber flags.
• Tier 1: everyone else.
In Students, the name, score, tier and reasons cells of a Tier 3 student turn red, of a Tier 2 student amber. The reasons column says which flag fired, with the value and the threshold, and which data is missing: missing data raises no flag.
To change a threshold, open Settings and type the new value next to its key (e.g. passing_grade 70). The sheet refuses a value that is not a number in range and says what fits. Every score follows at once.`,
    privacy_title: 'Privacy',
    privacy_body: `Who sees what:
• The coordinator (who owns the spreadsheet) sees everything. Share the spreadsheet only with those who run the programme.
• A mentor needs no access to the spreadsheet: they get one email a month about their own mentees only, and log sessions with the form.
• Assessment notes and session notes are confidential: they never leave their sheets, never go into an email, the sidebar or the Dashboard. Session topics and follow-ups are not emailed either.
• A student without recorded parental consent (the consent column) is counted in emails, never named in an email or a link.
• Nothing a person typed is lost: what cannot be taken is kept whole in Review.`,
    sessions_title: 'How mentors log sessions',
    sessions_body: `Share the session-log form's link with the mentors (by email or WhatsApp). On a phone, a mentor picks their own name and the student from the lists, then the date, type, minutes, whether the student came, topics, follow-up, the next check date and private notes.
Each answer lands in Session responses and is taken into Sessions within seconds. An answer that cannot be taken (a student not on the list, a date in the future, the same log sent twice) goes to Review with the reason, and the mentor is told by email.
When students are added, the form's student list is refreshed; if it is not, use "Refresh form lists".`,
    emails_title: 'The monthly emails',
    emails_body: `Once turned on ("Turn on monthly emails"), the emails go out every month on day {day} at {hour}:00 (spreadsheet time), about the month before. Nothing is sent until you turn them on.
• Each active mentor: their mentees with tier and the change since last month, the last session, who is overdue for contact, sessions this month, and a suggested next step.
• Each coordinator in Settings (coordinator_emails): the school's picture: students by tier, new Tier 3, at-risk students without a mentor, sessions by type, attendance trend, dropouts, mentor caseloads.
No email holds notes or assessment answers. Use "Preview summary" to see them without sending, and "Send me a test" to get the coordinator's email yourself. Change the day and hour in Settings (summary_day, summary_hour).`,
    accounts_title: 'If a sidebar does not open',
    accounts_body:
      'Google sidebars and dialogs fail when several Google accounts are signed in in the same browser. Sign out of the other accounts (or use a private window with only the school account), then reload the spreadsheet.',
  },
  id: {
    title: 'Bantuan Pendamping',
    pages: 'Halaman bantuan',
    sheets_title: 'Sheet-sheet',
    sheets_body: `Siapkan buku kerja membuat satu sheet untuk setiap jenis data. Satu baris adalah satu data; kolom boleh diganti nama, dipindah atau ditambah, add-on menemukan kolomnya lewat kunci tersembunyi.
• Siswa: satu baris per siswa (NISN, nama, kelas, tingkat, persetujuan…). Kolom abu-abu di kanan dihitung dari sheet lain: jangan diketik.
• Pendamping: satu baris per pendamping, dengan email dan kapasitas (paling banyak berapa siswa dampingan).
• Kehadiran: satu baris per siswa per bulan: hari sekolah dan S / I / A (sakit, izin, alpa).
• Nilai: satu baris per siswa per semester: rata-rata dan jumlah mapel di bawah KKM.
• Kejadian: rujukan, skorsing dan kejadian lain, dengan tanggalnya.
• Asesmen dan Sesi: diisi oleh dua formulir (asesmen dan catatan sesi). Catatannya rahasia.
• Jawaban Asesmen dan Jawaban Sesi: yang ditulis Google Formulir; add-on mengambil setiap jawaban dari sana ke Asesmen atau Sesi.
• Periksa: apa pun yang tidak dapat diambil apa adanya (NISN tidak dikenal, tanggal di masa depan, kiriman ganda), utuh, dengan alasannya. Perbaiki barisnya, ubah statusnya menjadi “sudah diperbaiki: ambil ulang”, lalu pakai "Ambil ulang baris Periksa".
• Pengaturan: ambang batas dan pengaturan lain, satu per baris, masing-masing dengan keterangannya.
• Riwayat Risiko, Log Email, Ringkasan: ditulis oleh add-on.`,
    tiers_title: 'Tingkat dan alasan',
    tiers_body: `Indikator setiap siswa dibandingkan dengan ambang batas di Pengaturan: kehadiran, alpa, kejadian 30 hari, mapel di bawah KKM, rata-rata semester dan penurunannya, kelebihan usia, dan kebutuhan dari asesmen. Setiap perbandingan dapat memberi tanda kuning (waspada) atau merah (tinggi).
• Tingkat 3 (intensif: guru BK, kunjungan rumah, pertemuan keluarga): dua tanda merah atau lebih, atau kehadiran di bawah attendance_critical.
• Tingkat 2 (pendampingan dasar, dicek bulanan): satu tanda merah, atau dua tanda kuning atau lebih.
• Tingkat 1: selebihnya.
Di Siswa, sel nama, skor, tingkat dan alasan siswa Tingkat 3 berwarna merah, Tingkat 2 kuning. Kolom alasan menyebut tanda yang muncul, dengan nilai dan ambangnya, serta data yang belum ada: data yang belum ada tidak memberi tanda.
Untuk mengubah ambang batas, buka Pengaturan dan ketik nilai baru di samping kuncinya (misalnya passing_grade 70). Sheet menolak nilai yang bukan angka dalam rentangnya dan menyebut yang boleh. Semua skor langsung mengikuti.`,
    privacy_title: 'Privasi',
    privacy_body: `Siapa melihat apa:
• Koordinator (pemilik spreadsheet) melihat semuanya. Bagikan spreadsheet hanya kepada yang menjalankan program.
• Pendamping tidak perlu akses ke spreadsheet: mereka menerima satu email sebulan tentang siswa dampingannya saja, dan mencatat sesi lewat formulir.
• Catatan asesmen dan catatan sesi bersifat rahasia: tidak pernah keluar dari sheet-nya, tidak pernah masuk email, sidebar atau Ringkasan. Topik sesi dan tindak lanjut juga tidak dikirim lewat email.
• Siswa yang persetujuan orang tuanya belum tercatat (kolom persetujuan) dihitung dalam email, tidak pernah disebut namanya dalam email atau tautan.
• Tidak ada isian yang hilang: yang tidak dapat diambil disimpan utuh di Periksa.`,
    sessions_title: 'Cara pendamping mencatat sesi',
    sessions_body: `Bagikan tautan formulir catatan sesi kepada para pendamping (lewat email atau WhatsApp). Di ponsel, pendamping memilih namanya sendiri dan siswanya dari daftar, lalu tanggal, jenis, menit, apakah siswa hadir, topik, tindak lanjut, tanggal cek berikutnya dan catatan pribadi.
Setiap jawaban masuk ke Jawaban Sesi dan diambil ke Sesi dalam hitungan detik. Jawaban yang tidak dapat diambil (siswa tidak ada di daftar, tanggal di masa depan, catatan yang sama terkirim dua kali) masuk ke Periksa dengan alasannya, dan pendamping diberi tahu lewat email.
Saat siswa ditambahkan, daftar siswa di formulir diperbarui; jika tidak, pakai "Perbarui daftar di formulir".`,
    emails_title: 'Email bulanan',
    emails_body: `Setelah diaktifkan ("Aktifkan email bulanan"), email dikirim setiap bulan pada tanggal {day} pukul {hour}.00 (waktu spreadsheet), tentang bulan sebelumnya. Tidak ada yang dikirim sebelum Anda mengaktifkannya.
• Setiap pendamping aktif: siswa dampingannya dengan tingkat dan perubahannya sejak bulan lalu, sesi terakhir, siapa yang terlambat dihubungi, sesi bulan ini, dan saran langkah berikutnya.
• Setiap koordinator di Pengaturan (coordinator_emails): gambaran sekolah: siswa per tingkat, Tingkat 3 baru, siswa berisiko tanpa pendamping, sesi per jenis, tren kehadiran, putus sekolah, beban pendamping.
Tidak ada email yang memuat catatan atau jawaban asesmen. Pakai "Pratinjau ringkasan" untuk melihatnya tanpa mengirim, dan "Kirimi saya uji coba" untuk menerima email koordinator sendiri. Ubah tanggal dan jam di Pengaturan (summary_day, summary_hour).`,
    accounts_title: 'Jika sidebar tidak terbuka',
    accounts_body:
      'Sidebar dan dialog Google gagal jika beberapa akun Google masuk bersamaan di peramban yang sama. Keluarlah dari akun lain (atau pakai jendela pribadi dengan akun sekolah saja), lalu muat ulang spreadsheet.',
  },
});
