/**
 * Every key of the Settings sheet, with its default and its description in both languages.
 * Setup adds the keys that are missing and never touches a value a person set.
 */
import type { Lang } from '../i18n/lang';
import { describeMatchSetting } from '../matching/describe';
import { MATCH_SETTINGS } from '../matching/settings';
import { CONTACT_SETTINGS } from '../metrics/overdue';
import { RISK_SETTINGS, thresholdDescription } from '../risk/thresholds';
import { GENERAL_MESSAGES } from './messages';

export interface SettingDefault {
  key: string;
  /** The value Setup writes; `as_of_date` and `school_name` are filled in by Setup from context. */
  value: string | number | boolean;
  description(lang: Lang): string;
}

type GeneralKey = keyof (typeof GENERAL_MESSAGES)['en'];
const general = (key: GeneralKey, value: SettingDefault['value']): SettingDefault => ({
  key,
  value,
  description: (lang) => GENERAL_MESSAGES[lang][key],
});

/** The Settings rows, in the order Setup writes them. */
export const SETTING_DEFAULTS: readonly SettingDefault[] = [
  general('language', ''),
  general('school_name', ''),
  general('coordinator_emails', ''),
  general('as_of_date', ''),
  ...RISK_SETTINGS.map(({ key, value }) => ({
    key,
    value,
    description: (lang: Lang) => thresholdDescription(key, lang),
  })),
  ...MATCH_SETTINGS.map(({ key, value }) => ({
    key,
    value,
    description: (lang: Lang) => describeMatchSetting(key, lang),
  })),
  general('summary_day', 1),
  general('summary_hour', 7),
  ...CONTACT_SETTINGS.map(({ key, value }) => general(key, value)),
];
