import { langFromLocale } from '../src/core/i18n/lang';
import { translator } from '../src/core/i18n/messages';
import type { ImportPreview } from './contract';
import { busy, byId, el } from './dom';
import { importPageMessages } from './import-messages';
import { callServer } from './rpc';

const app = byId('app');
const status = byId('status');
const form = byId<HTMLFormElement>('pick');
const select = byId<HTMLSelectElement>('source');
const result = byId('result');
let t = translator(importPageMessages, langFromLocale(navigator.language));

function fail(error: unknown): void {
  status.textContent = t('failed', { message: (error as Error).message ?? String(error) });
  status.className = 'error';
}

function showPreview(p: ImportPreview): void {
  t = translator(importPageMessages, p.lang);
  const table = el('table', undefined, 'list');
  const head = el('tr');
  head.append(el('th', t('header')), el('th', t('target')));
  table.appendChild(head);
  for (const c of p.columns) {
    const tr = el('tr');
    tr.append(el('td', c.header), el('td', c.label ?? t('ignored'), c.label ? '' : 'muted'));
    table.appendChild(tr);
  }
  const go = el('button', t('import'), 'primary');
  go.type = 'button';
  go.addEventListener('click', () => void runImport(p.sheet, go));
  result.replaceChildren(el('h2', t('mapping')), table, el('p', t('counts', p.counts)));
  if (p.problems.length > 0) {
    const list = el('ul');
    for (const problem of p.problems) list.appendChild(el('li', problem));
    result.append(el('p', t('problems')), list);
  }
  result.appendChild(go);
  status.textContent = '';
}

async function runImport(sheet: string, button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  try {
    const done = await busy(app, status, t('working'), () => callServer('runImport', sheet));
    status.textContent = t('done', { sheet: done.sheet, ...done.counts });
    status.className = '';
    const close = el('button', t('close'));
    close.addEventListener('click', () => google.script.host.close());
    result.replaceChildren(close);
    close.focus();
  } catch (error) {
    button.disabled = false;
    fail(error);
  }
}

declare const google: { script: { host: { close(): void } } };

async function start(): Promise<void> {
  try {
    const { lang, sources } = await busy(app, status, t('loading'), () => callServer('importSources'));
    t = translator(importPageMessages, lang);
    document.documentElement.lang = lang;
    byId('source-label').textContent = t('pick');
    byId('preview').textContent = t('preview');
    if (sources.length === 0) {
      status.textContent = t('none');
      return;
    }
    for (const s of sources) {
      const option = el('option', `${s.name} (${s.rows})`);
      option.value = s.name;
      select.appendChild(option);
    }
    form.hidden = false;
    status.textContent = '';
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      busy(app, status, t('working'), () => callServer('previewImport', select.value)).then(
        showPreview,
        fail,
      );
    });
  } catch (error) {
    fail(error);
  }
}

void start();
