/**
 * A counsellor's first hour, in Chromium through the preview, from a blank workbook to the first
 * monthly emails, following only what the add-on shows: Setup opens Start here, and each step is
 * done from its button (or, for the data itself, by pasting it as a person does). The runtime is
 * only read, to check what landed; every change goes through the page. Screenshots of each step
 * go to test-results/screenshots (first-hour-*.png).
 */
import { readFileSync } from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Preview, startPreview } from '../../local/server';
import { describeInBrowser, launchBrowser, screenshot } from './browser';

/** Twenty students as a Dapodik export lists them: VII, VIII and IX, NISNs of ten digits. */
const CLASSES = ['VII-A', 'VIII-A', 'IX-A'];
const NAMES = [
  'Agustina Lalu',
  'Benyamin Tefa',
  'Carolina Sabu',
  'Daniel Ndun',
  'Elisabeth Bani',
  'Fransiskus Kase',
  'Gabriela Nubatonis',
  'Hendrik Fanggidae',
  'Imelda Tallo',
  'Yohanes Kolo',
  'Katarina Seran',
  'Lukas Manu',
  'Maria Benu',
  'Natanael Boimau',
  'Oktaviana Nenabu',
  'Petrus Taek',
  'Regina Liu',
  'Simon Nalle',
  'Theresia Lake',
  'Urbanus Bria',
];
const nisn = (i: number) => String(3130000001 + i);
const DAPODIK = [
  ['Nama Peserta Didik', 'NISN', 'JK', 'Tanggal Lahir', 'Rombel Saat Ini', 'No HP'],
  ...NAMES.map((name, i) => [
    name,
    nisn(i),
    i % 2 === 0 ? 'P' : 'L',
    `${String((i % 27) + 1).padStart(2, '0')}/0${(i % 9) + 1}/${2013 - (i % 3)}`,
    CLASSES[i % 3]!,
    `08123456${String(i).padStart(4, '0')}`,
  ]),
];
const MENTORS = [
  [
    'M01',
    'Bu Yuliana',
    'yuliana@harapan.sch.id',
    'P',
    'guru BK',
    '10',
    '7',
    'keluarga/ekonomi',
    'Indonesia',
    'ya',
  ],
  ['M02', 'Pak Markus', 'markus@harapan.sch.id', 'L', 'guru', '10', '8', 'akademik', 'Indonesia', 'ya'],
  [
    'M03',
    'Bu Ferderika',
    'ferderika@harapan.sch.id',
    'P',
    'guru',
    '10',
    '9',
    'sosial/emosional',
    'Indonesia',
    'ya',
  ],
];
/** One intake per grade (students 0, 1 and 2 are in VII, VIII and IX), each with two needs. */
const INTAKES = [0, 1, 2];
const COORDINATOR = 'kepala@harapan.sch.id';
/** A step of the hour may take a while on a loaded machine. */
const STEP_TIMEOUT = 240_000;
const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\r\n');

