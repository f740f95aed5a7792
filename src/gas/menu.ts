import { menuFor } from '../core/ui/menu';
import { userLang } from './lang';

/**
 * Builds the add-on menu. Runs in every auth mode, AuthMode.NONE included, so it touches
 * only the Ui and the user's locale: no document, no properties.
 */
export function buildAddonMenu(): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const line of menuFor(userLang())) {
    if (line === 'separator') menu.addSeparator();
    else menu.addItem(line.label, line.run);
  }
  menu.addToUi();
}
