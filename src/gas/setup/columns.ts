/**
 * Setup, one column: its number format (IDs and phones as plain text, dates as dates), its
 * dropdown or range check, and for computed columns a shade and a warning-only protection.
 * Each is set on the column's data rows with one call; no value changes.
 */
import type { Lang } from '../../core/i18n/lang';
import { translator } from '../../core/i18n/messages';
import { valueLabel, valueSet } from '../../core/schema/labels';
import { sheetDef } from '../../core/schema/sheets';
import type { ColumnDef } from '../../core/schema/types';
import { numberFormatOf } from '../../core/schema/write';
import { columnLetter, quoteSheet } from '../../core/setup/formulas';
import { SETUP_MESSAGES } from '../../core/setup/messages';
import type { EnsuredTable } from './table';

export const COMPUTED_SHADE = '#f1f3f4';
export const COMPUTED_PROTECTION = 'Pendamping: computed';

/** Where another table's ID column is, for "must be a known student/mentor" checks. */
export interface References {
  students?: { name: string; column: number };
  mentors?: { name: string; column: number };
}

function validationFor(
  table: EnsuredTable,
  column: ColumnDef,
  lang: Lang,
  refs: References,
): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const t = translator(SETUP_MESSAGES, lang);
  const idRef = (ref: { name: string; column: number } | undefined) => {
    if (!ref) return null;
    const letter = columnLetter(ref.column);
    return table.sheet.getParent().getRange(`${quoteSheet(ref.name)}!${letter}2:${letter}`);
  };
  if (column.computed) return null;
  const builder = () => SpreadsheetApp.newDataValidation();
  if (column.type === 'enum' || column.type === 'bool') {
    const codes = column.type === 'bool' ? ['yes', 'no'] : (column.values ?? []);
    const labels = codes.map((c) => valueLabel(valueSet(column), c, lang));
    return builder()
      .requireValueInList(labels, true)
      .setAllowInvalid(false)
      .setHelpText(t('help_list'))
      .build();
  }
  if (
    (column.type === 'int' || column.type === 'number') &&
    column.min !== undefined &&
    column.max !== undefined
  ) {
    return builder()
      .requireNumberBetween(column.min, column.max)
      .setAllowInvalid(false)
      .setHelpText(t('help_number', { min: column.min, max: column.max }))
      .build();
  }
  if (column.type === 'date')
    return builder().requireDate().setAllowInvalid(false).setHelpText(t('help_date')).build();
  if (column.type === 'email')
    return builder().requireTextIsEmail().setAllowInvalid(false).setHelpText(t('help_email')).build();
  if (column.key === 'student_id' && table.key !== 'students') {
    const range = idRef(refs.students);
    // A warning, not a refusal: attendance may be typed before the roster is complete.
    return range
      ? builder()
          .requireValueInRange(range, false)
          .setAllowInvalid(true)
          .setHelpText(t('help_student'))
          .build()
      : null;
  }
  if (column.key === 'mentor_id' && table.key !== 'mentors') {
    const range = idRef(refs.mentors);
    return range
      ? builder()
          .requireValueInRange(range, true)
          .setAllowInvalid(false)
          .setHelpText(t('help_mentor'))
          .build()
      : null;
  }
  return null;
}

/**
 * A column's number format. A computed column holds a formula: never plain text ('@'), under
 * which a formula typed again would stay text — the general format instead (which also repairs
 * a workbook set up before this rule).
 */
function formatOf(column: ColumnDef): string | null {
  const format = numberFormatOf(column);
  return column.computed && format === '@' ? 'General' : format;
}

/** The columns (1-based) that already carry Setup's computed-column protection. */
function protectedColumns(table: EnsuredTable): Set<number> {
  const columns = new Set<number>();
  for (const p of table.sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    if (p.getDescription() === COMPUTED_PROTECTION) columns.add(p.getRange().getColumn());
  }
  return columns;
}

/** Formats, validates and (when computed) shades and protects every column of a table. */
export function formatColumns(table: EnsuredTable, lang: Lang, refs: References): void {
  const rows = table.sheet.getMaxRows() - 1;
  if (rows < 1) return;
  const computed = sheetDef(table.key).columns.some((c) => c.computed);
  const alreadyProtected = computed ? protectedColumns(table) : new Set<number>();
  const t = translator(SETUP_MESSAGES, lang);
  for (const column of sheetDef(table.key).columns) {
    const index = table.columns[column.key];
    if (index === undefined) continue;
    const range = table.sheet.getRange(2, index + 1, rows, 1);
    const format = formatOf(column);
    if (format) range.setNumberFormat(format);
    const rule = validationFor(table, column, lang, refs);
    if (rule) range.setDataValidation(rule);
    if (column.computed) {
      range.setBackground(COMPUTED_SHADE);
      if (alreadyProtected.has(index + 1)) continue;
      // A warning, not a lock: the coordinator can still repair a formula.
      range.protect().setDescription(COMPUTED_PROTECTION).setWarningOnly(true);
      table.sheet.getRange(1, index + 1).setNote(t('computed'));
    }
  }
}
