/** Months and days written for people, in the product's two languages. */
import type { Lang } from '../i18n/lang';

export { schoolYearStart } from '../metrics/month';

const MONTHS: Record<Lang, string[]> = {
  en: 'January February March April May June July August September October November December'.split(' '),
  id: 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember'.split(' '),
};

/**
 * The twelve month names of a language, January first.
 * @example monthNames('id')[10] // 'November'
 */
export function monthNames(lang: Lang): readonly string[] {
  return MONTHS[lang];
}

const monthName = (month: number, lang: Lang) => MONTHS[lang][month - 1] ?? String(month);

/**
 * Names a month ('YYYY-MM') in a language; text that is not a month comes back as it is.
 * @example monthLabel('2026-10', 'id') // 'Oktober 2026'; monthLabel('2026-10', 'en') // 'October 2026'
 */
export function monthLabel(month: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})/.exec(month);
  return m ? `${monthName(Number(m[2]), lang)} ${m[1]}` : month;
}

/**
 * Writes an ISO day the way people read it, day first in both languages.
 * @example dayLabel('2026-08-17', 'id') // '17 Agustus 2026'
 */
export function dayLabel(day: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? `${Number(m[3])} ${monthName(Number(m[2]), lang)} ${m[1]}` : day;
}
