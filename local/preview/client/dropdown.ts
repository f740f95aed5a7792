/**
 * A validated cell's dropdown, as Sheets draws it: the active cell shows a ▾ button; it (or Enter,
 * or Alt+↓) opens the list of the rule's values; choosing one types it into the cell.
 */
import { $, el } from './dom';
import { a1Of } from './grid';
import { t } from './messages';
import { active, cellAt, cellElement } from './selection';

type Choose = (value: string) => void;

/** Places the ▾ button on the active cell when it has a list (hides it otherwise). */
export function placeDropdownButton(): void {
  const button = $<HTMLButtonElement>('dropdown-button');
  const at = active();
  const td = cellElement(at);
  if (!td || !cellAt(at)?.dropdown) {
    button.hidden = true;
    return;
  }
  // The button floats over the grid: only while its cell is in sight.
  const box = td.getBoundingClientRect();
  const outer = $('grid').getBoundingClientRect();
  if (box.right > outer.right || box.top < outer.top || box.bottom > outer.bottom) {
    button.hidden = true;
    return;
  }
  button.style.left = `${box.right - 18}px`;
  button.style.top = `${box.top}px`;
  button.style.height = `${box.height}px`;
  button.setAttribute('aria-label', t('showList', { a1: a1Of(at.row, at.col) }));
  button.hidden = false;
}

export const listIsOpen = () => !$('listbox').hidden;

export function closeList(): void {
  $('listbox').hidden = true;
}

/** Opens the active cell's list under it; `choose` gets the value picked. */
export function openList(choose: Choose): void {
  const at = active();
  const options = cellAt(at)?.dropdown;
  const td = cellElement(at);
  if (!options || !td) return;
  const list = $('listbox');
  list.setAttribute('aria-label', t('choices', { a1: a1Of(at.row, at.col) }));
  const current = cellAt(at)?.display ?? '';
  const items = options.map((value) => {
    const option = el('div', value, 'option');
    option.setAttribute('role', 'option');
    option.setAttribute('aria-selected', String(value === current));
    option.tabIndex = -1;
    option.addEventListener('click', () => {
      closeList();
      choose(value);
    });
    return option;
  });
  list.replaceChildren(...items);
  const box = td.getBoundingClientRect();
  list.style.left = `${box.left}px`;
  list.style.top = `${box.bottom}px`;
  list.hidden = false;
  (items.find((i) => i.getAttribute('aria-selected') === 'true') ?? items[0])?.focus();
}

export function wireDropdown(choose: Choose): void {
  $('dropdown-button').addEventListener('click', (e) => {
    e.stopPropagation();
    if (listIsOpen()) closeList();
    else openList(choose);
  });
  const list = $('listbox');
  list.addEventListener('keydown', (e) => {
    const options = [...list.querySelectorAll<HTMLElement>('[role=option]')];
    const at = options.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown') options[Math.min(options.length - 1, at + 1)]?.focus();
    else if (e.key === 'ArrowUp') options[Math.max(0, at - 1)]?.focus();
    else if (e.key === 'Enter') (document.activeElement as HTMLElement).click();
    else if (e.key === 'Escape') {
      closeList();
      $('grid').focus({ preventScroll: true });
    } else return;
    e.preventDefault();
    e.stopPropagation();
  });
  document.addEventListener('mousedown', (e) => {
    const target = e.target as HTMLElement;
    if (listIsOpen() && !target.closest('#listbox, #dropdown-button')) closeList();
  });
}
