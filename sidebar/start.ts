/**
 * The Start here sidebar: the first hour's checklist as the server computes it from the
 * workbook, each open step with its buttons. After a button's action, and whenever the person
 * comes back to the sidebar, the list is read again, so a step filled in the sheet turns done.
 */

import { langFromLocale } from '../src/core/i18n/lang';
import { translator } from '../src/core/i18n/messages';
import type { StartHereView, StepAction, StepView } from '../src/core/onboarding/checklist';
import { byId, el } from './dom';
import { callServer } from './rpc';
import { startPageMessages } from './start-messages';

const app = byId('app');
const status = byId('status');
const errorBox = byId('error');
const list = byId('steps');
const refreshButton = byId<HTMLButtonElement>('refresh');
let t = translator(startPageMessages, langFromLocale(navigator.language));
/** Calls run one after another: a click that lands during a refresh is done after it, never dropped. */
let queue: Promise<void> = Promise.resolve();
let pending = 0;

function stepCard(step: StepView, view: StartHereView): HTMLLIElement {
  const item = el('li', undefined, step.done ? 'card step done' : 'card step');
  const head = el('h2');
  const mark = el('span', step.done ? '✓' : '○', 'mark');
  mark.setAttribute('aria-hidden', 'true');
  head.append(mark, el('span', ` ${step.title}`));
  const state = el('span', ` — ${step.done ? view.doneLabel : view.openLabel}`, 'muted');
  head.appendChild(state);
  item.append(head, el('p', step.detail));
  if (step.actions.length > 0) {
    const actions = el('div', undefined, 'actions');
    step.actions.forEach((a, i) => {
      const button = el('button', a.label, i === 0 ? 'primary' : undefined);
      button.type = 'button';
      button.addEventListener('click', () => void run(a.id));
      actions.appendChild(button);
    });
    item.appendChild(actions);
  }
  return item;
}

/** What is on screen: a refresh that finds nothing new redraws nothing (a click in progress stays on its button). */
let shown = '';

function show(view: StartHereView): void {
  const text = JSON.stringify(view);
  if (text === shown) {
    status.textContent = view.progress;
    return;
  }
  shown = text;
  document.documentElement.lang = view.lang;
  t = translator(startPageMessages, view.lang);
  byId('title').textContent = view.title;
  byId('intro').textContent = view.intro;
  status.textContent = view.progress;
  list.replaceChildren(...view.steps.map((s) => stepCard(s, view)));
  refreshButton.textContent = view.refresh;
  refreshButton.hidden = false;
}

/** A quiet call (a refresh on coming back) leaves the buttons live: a busy page ignores clicks. */
async function attempt(call: () => Promise<unknown>, quiet: boolean): Promise<void> {
  if (!quiet) app.setAttribute('aria-busy', 'true');
  errorBox.replaceChildren();
  try {
    await call();
    show(await callServer('getStartHere'));
  } catch (error) {
    errorBox.appendChild(el('p', t('failed', { message: (error as Error)?.message ?? String(error) })));
  } finally {
    if (--pending === 0) app.setAttribute('aria-busy', 'false');
  }
}

function work(call: () => Promise<unknown>, quiet = false): Promise<void> {
  pending++;
  queue = queue.then(() => attempt(call, quiet));
  return queue;
}

function run(action: StepAction): Promise<void> {
  status.textContent = t('working');
  return work(() => callServer('runStartHereAction', action));
}

refreshButton.addEventListener('click', () => void work(async () => {}));
// Back from the sheet (a roster pasted, an address typed): the list shows what is true now.
window.addEventListener('focus', () => {
  if (pending === 0) void work(async () => {}, true);
});
void work(async () => {});
