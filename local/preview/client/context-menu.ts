/** The right-click menu (of a row, a cell or a sheet tab): a list of actions at the pointer. */
import { $, el } from './dom';

export interface MenuAction {
  label: string;
  run: () => void | Promise<void>;
}

export function closeContextMenu(): void {
  $('context-menu').hidden = true;
}

/** Opens the menu at page coordinates (x, y) and focuses its first item. */
export function openContextMenu(x: number, y: number, actions: MenuAction[], label: string): void {
  const menu = $('context-menu');
  menu.setAttribute('aria-label', label);
  menu.replaceChildren(
    ...actions.map((a) => {
      const item = el('button', a.label);
      item.type = 'button';
      item.setAttribute('role', 'menuitem');
      item.addEventListener('click', () => {
        closeContextMenu();
        void a.run();
      });
      return item;
    }),
  );
  menu.hidden = false;
  // Keep it on screen.
  const { width, height } = menu.getBoundingClientRect();
  menu.style.left = `${Math.max(0, Math.min(x, window.innerWidth - width - 4))}px`;
  menu.style.top = `${Math.max(0, Math.min(y, window.innerHeight - height - 4))}px`;
  (menu.querySelector('button') as HTMLButtonElement | null)?.focus();
}

export function wireContextMenu(): void {
  const menu = $('context-menu');
  document.addEventListener('mousedown', (e) => {
    if (!menu.hidden && !(e.target as HTMLElement).closest('#context-menu')) closeContextMenu();
  });
  menu.addEventListener('keydown', (e) => {
    const items = [...menu.querySelectorAll<HTMLButtonElement>('button')];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') closeContextMenu();
    else if (e.key === 'ArrowDown') items[(at + 1) % items.length]?.focus();
    else if (e.key === 'ArrowUp') items[(at - 1 + items.length) % items.length]?.focus();
    else return;
    e.preventDefault();
  });
}
