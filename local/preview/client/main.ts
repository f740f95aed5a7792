/**
 * The preview page: a small Google-Sheets-like view of the local runtime. Everything it shows
 * comes from the preview API; every text goes in through textContent. This file keeps the page up
 * to date (state, tabs, the sheet, the add-on's menu, sidebar, dialogs, alerts, toasts) and wires
 * the page's own buttons; the parts live beside it.
 */
import type { SheetView } from '../../gas/spreadsheet';
import type { Question } from '../../gas/ui';
import type { AskingReply } from '../asking';
import { formatMoment } from '../clock';
import type { PageState } from '../page-state';
import { wireEditors } from './cell-editor';
import { wireContextMenu } from './context-menu';
import { $, api, el } from './dom';
import { placeDropdownButton } from './dropdown';
import { renderGrid } from './grid';
import { wireGrid } from './grid-events';
import { applyLabels } from './labels';
import { renderMenu, wireMenu } from './menu';
import { setLang, t } from './messages';
import { ask, closePanel, openPanel, whenAddonDialogCloses, wireDialogs } from './modal';
import { page, setUpdaters } from './page';
import { onToast, showForms, showOutbox, showTriggers } from './panels';
import { select, show } from './selection';
import { onSwitch, renderTabs, wireTabs } from './tabs';

let serverActive = '';
let shownSidebar = -1;
let shownDialogs = 0;

function showToast(title: string, message: string, error = false): void {
  const box = el('div', undefined, 'toast');
  if (title) box.appendChild(el('strong', title));
  box.appendChild(el('span', message, error ? 'error-text' : undefined));
  $('toasts').appendChild(box);
  setTimeout(() => box.remove(), 6000);
}

/** An add-on's alert or prompt, with Sheets' buttons for its ButtonSet; the answer as Apps Script reports it. */
async function askQuestion(q: Question): Promise<string> {
  const sets: Record<string, string[]> = {
    OK: ['OK'],
    OK_CANCEL: ['CANCEL', 'OK'],
    YES_NO: ['NO', 'YES'],
    YES_NO_CANCEL: ['CANCEL', 'NO', 'YES'],
  };
  const labels: Record<string, string> = { OK: t('ok'), CANCEL: t('cancel'), YES: t('yes'), NO: t('no') };
  const values = sets[q.buttons] ?? ['OK'];
  const answer = await ask({
    title: q.title || (page.state?.name ?? ''),
    message: q.prompt,
    buttons: values.map((v) => ({ label: labels[v] ?? v, value: v })),
    ...(q.kind === 'prompt' ? { input: q.prompt } : {}),
  });
  const goesOn = answer.button === 'OK' || answer.button === 'YES';
  return q.kind === 'prompt' && goesOn ? answer.text : answer.button;
}

/** A menu click: the add-on's questions are asked on the way, the run repeated with the answers. */
async function runMenu(run: string, answers: string[] = []): Promise<void> {
  const reply = await api<AskingReply>('POST', '/api/menu', { run, answers });
  if (reply.ask) return runMenu(run, [...answers, await askQuestion(reply.ask)]);
  if (!reply.ok) showToast(t('error'), reply.error ?? '', true);
  for (const q of reply.defaulted ?? []) showToast('', t('defaulted', { question: q.prompt }), true);
  await refresh();
}

async function loadSheet(reset: boolean): Promise<void> {
  const grid = $('grid');
  const [top, left] = [grid.scrollTop, grid.scrollLeft];
  page.view = await api<SheetView | null>('GET', `/api/sheet?name=${encodeURIComponent(page.sheet)}`);
  if (page.view) renderGrid(grid, page.view);
  else grid.replaceChildren();
  // Another sheet opens at its top-left cell, as in Sheets; the same sheet stays where it was.
  [grid.scrollTop, grid.scrollLeft] = reset ? [0, 0] : [top, left];
  if (reset) select({ row: 1, col: 1 });
  else show();
  placeDropdownButton();
  for (const b of document.querySelectorAll('#tabs [role=tab]'))
    b.setAttribute('aria-selected', String(b.textContent === page.sheet));
}

