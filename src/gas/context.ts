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

type Properties = GoogleAppsScript.Properties.Properties;

export interface Workbook {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  properties: Properties;
  layout: Layout;
  tables: Tables;
  lang: Lang;
  timeZone: string;
  settings: Record<string, string>;
  now: Date;
}

/** Opens the active workbook: one read of the Settings table decides the language. */
export function openWorkbook(now = new Date()): Workbook {
  return workbookOf(SpreadsheetApp.getActiveSpreadsheet(), PropertiesService.getDocumentProperties(), now);
}

/**
 * A workbook from a spreadsheet opened some other way (an add-on's time-driven trigger opens it
 * by id). There, outside any document, document properties are null: the layout cache then
 * lives for this execution only, and the tables are found again by their developer metadata.
 */
export function workbookOf(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  documentProperties: Properties | null,
  now = new Date(),
): Workbook {
  const properties = documentProperties ?? executionProperties();
  const layout = new Layout(spreadsheet, properties);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const tables = new Tables(layout, 'en', timeZone);
  const settings = settingsMap(tables.read<SettingRow>('settings').rows);
  const lang = languageOf(settings.language) ?? langFromLocale(spreadsheet.getSpreadsheetLocale());
  tables.lang = lang;
  return { spreadsheet, properties, layout, tables, lang, timeZone, settings, now };
}

/** A Properties store that lasts one execution: for where no document store exists. */
function executionProperties(): Properties {
  const data: Record<string, string> = {};
  const store: Properties = {
    getProperty: (key) => data[key] ?? null,
    getProperties: () => ({ ...data }),
    getKeys: () => Object.keys(data),
    setProperty(key, value) {
      data[key] = String(value);
      return store;
    },
    setProperties(values: Record<string, string>, deleteAllOthers?: boolean) {
      if (deleteAllOthers) for (const key of Object.keys(data)) delete data[key];
      Object.assign(data, values);
      return store;
    },
    deleteProperty(key) {
      delete data[key];
      return store;
    },
    deleteAllProperties() {
      for (const key of Object.keys(data)) delete data[key];
      return store;
    },
  };
  return store;
}
