import { translator } from '../core/i18n/messages';
import { uiMessages } from '../core/ui/messages';
import { openWorkbook } from './context';

/** Opens the sidebar page (dist/Sidebar.html). Needs AuthMode.FULL, as every sidebar does. */
export function showSidebar(): void {
  const t = translator(uiMessages, openWorkbook().lang);
  const page = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(t('sidebar.title'));
  SpreadsheetApp.getUi().showSidebar(page);
}

/** The help dialog. */
export function showHelpDialog(): void {
  const ui = SpreadsheetApp.getUi();
  const t = translator(uiMessages, openWorkbook().lang);
  ui.alert(t('help.title'), t('help.body'), ui.ButtonSet.OK);
}

/** The import dialog (dist/Import.html). */
export function showImportDialog(): void {
  const t = translator(uiMessages, openWorkbook().lang);
  const page = HtmlService.createHtmlOutputFromFile('Import').setWidth(720).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(page, t('import.title'));
}
