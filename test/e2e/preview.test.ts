import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Preview, startPreview } from '../../local/server';
import { describeInBrowser, launchBrowser, screenshot } from './browser';

describeInBrowser('the preview in chromium', () => {
  let preview: Preview;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    preview = await startPreview({
      port: 0,
      skipBuild: true,
      runtime: { locale: 'id_ID', now: '2026-09-01T08:00:00+07:00' },
    });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(preview.url);
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it('opens the sidebar from the add-on menu and shows the server’s answer', async () => {
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: 'Tetapkan pendamping' }).click();
    const sidebar = page.frameLocator('#sidebar-frame');
    await expect.poll(() => sidebar.locator('#status').textContent()).toContain('Terhubung ke');
    await expect
      .poll(() => sidebar.locator('#status').textContent())
      .toContain(preview.runtime.spreadsheet.name);
    await screenshot(page, 'preview-sidebar');
  });
});
