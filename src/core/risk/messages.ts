import { defineMessages } from '../i18n/messages';

/**
 * Texts of the risk engine: the reasons line, argument errors of the custom functions, and the
 * Settings descriptions of the threshold keys (`setting_<key>`, as the matcher does).
 */
export const RISK_MESSAGES = defineMessages({
  en: {
    flag_attendance: 'Attendance {value} ({op} {threshold})',
    flag_unexcused: '{value} unexcused absences ({op} {threshold})',
    flag_unexcused_one: '{value} unexcused absence ({op} {threshold})',
    flag_incidents: 'Incidents in 30 days: {value} ({op} {threshold})',
    flag_below_passing: '{value} subjects below passing ({op} {threshold})',
    flag_below_passing_one: '{value} subject below passing ({op} {threshold})',
    flag_average: 'Term average {value} ({op} {threshold})',
    flag_grade_drop: 'Average down {value} points ({op} {threshold})',
    flag_overage: '{value} years over age for grade ({op} {threshold})',
    flag_overage_one: '{value} year over age for grade ({op} {threshold})',
    flag_needs: '{value} need areas in assessment ({op} {threshold})',
    flag_needs_one: '{value} need area in assessment ({op} {threshold})',
    unknown_attendance: 'attendance',
    unknown_unexcused: 'unexcused absences',
    unknown_incidents: 'incidents',
    unknown_below_passing: 'subjects below passing',
    unknown_average: 'term average',
    unknown_grade_drop: 'grade change',
    unknown_overage: 'age',
    unknown_needs: 'assessment',
    no_data: 'No data: {list}',
    no_flags: 'No flags',
    bad_value: '{fn}: {arg} {problem} ({value})',
    bad_value_row: '{fn}: {arg} {problem} (row {row}: {value})',
    bad_argument: '{fn}: {arg} {problem}',
    bad_setting: 'setting {key} {problem} ({value})',
    setting_default: '{problem}: the default {value} is used',
    not_one_column: '{fn}: {arg} must be a single column (got {cols} columns)',
    height_mismatch:
      '{fn}: {arg} has {rows} rows but {other} has {otherRows}; ranges must have the same height',
    too_many_arguments: '{fn}: too many arguments (at most {max}, got {count})',
    must_be_rate: 'must be a number between 0 and 1',
    must_be_count: 'must be a whole number, 0 or more',
    must_be_points: 'must be a number between 0 and 100',
    must_be_needs: 'must be a whole number between 0 and 3',
    must_be_grade: 'must be a grade from 1 to 12',
    must_be_month: 'must be a month like 2026-09',
    must_be_date: 'must be a date like 2026-09-15 or 15/09/2026',
    must_be_term: 'must be a term like 2026-1 or 2025/2026-2',
    must_be_id: 'must be a student ID',
    must_be_text: 'must be text',
    must_be_single: 'must be a single value, not a range',
    must_be_settings: 'must be a range of key/value pairs (two columns)',
    must_cover_absences: 'must be at least sick + excused + unexcused',
    is_required: 'is required',
    setting_attendance_watch: 'Attendance rate (0–1) below which a student gets an amber flag',
    setting_attendance_high: 'Attendance rate (0–1) below which a student gets a red flag',
    setting_attendance_critical:
      'Attendance rate (0–1) below which attendance is critical (Tier 3 on its own)',
    setting_unexcused_watch: 'Unexcused absences in the latest month from which a student gets an amber flag',
    setting_unexcused_high: 'Unexcused absences in the latest month from which a student gets a red flag',
    setting_incidents_watch: 'Incidents in the last 30 days from which a student gets an amber flag',
    setting_incidents_high:
      'Incidents in the last 30 days from which a student gets a red flag; one suspension counts as this many',
    setting_below_passing_watch:
      'Subjects below passing in the latest term from which a student gets an amber flag',
    setting_below_passing_high:
      'Subjects below passing in the latest term from which a student gets a red flag',
    setting_passing_grade: 'Passing grade (KKM, 0–100): a term average below it is a red flag',
    setting_average_margin:
      'Points above the passing grade: a term average below passing grade + margin is amber',
    setting_grade_drop_watch: 'Drop in term average since the previous term (points) for an amber flag',
    setting_grade_drop_high: 'Drop in term average since the previous term (points) for a red flag',
    setting_overage_watch: 'Years over the expected age for the grade (grade + 6 in July) for an amber flag',
    setting_overage_high: 'Years over the expected age for the grade (grade + 6 in July) for a red flag',
    setting_needs_watch: 'Need areas scored 2 or more in the latest assessment for an amber flag',
    setting_needs_high: 'Need areas scored 2 or more in the latest assessment for a red flag',
  },
  id: {
    flag_attendance: 'Kehadiran {value} ({op} {threshold})',
    flag_unexcused: '{value} alpa ({op} {threshold})',
    flag_unexcused_one: '{value} alpa ({op} {threshold})',
    flag_incidents: 'Kejadian dalam 30 hari: {value} ({op} {threshold})',
    flag_below_passing: '{value} mapel di bawah KKM ({op} {threshold})',
    flag_below_passing_one: '{value} mapel di bawah KKM ({op} {threshold})',
    flag_average: 'Rata-rata semester {value} ({op} {threshold})',
    flag_grade_drop: 'Rata-rata turun {value} poin ({op} {threshold})',
    flag_overage: 'Lebih tua {value} tahun dari usia kelasnya ({op} {threshold})',
    flag_overage_one: 'Lebih tua {value} tahun dari usia kelasnya ({op} {threshold})',
    flag_needs: '{value} aspek kebutuhan dari asesmen ({op} {threshold})',
    flag_needs_one: '{value} aspek kebutuhan dari asesmen ({op} {threshold})',
    unknown_attendance: 'kehadiran',
    unknown_unexcused: 'alpa',
    unknown_incidents: 'kejadian',
    unknown_below_passing: 'mapel di bawah KKM',
    unknown_average: 'rata-rata semester',
    unknown_grade_drop: 'perubahan nilai',
    unknown_overage: 'usia',
    unknown_needs: 'asesmen',
    no_data: 'Belum ada data: {list}',
    no_flags: 'Tidak ada tanda risiko',
    bad_value: '{fn}: {arg} {problem} ({value})',
    bad_value_row: '{fn}: {arg} {problem} (baris {row}: {value})',
    bad_argument: '{fn}: {arg} {problem}',
    bad_setting: 'pengaturan {key} {problem} ({value})',
    setting_default: '{problem}: dipakai nilai bawaan {value}',
    not_one_column: '{fn}: {arg} harus berupa satu kolom (ada {cols} kolom)',
    height_mismatch:
      '{fn}: {arg} berisi {rows} baris, sedangkan {other} {otherRows} baris; semua rentang harus sama tingginya',
    too_many_arguments: '{fn}: terlalu banyak argumen (paling banyak {max}, ada {count})',
    must_be_rate: 'harus berupa angka antara 0 dan 1',
    must_be_count: 'harus berupa bilangan bulat 0 atau lebih',
    must_be_points: 'harus berupa angka antara 0 dan 100',
    must_be_needs: 'harus berupa bilangan bulat antara 0 dan 3',
    must_be_grade: 'harus berupa kelas 1 sampai 12',
    must_be_month: 'harus berupa bulan seperti 2026-09',
    must_be_date: 'harus berupa tanggal seperti 2026-09-15 atau 15/09/2026',
    must_be_term: 'harus berupa semester seperti 2026-1 atau 2025/2026-2',
    must_be_id: 'harus berupa ID siswa',
    must_be_text: 'harus berupa teks',
    must_be_single: 'harus berupa satu nilai, bukan rentang',
    must_be_settings: 'harus berupa rentang pasangan kunci/nilai (dua kolom)',
    must_cover_absences: 'tidak boleh kurang dari sick + excused + unexcused',
    is_required: 'wajib diisi',
    setting_attendance_watch: 'Tingkat kehadiran (0–1) yang di bawahnya siswa mendapat tanda kuning',
    setting_attendance_high: 'Tingkat kehadiran (0–1) yang di bawahnya siswa mendapat tanda merah',
    setting_attendance_critical:
      'Tingkat kehadiran (0–1) yang di bawahnya kehadiran kritis (langsung Tier 3)',
    setting_unexcused_watch: 'Jumlah alpa pada bulan terakhir yang mulai memberi tanda kuning',
    setting_unexcused_high: 'Jumlah alpa pada bulan terakhir yang mulai memberi tanda merah',
    setting_incidents_watch: 'Jumlah kejadian dalam 30 hari terakhir yang mulai memberi tanda kuning',
    setting_incidents_high:
      'Jumlah kejadian dalam 30 hari terakhir yang mulai memberi tanda merah; satu skorsing dihitung sebanyak ini',
    setting_below_passing_watch:
      'Jumlah mapel di bawah KKM pada semester terakhir yang mulai memberi tanda kuning',
    setting_below_passing_high:
      'Jumlah mapel di bawah KKM pada semester terakhir yang mulai memberi tanda merah',
    setting_passing_grade:
      'Kriteria ketuntasan minimal (KKM, 0–100): rata-rata semester di bawahnya diberi tanda merah',
    setting_average_margin:
      'Selisih poin di atas KKM: rata-rata semester di bawah KKM + selisih ini diberi tanda kuning',
    setting_grade_drop_watch:
      'Penurunan rata-rata semester dari semester sebelumnya (poin) untuk tanda kuning',
    setting_grade_drop_high: 'Penurunan rata-rata semester dari semester sebelumnya (poin) untuk tanda merah',
    setting_overage_watch:
      'Kelebihan usia (tahun) dari usia wajar kelasnya (kelas + 6 pada bulan Juli) untuk tanda kuning',
    setting_overage_high:
      'Kelebihan usia (tahun) dari usia wajar kelasnya (kelas + 6 pada bulan Juli) untuk tanda merah',
    setting_needs_watch:
      'Jumlah aspek kebutuhan bernilai 2 atau lebih pada asesmen terakhir untuk tanda kuning',
    setting_needs_high:
      'Jumlah aspek kebutuhan bernilai 2 atau lebih pada asesmen terakhir untuk tanda merah',
  },
});

export type RiskMessageKey = keyof (typeof RISK_MESSAGES)['en'];

/** The messages that describe what is wrong with a value; they follow the argument's name. */
export type RiskProblem = Extract<RiskMessageKey, `must_${string}` | 'is_required'>;
