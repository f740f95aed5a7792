import type { Lang } from '../i18n/lang';

/** The Settings key that overrides the spreadsheet locale's language. */
export const LANGUAGE_KEY = 'language';

/**
 * Reads the workbook language from a value of the Settings sheet: 'id', 'en', a locale, or the
 * language's name in either language. Null when blank or not a language.
 * @example languageOf('Bahasa Indonesia') // 'id'; languageOf('English') // 'en'; languageOf('') // null
 */
export function languageOf(value: unknown): Lang | null {
  const text = String(value ?? '')
    .trim()
    .toLowerCase();
  if (text === '') return null;
  if (/^(id|in)([-_]|$)|indonesia/.test(text)) return 'id';
  if (/^en([-_]|$)|english|inggris/.test(text)) return 'en';
  return null;
}

/**
 * Finds the language row in a key/value range (the Settings sheet passed to a custom function).
 * @example langFromSettings([['language', 'en'], ['passing_grade', 75]]) // 'en'
 */
export function langFromSettings(pairs: unknown): Lang | null {
  if (!Array.isArray(pairs)) return null;
  for (const row of pairs) {
    if (
      Array.isArray(row) &&
      String(row[0] ?? '')
        .trim()
        .toLowerCase() === LANGUAGE_KEY
    )
      return languageOf(row[1]);
  }
  return null;
}
