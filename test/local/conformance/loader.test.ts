/** gas-local loads the project as Apps Script does: every script file into one global scope. */
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../../local/runtime';
import { cite, PAGES } from './cite';
import { A, NOW, probeProject } from './probe';

const SCOPE = `${PAGES.projects}`;

function withFiles(files: Record<string, string>) {
  return createRuntime({ dist: probeProject(undefined, files), now: NOW, user: A });
}

describe('loading a project', () => {
  it(cite(SCOPE, 'every script file shares one global scope'), () => {
    const rt = withFiles({ 'Zweite.js': 'function fromSecond() { return whoAmI() + " (second file)"; }' });
    expect(rt.call('fromSecond')).toBe(`${A} (second file)`);
  });

  it(cite(SCOPE, 'a file’s top level runs when the project loads, in file order'), () => {
    const rt = withFiles({
      'a.js': 'var order = ["a"];',
      'b.js': 'order.push("b"); function loaded() { return order; }',
    });
    expect(rt.call('loaded')).toEqual(['a', 'b']);
  });

  it(cite(SCOPE, '.gs files are script files too; pages and the manifest are not'), () => {
    const rt = withFiles({ 'Lama.gs': 'function old() { return "gs"; }', 'Page.html': '<p>not code</p>' });
    expect(rt.call('old')).toBe('gs');
    expect(rt.functions()).not.toContain('Page');
  });

  it(cite(SCOPE, 'top-level functions are the project’s entry points; private ones end in _'), () => {
    const rt = withFiles({ 'p.js': 'function hidden_() { return 1; }' });
    expect(rt.functions()).toEqual(expect.arrayContaining(['whoAmI', 'hidden_']));
    expect(() => rt.callFromPage('hidden_', [])).toThrow(/not found/);
  });

  it(cite(PAGES.manifest, 'a manifest without timeZone is refused'), async () => {
    const { writeFileSync } = await import('node:fs');
    const dir = probeProject();
    writeFileSync(`${dir}/appsscript.json`, '{"runtimeVersion":"V8"}');
    expect(() => createRuntime({ dist: dir, now: NOW })).toThrow(/no timeZone/);
  });

  it(
    cite(PAGES.v8, 'values the services hand the script are the script realm’s own arrays and Dates'),
    () => {
      const rt = withFiles({
        'r.js':
          'function kinds() { var v = SpreadsheetApp.getActive().getSheets()[0].getRange("A1:B1").getValues(); return [v instanceof Array, v[0] instanceof Array]; }',
      });
      expect(rt.call('kinds')).toEqual([true, true]);
    },
  );
});
