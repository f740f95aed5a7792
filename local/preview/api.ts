/**
 * The preview's JSON API over a runtime: what the page shows (state, a sheet, outbox, forms) and
 * what a person does (menu clicks and google.script.run calls, with the add-on's questions put to
 * the person; typing, pasting and structure edits; form submissions; moving the clock).
 */
import type { Runtime } from '../runtime';
import { runAsking } from './asking';
import { nextDay, nextMonth } from './clock';
import { changeRows, changeSheets, clearRange, pasteText, typeCell } from './edits';
import { listForms, submitFromPage } from './forms';
import { pageState, sheetView } from './page-state';
import { withShim } from './shim';

export { pageState as state } from './page-state';

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
const missing = (what: string): Reply => ({ status: 404, type: 'text/plain', body: what });

/** Runs an action; its failure is what a person would see in a red Apps Script message. */
function attempt(action: () => unknown): Reply {
  try {
    return json({ ok: true, value: action() ?? null });
  } catch (error) {
    return json({ ok: false, error: (error as Error).message });
  }
}

const answersOf = (body: Record<string, unknown>) =>
  Array.isArray(body.answers) ? body.answers.map((a) => String(a)) : [];

/** Where "+1 day" and "Next month" move the clock, in the spreadsheet's time zone. */
function clockTarget(rt: Runtime, body: Record<string, unknown>): Date | string {
  if (body.step === 'day') return nextDay(rt.now(), rt.spreadsheet.timeZone);
  if (body.step === 'month') return nextMonth(rt.now(), rt.spreadsheet.timeZone);
  return String(body.to);
}

export function handle(
  rt: Runtime,
  method: string,
  path: string,
  body: Record<string, unknown>,
): Reply | null {
  const url = new URL(path, 'http://preview.local');
  switch (`${method} ${url.pathname}`) {
    case 'GET /api/state':
      return json(pageState(rt));
    case 'GET /api/sheet':
      return json(sheetView(rt, url.searchParams.get('name') ?? ''));
    case 'GET /api/outbox':
      return json(rt.outbox);
    case 'GET /api/forms':
      return json(listForms(rt));
    case 'POST /api/forms/submit':
      return json(submitFromPage(rt, body.formId, body.answers, body.email));
    case 'POST /api/menu':
      return json(runAsking(rt, answersOf(body), () => rt.call(String(body.run))));
    case 'POST /api/run':
      return json(
        runAsking(rt, answersOf(body), () =>
          rt.callFromPage(String(body.name), Array.isArray(body.args) ? body.args : []),
        ),
      );
    case 'POST /api/open':
      return attempt(() => rt.open((body.mode as 'NONE' | 'LIMITED' | 'FULL') ?? 'NONE'));
    case 'POST /api/cell':
      return json(typeCell(rt, body));
    case 'POST /api/paste':
      return json(pasteText(rt, body));
    case 'POST /api/clear':
      return json(clearRange(rt, body));
    case 'POST /api/rows':
      return json(changeRows(rt, body));
    case 'POST /api/sheets':
      return json(changeSheets(rt, body));
    case 'POST /api/clock':
      return attempt(() => rt.advanceTo(clockTarget(rt, body)));
    case 'POST /api/dismiss':
      // What the page has shown (alerts, toasts) or the person closed (dialogs, the sidebar).
      if (body.alerts) rt.ui.alerts.length = 0;
      if (body.toasts) rt.ui.toasts.length = 0;
      if (body.dialogs) rt.ui.dialogs.length = 0;
      if (body.sidebar) rt.ui.sidebar = null;
      return json({ ok: true });
    case 'GET /sidebar':
      return rt.ui.sidebar ? html(withShim(rt.ui.sidebar.html)) : missing('No sidebar is open');
    case 'GET /dialog': {
      const dialog = rt.ui.dialogs[Number(url.searchParams.get('i'))];
      return dialog ? html(withShim(dialog.html)) : missing('No such dialog');
    }
    default:
      return null;
  }
}
