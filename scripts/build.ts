/**
 * Builds dist/ exactly as Apps Script will see it:
 *   dist/Code.js          one script: the bundle plus one top-level stub per export of src/index.ts
 *   dist/Sidebar.html     the sidebar, self-contained (CSS and JS inlined); Import.html and
 *                         Start.html (the Start here checklist) likewise
 *   dist/appsscript.json  the manifest
 * and fails when an export has no stub or when loading the script does any work.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { checkBundle, parseExports, renderStubs } from './build-stubs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
export const GLOBAL_NAME = 'Pendamping';

/** The pages that become self-contained HTML files in dist/, named as HtmlService loads them. */
const pages = [
  { name: 'Sidebar', html: 'sidebar/index.html', entry: 'sidebar/main.ts' },
  { name: 'Import', html: 'sidebar/import.html', entry: 'sidebar/import.ts' },
  { name: 'Start', html: 'sidebar/start.html', entry: 'sidebar/start.ts' },
];

function bundle(entry: string, target: 'server' | 'browser'): string {
  const result = buildSync({
    entryPoints: [join(root, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: target === 'server' ? GLOBAL_NAME : undefined,
    // Apps Script's server has rejected class fields before (clasp issues 907, 935): lower them.
    target: 'es2019',
    platform: target === 'server' ? 'neutral' : 'browser',
    mainFields: ['module', 'main'],
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
  });
  return result.outputFiles[0]!.text;
}

function inlinePage(page: (typeof pages)[number]): string {
  const html = readFileSync(join(root, page.html), 'utf8');
  const css = readFileSync(join(root, 'sidebar/style.css'), 'utf8');
  // A "</script" inside the inlined code would end the script element early.
  const js = bundle(page.entry, 'browser').replace(/<\/script/gi, '<\\/script');
  const out = html
    .replace('<!-- inline:style -->', () => `<style>${css}</style>`)
    .replace('<!-- inline:script -->', () => `<script>${js}</script>`);
  if (out.includes('<!-- inline:')) throw new Error(`${page.html}: an inline placeholder was not filled`);
  return out;
}

/** Replaces a file in one step, so a test or the preview never reads half a build. */
function writeAtomic(path: string, content: string | Buffer): void {
  writeFileSync(`${path}.${process.pid}.tmp`, content);
  renameSync(`${path}.${process.pid}.tmp`, path);
}

export function build(): { files: string[] } {
  mkdirSync(dist, { recursive: true });

  const source = readFileSync(join(root, 'src/index.ts'), 'utf8');
  const exported = parseExports(source);
  const code = `${bundle('src/index.ts', 'server')}\n${renderStubs(exported, GLOBAL_NAME)}`;
  checkBundle(code, exported, GLOBAL_NAME);
  writeAtomic(join(dist, 'Code.js'), code);

  for (const page of pages) writeAtomic(join(dist, `${page.name}.html`), inlinePage(page));
  writeAtomic(join(dist, 'appsscript.json'), readFileSync(join(root, 'appsscript.json')));
  const files = ['Code.js', ...pages.map((p) => `${p.name}.html`), 'appsscript.json'];
  // Whatever else is in dist/ (an old page, a stray file) clasp would push too: remove it.
  for (const name of readdirSync(dist)) {
    if (!files.includes(name) && !name.endsWith('.tmp'))
      rmSync(join(dist, name), { recursive: true, force: true });
  }
  return { files };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { files } = build();
  for (const f of files) {
    const size = readFileSync(join(dist, f)).length;
    console.log(`dist/${f}  ${(size / 1024).toFixed(1)} KB`);
  }
}
