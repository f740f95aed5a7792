/**
 * Setup, the Students sheet's computed columns: one formula per column in row 2, spilling
 * one value per student; and the tier colours (Tier 3 red, Tier 2 amber, Tier 1 none).
 */
import type { Lang } from '../../core/i18n/lang';
import { translator } from '../../core/i18n/messages';
import { COMPUTED_STUDENT_COLUMNS } from '../../core/schema/sheets';
import type { SheetKey } from '../../core/schema/types';
import { columnLetter, type Located, studentFormulas } from '../../core/setup/formulas';
import { SETUP_MESSAGES } from '../../core/setup/messages';
import type { EnsuredTable } from './table';

export const TIER_COLOURS = { 3: '#f4c7c3', 2: '#fce8b2' } as const;
const OURS = new Set<string>(Object.values(TIER_COLOURS));

/**
 * Writes the computed formulas where row 2 is empty or already holds a formula (ours, perhaps
 * of an older version); a value typed there is left alone and reported.
 */
export function writeStudentFormulas(
  students: EnsuredTable,
  located: Partial<Record<SheetKey, Located>>,
  settingRow: Record<string, number>,
  lang: Lang,
): string[] {
  const formulas = studentFormulas(located, settingRow);
  const indexes = COMPUTED_STUDENT_COLUMNS.map((c) => students.columns[c.key]!);
  const first = Math.min(...indexes);
  const last = Math.max(...indexes);
  const row = students.sheet.getRange(2, first + 1, 1, last - first + 1);
  const current = row.getFormulas()[0]!;
  const values = row.getValues()[0]!;
  const problems: string[] = [];
  for (const column of COMPUTED_STUDENT_COLUMNS) {
    const i = students.columns[column.key]! - first;
    const formula = formulas[column.key];
    if (!formula || current[i] === formula) continue;
    if (current[i] === '' && values[i] !== '') {
      problems.push(
        translator(SETUP_MESSAGES, lang)('blocked_formula', {
          sheet: students.sheet.getName(),
          cell: `${columnLetter(first + i)}2`,
        }),
      );
      continue;
    }
    students.sheet.getRange(2, first + i + 1).setFormula(formula);
  }
  return problems;
}

/** Colours tiers: the rules Setup made before are replaced, a person's own rules are kept. */
export function colourTiers(table: EnsuredTable, tierKey: string, colourKeys: string[]): void {
  const sheet = table.sheet;
  const tier = columnLetter(table.columns[tierKey]!);
  const rows = sheet.getMaxRows() - 1;
  const ranges = colourKeys.map((k) => sheet.getRange(2, table.columns[k]! + 1, rows, 1));
  const kept = sheet.getConditionalFormatRules().filter((rule) => {
    const background = rule.getBooleanCondition()?.getBackground();
    return !background || !OURS.has(background.toLowerCase());
  });
  const rule = (t: 2 | 3) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(`=$${tier}2=${t}`)
      .setBackground(TIER_COLOURS[t])
      .setRanges(ranges)
      .build();
  sheet.setConditionalFormatRules([...kept, rule(3), rule(2)]);
}
