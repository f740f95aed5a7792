/**
 * The preview page: a small Google-Sheets-like view of the local runtime. Everything it
 * shows comes from the preview API; every text goes in through textContent.
 */
import type { Email } from '../../gas/mail';
import type { SheetView } from '../../gas/spreadsheet';
import type { MenuLine } from '../../gas/ui';
import type { state } from '../api';
import type { FormSummary } from '../forms';
import { $, api, el } from './dom';
import { renderConfirmation, renderForm, renderFormList } from './forms';
import { columnName, renderGrid } from './grid';

/** What /api/state answers. */
type State = ReturnType<typeof state>;

let current: State | null = null;
let activeSheet = '';
let selected: { row: number; col: number } | null = null;
let view: SheetView | null = null;
let shownSidebar = -1;
let shownDialogs = 0;

function showToast(title: string, message: string, error = false): void {
  const t = el('div', undefined, 'toast');
  if (title) t.appendChild(el('strong', title));
  const body = el('span', message);
  if (error) body.className = 'error-text';
  t.appendChild(body);
  $('toasts').appendChild(t);
  setTimeout(() => t.remove(), 6000);
}

function openDialog(title: string, content: HTMLElement): void {
  $('dialog-title').textContent = title;
  const body = $('dialog-body');
  body.replaceChildren(content);
  const dialog = $<HTMLDialogElement>('dialog');
  if (!dialog.open) dialog.showModal();
}

async function runMenu(run: string): Promise<void> {
  closeMenu();
  const res = await api<{ ok: boolean; error?: string }>('POST', '/api/menu', { run });
  if (!res.ok) showToast('Error', res.error ?? 'failed', true);
  await refresh();
}

function renderMenu(lines: MenuLine[], into: HTMLElement): void {
  for (const line of lines) {
    if (line === 'separator') into.appendChild(el('hr'));
    else if ('items' in line) {
      into.appendChild(el('div', line.label, 'heading'));
      renderMenu(line.items, into);
    } else {
      const b = el('button', line.label);
      b.setAttribute('role', 'menuitem');
      b.dataset.run = line.run;
      b.addEventListener('click', () => void runMenu(line.run));
      into.appendChild(b);
    }
  }
}

function closeMenu(): void {
  $('extensions-menu').hidden = true;
  $('extensions').setAttribute('aria-expanded', 'false');
}

function toggleMenu(): void {
  const menu = $('extensions-menu');
  const open = menu.hidden;
  menu.replaceChildren(el('div', current?.name ? 'Pendamping' : '', 'heading'));
  renderMenu(current?.menu ?? [], menu);
  menu.hidden = !open;
  $('extensions').setAttribute('aria-expanded', String(open));
  if (open) (menu.querySelector('button') as HTMLButtonElement | null)?.focus();
}

function select(row: number, col: number): void {
  selected = { row, col };
  for (const n of document.querySelectorAll('td.selected')) n.classList.remove('selected');
  document.querySelector(`td[data-a1="${columnName(col + 1)}${row + 1}"]`)?.classList.add('selected');
  $('cell-name').textContent = `${columnName(col + 1)}${row + 1}`;
  const cell = view?.cells[row]?.[col];
  $<HTMLInputElement>('cell-input').value = cell?.formula || cell?.display || '';
}

async function loadSheet(name: string): Promise<void> {
  activeSheet = name;
  view = await api<SheetView | null>('GET', `/api/sheet?name=${encodeURIComponent(name)}`);
  if (view) renderGrid($('grid'), view, select);
  for (const b of document.querySelectorAll('#tabs button'))
    b.setAttribute('aria-selected', String(b.textContent === name));
}

function renderTabs(sheets: string[]): void {
  const tabs = $('tabs');
  tabs.replaceChildren(
    ...sheets.map((name) => {
      const b = el('button', name);
      b.setAttribute('role', 'tab');
      b.setAttribute('aria-selected', String(name === activeSheet));
      b.addEventListener('click', () => void loadSheet(name));
      return b;
    }),
  );
}

function renderAlerts(s: State): void {
  if (s.alerts.length === 0) return;
  const box = el('div', undefined, 'alert');
  for (const a of s.alerts) {
    if (a.title) box.appendChild(el('h3', a.title));
    box.appendChild(el('p', a.prompt));
  }
  openDialog(s.alerts[0]?.title || 'Pendamping', box);
  void api('POST', '/api/dismiss', {});
}

function renderDialogs(s: State): void {
  if (s.dialogs.length <= shownDialogs) return;
  const latest = s.dialogs[s.dialogs.length - 1]!;
  shownDialogs = s.dialogs.length;
  const frame = el('iframe');
  frame.title = latest.title;
  frame.src = `/dialog?i=${latest.index}`;
  openDialog(latest.title, frame);
}

function renderSidebar(s: State): void {
  const panel = $('sidebar-panel');
  if (!s.sidebar) {
    panel.hidden = true;
    shownSidebar = -1;
    return;
  }
  panel.hidden = false;
  $('sidebar-title').textContent = s.sidebar.title;
  if (s.sidebar.version !== shownSidebar) {
    shownSidebar = s.sidebar.version;
    $<HTMLIFrameElement>('sidebar-frame').src = `/sidebar?v=${s.sidebar.version}`;
  }
}

