/** The two languages of the product. Stored values never depend on it; only labels do. */
export type Lang = 'en' | 'id';

export const LANGS: readonly Lang[] = ['en', 'id'];

/**
 * Picks the product language from a locale such as Apps Script reports it.
 * @example langFromLocale('id_ID') // 'id'; langFromLocale('in') // 'id'; langFromLocale('en_GB') // 'en'
 */
export function langFromLocale(locale: string | null | undefined): Lang {
  const code = String(locale ?? '')
    .toLowerCase()
    .split(/[-_]/)[0];
  // Java-era locales report Indonesian as "in"; Sheets reports "id".
  return code === 'id' || code === 'in' ? 'id' : 'en';
}
