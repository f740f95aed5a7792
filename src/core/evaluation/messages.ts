import { defineMessages } from '../i18n/messages';

/** Texts of the Evaluation sheet: each figure's label and the one-line definition under it. */
export const EVALUATION_MESSAGES = defineMessages({
  en: {
    title: 'Programme evaluation {year} — {school}',
    intro:
      'Computed from this workbook’s own record, through {through}. Each figure gives its n; the grey line under it says what it counts. The add-on writes this sheet again each time: do not type in it.',
    key_figures: 'Key figures',
    col_figure: 'Figure',
    col_value: 'Value',
    col_n: 'n',
    fig_enrolled: 'Students enrolled at the start of the year',
    def_enrolled:
      'Students in the year’s first monthly baseline snapshot, with those who left before it was taken.',
    fig_dropouts: 'Mid-year dropouts',
    def_dropouts:
      'Students marked dropped out with a status date in the school year, up to {through}; transfers are not dropouts. n: enrolled at the start.',
    fig_per100: 'Dropouts per 100 students',
    def_per100: 'Dropouts per 100 students enrolled at the start of the year.',
    fig_previous: 'The year before, same months, per 100',
    def_previous:
      'Dropouts of {year} in its first {months} months, per 100 of its own students at the start (n). Did dropout fall? Compare with the line above.',
    fig_recall1: 'Leavers flagged 1 month before (recall)',
    def_recall1:
      'Dropouts at Tier 2 or 3 in the baseline of the month before the month they left; {missing} of {n} have no snapshot then and count as not flagged.',
    fig_recall3: 'Leavers flagged 3 months before (recall)',
    def_recall3: 'The same, in the baseline three months before; {missing} of {n} have no snapshot then.',
    fig_alert_load: 'Alert load',
    def_alert_load:
      'Student-months at Tier 2 or 3 of all student-months in the year’s baselines: the flags mentors had to follow up.',
    fig_precision: 'Precision',
    def_precision:
      'Students at Tier 2 or 3 in any baseline of the year who dropped out after that flag, of all students flagged (n).',
    fig_false_alarms: 'False alarms',
    def_false_alarms:
      'Flagged students who did not drop out this year. Some stayed because they were helped: a false alarm is not wasted care.',
    fig_before: 'Attendance of mentored students, 2 months before their first session',
    fig_after: 'Attendance of the same students, 2 months after',
    def_before:
      'Mean attendance rate in the two months before the month of the first session; n: students whose first session fell in the year, with recaps on both sides. Section 5 says what this does not show.',
    def_after:
      'The same students’ mean attendance rate in the two months after the month of their first session.',
    s_dropout: '1. Dropout',
    col_month: 'Month',
    col_per100: 'Per 100, {year}',
    col_dropouts: 'Dropouts, {year}',
    col_transfers: 'Transfers, {year}',
    total: 'Total',
    def_months:
      'Dropouts and transfers by the month of their status date; per 100 students enrolled at the start ({year}: n = {n}; {previous}: n = {previousN}).',
    no_previous: 'The record holds no baseline snapshot of {year}, so there is nothing to compare with.',
    undated:
      '{count} students are marked dropped out without a status date: they are counted nowhere until it is filled in.',
    col_grade: 'Grade',
    col_enrolled: 'Enrolled, {year}',
    def_grades:
      'By the grade the student was in that year; a student still here is taken to have moved up one grade each July.',
    chart_dropout: 'Dropouts per 100 students, by month',
    s_flags: '2. Did the flags see it coming?',
    col_student_id: 'Student ID',
    col_name: 'Name',
    col_class: 'Class',
    col_left: 'Left on',
    col_tier1: 'Tier 1 month before',
    col_tier2: 'Tier 2 months before',
    col_tier3: 'Tier 3 months before',
    def_leavers:
      'Tier in the monthly baseline 1, 2 and 3 months before the month the student left (left in March: 1 month is February’s baseline). Blank: no snapshot then.',
    no_leavers: 'No student dropped out in this period.',
    col_alert: 'Tier 2–3 share',
    col_flagged: 'At Tier 2–3',
    col_in_baseline: 'Students in the baseline',
    def_alert: 'Share of the students in each month’s baseline who were at Tier 2 or 3.',
    chart_alert: 'Alert load by month',
    missed_title: 'Leavers the flags missed (this list stays in this sheet, never in an email)',
    col_reasons: 'What the flags said 1 month before',
    no_snapshot: 'no snapshot',
    def_missed:
      'Dropouts not at Tier 2 or 3 in the baseline of the month before they left, with the reasons that baseline gave.',
    none_missed: 'None: every leaver was at Tier 2 or 3 a month before.',
    s_what_if: '3. What if a threshold moved one step?',
    now_label: 'Current Settings, applied to every baseline',
    col_recall1: 'Recall, 1 month',
    col_recall3: 'Recall, 3 months',
    col_load: 'Alert load',
    col_setting: 'Setting',
    col_now: 'Now',
    col_step: 'Step',
    col_stricter: 'Stricter',
    col_looser: 'Looser',
    def_what_if:
      'Every baseline assessed again from its eight indicator values with the add-on’s own risk engine, one threshold moved at a time. A step: attendance 5 points, counts 1, passing grade 5, average margin and grade drop 2 points. Blank: the step would leave the range.',
    def_what_if_choice:
      'A change that raises recall and lowers the alert load helps. The add-on never changes Settings: change them yourself in the Settings sheet.',
    what_if_n:
      'n: {leavers} leavers for recall, {rows} baseline rows with indicator values for the alert load.',
    without_indicators:
      '{count} baseline rows have no indicator values (taken before they were recorded): here they are never flagged.',
    s_mentoring: '4. Mentoring reach and dose',
    col_reach: 'With a mentor',
    col_mentored: 'Mentored',
    col_at_risk: 'At Tier 2–3',
    def_reach:
      'Share of the students at Tier 2 or 3 in the month’s baseline who had a mentor by the month’s end: assigned (Students: mentor since) or met one this school year.',
    chart_reach: 'Tier 2–3 students with a mentor',
    col_t3_per: 'Tier 3: sessions per mentee',
    col_t2_per: 'Tier 2: sessions per mentee',
    col_t3_met: 'Tier 3: met the weekly target',
    col_t2_met: 'Tier 2: met the monthly target',
    col_t3_mentees: 'Tier 3 mentees',
    col_t2_mentees: 'Tier 2 mentees',
    def_dose:
      'Sessions held in the month (any type, not marked absent) per mentored student, against the Check & Connect contact target: Tier 3 weekly (4 a month), Tier 2 monthly.',
    chart_dose: 'Sessions per mentee, by tier',
    col_family: 'Family sessions',
    col_home: 'Home visits',
    def_family: 'Family sessions and home visits held, by month; {students} students had at least one.',
    s_attendance: '5. Attendance of mentored students',
    col_before: 'Before',
    col_after: 'After',
    col_change: 'Change',
    col_first: 'First sessions in the year',
    def_attendance:
      'Mean attendance rate in the two months before the month of each student’s first session, and in the two months after (that month itself is left out); n: students with recaps on both sides.',
    caveat:
      'What this does not show: there is no comparison group of similar students without a mentor, and students picked after a bad month tend to improve anyway (regression to the mean). Read a rise as encouraging, not as proof that mentoring caused it.',
  },
  id: {
    title: 'Evaluasi program {year} — {school}',
    intro:
      'Dihitung dari catatan buku kerja ini sendiri, sampai {through}. Setiap angka menyebut n-nya; baris abu-abu di bawahnya menjelaskan apa yang dihitung. Add-on menulis ulang lembar ini setiap kali dijalankan: jangan mengetik di sini.',
    key_figures: 'Angka utama',
    col_figure: 'Angka',
    col_value: 'Nilai',
    col_n: 'n',
    fig_enrolled: 'Siswa terdaftar di awal tahun ajaran',
    def_enrolled:
      'Siswa dalam potret patokan bulanan pertama tahun ini, ditambah yang keluar sebelum potret itu diambil.',
    fig_dropouts: 'Putus sekolah di tengah tahun',
    def_dropouts:
      'Siswa berstatus putus sekolah dengan tanggal status dalam tahun ajaran, sampai {through}; pindah sekolah bukan putus sekolah. n: terdaftar di awal tahun.',
    fig_per100: 'Putus sekolah per 100 siswa',
    def_per100: 'Putus sekolah per 100 siswa yang terdaftar di awal tahun ajaran.',
    fig_previous: 'Tahun sebelumnya, bulan yang sama, per 100',
    def_previous:
      'Putus sekolah {year} dalam {months} bulan pertamanya, per 100 siswanya di awal tahun (n). Apakah putus sekolah turun? Bandingkan dengan baris di atas.',
    fig_recall1: 'Siswa keluar yang sudah ditandai 1 bulan sebelumnya (recall)',
    def_recall1:
      'Siswa putus sekolah yang berada di Tingkat 2 atau 3 pada potret patokan bulan sebelum bulan keluarnya; {missing} dari {n} tidak punya potret saat itu dan dihitung tidak ditandai.',
    fig_recall3: 'Siswa keluar yang sudah ditandai 3 bulan sebelumnya (recall)',
    def_recall3:
      'Sama, pada potret patokan tiga bulan sebelumnya; {missing} dari {n} tidak punya potret saat itu.',
    fig_alert_load: 'Beban peringatan',
    def_alert_load:
      'Siswa-bulan di Tingkat 2 atau 3 dari semua siswa-bulan dalam potret patokan tahun ini: tanda yang harus ditindaklanjuti pendamping.',
    fig_precision: 'Presisi',
    def_precision:
      'Siswa di Tingkat 2 atau 3 pada salah satu potret patokan tahun ini yang putus sekolah setelah tanda itu, dari semua siswa yang ditandai (n).',
    fig_false_alarms: 'Peringatan keliru',
    def_false_alarms:
      'Siswa yang ditandai tetapi tidak putus sekolah tahun ini. Sebagian bertahan karena dibantu: peringatan keliru bukan perhatian yang sia-sia.',
    fig_before: 'Kehadiran siswa yang didampingi, 2 bulan sebelum sesi pertamanya',
    fig_after: 'Kehadiran siswa yang sama, 2 bulan sesudahnya',
    def_before:
      'Rata-rata tingkat kehadiran dua bulan sebelum bulan sesi pertama; n: siswa yang sesi pertamanya jatuh di tahun ini dan punya rekap di kedua sisi. Bagian 5 menjelaskan apa yang tidak ditunjukkan angka ini.',
    def_after: 'Rata-rata tingkat kehadiran siswa yang sama dua bulan sesudah bulan sesi pertamanya.',
    s_dropout: '1. Putus sekolah',
    col_month: 'Bulan',
    col_per100: 'Per 100, {year}',
    col_dropouts: 'Putus sekolah, {year}',
    col_transfers: 'Pindah, {year}',
    total: 'Jumlah',
    def_months:
      'Putus sekolah dan pindah menurut bulan tanggal statusnya; per 100 siswa terdaftar di awal tahun ({year}: n = {n}; {previous}: n = {previousN}).',
    no_previous: 'Catatan tidak memuat potret patokan {year}, jadi tidak ada pembanding.',
    undated:
      '{count} siswa berstatus putus sekolah tanpa tanggal status: mereka tidak dihitung di mana pun sampai tanggalnya diisi.',
    col_grade: 'Tingkat',
    col_enrolled: 'Terdaftar, {year}',
    def_grades:
      'Menurut tingkat kelas siswa pada tahun itu; siswa yang masih bersekolah dianggap naik satu tingkat setiap Juli.',
    chart_dropout: 'Putus sekolah per 100 siswa, per bulan',
    s_flags: '2. Apakah tanda risiko sudah melihatnya?',
    col_student_id: 'NISN',
    col_name: 'Nama',
    col_class: 'Kelas',
    col_left: 'Tanggal keluar',
    col_tier1: 'Tingkat 1 bulan sebelumnya',
    col_tier2: 'Tingkat 2 bulan sebelumnya',
    col_tier3: 'Tingkat 3 bulan sebelumnya',
    def_leavers:
      'Tingkat dukungan pada potret patokan 1, 2 dan 3 bulan sebelum bulan siswa keluar (keluar bulan Maret: 1 bulan adalah potret Februari). Kosong: tidak ada potret saat itu.',
    no_leavers: 'Tidak ada siswa yang putus sekolah dalam periode ini.',
    col_alert: 'Porsi Tingkat 2–3',
    col_flagged: 'Di Tingkat 2–3',
    col_in_baseline: 'Siswa dalam potret',
    def_alert: 'Porsi siswa dalam potret patokan tiap bulan yang berada di Tingkat 2 atau 3.',
    chart_alert: 'Beban peringatan per bulan',
    missed_title:
      'Siswa keluar yang tidak tertangkap tanda risiko (daftar ini hanya di lembar ini, tidak pernah di email)',
    col_reasons: 'Kata tanda risiko 1 bulan sebelumnya',
    no_snapshot: 'tidak ada potret',
    def_missed:
      'Siswa putus sekolah yang tidak di Tingkat 2 atau 3 pada potret patokan bulan sebelum keluarnya, dengan alasan dari potret itu.',
    none_missed: 'Tidak ada: semua siswa yang keluar sudah di Tingkat 2 atau 3 sebulan sebelumnya.',
    s_what_if: '3. Bagaimana jika satu ambang digeser satu langkah?',
    now_label: 'Pengaturan sekarang, diterapkan pada setiap potret patokan',
    col_recall1: 'Recall, 1 bulan',
    col_recall3: 'Recall, 3 bulan',
    col_load: 'Beban peringatan',
    col_setting: 'Pengaturan',
    col_now: 'Sekarang',
    col_step: 'Langkah',
    col_stricter: 'Lebih ketat',
    col_looser: 'Lebih longgar',
    def_what_if:
      'Setiap potret patokan dinilai ulang dari delapan nilai indikatornya dengan mesin risiko add-on sendiri, satu ambang digeser setiap kali. Satu langkah: kehadiran 5 poin, hitungan 1, KKM 5, selisih rata-rata dan penurunan nilai 2 poin. Kosong: langkah itu keluar dari rentangnya.',
    def_what_if_choice:
      'Perubahan yang menaikkan recall dan menurunkan beban peringatan itu membantu. Add-on tidak pernah mengubah Pengaturan: ubahlah sendiri di lembar Pengaturan.',
    what_if_n:
      'n: {leavers} siswa keluar untuk recall, {rows} baris potret patokan yang memuat nilai indikator untuk beban peringatan.',
    without_indicators:
      '{count} baris potret patokan tidak memuat nilai indikator (diambil sebelum nilai itu dicatat): di sini tidak pernah ditandai.',
    s_mentoring: '4. Jangkauan dan dosis pendampingan',
    col_reach: 'Punya pendamping',
    col_mentored: 'Didampingi',
    col_at_risk: 'Di Tingkat 2–3',
    def_reach:
      'Porsi siswa di Tingkat 2 atau 3 pada potret patokan bulan itu yang sudah punya pendamping sampai akhir bulan: ditetapkan (Siswa: didampingi sejak) atau sudah bertemu pendamping pada tahun ajaran ini.',
    chart_reach: 'Siswa Tingkat 2–3 yang punya pendamping',
    col_t3_per: 'Tingkat 3: sesi per siswa',
    col_t2_per: 'Tingkat 2: sesi per siswa',
    col_t3_met: 'Tingkat 3: mencapai target mingguan',
    col_t2_met: 'Tingkat 2: mencapai target bulanan',
    col_t3_mentees: 'Siswa Tingkat 3 didampingi',
    col_t2_mentees: 'Siswa Tingkat 2 didampingi',
    def_dose:
      'Sesi yang terlaksana dalam bulan itu (jenis apa pun, tidak ditandai tidak hadir) per siswa yang didampingi, dibandingkan target kontak Check & Connect: Tingkat 3 mingguan (4 sebulan), Tingkat 2 bulanan.',
    chart_dose: 'Sesi per siswa yang didampingi, per tingkat',
    col_family: 'Sesi keluarga',
    col_home: 'Kunjungan rumah',
    def_family:
      'Sesi keluarga dan kunjungan rumah yang terlaksana, per bulan; {students} siswa mendapat setidaknya satu.',
    s_attendance: '5. Kehadiran siswa yang didampingi',
    col_before: 'Sebelum',
    col_after: 'Sesudah',
    col_change: 'Perubahan',
    col_first: 'Sesi pertama tahun ini',
    def_attendance:
      'Rata-rata tingkat kehadiran dua bulan sebelum bulan sesi pertama tiap siswa, dan dua bulan sesudahnya (bulan itu sendiri tidak dihitung); n: siswa yang punya rekap di kedua sisi.',
    caveat:
      'Yang tidak ditunjukkan: tidak ada kelompok pembanding berupa siswa serupa tanpa pendamping, dan siswa yang dipilih setelah bulan yang buruk cenderung membaik dengan sendirinya (regresi ke rata-rata). Anggap kenaikan sebagai tanda baik, bukan bukti bahwa pendampinganlah penyebabnya.',
  },
});

export type EvaluationMessageKey = keyof (typeof EVALUATION_MESSAGES)['en'];
