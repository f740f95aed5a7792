import type { Lang } from './lang';

/**
 * A message table in both languages. The type makes a key missing in one language a
 * compile error; test/core/i18n checks the same at run time for every registered table.
 */
export type Messages<K extends string> = Record<Lang, Record<K, string>>;

/** Declares a domain's messages; `en` fixes the keys, `id` must have exactly the same. */
export function defineMessages<K extends string>(tables: { en: Record<K, string>; id: Record<K, string> }) {
  return tables as Messages<K>;
}

/**
 * Formats a message with `{name}` placeholders.
 * @example format('Row {row}: {value}', { row: 7, value: 'abc' }) // 'Row 7: abc'
 */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Returns a translator bound to one table and one language. */
export function translator<K extends string>(table: Messages<K>, lang: Lang) {
  return (key: K, params?: Record<string, string | number>): string => format(table[lang][key], params);
}
