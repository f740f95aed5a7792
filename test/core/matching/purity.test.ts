import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('../../../src/core/matching', import.meta.url));
// Apps Script services, Node and DOM globals, randomness, the clock, and newer-than-ES2019 methods.
const FORBIDDEN =
  /\b(SpreadsheetApp|HtmlService|ScriptApp|MailApp|FormApp|PropertiesService|Utilities|Logger|console|process|require|window|document|globalThis|Date|Math\.random|replaceAll|hasOwn)\b|\.at\(/;

// Under mutation testing the sources are Stryker's instrumented copies: a static check of them means nothing.
describe.skipIf(process.env.PENDAMPING_MUTATION)('src/core/matching stays pure', () => {
  it.each(readdirSync(dir).filter((f) => f.endsWith('.ts')))('%s', (file) => {
    const code = readFileSync(join(dir, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code.match(FORBIDDEN)?.[0]).toBeUndefined();
  });
});