describeInBrowser('a counsellor’s first hour, in the preview', () => {
  let preview: Preview;
  let browser: Browser;
  let page: Page;
  const rt = () => preview.runtime;

  const menu = async (label: string) => {
    await page.getByRole('button', { name: 'Ekstensi' }).click();
    await page.getByRole('menuitem', { name: label }).click();
  };
  const frame = async (url: RegExp): Promise<Frame> => {
    await expect.poll(() => page.frames().some((f) => url.test(f.url())), { timeout: 30_000 }).toBe(true);
    return page.frames().find((f) => url.test(f.url()))!;
  };
  const startHere = () => frame(/\/sidebar/);
  /** Presses an open step's button in Start here. */
  const step = async (label: string) => (await startHere()).getByRole('button', { name: label }).click();
  /** Start here, read again: how many steps it shows done. */
  const doneSteps = async () => {
    const sidebar = await startHere();
    await sidebar.getByRole('button', { name: 'Periksa lagi' }).click();
    await expect
      .poll(() => sidebar.locator('#app').getAttribute('aria-busy'), { timeout: 30_000 })
      .toBe('false');
    return sidebar.locator('#steps li.done').count();
  };
  const closeDialog = () => page.getByRole('button', { name: 'Tutup', exact: true }).click();
  const cell = (a1: string) => page.locator(`#grid td[data-a1="${a1}"]`);
  const showsSheet = (name: string) =>
    expect
      .poll(() => page.locator('#grid table').getAttribute('aria-label'), { timeout: 30_000 })
      .toBe(`Sheet ${name}`);
  const paste = async (text: string) => {
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await page.keyboard.press('Control+V');
  };

  /** Serious or critical accessibility violations (axe-core) of a page's frame. */
  const violations = async (frame: Frame) => {
    if (!(await frame.evaluate(() => 'axe' in window)))
      await frame.addScriptTag({ content: readFileSync('node_modules/axe-core/axe.min.js', 'utf8') });
    const found = await frame.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(c: Document): Promise<{ violations: Array<{ id: string; impact: string }> }> };
        }
      ).axe;
      return (await axe.run(document)).violations.map((v) => ({ id: v.id, impact: v.impact }));
    });
    return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  };

  beforeAll(async () => {
    preview = await startPreview({
      port: 0,
      skipBuild: true,
      blank: true,
      runtime: {
        locale: 'id_ID',
        now: '2026-07-20T08:00:00+07:00',
        name: 'SMP Harapan Bangsa',
        user: 'bk@harapan.sch.id',
      },
    });
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(preview.url).origin,
    });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(preview.url);
  }, STEP_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it(
    '1. sets up the workbook, and lands on Siswa with Start here open',
    async () => {
      await menu('Siapkan buku kerja');
      const sidebar = await startHere();
      await expect
        .poll(() => sidebar.locator('#status').textContent(), { timeout: 30_000 })
        .toBe('0 dari 7 langkah selesai.');
      await showsSheet('Siswa');
      expect(await sidebar.getByRole('heading', { level: 1 }).textContent()).toBe('Mulai di sini');
      await screenshot(page, 'first-hour-1-start-here');
    },
    STEP_TIMEOUT,
  );

  it(
    '1b. Start here and Help work from the keyboard and pass axe-core',
    async () => {
      expect(await violations(await startHere())).toEqual([]);
      await menu('Bantuan');
      await expect.poll(() => page.locator('#dialog-title').textContent()).toBe('Bantuan Pendamping');
      const help = await frame(/\/dialog/);
      await help.getByRole('tab', { name: 'Sheet-sheet' }).focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => help.getByRole('tabpanel').getAttribute('id')).toBe('page-tiers');
      expect(await help.getByRole('tab', { name: 'Tingkat dan alasan' }).getAttribute('aria-selected')).toBe(
        'true',
      );
      await help.getByRole('tab', { name: 'Email bulanan' }).click();
      await expect
        .poll(() => help.getByRole('tabpanel').textContent())
        .toContain('setiap bulan pada tanggal 1 pukul 7.00');
      expect(await violations(help)).toEqual([]);
      await screenshot(page, 'first-hour-help');
      await closeDialog();
    },
    STEP_TIMEOUT,
  );

  it(
    '2. pastes a 20-student Dapodik list into a new sheet, then imports it from Start here',
    async () => {
      await page.getByRole('button', { name: 'Tambahkan Sheet' }).click();
      const added = page.locator('#tabs [role=tab][aria-selected=true]');
      await expect.poll(() => added.textContent()).toMatch(/^Sheet\d+$/);
      await added.dblclick();
      await page.getByRole('textbox', { name: 'Nama sheet' }).fill('Dapodik');
      await page.keyboard.press('Enter');
      await showsSheet('Dapodik');
      await cell('A1').click();
      await paste(tsv(DAPODIK));
      await expect.poll(() => cell('E21').textContent()).toBe(CLASSES[19 % 3]);
      await screenshot(page, 'first-hour-2-pasted');

      await step('Impor siswa…');
      const dialog = await frame(/\/dialog/);
      await dialog.getByLabel('Lembar sumber impor').selectOption('Dapodik');
      await dialog.getByRole('button', { name: 'Pratinjau' }).click();
      await dialog.getByRole('button', { name: 'Impor' }).click();
      await expect
        .poll(() => dialog.locator('#status').textContent(), { timeout: 30_000 })
        .toMatch(/20 baru/);
      await closeDialog();
      const ids = rt()
        .spreadsheet.sheet('Siswa')
        .values()
        .slice(1)
        .map((r) => String(r[0]))
        .filter(Boolean);
      expect(ids).toEqual(NAMES.map((_, i) => nisn(i)));
      expect(await doneSteps()).toBe(1);
    },
    STEP_TIMEOUT,
  );

  it(
    '3. opens Mentors from Start here and pastes three mentors',
    async () => {
      await step('Buka sheet Pendamping');
      await showsSheet('Pendamping');
      await cell('A2').click();
      await paste(tsv(MENTORS));
      await expect.poll(() => cell('B4').textContent()).toBe('Bu Ferderika');
      expect(await page.getByRole('alertdialog').count()).toBe(0);
      expect(await doneSteps()).toBe(2);
      await screenshot(page, 'first-hour-3-mentors');
    },
    STEP_TIMEOUT,
  );

  it(
    '4. creates both forms from Start here and submits three intakes',
    async () => {
      await step('Buat formulir asesmen');
      await expect.poll(() => page.locator('#dialog-title').textContent()).toBe('Formulir asesmen');
      await closeDialog();
      await step('Buat formulir catatan sesi');
      await expect.poll(() => page.locator('#dialog-title').textContent()).toBe('Formulir catatan sesi');
      await closeDialog();
      expect(rt().spreadsheet.sheetNames()).toEqual(
        expect.arrayContaining(['Jawaban Asesmen', 'Jawaban Sesi']),
      );

      for (const i of INTAKES) {
        await page.getByRole('button', { name: /^Formulir/ }).click();
        await page.getByRole('button', { name: /Buka: Asesmen awal/ }).click();
        const form = page.locator('form.gf');
        await form.getByLabel('NISN').fill(nisn(i));
        await form.getByLabel(/^Nama( \*)?$/).fill(NAMES[i]!);
        await form
          .getByRole('group', { name: /Izin orang tua/ })
          .getByLabel('Ya, orang tua/wali setuju')
          .check();
        const scales: Array<[string, string]> = [
          ['Tekanan sosial', '2'],
          ['Kesulitan ekonomi', '3'],
          ['Kurang dukungan di rumah', '1'],
          ['Motivasi', '3'],
          ['Kesejahteraan', '2'],
        ];
        for (const [question, value] of scales)
          await form
            .getByRole('group', { name: new RegExp(`^${question}`) })
            .getByLabel(value, { exact: true })
            .check();
        if (i === INTAKES[0]) await screenshot(page, 'first-hour-4-intake');
        await form.getByRole('button', { name: 'Kirim' }).click();
        await expect
          .poll(() => page.locator('#dialog').textContent(), { timeout: 30_000 })
          .toContain('Jawaban sudah diterima');
        await closeDialog();
      }
      const assessed = rt()
        .spreadsheet.sheet('Asesmen')
        .values()
        .slice(1)
        .map((r) => r.map(String).find((v) => /^\d{10}$/.test(v)));
      expect(assessed).toEqual(INTAKES.map(nisn));
      expect(await doneSteps()).toBe(4);
    },
    STEP_TIMEOUT,
  );

  it(
    '5. sets the coordinator email, turns the monthly emails on and assigns mentors, all from Start here',
    async () => {
      await step('Buka Pengaturan di coordinator_emails');
      await showsSheet('Pengaturan');
      const row = await page
        .locator('#grid td', { hasText: /^coordinator_emails$/ })
        .getAttribute('data-row');
      await cell(`B${row}`).click();
      await page.keyboard.type(COORDINATOR);
      await page.keyboard.press('Enter');
      await expect.poll(() => cell(`B${row}`).textContent()).toBe(COORDINATOR);
      expect(await doneSteps()).toBe(5);

      await step('Aktifkan email bulanan');
      await expect
        .poll(() => page.locator('.toast').last().textContent(), { timeout: 30_000 })
        .toContain('Aktif');
      expect(await doneSteps()).toBe(6);
      await screenshot(page, 'first-hour-5-six-done');

      await step('Tetapkan pendamping');
      const sidebar = await frame(/\/sidebar/);
      await sidebar.getByRole('button', { name: 'Usulkan pendamping' }).click();
      await sidebar.getByRole('button', { name: 'Terima semua' }).click();
      await expect
        .poll(() => sidebar.locator('#status').textContent(), { timeout: 30_000 })
        .toMatch(/penetapan disimpan/);
      await screenshot(page, 'first-hour-5-assigned');

      await menu('Mulai di sini');
      await expect
        .poll(async () => (await startHere()).locator('#status').textContent(), { timeout: 30_000 })
        .toBe('Semua siap. Email bulanan dikirim setiap tanggal 1.');
      await screenshot(page, 'first-hour-5-all-done');
    },
    STEP_TIMEOUT,
  );

  it(
    '6. moves to the next month: the coordinator and every mentor have their email in the outbox',
    async () => {
      await page.getByRole('button', { name: 'Bulan berikutnya' }).click();
      await expect
        .poll(() => page.getByRole('button', { name: /^Kotak keluar/ }).textContent(), { timeout: 60_000 })
        .not.toBe('Kotak keluar (0)');
      await page.getByRole('button', { name: /^Kotak keluar/ }).click();
      await expect.poll(() => page.locator('#dialog .outbox button').count()).toBe(rt().outbox.length);
      const to = rt().outbox.map((m) => m.to);
      expect(to).toEqual(expect.arrayContaining([COORDINATOR, ...MENTORS.map((m) => m[2]!)]));
      for (const m of rt().outbox) expect(m.subject).toMatch(/Juli 2026/);
      await screenshot(page, 'first-hour-6-outbox');
      const coordinator = rt().outbox.findIndex((m) => m.to === COORDINATOR);
      await page.locator('#dialog .outbox button').nth(coordinator).click();
      const email = page.frameLocator('#dialog iframe');
      await expect.poll(() => email.locator('body').textContent()).toContain('SMP Harapan Bangsa');
      await screenshot(page, 'first-hour-6-coordinator-email');
    },
    STEP_TIMEOUT,
  );
});
