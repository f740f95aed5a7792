/**
 * The preview behaves like Sheets where a person would notice, driven in Chromium through the UI
 * only (clicks, keyboard, clipboard): paste a copied list, type into cells, pick from a dropdown,
 * meet Sheets' refusals and warnings, add, rename and delete sheets, insert and delete rows, and
 * a dialog closed with ✕ stays closed. The browser runs in New York: nothing may follow its zone.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Preview, startPreview } from '../../local/server';
import { describeInBrowser, launchBrowser, screenshot } from './browser';

describeInBrowser('the preview as Sheets, on a blank workbook', () => {
  let preview: Preview;
  let browser: Browser;
  let page: Page;

  const rt = () => preview.runtime;
  const cell = (a1: string) => page.locator(`#grid td[data-a1="${a1}"]`);
  const question = () => page.getByRole('alertdialog');
  const menu = async (label: string) => {
    await page.getByRole('button', { name: 'Ekstensi' }).click();
    await page.getByRole('menuitem', { name: label }).click();
  };
  const tab = (name: string) => page.getByRole('tab', { name, exact: true });
  /** Clicks a sheet's tab and waits until its grid is drawn. */
  const open = async (name: string) => {
    await tab(name).click();
    await expect.poll(() => page.locator('#grid table').getAttribute('aria-label')).toBe(`Sheet ${name}`);
  };
  /** The column letter of a header in row 1 of the sheet shown. */
  const column = async (label: string) => {
    const headers = await page.locator('#grid tr').nth(1).locator('td').allTextContents();
    const index = headers.indexOf(label);
    expect(index, label).toBeGreaterThanOrEqual(0);
    return String.fromCharCode(65 + index);
  };
  const paste = async (text: string) => {
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await page.keyboard.press('Control+V');
  };

  beforeAll(async () => {
    preview = await startPreview({
      port: 0,
      skipBuild: true,
      blank: true,
      runtime: { locale: 'id_ID', now: '2026-07-20T08:00:00+07:00', name: 'SMP Harapan Bangsa' },
    });
    browser = await launchBrowser();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 860 },
      timezoneId: 'America/New_York',
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(preview.url).origin,
    });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(preview.url);
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it('sets the workbook up from the Extensions menu', async () => {
    await menu('Siapkan buku kerja');
    await expect.poll(() => tab('Siswa').count()).toBe(1);
  });

  it('adds a sheet with +, and pastes a copied list from the selected cell, rows and columns', async () => {
    await page.getByRole('button', { name: 'Tambahkan Sheet' }).click();
    await expect.poll(() => tab('Sheet14').getAttribute('aria-selected')).toBe('true');
    await cell('A1').click();
    await paste(
      'Nama Peserta Didik\tNISN\tJK\tRombel Saat Ini\r\n' +
        'Agustina Lalu\t0081111111\tP\tVII-A\r\n' +
        'Benyamin Tefa\t0081111112\tL\tVII-A\r\n' +
        'Carolina Sabu\t0081111113\tP\tVII-B\r\n',
    );
    await expect.poll(() => cell('D4').textContent()).toBe('VII-B');
    expect(await cell('A1').textContent()).toBe('Nama Peserta Didik');
    expect(await cell('A3').textContent()).toBe('Benyamin Tefa');
    // Sheets reads the digits as a number, as it does for a copied Dapodik export.
    expect(rt().spreadsheet.sheet('Sheet14').values()[1]).toEqual(['Agustina Lalu', 81111111, 'P', 'VII-A']);
    expect(await page.locator('#cell-name').textContent()).toBe('A1:D4');
    await screenshot(page, 'sheets-paste');
  });

  it('renames a sheet by double-clicking its tab, and deletes one from its menu after asking', async () => {
    await tab('Sheet14').dblclick();
    await page.getByRole('textbox', { name: 'Nama sheet' }).fill('Dapodik');
    await page.keyboard.press('Enter');
    await expect.poll(() => tab('Dapodik').count()).toBe(1);
    expect(rt().spreadsheet.sheetNames()).toContain('Dapodik');

    await tab('Sheet1').click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Hapus' }).click();
    await expect.poll(() => question().textContent()).toContain('Yakin ingin menghapus "Sheet1"?');
    await question().getByRole('button', { name: 'Batal' }).click();
    expect(rt().spreadsheet.sheetNames()).toContain('Sheet1');
    await tab('Sheet1').click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Hapus' }).click();
    await question().getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => tab('Sheet1').count()).toBe(0);
    expect(rt().spreadsheet.sheetNames()).not.toContain('Sheet1');
  });

  it('inserts and deletes rows from a row header’s menu', async () => {
    await open('Dapodik');
    await page.locator('#grid th[data-row="3"]').click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Sisipkan 1 baris di atas' }).click();
    await expect.poll(() => cell('A4').textContent()).toBe('Benyamin Tefa');
    expect(await cell('A3').textContent()).toBe('');
    await page.locator('#grid th[data-row="3"]').click();
    await page.locator('#grid th[data-row="3"]').click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Hapus baris 3' }).click();
    await expect.poll(() => cell('A3').textContent()).toBe('Benyamin Tefa');
    expect(rt().spreadsheet.sheet('Dapodik').lastRow()).toBe(4);
  });

  it('types into cells; a value outside the dropdown gets the add-on’s message and leaves the cell', async () => {
    await open('Pendamping');
    const aktif = `${await column('Aktif')}2`;
    await cell('A2').click();
    await page.keyboard.type('M01');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Bu Yuliana');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell('B2').textContent()).toBe('Bu Yuliana');
    expect(await cell('A2').textContent()).toBe('M01');

    await cell(aktif).click();
    await page.keyboard.type('Ya');
    await page.keyboard.press('Enter');
    await expect.poll(() => question().textContent()).toContain('Pilih nilai dari daftar.');
    expect(await question().getByRole('heading').textContent()).toBe('Terjadi masalah');
    await screenshot(page, 'sheets-refused');
    await question().getByRole('button', { name: 'OK' }).click();
    expect(await cell(aktif).textContent()).toBe('');
    expect(rt().spreadsheet.sheet('Pendamping').cell(aktif).value).toBe('');

    await cell(aktif).click();
    await page.getByRole('button', { name: `Tampilkan daftar ${aktif}` }).click();
    const list = page.getByRole('listbox', { name: `Pilihan untuk ${aktif}` });
    expect(await list.getByRole('option').allTextContents()).toEqual(['ya', 'tidak']);
    await screenshot(page, 'sheets-dropdown');
    await list.getByRole('option', { name: 'ya' }).click();
    await expect.poll(() => cell(aktif).textContent()).toBe('ya');
    expect(rt().spreadsheet.sheet('Pendamping').cell(aktif).value).toBe('ya');
  });

  it('pastes mentors under the header, and refuses a paste with a wrong value whole', async () => {
    await cell('A3').click();
    await paste('M02\tPak Markus\tmarkus@harapan.sch.id\tX\n');
    await expect.poll(() => question().textContent()).toContain('D3: Pilih nilai dari daftar.');
    await question().getByRole('button', { name: 'OK' }).click();
    expect(rt().spreadsheet.sheet('Pendamping').cell('A3').value).toBe('');
    await cell('A3').click();
    await paste('M02\tPak Markus\tmarkus@harapan.sch.id\tL\n');
    await expect.poll(() => cell('D3').textContent()).toBe('L');
  });

  it('warns before an edit of a computed column: Cancel leaves it, OK edits it', async () => {
    await open('Siswa');
    const score = `${await column('Skor risiko')}2`;
    const formula = rt().spreadsheet.sheet('Siswa').cell(score).formula;
    expect(formula).toMatch(/^=RISK_SCORE/);
    await cell(score).click();
    await page.keyboard.type('99');
    await page.keyboard.press('Enter');
    await expect.poll(() => question().getByRole('heading').textContent()).toBe('Perhatian!');
    await screenshot(page, 'sheets-warning');
    await question().getByRole('button', { name: 'Batal' }).click();
    expect(rt().spreadsheet.sheet('Siswa').cell(score).formula).toBe(formula);
    expect(await cell(score).textContent()).toBe('');

    await cell(score).click();
    await page.keyboard.type('99');
    await page.keyboard.press('Enter');
    await question().getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => cell(score).textContent()).toBe('99');
    expect(rt().spreadsheet.sheet('Siswa').cell(score).formula).toBe('');
  });

  it('opens another tab at A1, scrolled to the top, with its A1 in the formula bar', async () => {
    const grid = page.locator('#grid');
    await grid.evaluate((g) => g.scrollTo(600, 900));
    await cell('B30').click();
    await expect.poll(() => page.locator('#cell-name').textContent()).toBe('B30');
    await open('Pengaturan');
    await expect.poll(() => page.locator('#cell-name').textContent()).toBe('A1');
    expect(await grid.evaluate((g) => [g.scrollTop, g.scrollLeft])).toEqual([0, 0]);
    const a1 = rt().spreadsheet.sheet('Pengaturan').cell('A1');
    expect(await page.getByRole('textbox', { name: 'Isi sel' }).inputValue()).toBe(a1.formula || a1.display);
  });

  it('forgets a dialog closed with ✕: a reload does not open it again', async () => {
    await menu('Impor siswa…');
    await expect
      .poll(() => page.locator('#dialog').evaluate((d) => (d as HTMLDialogElement).open))
      .toBe(true);
    await page.locator('#dialog').getByRole('button', { name: 'Tutup' }).click();
    await expect.poll(() => rt().ui.dialogs.length).toBe(0);
    await page.reload();
    await expect.poll(() => page.getByRole('tab').count()).toBeGreaterThan(5);
    expect(await page.locator('#dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
  });

  it('shows times in the spreadsheet’s zone whatever the browser’s, in the workbook’s language', async () => {
    // The browser is in New York; the workbook in Jakarta, where it is 08:00.
    expect(await page.locator('#clock').textContent()).toBe('20 Jul 2026, 08.00 (Asia/Jakarta)');
    await menu('Kirimi saya uji coba');
    await expect.poll(() => rt().outbox.length).toBe(1);
    await page.getByRole('button', { name: /^Kotak keluar/ }).click();
    const sent = page.locator('#dialog .outbox td').first();
    expect(await sent.textContent()).toBe('20 Jul 2026, 08.00');
    await page.locator('#dialog').getByRole('button', { name: 'Tutup' }).click();
    await page.getByRole('button', { name: 'Bulan berikutnya' }).click();
    await expect.poll(() => page.locator('#clock').textContent()).toBe('1 Agu 2026, 08.00 (Asia/Jakarta)');
  });
});
