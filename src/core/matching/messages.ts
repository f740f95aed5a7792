import { defineMessages } from '../i18n/messages';

/** Texts of the mentor matcher: reasons, blocks and the Settings descriptions of its keys. */
export const MATCHING_MESSAGES = defineMessages({
  en: {
    refused_unknown_mentor: 'that mentor is not in the Mentors sheet',
    refused_not_waiting: 'the student is no longer waiting for a mentor',
    refused_rules: '{mentor} can no longer take this student (capacity, grade level, gender or inactive)',
    need_academic: 'academic',
    need_social_emotional: 'social-emotional',
    need_family_economic: 'family/economic',
    reason_strength: 'Strength: {needs}',
    reason_strengths: 'Strengths: {needs}',
    reason_language: 'Shared language: {language}',
    reason_sibling: 'Mentors a sibling',
    reason_classmate: 'Mentors a classmate',
    reason_balance: 'Caseload after: {after} of {capacity}',
    reason_only: 'The only mentor the rules allow',
    block_assigned: 'Already has a mentor ({mentor})',
    block_no_active_mentor: 'No active mentor',
    block_grade: 'No mentor for grade {grade}',
    block_grade_unknown: 'Grade unknown, and every mentor takes only certain grades',
    block_gender_L: 'No male mentor (same-gender rule)',
    block_gender_P: 'No female mentor (same-gender rule)',
    block_gender_unknown: 'Gender unknown, and the same-gender rule needs it',
    block_full: 'All suitable mentors are full',
    block_capacity: 'The free places went to students with higher priority',
    setting_match_same_gender: 'TRUE: suggest only a mentor of the same gender (one-to-one mentoring)',
    setting_match_weight_strengths: "Weight of each student need that the mentor's strengths meet",
    setting_match_weight_language: 'Weight of a language shared by mentor and student',
    setting_match_weight_continuity:
      "Weight of continuity: the mentor already mentors the student's sibling (in full) or classmate (half)",
    setting_match_weight_balance: 'Weight of balanced caseloads: higher spreads students more evenly',
  },
  id: {
    refused_unknown_mentor: 'pendamping itu tidak ada di lembar Pendamping',
    refused_not_waiting: 'siswa ini sudah tidak menunggu pendamping',
    refused_rules:
      '{mentor} tidak dapat lagi menerima siswa ini (kapasitas, tingkat kelas, jenis kelamin, atau tidak aktif)',
    need_academic: 'akademik',
    need_social_emotional: 'sosial-emosional',
    need_family_economic: 'keluarga/ekonomi',
    reason_strength: 'Kekuatan: {needs}',
    reason_strengths: 'Kekuatan: {needs}',
    reason_language: 'Bahasanya sama: {language}',
    reason_sibling: 'Mendampingi saudara kandungnya',
    reason_classmate: 'Mendampingi teman sekelasnya',
    reason_balance: 'Jumlah dampingan menjadi {after} dari {capacity}',
    reason_only: 'Satu-satunya pendamping yang diizinkan aturan',
    block_assigned: 'Sudah punya pendamping ({mentor})',
    block_no_active_mentor: 'Tidak ada pendamping yang aktif',
    block_grade: 'Tidak ada pendamping untuk kelas {grade}',
    block_grade_unknown: 'Tingkat kelas belum diisi, padahal setiap pendamping hanya menerima kelas tertentu',
    block_gender_L: 'Tidak ada pendamping laki-laki (aturan jenis kelamin sama)',
    block_gender_P: 'Tidak ada pendamping perempuan (aturan jenis kelamin sama)',
    block_gender_unknown: 'Jenis kelamin belum diisi, padahal diperlukan oleh aturan jenis kelamin sama',
    block_full: 'Semua pendamping yang sesuai sudah penuh',
    block_capacity: 'Tempat yang tersisa sudah diberikan kepada siswa dengan prioritas lebih tinggi',
    setting_match_same_gender:
      'TRUE: sarankan hanya pendamping yang jenis kelaminnya sama (pendampingan empat mata)',
    setting_match_weight_strengths: 'Bobot setiap kebutuhan siswa yang sesuai dengan kekuatan pendamping',
    setting_match_weight_language: 'Bobot bahasa yang sama antara pendamping dan siswa',
    setting_match_weight_continuity:
      'Bobot kesinambungan: pendamping sudah mendampingi saudara kandung (penuh) atau teman sekelas (separuh) siswa',
    setting_match_weight_balance: 'Bobot pemerataan beban: makin tinggi, siswa makin merata dibagi',
  },
});

export type MatchingMessageKey = keyof (typeof MATCHING_MESSAGES)['en'];
