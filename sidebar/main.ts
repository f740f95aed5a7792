import { langFromLocale } from '../src/core/i18n/lang';
import { translator } from '../src/core/i18n/messages';
import { sidebarMessages } from './messages';
import { callServer } from './rpc';

const app = document.getElementById('app')!;
const status = document.getElementById('status')!;

async function start(): Promise<void> {
  let t = translator(sidebarMessages, langFromLocale(navigator.language));
  status.textContent = t('loading');
  app.setAttribute('aria-busy', 'true');
  try {
    const state = await callServer('getSidebarState');
    t = translator(sidebarMessages, state.lang);
    document.documentElement.lang = state.lang;
    status.textContent = t('connected', { workbook: state.workbookName });
    status.className = '';
  } catch (error) {
    status.textContent = t('failed', { message: (error as Error).message ?? String(error) });
    status.className = 'error';
    const retry = document.createElement('button');
    retry.textContent = t('retry');
    retry.addEventListener('click', () => {
      retry.remove();
      void start();
    });
    app.appendChild(retry);
  } finally {
    app.setAttribute('aria-busy', 'false');
  }
}

void start();
