/**
 * An add-on's questions asked in the page, in Chromium, with a tiny add-on (test/fixtures/
 * asking-addon) on an English workbook: YES/NO and OK/Cancel alerts and a prompt from the menu,
 * and an alert from google.script.run in a dialog. The page's own words are English here.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT } from '../../local/runtime';
import { type Preview, startPreview } from '../../local/server';
import { describeInBrowser, launchBrowser, screenshot } from './browser';

describeInBrowser('the add-on’s questions, asked in the page', () => {
  let preview: Preview;
  let browser: Browser;
  let page: Page;
  const question = () => page.getByRole('alertdialog');
  const a1 = (a: string) => preview.runtime.spreadsheet.sheet('Sheet1').cell(a).value;
  const menu = async (label: string) => {
    await page.getByRole('button', { name: 'Extensions' }).click();
    await page.getByRole('menuitem', { name: label }).click();
  };

  beforeAll(async () => {
    preview = await startPreview({
      port: 0,
      skipBuild: true,
      blank: true,
      runtime: {
        dist: join(ROOT, 'test/fixtures/asking-addon'),
        locale: 'en_US',
        now: '2026-07-20T08:00:00+07:00',
        name: 'Asking school',
      },
    });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    page.setDefaultTimeout(10_000);
    await page.goto(preview.url);
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it('speaks the workbook’s language: English here', async () => {
    await expect.poll(() => page.getByRole('button', { name: 'Extensions' }).count()).toBe(1);
    for (const name of ['Next month', '+1 day', 'Triggers', 'Outbox (0)', 'Forms (0)', 'Add Sheet'])
      expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(1);
    expect(await page.getByRole('textbox', { name: 'Cell content' }).count()).toBe(1);
  });

  it('asks each question of a menu item with its buttons, and the script gets the answers', async () => {
    await menu('Ask, then write');
    await expect.poll(() => question().getByRole('heading').textContent()).toBe('Sure?');
    expect(await question().getByRole('button').allTextContents()).toEqual(['✕', 'No', 'Yes']);
    await screenshot(page, 'question-yes-no');
    expect(a1('A1')).toBe(''); // nothing is written while the person thinks
    await question().getByRole('button', { name: 'No' }).click();
    await expect.poll(() => question().getByRole('heading').textContent()).toBe('Really?');
    await question().getByRole('button', { name: 'Cancel' }).click();
    // Then the script runs to its end; its note (an OK alert) shows once.
    await expect.poll(() => question().textContent()).toContain('Shown before the question');
    await question().getByRole('button', { name: 'OK' }).click();
    expect([a1('A1'), a1('B1')]).toEqual(['NO', 'CANCEL']);
  });

  it('takes a prompt’s text, and the ✕ closes it as Apps Script’s CLOSE', async () => {
    await menu('Name the school');
    await question().getByRole('textbox', { name: 'The school name?' }).fill('SMP Harapan');
    await question().getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => a1('A3')).toBe('SMP Harapan');
    await menu('Name the school');
    await question().getByRole('textbox', { name: 'The school name?' }).fill('Lost');
    await question().getByRole('button', { name: 'Close' }).click();
    await page.waitForTimeout(300);
    expect(a1('A3')).toBe('SMP Harapan');
  });

  it('asks a question from google.script.run on top of the add-on’s dialog', async () => {
    await menu('Open the page');
    const frame = page.frameLocator('#dialog iframe');
    await frame.getByRole('button', { name: 'Add one to 41' }).click();
    await expect.poll(() => question().textContent()).toContain('Add one to 41?');
    await question().getByRole('button', { name: 'Yes' }).click();
    await expect.poll(() => frame.locator('#result').textContent()).toBe('42');
  });
});
