/** start.first_page.ms: from starting the preview server to its first page, on the demo school. */
import { performance } from 'node:perf_hooks';
import { startPreview } from '../local/server';
import type { Result } from './measure';

export async function benchStart(): Promise<Result[]> {
  const started = performance.now();
  const preview = await startPreview({ port: 0, skipBuild: true });
  const page = await fetch(preview.url);
  await page.text();
  const state = await fetch(`${preview.url}api/state`);
  await state.json();
  const ms = Math.round(performance.now() - started);
  await preview.close();
  return [{ name: 'start.first_page.ms', value: ms, unit: 'ms' }];
}
