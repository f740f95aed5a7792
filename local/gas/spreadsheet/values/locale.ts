/** What a spreadsheet locale changes in numbers and dates: separators, names, default patterns. */

export interface Separators {
  decimal: string;
  group: string;
}

const cache = new Map<string, Separators>();

/** 'id_ID' → 'id-ID', the tag Intl understands. */
export function localeTag(locale: string): string {
  const tag = locale.replace('_', '-');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
}

/** The decimal and grouping separators of a locale: id_ID → ',' and '.'. */
export function separators(locale: string): Separators {
  let seps = cache.get(locale);
  if (!seps) {
    const parts = new Intl.NumberFormat(localeTag(locale)).formatToParts(12345.6);
    seps = {
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
    };
    cache.set(locale, seps);
  }
  return seps;
}

/** The date pattern Sheets shows for a date with no number format, by locale. */
export function defaultDatePattern(locale: string): string {
  if (/^en_US|^en$/i.test(locale)) return 'm/d/yyyy';
  if (/^(id|in|en_GB|en_AU|fr|es|it|nl|pt|de)/i.test(locale)) return 'dd/mm/yyyy';
  return 'yyyy-mm-dd';
}

/** Month or weekday names of a locale, as Intl spells them. */
export function calendarName(
  locale: string,
  kind: 'month' | 'weekday',
  index: number,
  width: 'long' | 'short',
): string {
  // 2023-01-01 was a Sunday; index is 1-based for months, 0 = Sunday for weekdays.
  const date = kind === 'month' ? Date.UTC(2023, index - 1, 1) : Date.UTC(2023, 0, 1 + index);
  return new Intl.DateTimeFormat(localeTag(locale), { [kind]: width, timeZone: 'UTC' }).format(date);
}
