/**
 * The free text of the demo school, in Indonesian as teachers write it. A few lines start with
 * '-', '=', '+' or '@', as people type them, so that the add-on must keep them as text.
 */
import type { SessionType } from '../../../src/core/schema/records';

export const ASPIRATIONS = [
  'ingin jadi perawat',
  'ingin menjadi guru SD',
  'ingin jadi polisi',
  'ingin kuliah di Undana',
  'ingin jadi pemain sepak bola',
  'belum tahu',
  'ingin membantu orang tua berjualan di pasar',
  'ingin jadi tentara',
  'ingin jadi bidan',
  'ingin jadi pendeta',
  'ingin bekerja di kapal pesiar',
  'ingin jadi youtuber',
  'ingin jadi dokter',
  'ingin buka bengkel motor',
  'ingin jadi penyanyi',
  'ingin lanjut ke SMK jurusan tata boga',
];

/** Assessment notes by the need they explain; each gets a RAHASIA- marker appended. */
export const ASSESSMENT_NOTES: Record<
  'social_pressure' | 'economic_hardship' | 'low_home_support' | 'none',
  readonly string[]
> = {
  economic_hardship: [
    'Ayah bekerja sebagai buruh harian, penghasilan tidak tetap. Siswa sering membantu jualan sayur sebelum sekolah.',
    'Keluarga belum punya KIP; uang transport ke sekolah sering tidak ada.',
    'Orang tua kehilangan pekerjaan tahun ini. Siswa bercerita ingin bekerja saja.',
    'Tinggal enam bersaudara di rumah kontrakan satu kamar.',
  ],
  low_home_support: [
    'Ayah merantau ke Malaysia, ibu bekerja di Kupang; siswa tinggal bersama nenek yang sakit-sakitan.',
    'Orang tua bercerai; siswa berpindah-pindah antara rumah ayah dan om.',
    'Tidak ada yang mendampingi belajar di rumah; listrik sering padam dan tidak ada meja belajar.',
    'Ibu sibuk mengurus adik-adik yang masih kecil, PR tidak pernah dicek.',
  ],
  social_pressure: [
    'Bergaul dengan kelompok anak putus sekolah di lingkungan rumah, sering diajak nongkrong sampai malam.',
    'Mengaku sering diejek teman sekelas karena logat dan pakaian; pernah menolak masuk kelas.',
    'Pacar sudah tidak sekolah dan mengajak berhenti sekolah.',
    'Ikut tawuran antar-kampung bersama kakak kelas yang sudah keluar.',
  ],
  none: [
    'Siswa terbuka dan kooperatif. Tidak ada masalah berarti di rumah.',
    'Asesmen awal rutin kelas 7; kondisi keluarga stabil.',
    'Siswa pemalu tetapi punya teman dekat di kelas.',
  ],
};

/** The topic of a mentorship's first session. */
export const FIRST_TOPIC = 'Perkenalan dan kontrak pendampingan';

export const TOPICS: Record<SessionType, readonly string[]> = {
  individual: [
    'Evaluasi kehadiran bulan ini',
    'Strategi belajar untuk remedial',
    '- cek PR dan jadwal belajar',
    'Membahas target nilai PTS',
    'Cek singkat kabar dan kehadiran',
    'Mengatur waktu antara membantu orang tua dan belajar',
    '+ latihan soal matematika',
  ],
  counselling: [
    'Konseling: mengelola rasa marah',
    'Konseling: tekanan dari teman sebaya',
    'Konseling: kehilangan anggota keluarga',
    'Konseling: kepercayaan diri di kelas',
    'Konseling: konflik dengan orang tua',
  ],
  group: [
    'Kelompok belajar bersama',
    'Permainan kerja sama tim dan refleksi',
    'Diskusi kelompok: cita-cita dan langkah kecil',
    'Kelompok dukungan sebaya',
  ],
  family: [
    'Pertemuan dengan orang tua di sekolah',
    'Membahas jadwal belajar di rumah bersama wali',
    'Informasi pengajuan PIP/KIP untuk keluarga',
  ],
  home_visit: [
    'Kunjungan rumah: bertemu ayah dan ibu',
    'Kunjungan rumah: bertemu nenek sebagai wali',
    'Kunjungan rumah: mencari tahu alasan tidak masuk',
  ],
};

export const FOLLOW_UPS = [
  'Pantau kehadiran minggu depan',
  'Hubungi wali lewat WA',
  '=> hubungi wali kelas',
  'Rujuk ke guru BK',
  'Ikut kelas remedial matematika hari Kamis',
  'Bawa buku catatan yang lengkap',
  '@wali kelas: mohon pantau kehadiran',
  'Bantu isi formulir PIP',
  'Jadwalkan pertemuan dengan orang tua',
  'Lanjut sesi berikutnya',
];

/** Session notes; each gets a RAHASIA- marker appended. */
export const SESSION_NOTES = [
  'Siswa menangis saat bercerita tentang ayahnya.',
  'Mengaku bekerja di bengkel sampai malam untuk membantu biaya adik.',
  'Ada tanda-tanda perundungan di grup WA kelas; perlu ditindaklanjuti.',
  'Siswa lebih ceria, sudah mulai mengerjakan tugas.',
  'Ibu menyampaikan masalah keuangan keluarga dengan terbuka.',
  'Siswa takut dimarahi guru karena sering terlambat.',
  'Kakak sudah putus sekolah; siswa merasa tidak ada gunanya lanjut.',
  'Siswa bercerita sering begadang main game online.',
  'Rumah jauh, jalan kaki 5 km; sepeda rusak.',
  'Kesehatan nenek menurun, siswa sering menjaga di rumah.',
];

export const INCIDENT_NOTES: Record<'referral' | 'suspension' | 'other', readonly string[]> = {
  referral: [
    'Dirujuk ke BK: sering bolos jam pelajaran terakhir',
    'Dirujuk ke BK: bertengkar dengan teman sekelas',
    'Terlambat masuk kelas lebih dari lima kali bulan ini',
    'Tidak mengerjakan tugas tiga minggu berturut-turut',
    'Kedapatan merokok di belakang kantin',
  ],
  suspension: [
    'Skorsing 3 hari: berkelahi di luar gerbang sekolah',
    'Skorsing 2 hari: merusak fasilitas kelas',
    'Skorsing 3 hari: mengancam teman dengan benda tajam',
  ],
  other: [
    'Ketahuan mencontek saat PTS',
    'HP disita saat jam pelajaran, dikembalikan ke orang tua',
    'Keluar sekolah saat jam istirahat tanpa izin',
  ],
};

/** Follow-up assessment notes; each gets a RAHASIA- marker appended. */
export const FOLLOW_UP_NOTES = [
  'Asesmen lanjutan: motivasi meningkat, kehadiran mulai membaik.',
  'Asesmen lanjutan: masih sering murung, perlu konseling lanjutan.',
  'Asesmen lanjutan: keluarga sudah mengurus PIP, siswa lebih tenang.',
  'Asesmen lanjutan: hubungan dengan teman sekelas membaik.',
];
