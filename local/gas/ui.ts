/**
 * SpreadsheetApp.getUi(): menus, sidebars, dialogs, alerts and toasts, recorded so that a
 * test or the preview can see (and answer) what a person would see.
 */
import type { Env } from './env';
import type { HtmlOutputState } from './html';
import { defineEnum, defineService, SELF } from './service';

export interface MenuItem {
  label: string;
  run: string;
}
export type MenuLine = MenuItem | 'separator' | { label: string; items: MenuLine[] };

/** An alert or prompt as the person sees it: its kind, title, text and ButtonSet name. */
export interface Question {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: string;
}

export interface Alert extends Question {
  answer: string;
}

export interface UiState {
  /** The add-on menu as last added to the Ui (null before onOpen ran). */
  menu: MenuLine[] | null;
  sidebar: { title: string; html: string } | null;
  dialogs: Array<{ title: string; html: string; modal: boolean }>;
  alerts: Alert[];
  toasts: Array<{ message: string; title: string }>;
  /** Answers a person will give to the next alerts/prompts, in order ('YES', 'NO', 'OK', 'CANCEL' or prompt text). */
  answers: string[];
  /**
   * Answers an alert or prompt that `answers` does not cover (the preview asks the person); it may
   * throw to stop the run there. Without it (or when it returns undefined), an alert gets its
   * default button and a prompt ''.
   */
  ask?: ((question: Question) => string | undefined) | null;
}

export function createUiState(): UiState {
  return { menu: null, sidebar: null, dialogs: [], alerts: [], toasts: [], answers: [] };
}

const Button = defineEnum('OK', 'CANCEL', 'YES', 'NO', 'CLOSE');
const ButtonSet = defineEnum('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL');

function createMenu(env: Env, onAdd: (lines: MenuLine[]) => void, title: string) {
  const lines: MenuLine[] = [];
  const menu: Record<string, unknown> = defineService(env, 'Menu', {
    addItem: [
      'menu',
      (label: string, run: string) => {
        lines.push({ label: String(label), run: String(run) });
        return SELF;
      },
    ],
    addSeparator: [
      'menu',
      () => {
        lines.push('separator');
        return SELF;
      },
    ],
    addSubMenu: [
      'menu',
      (sub: { __lines: MenuLine[]; __title: string }) => {
        lines.push({ label: sub.__title, items: sub.__lines });
        return SELF;
      },
    ],
    addToUi: ['menu', () => onAdd(lines)],
  });
  Object.defineProperty(menu, '__lines', { value: lines });
  Object.defineProperty(menu, '__title', { value: title });
  return menu;
}

export function createUi(env: Env, state: UiState, htmlOf: (output: unknown) => HtmlOutputState) {
  const answer = (fallback: string, question: Question) =>
    state.answers.shift() ?? state.ask?.(question) ?? fallback;
  // showModalDialog(userInterface, title) and showModelessDialog take the dialog's title as a
  // required String: https://developers.google.com/apps-script/reference/base/ui#showModalDialog(Object,String)
  const dialogTitle = (method: string, title: unknown): string => {
    if (typeof title !== 'string')
      env.fail(
        `The parameters (HtmlOutput,${title === undefined || title === null ? 'null' : typeof title}) don't match the method signature for Ui.${method}.`,
      );
    return title;
  };
  const setMenu = (lines: MenuLine[]) => {
    state.menu = lines;
  };
  const alert = (...args: unknown[]) => {
    // alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons)
    const [title, prompt, buttons] =
      args.length >= 3
        ? [String(args[0]), String(args[1]), String(args[2])]
        : ['', String(args[0]), String(args[1] ?? 'OK')];
    const question: Question = { kind: 'alert', title, prompt, buttons };
    const given = answer(buttons.startsWith('YES') ? 'YES' : 'OK', question);
    state.alerts.push({ ...question, answer: given });
    return given;
  };
  const prompt = (...args: unknown[]) => {
    const [title, text, buttons] =
      args.length >= 3
        ? [String(args[0]), String(args[1]), String(args[2])]
        : ['', String(args[0]), String(args[1] ?? 'OK')];
    const question: Question = { kind: 'prompt', title, prompt: text, buttons };
    const reply = answer('', question);
    // The title bar's ✕ answers CLOSE: https://developers.google.com/apps-script/reference/base/button
    const closed = reply === 'CANCEL' || reply === 'NO' || reply === 'CLOSE';
    const button = closed ? reply : buttons.startsWith('YES') ? 'YES' : 'OK';
    state.alerts.push({ ...question, answer: reply });
    return { getResponseText: () => (button === reply ? '' : reply), getSelectedButton: () => button };
  };
  return defineService(
    env,
    'Ui',
    {
      createAddonMenu: ['menu', () => createMenu(env, setMenu, 'Pendamping')],
      createMenu: ['menu', (title: string) => createMenu(env, setMenu, title)],
      showSidebar: [
        'ui',
        (output: unknown) => {
          const page = htmlOf(output);
          state.sidebar = { title: page.title, html: page.content };
        },
      ],
      showModalDialog: [
        'ui',
        (output: unknown, title: unknown) =>
          void state.dialogs.push({
            title: dialogTitle('showModalDialog', title),
            html: htmlOf(output).content,
            modal: true,
          }),
      ],
      showModelessDialog: [
        'ui',
        (output: unknown, title: unknown) =>
          void state.dialogs.push({
            title: dialogTitle('showModelessDialog', title),
            html: htmlOf(output).content,
            modal: false,
          }),
      ],
      alert: ['ui', alert],
      prompt: ['ui', prompt],
    },
    { Button, ButtonSet },
  );
}
