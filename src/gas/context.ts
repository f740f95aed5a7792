/**
 * What a menu action, a sidebar call or a trigger needs to work on the workbook: the
 * spreadsheet, its tables, its language and time zone, and the time. Built once per
 * execution; needs AuthMode.FULL (or LIMITED for reading).
 */
import { type Lang, langFromLocale } from '../core/i18n/lang';
import type { SettingRow } from '../core/schema/records';
import { languageOf } from '../core/settings/language';
import { settingsMap } from '../core/settings/read';
import { Layout } from './layout';
import { Tables } from './tables';

export interface Workbook {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  properties: GoogleAppsScript.Properties.Properties;
  layout: Layout;
  tables: Tables;
  lang: Lang;
  timeZone: string;
  settings: Record<string, string>;
  now: Date;
}

/** Opens the active workbook: one read of the Settings table decides the language. */
export function openWorkbook(now = new Date()): Workbook {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const properties = PropertiesService.getDocumentProperties();
  const layout = new Layout(spreadsheet, properties);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const tables = new Tables(layout, 'en', timeZone);
  const settings = settingsMap(tables.read<SettingRow>('settings').rows);
  const lang = languageOf(settings.language) ?? langFromLocale(spreadsheet.getSpreadsheetLocale());
  tables.lang = lang;
  return { spreadsheet, properties, layout, tables, lang, timeZone, settings, now };
}
