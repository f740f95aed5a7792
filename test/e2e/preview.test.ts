import { readFileSync } from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Preview, startPreview } from '../../local/server';
import type { AssignmentView } from '../../sidebar/contract';
import { describeInBrowser, launchBrowser, screenshot } from './browser';

const XSS = '<img src=x onerror=alert(1)>';

describeInBrowser('the mentor-assignment sidebar in chromium, on the demo school', () => {
  let preview: Preview;
  let browser: Browser;
  let page: Page;
  let sidebar: Frame;
  const dialogs: string[] = [];

  beforeAll(async () => {
    preview = await startPreview({ port: 0, skipBuild: true });
    // A student whose name is markup: the sidebar must show it as text.
    const view = preview.runtime.callFromPage('getAssignmentView', []) as AssignmentView;
    const target = view.unassigned[view.unassigned.length - 1]!; // last: the screenshot shows ordinary names
    const students = preview.runtime.spreadsheet.sheet('Siswa');
    const row = students.values().findIndex((r) => r[0] === target.id) + 1;
    students.setCell(`B${row}`, XSS);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(preview.url);
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it('opens from the add-on menu and lists unassigned at-risk students, markup shown as text', async () => {
    await page.getByRole('button', { name: 'Ekstensi' }).click();
    await page.getByRole('menuitem', { name: 'Tetapkan pendamping' }).click();
    await page.waitForSelector('#sidebar-frame');
    // The frame element appears before its page has loaded: on a busy machine, wait for the page.
    await expect.poll(() => page.frame({ url: /\/sidebar/ }) !== null, { timeout: 30_000 }).toBe(true);
    sidebar = page.frame({ url: /\/sidebar/ })!;
    await sidebar.waitForSelector('#waiting li');
    await expect
      .poll(() => sidebar.locator('#waiting-title').textContent())
      .toMatch(/^Siswa Tingkat 2–3 tanpa pendamping \(\d+\)$/);
    await expect.poll(() => sidebar.locator('#waiting').textContent()).toContain(XSS);
    expect(await sidebar.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  /** Serious or critical accessibility violations (axe-core) of the sidebar as it is now. */
  async function violations() {
    if (!(await sidebar.evaluate(() => 'axe' in window)))
      await sidebar.addScriptTag({ content: readFileSync('node_modules/axe-core/axe.min.js', 'utf8') });
    const found = await sidebar.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(c: Document): Promise<{ violations: Array<{ id: string; impact: string }> }> };
        }
      ).axe;
      const result = await axe.run(document);
      return result.violations.map((v) => ({ id: v.id, impact: v.impact }));
    });
    return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  }

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    expect(await violations()).toEqual([]);
  });

  const waitingCount = async () =>
    Number(/\((\d+)\)$/.exec((await sidebar.locator('#waiting-title').textContent()) ?? '')?.[1]);
  const dashboardWaiting = () =>
    preview.runtime.spreadsheet
      .sheet('Ringkasan')
      .values()
      .find((r) => r[0] === 'Siswa Tingkat 2–3 tanpa pendamping')![1];

  it('shows each card’s student risk; the reasons and caseloads follow the mentor chosen', async () => {
    await sidebar.getByRole('button', { name: 'Usulkan pendamping' }).click();
    await sidebar.waitForSelector('#pairs li.pair');
    // The waiting count stays in view, with the Dashboard's label and number.
    expect(await waitingCount()).toBe(dashboardWaiting());
    const card = sidebar.locator('#pairs li.pair').first();
    await expect.poll(() => card.locator('.badge').textContent()).toMatch(/^T[23]$/);
    expect(await card.textContent()).toMatch(/skor \d+/);
    expect(((await card.locator('.risk').textContent()) ?? '').length).toBeGreaterThan(5);
    expect(await card.locator('.load').textContent()).toMatch(/: jumlah dampingan menjadi \d+ dari \d+/);

    // Another mentor in the dropdown: this card's reasons and caseload follow it.
    const select = card.locator('select');
    const options = await select
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options.length).toBeGreaterThan(1);
    const firstLoad = await card.locator('.load').textContent();
    await select.selectOption(options[1]!);
    const other = await select.locator(`option[value="${options[1]}"]`).textContent();
    await expect
      .poll(() => card.locator('.load').textContent())
      .toContain(`${other}: jumlah dampingan menjadi`);
    expect(await card.locator('.load').textContent()).not.toBe(firstLoad);
    await select.selectOption(options[0]!);
    await expect.poll(() => card.locator('.load').textContent()).toBe(firstLoad);
    await screenshot(page, 'sidebar-suggestion', '#sidebar-panel');
    // The proposal, with its dropdowns, is as accessible as the lists.
    expect(await violations()).toEqual([]);
  });

  it('accepting one card updates the counts at once, as the Dashboard counts them', async () => {
    const cards = await sidebar.locator('#pairs li.pair').count();
    const waiting = await waitingCount();
    await sidebar.locator('#pairs li.pair').first().getByRole('button', { name: 'Terima' }).click();
    await expect.poll(() => sidebar.locator('#status').textContent()).toBe('1 penetapan disimpan.');
    await expect.poll(() => sidebar.locator('#proposal-title').textContent()).toBe(`Usulan (${cards - 1})`);
    expect(await waitingCount()).toBe(waiting - 1);
    expect(await waitingCount()).toBe(dashboardWaiting());
    const view = preview.runtime.callFromPage('getAssignmentView', []) as AssignmentView;
    expect(view.unassigned).toHaveLength(waiting - 1);
  });

  it('accepts all, and the Students sheet and caseloads follow', async () => {
    const before = preview.runtime.callFromPage('getAssignmentView', []) as AssignmentView;
    const proposed = await sidebar.locator('#pairs li.pair').count();
    expect(proposed).toBeGreaterThan(0);
    await sidebar.getByRole('button', { name: 'Terima semua' }).click();
    await expect.poll(() => sidebar.locator('#status').textContent()).toBe(`${proposed} penetapan disimpan.`);

    const after = preview.runtime.callFromPage('getAssignmentView', []) as AssignmentView;
    expect(after.unassigned.length).toBe(before.unassigned.length - proposed);
    expect(await waitingCount()).toBe(after.unassigned.length);
    const load = (v: AssignmentView) => v.mentors.reduce((n, m) => n + m.caseload, 0);
    expect(load(after)).toBe(load(before) + proposed);
    const firstCaseload = after.mentors[0]!;
    await expect
      .poll(() => sidebar.locator('#mentors summary').first().textContent())
      .toContain(`${firstCaseload.caseload} dari ${firstCaseload.capacity}`);

    // The Students sheet in the page shows the new mentor IDs.
    const assigned = before.unassigned.find((s) => !after.unassigned.some((u) => u.id === s.id))!;
    await page.getByRole('tab', { name: 'Siswa' }).click();
    const row = page.locator('tr', { has: page.locator(`td:text-is("${assigned.id}")`) });
    await expect.poll(() => row.locator('td').nth(13).textContent()).toMatch(/^M\d\d$/);
    await screenshot(page, 'preview-after-accept');
  });
});
