import { type Lang, langFromLocale } from '../core/i18n/lang';

/**
 * The workbook's language: the spreadsheet's locale (Settings may override it once the
 * workbook is set up). Needs document access: not for AuthMode.NONE.
 */
export function workbookLang(spreadsheet = SpreadsheetApp.getActiveSpreadsheet()): Lang {
  return langFromLocale(spreadsheet.getSpreadsheetLocale());
}

/** The language for the add-on menu, which must also work in AuthMode.NONE. */
export function userLang(): Lang {
  return langFromLocale(Session.getActiveUserLocale());
}
