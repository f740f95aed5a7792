/**
 * Setup, the Settings sheet: every key of SETTING_DEFAULTS gets a row with its default and
 * its description; rows already there (and their values) are left as they are.
 */
import type { Lang } from '../../core/i18n/lang';
import type { SettingRow } from '../../core/schema/records';
import { SETTING_DEFAULTS } from '../../core/settings/defaults';
import type { Tables } from '../tables';

/** Adds the missing keys; returns how many, and the sheet row of every key. */
export function ensureSettings(
  tables: Tables,
  lang: Lang,
  context: { schoolName: string; today: string },
): { added: number; rowOf: Record<string, number> } {
  tables.invalidate('settings');
  const { rows } = tables.read<SettingRow>('settings');
  const rowOf: Record<string, number> = {};
  for (const { row, record } of rows) rowOf[record.key.trim().toLowerCase()] ??= row;
  const missing = SETTING_DEFAULTS.filter((s) => rowOf[s.key] === undefined);
  const start = tables.append(
    'settings',
    missing.map((s) => ({
      key: s.key,
      value: s.key === 'school_name' ? context.schoolName : s.key === 'as_of_date' ? context.today : s.value,
      description: s.description(lang),
    })),
  );
  missing.forEach((s, i) => {
    rowOf[s.key] = start + i;
  });
  return { added: missing.length, rowOf };
}
