/**
 * The page's two dialogs: the panel (an add-on dialog's frame, the outbox, the forms, the
 * triggers) and the question on top of it (Sheets' own confirmations and messages, and the
 * add-on's alerts and prompts), each closed with ✕ or Escape.
 */
import { $, el } from './dom';
import { t } from './messages';

type PanelKind = 'addon' | 'page';
let panelKind: PanelKind = 'page';
let onAddonClosed: () => void = () => {};

/** What to do when the person closes an add-on dialog (the server forgets it, so a reload does not reopen it). */
export function whenAddonDialogCloses(handler: () => void): void {
  onAddonClosed = handler;
}

/** Shows `content` in the panel dialog; `kind: 'addon'` for an add-on's own dialog. */
export function openPanel(title: string, content: HTMLElement, kind: PanelKind = 'page'): void {
  // A page of the preview's own replacing an add-on dialog closes that dialog.
  if (kind === 'page' && panelIsAddonDialog()) onAddonClosed();
  $('dialog-title').textContent = title;
  $('dialog-body').replaceChildren(content);
  panelKind = kind;
  const dialog = $<HTMLDialogElement>('dialog');
  if (!dialog.open) dialog.showModal();
}

export function closePanel(): void {
  const dialog = $<HTMLDialogElement>('dialog');
  if (dialog.open) dialog.close();
}

export const panelIsAddonDialog = () => $<HTMLDialogElement>('dialog').open && panelKind === 'addon';

export interface QuestionButton {
  label: string;
  value: string;
}

export interface QuestionOptions {
  title: string;
  message: string;
  buttons: QuestionButton[];
  /** A text field (a prompt), with its accessible name. */
  input?: string;
}

export interface Answer {
  /** The button's value, or 'CLOSE' when the person closed the dialog. */
  button: string;
  text: string;
}

let settle: ((answer: Answer) => void) | null = null;

/** Asks the person; resolves with the button they chose (and the text of a prompt). */
export function ask(options: QuestionOptions): Promise<Answer> {
  const dialog = $<HTMLDialogElement>('question');
  $('question-title').textContent = options.title;
  $('question-text').textContent = options.message;
  const input = $<HTMLInputElement>('question-input');
  input.hidden = options.input === undefined;
  input.value = '';
  input.setAttribute('aria-label', options.input ?? '');
  const buttons = options.buttons.map((b, i) => {
    const button = el('button', b.label, i === options.buttons.length - 1 ? 'primary' : undefined);
    button.type = 'button';
    button.addEventListener('click', () => finish({ button: b.value, text: input.value }));
    return button;
  });
  $('question-buttons').replaceChildren(...buttons);
  settle?.({ button: 'CLOSE', text: '' });
  const answer = new Promise<Answer>((resolve) => {
    settle = resolve;
  });
  if (!dialog.open) dialog.showModal();
  (options.input === undefined ? buttons[buttons.length - 1] : input)?.focus();
  return answer;
}

function finish(answer: Answer): void {
  const done = settle;
  settle = null;
  const dialog = $<HTMLDialogElement>('question');
  if (dialog.open) dialog.close();
  done?.(answer);
}

/** Sheets' message for a refused edit. */
export function tellProblem(message: string): Promise<Answer> {
  return ask({ title: t('problem'), message, buttons: [{ label: t('ok'), value: 'OK' }] });
}

/** Sheets' warning before an edit of a range protected with a warning: true when the person goes on. */
export async function confirmWarning(): Promise<boolean> {
  const answer = await ask({
    title: t('warningTitle'),
    message: t('warning'),
    buttons: [
      { label: t('cancel'), value: 'CANCEL' },
      { label: t('ok'), value: 'OK' },
    ],
  });
  return answer.button === 'OK';
}

export function wireDialogs(): void {
  const panel = $<HTMLDialogElement>('dialog');
  $('dialog-close').addEventListener('click', () => panel.close());
  panel.addEventListener('close', () => {
    if (panelKind === 'addon') onAddonClosed();
    panelKind = 'page';
    $('dialog-body').replaceChildren();
  });
  const question = $<HTMLDialogElement>('question');
  $('question-close').addEventListener('click', () => finish({ button: 'CLOSE', text: '' }));
  question.addEventListener('cancel', (e) => {
    e.preventDefault();
    finish({ button: 'CLOSE', text: '' });
  });
  $<HTMLFormElement>('question-form').addEventListener('submit', (e) => {
    e.preventDefault();
    // Enter in a prompt's field presses the last (default) button.
    ($('question-buttons').lastElementChild as HTMLButtonElement | null)?.click();
  });
}
