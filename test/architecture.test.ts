/**
 * Holds the rings in place: the pure core names no Apps Script service, nothing in src/
 * leans on Node or the DOM (neither exists in Apps Script), and flows reach Apps Script
 * only through ports.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

// Comments and texts (messages, HTML written for a page) may mention anything; the code may not.
const withoutComments = (path: string) =>
  readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
const code = (path: string) =>
  withoutComments(path).replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");

const SERVICES =
  /\b(SpreadsheetApp|FormApp|MailApp|GmailApp|HtmlService|ScriptApp|PropertiesService|LockService|CacheService|Session|Utilities|UrlFetchApp|DriveApp|Logger|Charts)\b/;
const HOST_GLOBALS =
  /\b(process|Buffer|require|window|document|navigator|setTimeout|setInterval|fetch|globalThis|__dirname)\b/;
const importsOf = (path: string) => [...withoutComments(path).matchAll(/from '([^']+)'/g)].map((m) => m[1]!);

describe('architecture', () => {
  it('src/core names no Apps Script service', () => {
    for (const f of files('src/core')) expect(code(f), f).not.toMatch(SERVICES);
  });

  it('src/flows names no Apps Script service either (they use ports)', () => {
    for (const f of files('src/flows')) expect(code(f), f).not.toMatch(SERVICES);
  });

  it('nothing in src/ uses Node or DOM globals', () => {
    for (const f of files('src')) expect(code(f), f).not.toMatch(HOST_GLOBALS);
  });

  it('src/core imports only src/core', () => {
    expect(files('src/core').flatMap(importsOf).length).toBeGreaterThan(50); // the check sees the imports
    for (const f of files('src/core')) {
      for (const spec of importsOf(f))
        expect(spec.startsWith('.') && !/\.\.\/\.\.\/(gas|flows)/.test(spec), `${f}: ${spec}`).toBe(true);
    }
  });

  it('src/core does not read the clock', () => {
    for (const f of files('src/core')) expect(code(f), f).not.toMatch(/new Date\(\)|Date\.now\(\)/);
  });
});
