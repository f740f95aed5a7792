/**
 * What a person reads in the preview, on the demo school, in Chromium: the Dashboard's charts drawn
 * from their data, the month's emails with their times in the school's zone (the browser runs in
 * Los Angeles), and on a phone the outbox, an email and a form that fit the screen.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatMoment } from '../../local/preview/clock';
import { type Preview, startPreview } from '../../local/server';
import { describeInBrowser, launchBrowser, screenshot } from './browser';

describeInBrowser('the preview on the demo school', () => {
  let preview: Preview;
  let browser: Browser;
  let page: Page;
  const rt = () => preview.runtime;
  const panel = () => page.locator('#dialog');
  const closePanel = () => panel().getByRole('button', { name: 'Tutup' }).click();
  /** How far the page (or an element) runs past its box; 0 when it fits. */
  const overflow = (selector: string) =>
    page.locator(selector).evaluate((n) => Math.max(0, n.scrollWidth - n.clientWidth));

  beforeAll(async () => {
    preview = await startPreview({ port: 0, skipBuild: true });
    browser = await launchBrowser();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      timezoneId: 'America/Los_Angeles',
    });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(preview.url);
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it('draws the Dashboard’s charts from their data, each label with its number', async () => {
    await expect
      .poll(() => page.getByRole('tab', { name: 'Ringkasan' }).getAttribute('aria-selected'))
      .toBe('true');
    const cells = rt().spreadsheet.sheet('Ringkasan').values();
    const count = (label: string) => cells.find((r) => r[0] === label)?.[1];
    const pie = page.locator('figure.chart[data-type="PIE"]');
    const legend = pie.locator('.legend li');
    // Every active student is in one slice: the three tiers and those not yet scored.
    const tiers = ['Tingkat 3', 'Tingkat 2', 'Tingkat 1', 'Belum ada tingkat'];
    await expect.poll(() => legend.count()).toBe(tiers.length);
    for (const [i, label] of tiers.entries()) {
      expect(await legend.nth(i).locator('span').textContent()).toBe(label);
      expect(await legend.nth(i).locator('b').textContent()).toBe(String(count(label)));
    }
    // One slice per tier with students, named by its tier.
    const slices = await pie
      .locator('svg [data-label]')
      .evaluateAll((s) => s.map((n) => n.getAttribute('data-label')));
    expect(slices).toEqual(tiers.filter((l) => Number(count(l)) > 0));
    expect(slices.length).toBeGreaterThan(1);

    const columns = page.locator('figure.chart[data-type="COLUMN"]');
    const labels = await columns.locator('.legend span').allTextContents();
    expect(labels).toEqual(['individu', 'konseling', 'kelompok', 'keluarga', 'kunjungan rumah']);
    const heights = await columns
      .locator('svg rect')
      .evaluateAll((bars) => bars.map((b) => Number(b.getAttribute('height'))));
    const values = labels.map((l) => Number(count(l)));
    // The tallest bar is the largest number.
    expect(heights.indexOf(Math.max(...heights))).toBe(values.indexOf(Math.max(...values)));
    await screenshot(page, 'demo-dashboard-charts', '.charts');
  });

  it('sends the month’s emails on Next month, with their times in the school’s zone', async () => {
    await page.getByRole('button', { name: 'Bulan berikutnya' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: /^Kotak keluar/ }).textContent(), { timeout: 60_000 })
      .not.toBe('Kotak keluar (0)');
    await page.getByRole('button', { name: /^Kotak keluar/ }).click();
    const first = rt().outbox[0]!;
    const sent = panel().locator('.outbox td').first();
    expect(await sent.textContent()).toBe(formatMoment(first.sentAt, 'Asia/Jakarta', 'id'));
    expect(await sent.textContent()).toMatch(/^1 Des 2026, 07\.\d\d$/);
    await closePanel();
  });

  it('fits a phone: the page, the outbox, an email and the session form', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await overflow('html')).toBe(0);

    await page.getByRole('button', { name: /^Kotak keluar/ }).click();
    expect(await overflow('#dialog-body')).toBe(0);
    const mentorMail = rt().outbox.findIndex((m) => m.subject.startsWith('Ringkasan pendampingan'));
    await panel().locator('.list button').nth(mentorMail).click();
    const frame = page.frameLocator('#dialog iframe');
    await expect.poll(() => frame.locator('body').textContent()).toContain('Ringkasan pendampingan');
    const box = (await panel().locator('iframe').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await frame.locator('html').evaluate((n) => n.scrollWidth - n.clientWidth)).toBeLessThanOrEqual(0);
    expect(await overflow('html')).toBe(0);
    await screenshot(page, 'phone-mentor-email');
    await closePanel();

    // The coordinator's email: its caseload bars (a name beside "n dari m · k terlambat") fit too.
    await page.getByRole('button', { name: /^Kotak keluar/ }).click();
    const coordinatorMail = rt().outbox.findIndex((m) =>
      m.subject.startsWith('Ringkasan program pendampingan'),
    );
    expect(coordinatorMail).toBeGreaterThanOrEqual(0);
    await panel().locator('.list button').nth(coordinatorMail).click();
    await expect.poll(() => frame.locator('body').textContent()).toContain('Beban dampingan per pendamping');
    expect(await frame.locator('html').evaluate((n) => n.scrollWidth - n.clientWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-coordinator-email');
    await closePanel();

    await page.getByRole('button', { name: 'Ekstensi' }).click();
    await page.getByRole('menuitem', { name: 'Buat formulir catatan sesi' }).click();
    await expect.poll(() => rt().forms.length).toBe(1);
    await closePanel();
    await page.getByRole('button', { name: /^Formulir/ }).click();
    await page.getByRole('button', { name: /Buka: Catatan sesi/ }).click();
    const form = page.locator('form.gf');
    await expect.poll(() => form.locator('select').count()).toBeGreaterThan(0);
    expect(await overflow('#dialog-body')).toBe(0);
    const cards = await form
      .locator('.gf-card')
      .evaluateAll(
        (all) =>
          all.filter((c) =>
            [...c.querySelectorAll('select, input')].some(
              (i) => i.getBoundingClientRect().right > c.getBoundingClientRect().right + 0.5,
            ),
          ).length,
      );
    expect(cards).toBe(0);
    expect(await overflow('html')).toBe(0);
    await screenshot(page, 'phone-session-form');
  });
});
