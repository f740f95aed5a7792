/** HtmlService: serves the project's .html files (dist/) as HtmlOutput objects. */
import type { Env } from './env';
import { defineEnum, defineService, SELF } from './service';

export interface HtmlOutputState {
  title: string;
  content: string;
  width: number;
  height: number;
}

const states = new WeakMap<object, HtmlOutputState>();

/** The state behind an HtmlOutput the script made, for the Ui to show. */
export function htmlStateOf(env: Env, output: unknown): HtmlOutputState {
  const state = output && typeof output === 'object' ? states.get(output) : undefined;
  if (!state) env.fail('Invalid argument: userInterface');
  return state;
}

function createOutput(env: Env, content: string): unknown {
  const state: HtmlOutputState = { title: '', content, width: 300, height: 200 };
  const output: Record<string, unknown> = defineService(env, 'HtmlOutput', {
    getContent: ['locale', () => state.content],
    setContent: [
      'locale',
      (c: string) => {
        state.content = String(c);
        return SELF;
      },
    ],
    append: [
      'locale',
      (c: string) => {
        state.content += String(c);
        return SELF;
      },
    ],
    getTitle: ['locale', () => state.title],
    setTitle: [
      'locale',
      (t: string) => {
        state.title = String(t);
        return SELF;
      },
    ],
    setWidth: [
      'locale',
      (w: number) => {
        state.width = w;
        return SELF;
      },
    ],
    setHeight: [
      'locale',
      (h: number) => {
        state.height = h;
        return SELF;
      },
    ],
    getWidth: ['locale', () => state.width],
    getHeight: ['locale', () => state.height],
    setSandboxMode: ['locale', () => output],
    setXFrameOptionsMode: ['locale', () => output],
    addMetaTag: ['locale', () => output],
    setFaviconUrl: ['locale', () => output],
  });
  states.set(output, state);
  return output;
}

export function createHtmlService(env: Env, files: ReadonlyMap<string, string>) {
  return defineService(
    env,
    'HtmlService',
    {
      createHtmlOutputFromFile: [
        'locale',
        (name: string) => {
          const content = files.get(String(name).replace(/\.html$/, ''));
          if (content === undefined) env.fail(`No HTML file named ${name} was found.`);
          return createOutput(env, content);
        },
      ],
      createHtmlOutput: [
        'locale',
        (html?: string) => createOutput(env, html === undefined ? '' : String(html)),
      ],
      createTemplateFromFile: [
        'locale',
        () =>
          env.fail(
            'HtmlService.createTemplateFromFile is not emulated by the local runtime; use createHtmlOutputFromFile',
          ),
      ],
    },
    {
      SandboxMode: defineEnum('IFRAME', 'NATIVE', 'EMULATED'),
      XFrameOptionsMode: defineEnum('ALLOWALL', 'DEFAULT'),
    },
  );
}
