import { defineMessages } from '../i18n/messages';

/** The Start here checklist: each step's title, what to do, and its buttons. */
export const onboardingMessages = defineMessages({
  en: {
    title: 'Start here',
    intro: 'Your first hour with Pendamping, one step at a time. Each open step has its button.',
    progress: '{done} of {total} steps done.',
    all_done: 'All set. The monthly emails go out on day {day} of each month.',
    done: 'Done',
    open: 'To do',
    refresh: 'Check again',
    students: 'Students are in',
    students_hint:
      'Paste your class list (e.g. a Dapodik export) into a new sheet, then import it. Or type the students into the Students sheet.',
    students_done: '{count} students.',
    mentors: 'Mentors are in',
    mentors_hint:
      'Type or paste one row per mentor (teacher or counsellor) into the Mentors sheet: ID, name, email, capacity. Mentors need nothing but email and Google Forms.',
    mentors_done: '{count} active mentors.',
    intake_form: 'The intake form exists',
    intake_form_hint:
      'The counsellor fills it after a first talk with a student: needs, strengths, consent. Its answers land in the Intake responses sheet.',
    session_form: 'The session-log form exists',
    session_form_hint:
      'Mentors log each session with it from their phone. Share its link with them by email or WhatsApp.',
    forms_done: 'Created.',
    coordinator_emails: 'Coordinator emails are set',
    coordinator_emails_hint:
      'In Settings, write the coordinators’ addresses next to coordinator_emails, separated by commas. They get the school summary each month.',
    coordinator_emails_bad: 'Not an email address: {values}.',
    coordinator_emails_done: '{count} addresses.',
    monthly_emails: 'Monthly emails are on',
    monthly_emails_hint:
      'Each mentor gets a list of their students and who needs contact; the coordinators get the school summary. They go out on day {day} of each month. Nothing is sent until you turn them on.',
    monthly_emails_done: 'On: day {day} of each month.',
    first_assignment: 'Mentors are assigned',
    first_assignment_hint:
      'Open the assignment sidebar: it proposes a mentor for every Tier 2 and Tier 3 student without one; accept or change each.',
    first_assignment_done: '{count} students have a mentor.',
    do_import: 'Import students…',
    do_open_students: 'Open the Students sheet',
    do_open_mentors: 'Open the Mentors sheet',
    do_intake_form: 'Create the intake form',
    do_session_form: 'Create the session-log form',
    do_open_settings: 'Open Settings at coordinator_emails',
    do_monthly_emails: 'Turn on monthly emails',
    do_assign: 'Assign mentors',
  },
  id: {
    title: 'Mulai di sini',
    intro:
      'Jam pertama Anda dengan Pendamping, selangkah demi selangkah. Setiap langkah yang belum selesai punya tombolnya.',
    progress: '{done} dari {total} langkah selesai.',
    all_done: 'Semua siap. Email bulanan dikirim setiap tanggal {day}.',
    done: 'Selesai',
    open: 'Belum',
    refresh: 'Periksa lagi',
    students: 'Data siswa sudah masuk',
    students_hint:
      'Tempel daftar kelas (misalnya ekspor Dapodik) ke sheet baru, lalu impor. Atau ketik siswa langsung di sheet Siswa.',
    students_done: '{count} siswa.',
    mentors: 'Data pendamping sudah masuk',
    mentors_hint:
      'Ketik atau tempel satu baris per pendamping (guru atau guru BK) di sheet Pendamping: ID, nama, email, kapasitas. Pendamping hanya perlu email dan Google Formulir.',
    mentors_done: '{count} pendamping aktif.',
    intake_form: 'Formulir asesmen sudah dibuat',
    intake_form_hint:
      'Diisi guru BK setelah percakapan pertama dengan siswa: kebutuhan, kekuatan, persetujuan. Jawabannya masuk ke sheet Jawaban Asesmen.',
    session_form: 'Formulir catatan sesi sudah dibuat',
    session_form_hint:
      'Pendamping mencatat setiap sesi lewat formulir ini dari ponselnya. Bagikan tautannya lewat email atau WhatsApp.',
    forms_done: 'Sudah dibuat.',
    coordinator_emails: 'Email koordinator sudah diisi',
    coordinator_emails_hint:
      'Di Pengaturan, tulis alamat email koordinator di samping coordinator_emails, dipisahkan koma. Mereka menerima ringkasan sekolah setiap bulan.',
    coordinator_emails_bad: 'Bukan alamat email: {values}.',
    coordinator_emails_done: '{count} alamat.',
    monthly_emails: 'Email bulanan sudah aktif',
    monthly_emails_hint:
      'Setiap pendamping menerima daftar siswanya dan siapa yang perlu dihubungi; koordinator menerima ringkasan sekolah. Dikirim setiap tanggal {day}. Tidak ada yang dikirim sebelum Anda mengaktifkannya.',
    monthly_emails_done: 'Aktif: setiap tanggal {day}.',
    first_assignment: 'Pendamping sudah ditetapkan',
    first_assignment_hint:
      'Buka sidebar penetapan: sidebar mengusulkan pendamping untuk setiap siswa Tingkat 2 dan 3 yang belum punya; terima atau ubah masing-masing.',
    first_assignment_done: '{count} siswa sudah punya pendamping.',
    do_import: 'Impor siswa…',
    do_open_students: 'Buka sheet Siswa',
    do_open_mentors: 'Buka sheet Pendamping',
    do_intake_form: 'Buat formulir asesmen',
    do_session_form: 'Buat formulir catatan sesi',
    do_open_settings: 'Buka Pengaturan di coordinator_emails',
    do_monthly_emails: 'Aktifkan email bulanan',
    do_assign: 'Tetapkan pendamping',
  },
});
