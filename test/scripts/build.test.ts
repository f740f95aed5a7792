import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { checkBundle, parseExports, renderStubs } from '../../scripts/build-stubs';

const code = readFileSync('dist/Code.js', 'utf8');
const exported = parseExports(readFileSync('src/index.ts', 'utf8'));

describe('dist/Code.js', () => {
  it('has exactly one top-level function per export of src/index.ts, and nothing else', () => {
    const context = createContext({});
    runInContext(code, context);
    const functions = Object.keys(context).filter((k) => typeof context[k] === 'function');
    expect(functions.sort()).toEqual(exported.map((e) => e.name).sort());
  });

  it('contains no ES module syntax', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('keeps the JSDoc of custom functions with @customfunction', () => {
    const custom = exported.filter((e) => /^[A-Z][A-Z0-9_]*$/.test(e.name));
    for (const fn of custom) {
      const stub = new RegExp(`/\\*\\*[^]*?@customfunction[^]*?\\*/\\s*function ${fn.name}\\(`);
      expect(code, fn.name).toMatch(stub);
    }
  });
});

describe('the build checks', () => {
  const source = `/** Menu. */\nexport function openThing(a: string, b?: number) {}\n/**\n * Adds.\n * @customfunction\n */\nexport function ADD_ONE(x: number[][]) {}\n`;

  it('reads exports with their parameters and JSDoc', () => {
    const found = parseExports(source);
    expect(found.map((f) => [f.name, f.params])).toEqual([
      ['openThing', ['a', 'b']],
      ['ADD_ONE', ['x']],
    ]);
    expect(found[1]!.jsdoc).toContain('@customfunction');
  });

  it('refuses an export Apps Script could not see', () => {
    expect(() => parseExports(`${source}export const hidden = () => 1;\n`)).toThrow(/only `export function/);
    expect(() => parseExports(`${source}export { x } from './x';\n`)).toThrow(/only `export function/);
  });

  const bundle = (body: string) => `var NS = (() => { ${body} })();`;
  const ok = parseExports(source);

  it('refuses a bundle that does work at load time', () => {
    const touchesSheets = bundle('SpreadsheetApp.getActive(); return { openThing() {}, ADD_ONE() {} };');
    expect(() => checkBundle(`${touchesSheets}\n${renderStubs(ok, 'NS')}`, ok, 'NS')).toThrow(
      /work at load time/,
    );
  });

  it('refuses an export without a top-level function', () => {
    const extra = bundle('return { openThing() {}, ADD_ONE() {}, secret() {} };');
    expect(() => checkBundle(`${extra}\n${renderStubs(ok, 'NS')}`, ok, 'NS')).toThrow(
      /secret .*no top-level function/,
    );
  });

  it('refuses a custom function without @customfunction', () => {
    const bare = parseExports('export function ADD_ONE(x: number) {}\n');
    const b = bundle('return { ADD_ONE() {} };');
    expect(() => checkBundle(`${b}\n${renderStubs(bare, 'NS')}`, bare, 'NS')).toThrow(/@customfunction/);
  });

  it('accepts a clean bundle', () => {
    const clean = bundle('return { openThing() {}, ADD_ONE() {} };');
    expect(() => checkBundle(`${clean}\n${renderStubs(ok, 'NS')}`, ok, 'NS')).not.toThrow();
  });
});

describe('the manifest', () => {
  const manifest = JSON.parse(readFileSync('dist/appsscript.json', 'utf8'));

  it('is V8, Asia/Jakarta, with an explicit list of scopes', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Jakarta');
    expect(Array.isArray(manifest.oauthScopes)).toBe(true);
  });

  it('asks only for the narrow scopes the code uses', () => {
    // The services the bundle names decide which scopes it needs; nothing broader. Opening a
    // spreadsheet by id (the monthly trigger, which runs outside the document) needs the full
    // spreadsheets scope, which includes the current-only one:
    // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String)
    const sheets = /SpreadsheetApp\.openById/.test(code)
      ? 'https://www.googleapis.com/auth/spreadsheets'
      : 'https://www.googleapis.com/auth/spreadsheets.currentonly';
    const needs: Array<[RegExp, string]> = [
      [/SpreadsheetApp\./, sheets],
      [/(HtmlService|getUi)\b/, 'https://www.googleapis.com/auth/script.container.ui'],
      [/MailApp\./, 'https://www.googleapis.com/auth/script.send_mail'],
      [/ScriptApp\.newTrigger/, 'https://www.googleapis.com/auth/script.scriptapp'],
      [/FormApp\./, 'https://www.googleapis.com/auth/forms'],
      [
        /getActiveUser\(\)\.getEmail|getEffectiveUser\(\)\.getEmail/,
        'https://www.googleapis.com/auth/userinfo.email',
      ],
    ];
    const expected = needs.filter(([used]) => used.test(code)).map(([, scope]) => scope);
    expect([...manifest.oauthScopes].sort()).toEqual(expected.sort());
  });
});

describe('clasp', () => {
  it('would push exactly dist/ (checked offline with clasp status)', () => {
    const out = execFileSync('npx', ['clasp', 'status', '--json'], { encoding: 'utf8' });
    const status = JSON.parse(out.slice(out.indexOf('{')));
    expect([...status.filesToPush].sort()).toEqual([
      'dist/Code.js',
      'dist/Import.html',
      'dist/Sidebar.html',
      'dist/Start.html',
      'dist/appsscript.json',
    ]);
  });
});