async function refresh(): Promise<void> {
  const s = await api<State>('GET', '/api/state');
  current = s;
  $('doc-name').textContent = s.name;
  document.title = `${s.name} — Pendamping preview`;
  $('clock').textContent =
    `${new Date(s.clock).toLocaleString('en-GB', { timeZone: s.timeZone, dateStyle: 'medium', timeStyle: 'short' })} (${s.timeZone})`;
  $('outbox-button').textContent = `Outbox (${s.outbox})`;
  $('forms-button').textContent = `Forms (${s.forms})`;
  if (!s.sheets.includes(activeSheet)) activeSheet = s.sheets[0] ?? '';
  renderTabs(s.sheets);
  if (activeSheet) await loadSheet(activeSheet);
  for (const t of s.toasts) showToast(t.title, t.message);
  renderSidebar(s);
  renderDialogs(s);
  renderAlerts(s);
  if (s.toasts.length) void api('POST', '/api/dismiss', {});
}

async function showOutbox(): Promise<void> {
  const mails = await api<Email[]>('GET', '/api/outbox');
  const box = el('div');
  if (mails.length === 0) box.appendChild(el('p', 'No email has been sent yet.'));
  const table = el('table', undefined, 'list');
  mails.forEach((m, i) => {
    const tr = el('tr');
    tr.appendChild(el('td', new Date(m.sentAt).toLocaleString('en-GB')));
    tr.appendChild(el('td', m.to));
    const subject = el('td');
    const open = el('button', m.subject);
    open.addEventListener('click', () => {
      const frame = el('iframe');
      frame.title = m.subject;
      frame.setAttribute('sandbox', '');
      frame.srcdoc = m.htmlBody ?? `<pre>${m.body.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)}</pre>`;
      openDialog(`${m.subject} → ${m.to}`, frame);
    });
    open.dataset.mail = String(i);
    subject.appendChild(open);
    tr.appendChild(subject);
    table.appendChild(tr);
  });
  box.appendChild(table);
  openDialog('Outbox', box);
}

const formLang = () => (current?.locale.startsWith('id') ? 'id' : 'en');

async function showForms(): Promise<void> {
  const forms = await api<FormSummary[]>('GET', '/api/forms');
  openDialog('Forms', renderFormList(forms, openForm, { lang: formLang() }));
}

function openForm(form: FormSummary): void {
  const page = renderForm(
    form,
    async (answers, email) => {
      const reply = await api<{ ok: boolean; error?: string; triggered: boolean }>(
        'POST',
        '/api/forms/submit',
        {
          formId: form.id,
          answers,
          email,
        },
      );
      if (!reply.ok) {
        showToast('Error', reply.error ?? 'refused', true);
        return;
      }
      if (reply.error) showToast('Trigger', reply.error, true);
      openDialog(form.title, renderConfirmation(form, { lang: formLang() }));
      await refresh();
    },
    { lang: formLang() },
  );
  openDialog(form.title, page);
}

function showTriggers(): void {
  const box = el('div');
  const s = current;
  box.appendChild(el('h3', 'Installed triggers'));
  if (!s?.triggers.length) box.appendChild(el('p', 'None.'));
  for (const t of s?.triggers ?? []) box.appendChild(el('p', `${t.eventType} → ${t.handler}`));
  box.appendChild(el('h3', 'Recent runs'));
  for (const r of s?.triggerRuns ?? [])
    box.appendChild(el('p', `${r.at} ${r.handler} ${r.error ? `✗ ${r.error}` : '✓'}`));
  openDialog('Triggers', box);
}

async function moveClock(to: Date): Promise<void> {
  const res = await api<{ ok: boolean; error?: string }>('POST', '/api/clock', { to: to.toISOString() });
  if (!res.ok) showToast('Error', res.error ?? 'failed', true);
  await refresh();
}

function nextMonth(): Date {
  const now = new Date(current?.clock ?? Date.now());
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1, 1, 0));
}

$('extensions').addEventListener('click', toggleMenu);
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') closeMenu();
});
document.addEventListener('click', (e) => {
  if (!(e.target as HTMLElement).closest('.menu-root')) closeMenu();
});
$('outbox-button').addEventListener('click', () => void showOutbox());
$('forms-button').addEventListener('click', () => void showForms());
$('triggers-button').addEventListener('click', showTriggers);
$('next-day').addEventListener(
  'click',
  () => void moveClock(new Date(new Date(current?.clock ?? Date.now()).getTime() + 86_400_000)),
);
$('next-month').addEventListener('click', () => void moveClock(nextMonth()));
$('dialog-close').addEventListener('click', () => $<HTMLDialogElement>('dialog').close());
$('sidebar-close').addEventListener(
  'click',
  () => void api('POST', '/api/dismiss', { sidebar: true }).then(refresh),
);
$('cell-input').addEventListener('keydown', async (e) => {
  if (e.key !== 'Enter' || !selected || !activeSheet) return;
  const a1 = `${columnName(selected.col + 1)}${selected.row + 1}`;
  const value = (e.target as HTMLInputElement).value;
  const res = await api<{ ok: boolean; error?: string }>('POST', '/api/cell', {
    sheet: activeSheet,
    a1,
    value,
  });
  if (!res.ok) showToast('Error', res.error ?? 'failed', true);
  await loadSheet(activeSheet);
});
window.addEventListener('message', (e) => {
  const type = (e.data as { type?: string } | null)?.type;
  if (type === 'pendamping:changed') void refresh();
  if (type === 'pendamping:close') {
    const fromSidebar = e.source === $<HTMLIFrameElement>('sidebar-frame').contentWindow;
    if (!fromSidebar) $<HTMLDialogElement>('dialog').close();
    void api('POST', '/api/dismiss', fromSidebar ? { sidebar: true } : { dialogs: true }).then(refresh);
  }
});

void refresh();
