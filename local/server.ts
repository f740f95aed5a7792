/**
 * `npm start`: builds the add-on, loads it into the local runtime on the demo school and
 * serves a preview on localhost: the workbook's sheets, the add-on menu, the real sidebar in
 * a 300-px panel with google.script.run wired to the runtime, dialogs, the outbox and a clock.
 *
 *   npm start                 the demo school
 *   npm start -- --blank      a blank workbook (run Setup from the menu)
 *   npm start -- --fresh      forget the saved state and start over
 *   npm start -- --port 9000  another port (the next free one is taken if it is busy)
 *
 * The state is kept across restarts in .preview/state.json (.preview/state-blank.json for --blank).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { build } from '../scripts/build';
import { handle } from './preview/api';
import { forgetState, loadState, saver } from './preview/persist';
import { createRuntime, ROOT, type Runtime, type RuntimeOptions } from './runtime';

export interface PreviewOptions {
  port?: number;
  /** Start on a blank workbook instead of the demo school. */
  blank?: boolean;
  runtime?: RuntimeOptions;
  /** Skip `npm run build` (tests build once beforehand). */
  skipBuild?: boolean;
  /** Keep the state in this file across restarts (tests keep none). */
  statePath?: string;
  /** Forget the saved state and start over. */
  fresh?: boolean;
}

export interface Preview {
  url: string;
  runtime: Runtime;
  /** True when the runtime started from the saved state. */
  restored: boolean;
  close(): Promise<void>;
}

function clientBundle(): string {
  const out = buildSync({
    entryPoints: [join(ROOT, 'local/preview/client/main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
  });
  return out.outputFiles[0]!.text;
}

function page(): string {
  const template = readFileSync(join(ROOT, 'local/preview/client/index.html'), 'utf8');
  const css = readFileSync(join(ROOT, 'local/preview/client/style.css'), 'utf8');
  return template
    .replace('<!-- inline:style -->', () => `<style>${css}</style>`)
    .replace(
      '<!-- inline:script -->',
      () => `<script>${clientBundle().replace(/<\/script/gi, '<\\/script')}</script>`,
    );
}

function listen(server: Server, port: number, attempts = 20): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE' && attempts > 1) resolve(listen(server, port + 1, attempts - 1));
      else reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
}

async function readBody(req: NodeJS.ReadableStream): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of req) text += chunk;
  if (!text) return {};
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return {};
  }
}

async function startRuntime(options: PreviewOptions): Promise<{ runtime: Runtime; restored: boolean }> {
  const path = options.statePath;
  if (path && options.fresh) forgetState(path);
  const saved = path ? loadState(path) : null;
  if (saved) return { runtime: createRuntime({ ...options.runtime, snapshot: saved }), restored: true };
  if (options.blank) return { runtime: createRuntime(options.runtime), restored: false };
  const { createDemoRuntime } = await import('./demo/school');
  return { runtime: createDemoRuntime(options.runtime), restored: false };
}

export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  if (!options.skipBuild) build();
  const { runtime, restored } = await startRuntime(options);
  runtime.open('FULL');
  const save = options.statePath ? saver(options.statePath, runtime) : null;
  const index = page();
  const server = createServer(async (req, res) => {
    const body = req.method === 'POST' ? await readBody(req) : {};
    if (req.url === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const reply =
      req.url === '/' || req.url?.startsWith('/?')
        ? { status: 200, type: 'text/html; charset=utf-8', body: index }
        : handle(runtime, req.method ?? 'GET', req.url ?? '/', body);
    const r = reply ?? { status: 404, type: 'text/plain', body: 'Not found' };
    res.writeHead(r.status, { 'content-type': r.type, 'cache-control': 'no-store' });
    res.end(r.body);
    if (req.method === 'POST') save?.changed();
  });
  const port = await listen(server, options.port ?? 8080);
  return {
    url: `http://127.0.0.1:${port}/`,
    runtime,
    restored,
    close: () =>
      new Promise<void>((resolve) => {
        save?.flush();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const portAt = args.indexOf('--port');
  const blank = args.includes('--blank');
  const statePath = join(ROOT, '.preview', blank ? 'state-blank.json' : 'state.json');
  const started = Date.now();
  startPreview({
    blank,
    fresh: args.includes('--fresh'),
    statePath,
    port: portAt >= 0 ? Number(args[portAt + 1]) : 8080,
  }).then(
    (preview) => {
      const from = preview.restored
        ? `the state saved in ${relative(ROOT, statePath)} (--fresh to start over)`
        : blank
          ? 'a blank workbook'
          : 'the demo school';
      console.log(`Pendamping preview: ${preview.url}  (${from}; ready in ${Date.now() - started} ms)`);
      console.log('Ctrl+C to stop; the state is saved.');
      const stop = () => void preview.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
