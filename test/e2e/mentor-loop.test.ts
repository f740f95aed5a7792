/**
 * The mentor's loop in Chromium on a phone (390×844): the monthly email in the preview's outbox,
 * its "Catat sesi" link to the session form with mentor, student and "came" already chosen, one
 * tap for the type, Submit, and the session is in Sesi. Then the coordinator's monitoring sheets
 * printed to PDF: A4, one mentor per page. No pdftotext here (poppler-utils is not installed):
 * the test checks the printed page's DOM text and the PDF's page count.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Preview, startPreview } from '../../local/server';
import { columnLabel } from '../../src/core/schema/labels';
import { describeInBrowser, launchBrowser, screenshot } from './browser';

describeInBrowser('the mentor’s loop on a phone, on the demo school', () => {
  let preview: Preview;
  let browser: Browser;
  let page: Page;
  const rt = () => preview.runtime;
  const panel = () => page.locator('#dialog');
  const sessions = () =>
    rt()
      .spreadsheet.sheet('Sesi')
      .values()
      .filter((r, i) => i > 0 && r[0] !== '');

  beforeAll(async () => {
    preview = await startPreview({ port: 0, skipBuild: true });
    rt().call('createSessionForm');
    rt().advanceTo('2026-12-01T08:00:00+07:00');
    browser = await launchBrowser();
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      timezoneId: 'Asia/Jakarta',
    });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(preview.url);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it('goes from the email to a logged session: the link, the type, Submit', async () => {
    await expect
      .poll(() => page.getByRole('tab', { name: 'Ringkasan' }).getAttribute('aria-selected'))
      .toBe('true');
    // "Create session form" left its dialog (the form's addresses) open: the coordinator closes it.
    await panel().waitFor({ state: 'visible', timeout: 10_000 });
    await panel().getByRole('button', { name: 'Tutup' }).click();
    const index = rt().outbox.findIndex((m) => m.htmlBody?.includes('>Catat sesi</a>'));
    expect(index).toBeGreaterThanOrEqual(0);
    const mail = rt().outbox[index]!;
    const student = /<b>([^<]+)<\/b>/.exec(mail.htmlBody!.slice(mail.htmlBody!.indexOf('<p><b>')))![1]!;
    await page.getByRole('button', { name: /^Kotak keluar/ }).click();
    await panel().locator('.list button').nth(index).click();
    const email = page.frameLocator('#dialog iframe');
    const before = sessions().length;

    await email.getByRole('link', { name: 'Catat sesi', exact: true }).first().click(); // tap 1
    const form = page.locator('form.gf');
    await expect.poll(() => form.locator('select').count()).toBe(2);
    const chosen = await form
      .locator('select')
      .evaluateAll((s) => s.map((x) => (x as HTMLSelectElement).value));
    expect(chosen[0]).toMatch(/^M\d+ – /);
    expect(chosen[1]).toContain(student);
    expect(await form.getByRole('radio', { name: 'ya' }).isChecked()).toBe(true);
    await screenshot(page, 'phone-prefilled-session-form');

    await form.getByRole('radio', { name: 'individu' }).click(); // tap 2
    await form.getByRole('button', { name: 'Kirim' }).click(); // tap 3
    await expect.poll(() => panel().textContent()).toContain('Sesi tercatat');
    await expect.poll(() => sessions().length).toBe(before + 1);
    const header = rt().spreadsheet.sheet('Sesi').values()[0]!;
    const added = sessions().at(-1)!;
    const at = (key: string) => added[header.indexOf(columnLabel('sessions', key, 'id'))];
    expect(String(chosen[1])).toContain(`(${at('student_id')})`);
    expect(String(chosen[0]).startsWith(`${at('mentor_id')} – `)).toBe(true);
  }, 120_000);

  it('prints every mentor’s monitoring sheet on A4, one mentor per page', async () => {
    const html = rt().call('printMonitoringSheets') as string;
    const mentors = [...html.matchAll(/<section class="mentor" data-mentor="/g)].length;
    const print = await browser.newPage();
    await print.setContent(html);
    await print.emulateMedia({ media: 'print' });
    expect(await print.locator('.controls').isVisible()).toBe(false);
    // What prints: the text of the visible sheets, without the chooser.
    const text = (await print.locator('.mentor').first().textContent()) ?? '';
    expect(text).toContain('Lembar pemantauan:');
    expect(text).toContain('Langkah berikutnya');
    expect(text).toContain('Catatan (tulis tangan)');
    expect(text).not.toMatch(/rahasia\)/); // no confidential column's header
    const pdf = await print.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    // One page break per mentor at least; a long caseload may take more pages.
    expect(pages).toBeGreaterThanOrEqual(mentors);
    expect(pages).toBeLessThan(mentors * 6);

    // One mentor chosen: only that mentor's page prints.
    const first = /data-mentor="([^"]+)"/.exec(html)![1]!;
    await print.emulateMedia({ media: 'screen' });
    await print.selectOption('#mentor', first);
    const one = await print.pdf({ format: 'A4', preferCSSPageSize: true });
    const onePages = (one.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    expect(onePages).toBeGreaterThanOrEqual(1);
    expect(onePages).toBeLessThan(pages);
    await print.close();
  }, 120_000);
});
