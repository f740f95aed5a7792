/** The preview keeps its state across restarts when given a file, and starts over with --fresh. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startPreview } from '../../../local/server';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const start = (statePath: string, fresh = false) =>
  startPreview({
    port: 0,
    skipBuild: true,
    blank: true,
    statePath,
    fresh,
    runtime: { locale: 'id_ID', now: '2026-07-20T08:00:00+07:00' },
  });

describe('the preview across restarts', () => {
  it('comes back with what the person typed and where the clock was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pendamping-preview-'));
    dirs.push(dir);
    const path = join(dir, 'state.json');
    const first = await start(path);
    expect(first.restored).toBe(false);
    const post = (body: unknown, to: string) =>
      fetch(new URL(to, first.url), { method: 'POST', body: JSON.stringify(body) }).then((r) => r.json());
    expect(await post({ sheet: 'Sheet1', a1: 'B2', value: 'disimpan' }, '/api/cell')).toMatchObject({
      ok: true,
    });
    await post({ step: 'day' }, '/api/clock');
    await first.close();

    const second = await start(path);
    expect(second.restored).toBe(true);
    expect(second.runtime.spreadsheet.sheet('Sheet1').cell('B2').value).toBe('disimpan');
    expect(second.runtime.now().toISOString()).toBe('2026-07-21T01:00:00.000Z');
    expect(second.runtime.ui.menu?.length).toBeGreaterThan(0);
    await second.close();

    const third = await start(path, true);
    expect(third.restored).toBe(false);
    expect(third.runtime.spreadsheet.sheet('Sheet1').cell('B2').value).toBe('');
    await third.close();
  });
});
