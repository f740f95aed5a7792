/**
 * What a person sees of the schema, in both languages: sheet names, column headers and the
 * labels of coded values. Each entry is a pair, so neither language can be missing.
 */
import type { Lang } from '../i18n/lang';
import type { ColumnDef, SheetKey } from './types';

export interface Pair {
  en: string;
  id: string;
}
const L = (en: string, id: string): Pair => ({ en, id });

export const SHEET_LABELS: Record<SheetKey, Pair> = {
  students: L('Students', 'Siswa'),
  mentors: L('Mentors', 'Pendamping'),
  attendance: L('Attendance', 'Kehadiran'),
  grades: L('Grades', 'Nilai'),
  incidents: L('Incidents', 'Kejadian'),
  assessments: L('Assessments', 'Asesmen'),
  sessions: L('Sessions', 'Sesi'),
  settings: L('Settings', 'Pengaturan'),
  risk_history: L('Risk history', 'Riwayat Risiko'),
  review: L('Review', 'Periksa'),
  email_log: L('Email log', 'Log Email'),
  dashboard: L('Dashboard', 'Ringkasan'),
  evaluation: L('Evaluation', 'Evaluasi'),
};

/** Column headers by key; a sheet may give a key its own header (SHEET_COLUMN_LABELS). */
export const COLUMN_LABELS: Record<string, Pair> = {
  student_id: L('Student ID', 'NISN'),
  name: L('Name', 'Nama'),
  class: L('Class', 'Kelas'),
  grade: L('Grade', 'Tingkat'),
  gender: L('Gender (L/P)', 'JK (L/P)'),
  birth_date: L('Birth date', 'Tanggal lahir'),
  guardian_name: L('Guardian', 'Nama wali'),
  guardian_phone: L('Guardian phone', 'HP wali'),
  status: L('Status', 'Status'),
  status_date: L('Status date', 'Tanggal status'),
  consent: L('Parental consent', 'Izin orang tua'),
  pip: L('PIP/KIP aid', 'Penerima PIP/KIP'),
  languages: L('Languages', 'Bahasa'),
  mentor_id: L('Mentor ID', 'ID pendamping'),
  mentor_since: L('Mentor since', 'Didampingi sejak'),
  taken_at: L('Taken at', 'Diambil'),
  attendance: L('Attendance (latest month)', 'Kehadiran (bulan terakhir)'),
  unexcused: L('Unexcused (A)', 'Alpa (A)'),
  incidents: L('Incidents (30 days)', 'Kejadian (30 hari)'),
  below_passing: L('Subjects below passing', 'Mapel di bawah KKM'),
  average: L('Term average', 'Rata-rata nilai'),
  previous_average: L('Previous term average', 'Rata-rata semester lalu'),
  overage: L('Years over age', 'Kelebihan usia (tahun)'),
  needs: L('Needs at intake', 'Kebutuhan saat asesmen'),
  risk_score: L('Risk score', 'Skor risiko'),
  risk_tier: L('Tier', 'Tingkat dukungan'),
  risk_reasons: L('Why', 'Alasan'),
  email: L('Email', 'Email'),
  role: L('Role', 'Peran'),
  capacity: L('Capacity (max mentees)', 'Kapasitas (maks. siswa)'),
  grades: L('Grade levels', 'Tingkat kelas'),
  strengths: L('Strengths', 'Keahlian'),
  active: L('Active', 'Aktif'),
  month: L('Month (YYYY-MM)', 'Bulan (TTTT-BB)'),
  school_days: L('School days', 'Hari sekolah'),
  sick: L('Sick (S)', 'Sakit (S)'),
  excused: L('Excused (I)', 'Izin (I)'),
  term: L('Term', 'Semester'),
  date: L('Date', 'Tanggal'),
  kind: L('Kind', 'Jenis'),
  note: L('Note', 'Catatan'),
  assessor: L('Assessor', 'Penilai'),
  social_pressure: L('Social pressure (0–3)', 'Tekanan sosial (0–3)'),
  economic_hardship: L('Economic hardship (0–3)', 'Kesulitan ekonomi (0–3)'),
  low_home_support: L('Low home support (0–3)', 'Kurang dukungan di rumah (0–3)'),
  motivation: L('Motivation (1–5)', 'Motivasi (1–5)'),
  wellbeing: L('Wellbeing (1–5)', 'Kesejahteraan (1–5)'),
  aspirations: L('Aspirations', 'Cita-cita'),
  notes: L('Notes (confidential)', 'Catatan (rahasia)'),
  type: L('Type', 'Jenis'),
  minutes: L('Minutes', 'Menit'),
  attended: L('Attended', 'Hadir'),
  topics: L('Topics', 'Topik'),
  follow_up: L('Follow-up', 'Tindak lanjut'),
  next_check: L('Next check', 'Cek berikutnya'),
  key: L('Key', 'Kunci'),
  value: L('Value', 'Nilai'),
  description: L('Description', 'Keterangan'),
  score: L('Score', 'Skor'),
  tier: L('Tier', 'Tingkat'),
  reasons: L('Reasons', 'Alasan'),
  received_at: L('Received at', 'Diterima'),
  source: L('Source', 'Sumber'),
  problem: L('Problem', 'Masalah'),
  raw: L('Original input', 'Isian asli'),
  taken: L('Already taken', 'Sudah masuk'),
  origin: L('From', 'Asal'),
  ref: L('Response key', 'Kode jawaban'),
  notified: L('Mentor told', 'Pendamping diberi tahu'),
  student_status: L('Student status', 'Status siswa'),
  recipient: L('Recipient', 'Penerima'),
  at: L('At', 'Waktu'),
};

