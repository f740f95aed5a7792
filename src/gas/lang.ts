import { type Lang, langFromLocale } from '../core/i18n/lang';

/**
 * The spreadsheet locale's language, for custom functions, which read no table (a Settings
 * range passed as an argument overrides it). Needs document access: not for AuthMode.NONE.
 */
export function workbookLang(spreadsheet = SpreadsheetApp.getActiveSpreadsheet()): Lang {
  return langFromLocale(spreadsheet.getSpreadsheetLocale());
}

/** The language for the add-on menu, which must also work in AuthMode.NONE. */
export function userLang(): Lang {
  return langFromLocale(Session.getActiveUserLocale());
}
