import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/messages';
import { MATCHING_MESSAGES } from './messages';
import type { MatchSettingKey } from './settings';
import type { BlockReason, Reason } from './types';

/**
 * A suggestion's reason as one short line in the workbook's language.
 * @example describeReason({ kind: 'strengths', needs: ['family_economic'] }, 'id') // 'Kekuatan: keluarga/ekonomi'
 */
export function describeReason(reason: Reason, lang: Lang): string {
  const t = translator(MATCHING_MESSAGES, lang);
  switch (reason.kind) {
    case 'strengths': {
      const needs = reason.needs.map((need) => t(`need_${need}`)).join(', ');
      return t(reason.needs.length === 1 ? 'reason_strength' : 'reason_strengths', { needs });
    }
    case 'language':
      return t('reason_language', { language: reason.language });
    case 'sibling':
      return t('reason_sibling');
    case 'classmate':
      return t('reason_classmate');
    case 'balance':
      return t('reason_balance', { after: reason.caseloadAfter, capacity: reason.capacity });
  }
}

/**
 * Why a student was not placed, as one short line in the workbook's language.
 * @example describeBlock({ kind: 'grade', grade: 8 }, 'en') // 'No mentor for grade 8'
 */
export function describeBlock(block: BlockReason, lang: Lang): string {
  const t = translator(MATCHING_MESSAGES, lang);
  switch (block.kind) {
    case 'assigned':
      return t('block_assigned', { mentor: block.mentorId });
    case 'grade':
      return block.grade === null ? t('block_grade_unknown') : t('block_grade', { grade: block.grade });
    case 'gender':
      return t(block.gender === null ? 'block_gender_unknown' : `block_gender_${block.gender}`);
    default:
      return t(`block_${block.kind}`);
  }
}

/**
 * The Settings sheet description of one of the matcher's keys.
 * @example describeMatchSetting('match_weight_language', 'id') // 'Bobot bahasa yang sama antara pendamping dan siswa'
 */
export function describeMatchSetting(key: MatchSettingKey, lang: Lang): string {
  return translator(MATCHING_MESSAGES, lang)(`setting_${key}`);
}
