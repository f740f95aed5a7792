import type { SettingRow } from '../schema/records';

/**
 * The Settings table as key → value (keys trimmed and lower-cased; later rows win).
 * @example settingsMap([{ key: ' Language ', value: 'en', description: null }]) // { language: 'en' }
 */
export function settingsMap(rows: ReadonlyArray<{ record: SettingRow }>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { record } of rows) {
    const key = record.key.trim().toLowerCase();
    if (key) out[key] = record.value ?? '';
  }
  return out;
}

/** The settings as the two-column key/value pairs the risk engine reads. */
export function settingsPairs(map: Readonly<Record<string, string>>): string[][] {
  return Object.keys(map).map((k) => [k, map[k]!]);
}
