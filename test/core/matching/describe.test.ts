import { describe, expect, it } from 'vitest';
import { describeBlock, describeMatchSetting, describeReason } from '../../../src/core/matching/describe';
import { MATCHING_MESSAGES } from '../../../src/core/matching/messages';
import { MATCH_SETTINGS } from '../../../src/core/matching/settings';
import type { BlockReason, Reason } from '../../../src/core/matching/types';

describe('describeReason', () => {
  it.each<[Reason, string, string]>([
    [
      { kind: 'strengths', needs: ['family_economic'] },
      'Strength: family/economic',
      'Kekuatan: keluarga/ekonomi',
    ],
    [
      { kind: 'strengths', needs: ['academic', 'social_emotional'] },
      'Strengths: academic, social-emotional',
      'Kekuatan: akademik, sosial-emosional',
    ],
    [{ kind: 'language', language: 'Jawa' }, 'Shared language: Jawa', 'Bahasanya sama: Jawa'],
    [{ kind: 'sibling' }, 'Mentors a sibling', 'Mendampingi saudara kandungnya'],
    [{ kind: 'classmate' }, 'Mentors a classmate', 'Mendampingi teman sekelasnya'],
    [
      { kind: 'balance', caseloadAfter: 7, capacity: 10 },
      'Caseload after: 7 of 10',
      'Jumlah dampingan menjadi 7 dari 10',
    ],
  ])('%o', (reason, en, id) => {
    expect(describeReason(reason, 'en')).toBe(en);
    expect(describeReason(reason, 'id')).toBe(id);
  });
});

describe('describeBlock', () => {
  it.each<[BlockReason, string, string]>([
    [{ kind: 'assigned', mentorId: 'M07' }, 'Already has a mentor (M07)', 'Sudah punya pendamping (M07)'],
    [{ kind: 'no_active_mentor' }, 'No active mentor', 'Tidak ada pendamping yang aktif'],
    [{ kind: 'grade', grade: 8 }, 'No mentor for grade 8', 'Tidak ada pendamping untuk kelas 8'],
    [
      { kind: 'grade', grade: null },
      'Grade unknown, and every mentor takes only certain grades',
      'Tingkat kelas belum diisi, padahal setiap pendamping hanya menerima kelas tertentu',
    ],
    [
      { kind: 'gender', gender: 'L' },
      'No male mentor (same-gender rule)',
      'Tidak ada pendamping laki-laki (aturan jenis kelamin sama)',
    ],
    [
      { kind: 'gender', gender: 'P' },
      'No female mentor (same-gender rule)',
      'Tidak ada pendamping perempuan (aturan jenis kelamin sama)',
    ],
    [
      { kind: 'gender', gender: null },
      'Gender unknown, and the same-gender rule needs it',
      'Jenis kelamin belum diisi, padahal diperlukan oleh aturan jenis kelamin sama',
    ],
    [{ kind: 'full' }, 'All suitable mentors are full', 'Semua pendamping yang sesuai sudah penuh'],
    [
      { kind: 'capacity' },
      'The free places went to students with higher priority',
      'Tempat yang tersisa sudah diberikan kepada siswa dengan prioritas lebih tinggi',
    ],
  ])('%o', (block, en, id) => {
    expect(describeBlock(block, 'en')).toBe(en);
    expect(describeBlock(block, 'id')).toBe(id);
  });
});

describe('matching messages', () => {
  it('has the same keys in both languages and no empty text', () => {
    expect(Object.keys(MATCHING_MESSAGES.id).sort()).toEqual(Object.keys(MATCHING_MESSAGES.en).sort());
    for (const table of [MATCHING_MESSAGES.en, MATCHING_MESSAGES.id]) {
      for (const text of Object.values(table)) expect(text.trim()).not.toBe('');
    }
  });

  it('describes every Settings key in both languages', () => {
    for (const { key } of MATCH_SETTINGS) {
      expect(describeMatchSetting(key, 'en')).toMatch(/\w/);
      expect(describeMatchSetting(key, 'id')).not.toBe(describeMatchSetting(key, 'en'));
    }
  });
});
