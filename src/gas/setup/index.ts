/**
 * "Set up workbook": makes every sheet of the schema whole, safe to run again on a workbook
 * full of data (it adds what is missing and changes no value a person entered), and records
 * the schema version so that a later version can upgrade in place.
 */
import { translator } from '../../core/i18n/messages';
import { sheetLabel } from '../../core/schema/labels';
import { SHEETS } from '../../core/schema/sheets';
import type { SheetKey } from '../../core/schema/types';
import { columnLetter, type Located, quoteSheet } from '../../core/setup/formulas';
import { SETUP_MESSAGES } from '../../core/setup/messages';
import type { Workbook } from '../context';
import { formatColumns, type References } from './columns';
import { ensureDashboard } from './dashboard';
import { ensureSettings } from './settings';
import { colourTiers, writeStudentFormulas } from './students';
import { type EnsuredTable, ensureTable } from './table';

export const SCHEMA_VERSION = '1';
export const SCHEMA_PROPERTY = 'pendamping.schema';

export interface SetupReport {
  created: string[];
  addedColumns: number;
  addedSettings: number;
  problems: string[];
}

function today(wb: Workbook): string {
  return Utilities.formatDate(wb.now, wb.timeZone, 'yyyy-MM-dd');
}

export function runSetup(wb: Workbook): SetupReport {
  const { layout, lang } = wb;
  const tables: Partial<Record<SheetKey, EnsuredTable>> = {};
  for (const def of SHEETS) if (def.table) tables[def.key] = ensureTable(layout, def.key, lang);

  const located: Partial<Record<SheetKey, Located>> = {};
  for (const [key, t] of Object.entries(tables) as Array<[SheetKey, EnsuredTable]>) {
    located[key] = { name: t.sheet.getName(), columns: t.columns };
  }
  const refs: References = {
    students: { name: located.students!.name, column: located.students!.columns.student_id! },
    mentors: { name: located.mentors!.name, column: located.mentors!.columns.mentor_id! },
  };
  for (const t of Object.values(tables)) formatColumns(t!, lang, refs);

  wb.tables.invalidate('settings');
  const school = wb.settings.school_name || wb.spreadsheet.getName();
  const settings = ensureSettings(wb.tables, lang, { schoolName: school, today: today(wb) });
  const problems = writeStudentFormulas(tables.students!, located, settings.rowOf, lang);
  colourTiers(tables.students!, 'risk_tier', ['name', 'risk_score', 'risk_tier', 'risk_reasons']);
  colourTiers(tables.risk_history!, 'tier', ['tier']);
  const value = located.settings!.columns.value;
  const schoolRow = settings.rowOf.school_name;
  const schoolCell =
    value !== undefined && schoolRow
      ? `${quoteSheet(located.settings!.name)}!$${columnLetter(value)}$${schoolRow}`
      : null;
  const dashboardCreated = ensureDashboard(layout, located, lang, school, schoolCell);

  wb.properties.setProperty(SCHEMA_PROPERTY, SCHEMA_VERSION);
  const created = Object.values(tables)
    .filter((t) => t!.created)
    .map((t) => sheetLabel(t!.key, lang));
  if (dashboardCreated) created.push(sheetLabel('dashboard', lang));
  return {
    created,
    addedColumns: Object.values(tables).reduce((n, t) => n + (t!.created ? 0 : t!.addedColumns.length), 0),
    addedSettings: settings.added,
    problems,
  };
}

/** The report as a person reads it. */
export function describeSetup(report: SetupReport, wb: Workbook): { title: string; body: string } {
  const t = translator(SETUP_MESSAGES, wb.lang);
  const body = t('done_body', {
    created: report.created.length,
    columns: report.addedColumns,
    settings: report.addedSettings,
  });
  return { title: t('done_title'), body: [body, ...report.problems].join('\n') };
}
