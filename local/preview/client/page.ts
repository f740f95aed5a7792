/**
 * What the page's parts share: the last state and sheet view from the server, the sheet shown,
 * and the two ways to bring the page up to date (set by main.ts, called by the parts).
 */
import type { SheetView } from '../../gas/spreadsheet';
import type { EditReply } from '../edits';
import type { PageState } from '../page-state';
import { api } from './dom';
import { confirmWarning, tellProblem } from './modal';

export const page = {
  state: null as PageState | null,
  view: null as SheetView | null,
  /** The sheet shown. */
  sheet: '',
};

const hooks = {
  refresh: async (): Promise<void> => {},
  reloadSheet: async (): Promise<void> => {},
};

export function setUpdaters(refresh: () => Promise<void>, reloadSheet: () => Promise<void>): void {
  hooks.refresh = refresh;
  hooks.reloadSheet = reloadSheet;
}

/** Everything again: state, tabs, the sheet, the add-on's sidebar, dialogs, alerts and toasts. */
export const refresh = () => hooks.refresh();
/** The sheet shown, again (after an edit of its cells). */
export const reloadSheet = () => hooks.reloadSheet();

/**
 * Sends a person's edit. A warned edit waits for the person's OK (Cancel leaves everything as it
 * was); a refused one shows Sheets' message. Resolves true when the edit was made.
 */
export async function sendEdit(path: string, body: Record<string, unknown>): Promise<boolean> {
  let reply = await api<EditReply>('POST', path, body);
  if (reply.confirm === 'warning') {
    if (!(await confirmWarning())) return false;
    reply = await api<EditReply>('POST', path, { ...body, confirmed: true });
  }
  if (!reply.ok) {
    await tellProblem(reply.error ?? '');
    return false;
  }
  return true;
}
