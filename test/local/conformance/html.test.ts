/**
 * Conformance: HtmlService pages (the sidebar, the dialogs) and google.script.run, the only road
 * between a page and the server. The google.script.run cases run a tiny fixture project through
 * the runtime, so that each rule is shown on a function made for it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHtmlService, htmlStateOf } from '../../../local/gas/html';
import { createUi, createUiState } from '../../../local/gas/ui';
import { createRuntime } from '../../../local/runtime';
import { fakeEnv } from '../fake-env';
import { cite } from './cite';

const HTML = 'https://developers.google.com/apps-script/reference/html';
const UI = 'https://developers.google.com/apps-script/reference/base/ui';
const DIALOGS = 'https://developers.google.com/apps-script/guides/dialogs';
const RUN = 'https://developers.google.com/apps-script/guides/html/reference/run';
const COMMUNICATION = 'https://developers.google.com/apps-script/guides/html/communication';

const PAGES = new Map([['Sidebar', '<main id="app"></main>']]);

function html() {
  const env = fakeEnv();
  const service = createHtmlService(env, PAGES) as unknown as GoogleAppsScript.HTML.HtmlService;
  const state = createUiState();
  const ui = createUi(env, state, (output) =>
    htmlStateOf(env, output),
  ) as unknown as GoogleAppsScript.Base.Ui;
  return { service, ui, state };
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  return '(no error)';
}

describe('HtmlService and HtmlOutput', () => {
  it(
    cite(
      `${HTML}/html-service#createHtmlOutputFromFile(String)`,
      'a page comes from the project file of that name',
    ),
    () => {
      const { service } = html();
      expect(service.createHtmlOutputFromFile('Sidebar').getContent()).toBe('<main id="app"></main>');
      expect(errorOf(() => service.createHtmlOutputFromFile('Missing'))).toBe(
        'No HTML file named Missing was found.',
      );
    },
  );

  it(cite(`${HTML}/html-output#append(String)`, 'createHtmlOutput takes a string; append adds to it'), () => {
    const { service } = html();
    const output = service.createHtmlOutput('<p>a</p>').append('<p>b</p>');
    expect(output.getContent()).toBe('<p>a</p><p>b</p>');
    expect(service.createHtmlOutput().getContent()).toBe('');
  });

  it(
    cite(
      `${HTML}/html-output#setWidth(Integer)`,
      'title, width and height chain and read back; sizes are Integers of pixels',
    ),
    () => {
      const { service } = html();
      const output = service.createHtmlOutput('x').setTitle('Impor').setWidth(640).setHeight(480);
      expect([output.getTitle(), output.getWidth(), output.getHeight()]).toEqual(['Impor', 640, 480]);
      expect(errorOf(() => output.setWidth('640px' as unknown as number))).toBe(
        "The parameters (String) don't match the method signature for HtmlService.HtmlOutput.setWidth.",
      );
      expect(output.getWidth()).toBe(640);
    },
  );
});

describe('Showing pages', () => {
  it(cite(DIALOGS, 'a sidebar shows the page with the title set on it by setTitle'), () => {
    const { service, ui, state } = html();
    ui.showSidebar(service.createHtmlOutputFromFile('Sidebar').setTitle('Pendamping'));
    expect(state.sidebar).toEqual({ title: 'Pendamping', html: '<main id="app"></main>' });
  });

  it(
    cite(
      `${UI}#showModalDialog(Object,String)`,
      "a dialog's title is the String argument, which is required",
    ),
    () => {
      const { service, ui, state } = html();
      const page = service.createHtmlOutput('<p>impor</p>').setTitle('ignored');
      ui.showModalDialog(page, 'Impor data');
      expect(state.dialogs).toEqual([{ title: 'Impor data', html: '<p>impor</p>', modal: true }]);
      expect(errorOf(() => (ui.showModalDialog as (o: unknown) => void)(page))).toBe(
        "The parameters (HtmlOutput,null) don't match the method signature for Ui.showModalDialog.",
      );
      expect(state.dialogs).toHaveLength(1);
    },
  );

  it(
    cite(
      `${UI}#alert(String,String,ButtonSet)`,
      'alert(title, prompt, buttons) returns the button the person pressed',
    ),
    () => {
      const { ui, state } = html();
      state.answers.push('NO');
      expect(String(ui.alert('Kirim email?', 'Ringkasan bulan ini', ui.ButtonSet.YES_NO))).toBe('NO');
      expect(state.alerts).toEqual([
        {
          kind: 'alert',
          title: 'Kirim email?',
          prompt: 'Ringkasan bulan ini',
          buttons: 'YES_NO',
          answer: 'NO',
        },
      ]);
    },
  );

  it.todo(
    cite(
      `${HTML}/html-template#evaluate()`,
      'templates (createTemplateFromFile, scriptlets, evaluate) — not emulated: the add-on builds its pages without them',
    ),
  );
});

describe('google.script.run', () => {
  const dist = mkdtempSync(join(tmpdir(), 'pendamping-conformance-'));
  writeFileSync(
    join(dist, 'appsscript.json'),
    JSON.stringify({ timeZone: 'Asia/Jakarta', runtimeVersion: 'V8' }),
  );
  writeFileSync(
    join(dist, 'Code.js'),
    [
      'function echo(value) { return value; }',
      'function today() { return new Date(); }',
      'function secret_() { return "hidden"; }',
      'function mark(record) { record.seen = true; return record.seen; }',
      'function describeArray(list) { return list.map(function (v) { return v === null ? "null" : typeof v; }); }',
    ].join('\n'),
  );
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const runtime = () => createRuntime({ dist, now: '2026-09-01T08:00:00+07:00' });

  it(cite(RUN, 'numbers, booleans, strings, null, and objects and arrays of them pass both ways'), () => {
    const value = { n: 1.5, ok: true, s: 'Ayu', none: null, list: [1, 'a', { b: false }] };
    expect(runtime().callFromPage('echo', [value])).toEqual(value);
  });

  it(cite(RUN, 'a Date or a Function argument fails the request, even inside an object or array'), () => {
    const rt = runtime();
    expect(() => rt.callFromPage('echo', [new Date(0)])).toThrow(/Date/);
    expect(() => rt.callFromPage('echo', [{ when: [new Date(0)] }])).toThrow(/Date/);
    expect(() => rt.callFromPage('echo', [() => 1])).toThrow(/function/);
  });

  it(cite(COMMUNICATION, 'a Date is not a legal return value either'), () => {
    expect(() => runtime().callFromPage('today', [])).toThrow(/returned a value pages cannot receive/);
  });

  it(
    cite(COMMUNICATION, 'functions whose names end with an underscore are private: a page cannot call them'),
    () => {
      const rt = runtime();
      expect(() => rt.callFromPage('secret_', [])).toThrow(/not found/);
      expect(rt.call('secret_')).toBe('hidden'); // the server itself still can
    },
  );

  it(
    cite(
      COMMUNICATION,
      'an object passed to the server is a copy: the server changing it leaves the page’s alone',
    ),
    () => {
      const record = { id: 'S1' };
      expect(runtime().callFromPage('mark', [record])).toBe(true);
      expect(record).toEqual({ id: 'S1' });
    },
  );

  it(cite(RUN, 'an object with a circular reference fails the request as google.script.run does'), () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => runtime().callFromPage('echo', [loop])).toThrow(/google\.script\.run/);
  });

  it(cite(RUN, 'undefined fields within arrays become null'), () => {
    expect(runtime().callFromPage('describeArray', [[1, undefined]])).toEqual(['number', 'null']);
  });
});
