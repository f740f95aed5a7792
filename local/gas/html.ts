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

/**
 * HtmlOutput's setters take one argument of a documented type (setTitle(String),
 * setWidth(Integer), setHeight(Integer):
 * https://developers.google.com/apps-script/reference/html/html-output); anything else fails
 * as Apps Script's signature check does, rather than reaching the page as "300px" or NaN.
 */
function expectOne(env: Env, method: string, args: unknown[], type: 'string' | 'number'): void {
  if (args.length === 1 && typeof args[0] === type && (type === 'string' || Number.isFinite(args[0]))) return;
  const names = args.map((a) =>
    typeof a === 'string' ? 'String' : a === null || a === undefined ? 'null' : typeof a,
  );
  env.fail(
    `The parameters (${names.join(',')}) don't match the method signature for HtmlService.HtmlOutput.${method}.`,
  );
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
      (...a: unknown[]) => {
        expectOne(env, 'setTitle', a, 'string');
        state.title = a[0] as string;
        return SELF;
      },
    ],
    setWidth: [
      'locale',
      (...a: unknown[]) => {
        expectOne(env, 'setWidth', a, 'number');
        state.width = Math.trunc(a[0] as number);
        return SELF;
      },
    ],
    setHeight: [
      'locale',
      (...a: unknown[]) => {
        expectOne(env, 'setHeight', a, 'number');
        state.height = Math.trunc(a[0] as number);
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
