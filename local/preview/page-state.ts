/**
 * What the page shows, as JSON: the workbook's name, language and zone, the clock, the sheets and
 * the active one, the add-on's menu, sidebar, dialogs, alerts and toasts, and the counts behind the
 * page's own buttons; and one sheet's grid.
 */
import type { Runtime } from '../runtime';

export type Lang = 'id' | 'en';

/** The workbook's language: the page's own words follow it, as the add-on's do. */
export const langOf = (locale: string): Lang => (locale.toLowerCase().startsWith('id') ? 'id' : 'en');

// Each showSidebar makes a new sidebar object: the page reloads its frame when this changes.
const versions = new WeakMap<object, number>();
let nextVersion = 1;
function versionOf(page: object): number {
  if (!versions.has(page)) versions.set(page, nextVersion++);
  return versions.get(page)!;
}

function activeSheetName(rt: Runtime): string {
  const wb = rt.spreadsheet;
  return (wb.sheetById(wb.activeSheetId) ?? wb.sheets[0])?.name ?? '';
}

export function pageState(rt: Runtime) {
  return {
    name: rt.spreadsheet.name,
    locale: rt.spreadsheet.locale,
    lang: langOf(rt.spreadsheet.locale),
    timeZone: rt.spreadsheet.timeZone,
    clock: rt.now().toISOString(),
    sheets: rt.spreadsheet.sheetNames(),
    activeSheet: activeSheetName(rt),
    menu: rt.ui.menu ?? [],
    sidebar: rt.ui.sidebar ? { title: rt.ui.sidebar.title, version: versionOf(rt.ui.sidebar) } : null,
    dialogs: rt.ui.dialogs.map((d, i) => ({ index: i, title: d.title, modal: d.modal })),
    alerts: rt.ui.alerts,
    toasts: rt.ui.toasts,
    outbox: rt.outbox.length,
    forms: rt.forms.length,
    triggers: rt.triggers.map((t) => ({ handler: t.handler, eventType: t.eventType })),
    triggerRuns: rt.triggerRuns.slice(-20),
  };
}

export type PageState = ReturnType<typeof pageState>;

/** The most rows the page draws (it says how many there are). */
export const MAX_ROWS = 1000;

/** A sheet as the page draws it: its data and room to type below and beside it. */
export function sheetView(rt: Runtime, name: string) {
  if (!rt.spreadsheet.sheetNames().includes(name)) return null;
  const sheet = rt.spreadsheet.sheet(name);
  const view = sheet.view(Math.max(40, sheet.lastRow() + 10), Math.max(12, sheet.lastColumn() + 2));
  return { ...view, cells: view.cells.slice(0, MAX_ROWS) };
}
