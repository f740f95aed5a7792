/**
 * The preview's JSON API over a runtime: what the page shows (sheets, menu, sidebar,
 * dialogs, outbox, clock) and what a person does (menu clicks, google.script.run calls,
 * typing in a cell, moving the clock).
 */
import type { Runtime } from '../runtime';
import { listForms, submitFromPage } from './forms';
import { withShim } from './shim';

export interface Reply {
  status: number;
  type: string;
  body: string;
}

const json = (value: unknown, status = 200): Reply => ({
  status,
  type: 'application/json; charset=utf-8',
  body: JSON.stringify(value),
});
const html = (body: string): Reply => ({ status: 200, type: 'text/html; charset=utf-8', body });

/** Runs an action; its failure is what a person would see in a red Apps Script message. */
function attempt(action: () => unknown): Reply {
  try {
    return json({ ok: true, value: action() ?? null });
  } catch (error) {
    return json({ ok: false, error: (error as Error).message });
  }
}

// Each showSidebar makes a new sidebar object: the page reloads its frame when this changes.
const versions = new WeakMap<object, number>();
let nextVersion = 1;
function versionOf(page: object): number {
  if (!versions.has(page)) versions.set(page, nextVersion++);
  return versions.get(page)!;
}

export function state(rt: Runtime) {
  return {
    name: rt.spreadsheet.name,
    locale: rt.spreadsheet.locale,
    timeZone: rt.spreadsheet.timeZone,
    clock: rt.now().toISOString(),
    sheets: rt.spreadsheet.sheetNames(),
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

const MAX_ROWS = 1000;

/** A sheet as the page draws it (the first MAX_ROWS rows; the page says how many there are). */
function sheetView(rt: Runtime, name: string) {
  if (!rt.spreadsheet.sheetNames().includes(name)) return null;
  const view = rt.spreadsheet.sheet(name).view(40, 12);
  return { ...view, cells: view.cells.slice(0, MAX_ROWS) };
}

export function handle(
  rt: Runtime,
  method: string,
  path: string,
  body: Record<string, unknown>,
): Reply | null {
  const url = new URL(path, 'http://preview.local');
  const route = `${method} ${url.pathname}`;
  switch (route) {
    case 'GET /api/state':
      return json(state(rt));
    case 'GET /api/sheet':
      return json(sheetView(rt, url.searchParams.get('name') ?? ''));
    case 'GET /api/outbox':
      return json(rt.outbox);
    case 'GET /api/forms':
      return json(listForms(rt));
    case 'POST /api/forms/submit':
      return json(submitFromPage(rt, body.formId, body.answers, body.email));
    case 'POST /api/menu':
      return attempt(() => rt.call(String(body.run)));
    case 'POST /api/open':
      return attempt(() => rt.open((body.mode as 'NONE' | 'LIMITED' | 'FULL') ?? 'NONE'));
    case 'POST /api/run':
      return attempt(() => rt.callFromPage(String(body.name), Array.isArray(body.args) ? body.args : []));
    case 'POST /api/cell':
      return attempt(() =>
        rt.spreadsheet.sheet(String(body.sheet)).setCell(String(body.a1), String(body.value ?? '')),
      );
    case 'POST /api/clock':
      return attempt(() => rt.advanceTo(String(body.to)));
    case 'POST /api/dismiss':
      rt.ui.alerts.length = 0;
      rt.ui.toasts.length = 0;
      if (body.dialogs) rt.ui.dialogs.length = 0;
      if (body.sidebar) rt.ui.sidebar = null;
      return json({ ok: true });
    case 'GET /sidebar':
      return rt.ui.sidebar
        ? html(withShim(rt.ui.sidebar.html))
        : { status: 404, type: 'text/plain', body: 'No sidebar is open' };
    case 'GET /dialog': {
      const dialog = rt.ui.dialogs[Number(url.searchParams.get('i'))];
      return dialog
        ? html(withShim(dialog.html))
        : { status: 404, type: 'text/plain', body: 'No such dialog' };
    }
    default:
      return null;
  }
}