async function switchSheet(name: string): Promise<void> {
  page.sheet = name;
  serverActive = name;
  await loadSheet(true);
}

function renderSidebar(s: PageState): void {
  const panel = $('sidebar-panel');
  panel.hidden = !s.sidebar;
  if (!s.sidebar) {
    shownSidebar = -1;
    return;
  }
  $('sidebar-title').textContent = s.sidebar.title;
  if (s.sidebar.version !== shownSidebar) {
    shownSidebar = s.sidebar.version;
    $<HTMLIFrameElement>('sidebar-frame').src = `/sidebar?v=${s.sidebar.version}`;
  }
}

function renderDialogs(s: PageState): void {
  if (s.dialogs.length < shownDialogs) shownDialogs = s.dialogs.length;
  if (s.dialogs.length === shownDialogs) return;
  const latest = s.dialogs[s.dialogs.length - 1]!;
  shownDialogs = s.dialogs.length;
  const frame = el('iframe');
  frame.title = latest.title;
  frame.src = `/dialog?i=${latest.index}`;
  openPanel(latest.title, frame, 'addon');
}

async function showAlerts(s: PageState): Promise<void> {
  if (s.alerts.length === 0) return;
  await api('POST', '/api/dismiss', { alerts: true });
  for (const a of s.alerts) await askQuestion({ ...a, buttons: 'OK' });
}

async function refresh(): Promise<void> {
  const s = await api<PageState>('GET', '/api/state');
  page.state = s;
  setLang(s.lang);
  applyLabels(s);
  $('clock').textContent = `${formatMoment(s.clock, s.timeZone, s.lang)} (${s.timeZone})`;
  const switched = s.activeSheet !== serverActive || !s.sheets.includes(page.sheet);
  if (switched) page.sheet = s.activeSheet;
  serverActive = s.activeSheet;
  renderTabs(s.sheets);
  $('menu-items').replaceChildren(...renderMenu(s.menu, runMenu));
  await loadSheet(switched);
  if (s.toasts.length) {
    await api('POST', '/api/dismiss', { toasts: true });
    for (const toast of s.toasts) showToast(toast.title, toast.message);
  }
  renderSidebar(s);
  renderDialogs(s);
  await showAlerts(s);
}

setUpdaters(refresh, () => loadSheet(false));
onSwitch(switchSheet);
onToast(showToast);
whenAddonDialogCloses(() => void api('POST', '/api/dismiss', { dialogs: true }).then(refresh));
wireDialogs();
wireContextMenu();
wireEditors();
wireGrid();
wireTabs();
wireMenu();

$('outbox-button').addEventListener('click', () => void showOutbox());
$('forms-button').addEventListener('click', () => void showForms());
$('triggers-button').addEventListener('click', showTriggers);
const moveClock = async (step: 'day' | 'month') => {
  const res = await api<{ ok: boolean; error?: string }>('POST', '/api/clock', { step });
  if (!res.ok) showToast(t('error'), res.error ?? '', true);
  await refresh();
};
$('next-day').addEventListener('click', () => void moveClock('day'));
$('next-month').addEventListener('click', () => void moveClock('month'));
$('sidebar-close').addEventListener(
  'click',
  () => void api('POST', '/api/dismiss', { sidebar: true }).then(refresh),
);
window.addEventListener('message', (e) => {
  const data = (e.data ?? {}) as { type?: string; id?: number; question?: Question };
  if (data.type === 'pendamping:changed') void refresh();
  if (data.type === 'pendamping:ask' && data.question) {
    const source = e.source as Window | null;
    void askQuestion(data.question).then((answer) =>
      source?.postMessage({ type: 'pendamping:answer', id: data.id, answer }, '*'),
    );
  }
  if (data.type === 'pendamping:close') {
    const fromSidebar = e.source === $<HTMLIFrameElement>('sidebar-frame').contentWindow;
    if (fromSidebar) void api('POST', '/api/dismiss', { sidebar: true }).then(refresh);
    else closePanel(); // the panel's close event tells the server
  }
});

void refresh();