/** Headers that differ from COLUMN_LABELS on one sheet. */
export const SHEET_COLUMN_LABELS: Partial<Record<SheetKey, Record<string, Pair>>> = {
  students: {
    unexcused: L('Unexcused (latest month)', 'Alpa (bulan terakhir)'),
    grade: L('Grade (1–12)', 'Tingkat (1–12)'),
  },
  grades: {
    average: L('Average (0–100)', 'Rata-rata (0–100)'),
    below_passing: L('Subjects below passing', 'Mapel < KKM'),
  },
  email_log: { status: L('Status', 'Status') },
  risk_history: { kind: L('Snapshot', 'Jenis potret') },
  review: {
    status: L('Review status', 'Status periksa'),
    date: L('Date (session or assessment)', 'Tanggal (sesi atau asesmen)'),
    notes: L('Notes (confidential)', 'Catatan (rahasia)'),
  },
};

/** Labels of coded values, by value set. */
export const VALUE_LABELS: Record<string, Record<string, Pair>> = {
  status: {
    active: L('active', 'aktif'),
    dropped_out: L('dropped out', 'putus sekolah'),
    transferred: L('transferred', 'pindah'),
    graduated: L('graduated', 'lulus'),
  },
  gender: { L: L('L', 'L'), P: L('P', 'P') },
  role: {
    teacher: L('teacher', 'guru'),
    counsellor: L('counsellor', 'guru BK'),
    volunteer: L('volunteer', 'relawan'),
  },
  needs: {
    academic: L('academic', 'akademik'),
    social_emotional: L('social-emotional', 'sosial-emosional'),
    family_economic: L('family/economic', 'keluarga/ekonomi'),
  },
  incident_kind: {
    referral: L('referral', 'rujukan'),
    suspension: L('suspension', 'skorsing'),
    other: L('other', 'lainnya'),
  },
  session_type: {
    individual: L('individual', 'individu'),
    counselling: L('counselling', 'konseling'),
    group: L('group', 'kelompok'),
    family: L('family', 'keluarga'),
    home_visit: L('home visit', 'kunjungan rumah'),
  },
  email_kind: {
    mentor: L('mentor', 'pendamping'),
    coordinator: L('coordinator', 'koordinator'),
    test: L('test', 'uji coba'),
  },
  email_status: {
    sent: L('sent', 'terkirim'),
    held: L('held', 'ditahan'),
    failed: L('failed', 'gagal'),
    skipped: L('skipped', 'dilewati'),
  },
  snapshot_kind: {
    baseline: L('monthly baseline', 'patokan bulanan'),
    manual: L('by hand', 'manual'),
  },
  review_status: {
    open: L('open', 'perlu dicek'),
    fixed: L('fixed: take again', 'sudah diperbaiki: ambil ulang'),
    dismissed: L('dismissed', 'diabaikan'),
    done: L('done', 'selesai'),
  },
  review_origin: {
    intake: L('intake form', 'formulir asesmen'),
    session: L('session-log form', 'formulir catatan sesi'),
    import: L('import', 'impor'),
  },
  bool: { yes: L('yes', 'ya'), no: L('no', 'tidak') },
};

/** A sheet's name in a language. */
export function sheetLabel(sheet: SheetKey, lang: Lang): string {
  return SHEET_LABELS[sheet][lang];
}

/**
 * A column's header in a language.
 * @example columnLabel('attendance', 'unexcused', 'id') // 'Alpa (A)'
 */
export function columnLabel(sheet: SheetKey, key: string, lang: Lang): string {
  const pair = SHEET_COLUMN_LABELS[sheet]?.[key] ?? COLUMN_LABELS[key];
  return pair ? pair[lang] : key;
}

/** The value set a column's codes belong to. */
export function valueSet(column: ColumnDef): string {
  return column.type === 'bool' ? 'bool' : (column.set ?? column.key);
}

/**
 * The label of a stored code in a language (the code itself when it has none).
 * @example valueLabel('status', 'dropped_out', 'id') // 'putus sekolah'
 */
export function valueLabel(set: string, code: string, lang: Lang): string {
  return VALUE_LABELS[set]?.[code]?.[lang] ?? code;
}
