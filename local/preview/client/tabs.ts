/**
 * The sheet tabs, as in Sheets: click to switch (the new sheet opens at A1, scrolled to the top),
 * "+" to add a sheet, double-click or the right-click menu to rename, the menu to delete.
 */

import { openContextMenu } from './context-menu';
import { $, api, el } from './dom';
import { t } from './messages';
import { ask } from './modal';
import { page, refresh, sendEdit } from './page';

let switchTo: (name: string) => Promise<void> = async () => {};

/** How the page shows another sheet (set by main.ts). */
export function onSwitch(handler: (name: string) => Promise<void>): void {
  switchTo = handler;
}

/** The person picks a sheet: the runtime's active sheet follows, as Sheets' does. */
export async function activate(name: string): Promise<void> {
  await api('POST', '/api/sheets', { action: 'activate', sheet: name });
  await switchTo(name);
}

function rename(tab: HTMLButtonElement, name: string): void {
  const input = el('input', undefined, 'tab-name');
  input.value = name;
  input.setAttribute('aria-label', t('sheetName'));
  let done = false;
  const finish = async (keep: boolean) => {
    if (done) return;
    done = true;
    const next = input.value.trim();
    if (keep && next !== '' && next !== name) {
      if (await sendEdit('/api/sheets', { action: 'rename', sheet: name, name: next })) page.sheet = next;
    }
    await refresh();
  };
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') void finish(true);
    else if (e.key === 'Escape') void finish(false);
    else return;
    e.preventDefault();
  });
  input.addEventListener('blur', () => void finish(true));
  tab.replaceWith(input);
  input.focus();
  input.select();
}

async function remove(name: string): Promise<void> {
  const answer = await ask({
    title: name,
    message: t('deleteSheet', { name }),
    buttons: [
      { label: t('cancel'), value: 'CANCEL' },
      { label: t('ok'), value: 'OK' },
    ],
  });
  if (answer.button !== 'OK') return;
  if (await sendEdit('/api/sheets', { action: 'delete', sheet: name })) await refresh();
}

export function renderTabs(sheets: string[]): void {
  const tabs = $('tabs');
  tabs.replaceChildren(
    ...sheets.map((name) => {
      const tab = el('button', name);
      tab.type = 'button';
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(name === page.sheet));
      tab.addEventListener('click', () => {
        if (name !== page.sheet) void activate(name);
      });
      tab.addEventListener('dblclick', () => rename(tab, name));
      tab.addEventListener('contextmenu', (e) => {
        e.preventDefault();
        openContextMenu(
          e.clientX,
          e.clientY,
          [
            { label: t('delete'), run: () => remove(name) },
            { label: t('rename'), run: () => rename(tab, name) },
          ],
          name,
        );
      });
      return tab;
    }),
  );
}

export function wireTabs(): void {
  $('add-sheet').addEventListener('click', async () => {
    if (await sendEdit('/api/sheets', { action: 'add' })) await refresh();
  });
}
