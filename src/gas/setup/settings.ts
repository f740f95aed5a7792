/**
 * Setup, the Settings sheet: every key of SETTING_DEFAULTS gets a row with its default and
 * its description; rows already there (and their values) are left as they are. Every value
 * cell of a known key gets its data validation (src/core/settings/rules.ts), so that a value
 * the add-on could not read is refused as it is typed, with a message that says what fits.
 */
import type { Lang } from '../../core/i18n/lang';
import type { SettingRow } from '../../core/schema/records';
import { SETTING_DEFAULTS } from '../../core/settings/defaults';
import { isNumberSetting, type SettingRule, settingNumber, settingRule } from '../../core/settings/rules';
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
  validateValues(tables, lang);
  return { added: missing.length, rowOf };
}

function validationOf(rule: SettingRule): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(false).setHelpText(rule.help);
  if (rule.kind === 'list') return builder.requireValueInList(rule.values, true).build();
  return builder.requireNumberBetween(rule.min, rule.max).build();
}

/**
 * Each value cell gets its key's rule (a row without a known key, none), in one write. A number
 * key's cell becomes a number cell and its text ("75", "0,85") the number it stands for, since a
 * number rule refuses text; a value that is not a number stays exactly as typed.
 */
function validateValues(tables: Tables, lang: Lang): void {
  tables.invalidate('settings');
  const raw = tables.raw('settings');
  const sheet = tables.layout.sheet('settings');
  const key = raw?.columns.key;
  const value = raw?.columns.value;
  if (!raw || !sheet || key === undefined || value === undefined || raw.rows.length === 0) return;
  const built = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();
  const names = raw.rows.map((row) =>
    String(row[key] ?? '')
      .trim()
      .toLowerCase(),
  );
  const cells = sheet.getRange(raw.firstRow, value + 1, names.length, 1);
  const numbers = raw.rows.map((row, i) => settingNumber(names[i]!, row[value]));
  cells.setNumberFormats(names.map((name) => [isNumberSetting(name) ? 'General' : '@']));
  if (numbers.some((n) => n !== null))
    cells.setValues(raw.rows.map((row, i) => [numbers[i] ?? row[value] ?? '']));
  const rules = names.map((name) => {
    const rule = settingRule(name, lang);
    if (!rule) return [null];
    if (!built.has(name)) built.set(name, validationOf(rule));
    return [built.get(name)!];
  });
  cells.setDataValidations(rules);
}
