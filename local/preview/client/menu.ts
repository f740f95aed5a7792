/** The Extensions menu: the add-on's menu as its onOpen built it, under the add-on's name. */
import type { MenuLine } from '../../gas/ui';
import { $, el } from './dom';

export function closeMenu(): void {
  $('extensions-menu').hidden = true;
  $('extensions').setAttribute('aria-expanded', 'false');
}

/** The menu's lines as elements; a click closes the menu and runs the item. */
export function renderMenu(lines: MenuLine[], run: (name: string) => Promise<void>): HTMLElement[] {
  return lines.flatMap((line): HTMLElement[] => {
    if (line === 'separator') return [el('hr')];
    if ('items' in line) return [el('div', line.label, 'heading'), ...renderMenu(line.items, run)];
    const item = el('button', line.label);
    item.type = 'button';
    item.setAttribute('role', 'menuitem');
    item.dataset.run = line.run;
    item.addEventListener('click', () => {
      closeMenu();
      void run(line.run);
    });
    return [item];
  });
}

export function wireMenu(): void {
  const menu = $('extensions-menu');
  $('extensions').addEventListener('click', () => {
    const open = menu.hidden;
    menu.hidden = !open;
    $('extensions').setAttribute('aria-expanded', String(open));
    if (open) (menu.querySelector('button') as HTMLButtonElement | null)?.focus();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') closeMenu();
  });
  document.addEventListener('click', (e) => {
    if (!(e.target as HTMLElement).closest('.menu-root')) closeMenu();
  });
  menu.addEventListener('keydown', (e) => {
    const items = [...menu.querySelectorAll<HTMLButtonElement>('button')];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown') items[(at + 1) % items.length]?.focus();
    else if (e.key === 'ArrowUp') items[(at - 1 + items.length) % items.length]?.focus();
    else return;
    e.preventDefault();
  });
}
