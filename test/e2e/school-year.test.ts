/**
 * A school year in small, in Chromium through the preview, starting from a blank workbook:
 * set up, import students, intake forms, flags, mentors assigned in the sidebar, a session
 * logged through the form, the next month, and the emails in the outbox.
 */
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Preview, startPreview } from '../../local/server';
import { describeInBrowser, launchBrowser, screenshot } from './browser';

describeInBrowser('a school year in small, in the preview', () => {
  let preview: Preview;
  let browser: Browser;
  let page: Page;

  const menu = async (label: string) => {
    await page.getByRole('button', { name: 'Ekstensi' }).click();
    await page.getByRole('menuitem', { name: label }).click();
  };
  const frame = async (url: RegExp): Promise<Frame> => {
    await expect.poll(() => page.frames().some((f) => url.test(f.url()))).toBe(true);
    return page.frames().find((f) => url.test(f.url()))!;
  };
  const closeDialog = () => page.getByRole('button', { name: 'Tutup', exact: true }).click();
  const rt = () => preview.runtime;

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
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    page.setDefaultTimeout(10_000);
    await page.goto(preview.url);
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it('sets up a blank workbook from the menu', async () => {
    await menu('Siapkan buku kerja');
    await expect.poll(() => page.getByRole('tab', { name: 'Siswa' }).count()).toBe(1);
    await expect.poll(() => page.locator('.toast').first().textContent()).toContain('lembar dibuat');
    await screenshot(page, 'year-1-setup');
  });

  it('imports students from a pasted Dapodik list', async () => {
    // A person pastes the export into a new sheet, and types the coordinator's address and the mentors.
    rt()
      .spreadsheet.addSheet('Dapodik')
      .paste('A1', [
        ['Nama Peserta Didik', 'NISN', 'JK', 'Tanggal Lahir', 'Rombel Saat Ini', 'No HP'],
        ['Agustina Lalu', "'0081111111", 'P', '12/05/2013', 'VII-A', "'081200000001"],
        ['Benyamin Tefa', "'0081111112", 'L', '03/02/2012', 'VII-A', "'081200000002"],
        ['Carolina Sabu', "'0081111113", 'P', '21/09/2013', 'VII-B', "'081200000003"],
        ['Daniel Ndun', "'0081111114", 'L', '30/01/2013', 'VII-B', "'081200000004"],
      ]);
    const settings = rt().spreadsheet.sheet('Pengaturan');
    settings.setCell(
      `B${settings.values().findIndex((r) => r[0] === 'coordinator_emails') + 1}`,
      'kepala@harapan.sch.id',
    );
    rt()
      .spreadsheet.sheet('Pendamping')
      .paste('A2', [
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
        [
          'M02',
          'Pak Markus',
          'markus@harapan.sch.id',
          'L',
          'guru',
          '10',
          '7-9',
          'akademik',
          'Indonesia',
          'ya',
        ],
      ]);
    await menu('Impor siswa…');
    const dialog = await frame(/\/dialog/);
    await dialog.getByLabel('Lembar sumber impor').selectOption('Dapodik');
    await dialog.getByRole('button', { name: 'Pratinjau' }).click();
    await dialog.getByRole('button', { name: 'Impor' }).click();
    await expect.poll(() => dialog.locator('#status').textContent()).toMatch(/4 baru/);
    await closeDialog();
    expect(rt().spreadsheet.sheet('Siswa').cell('A2').value).toBe('0081111111');
  });

  it('takes an intake assessment through the form, and the flags follow', async () => {
    // The July recap and last term's grades, as the homeroom teacher types them.
    rt()
      .spreadsheet.sheet('Kehadiran')
      .paste('A2', [
        ['0081111111', '2026-07', '10', '0', '0', '0'],
        ['0081111112', '2026-07', '10', '1', '0', '3'],
        ['0081111113', '2026-07', '10', '0', '1', '0'],
        ['0081111114', '2026-07', '10', '2', '0', '1'],
      ]);
    await menu('Buat formulir asesmen');
    await closeDialog();
    await page.getByRole('button', { name: /^Formulir/ }).click();
    await page.getByRole('button', { name: /Buka: Asesmen awal/ }).click();
    const form = page.locator('form.gf');
    await form.getByLabel('NISN').fill('0081111113');
    await form.getByLabel(/^Nama( \*)?$/).fill('Carolina Sabu');
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
    for (const [question, value] of scales) {
      await form
        .getByRole('group', { name: new RegExp(`^${question}`) })
        .getByLabel(value, { exact: true })
        .check();
    }
    await screenshot(page, 'year-2-intake-form');
    await form.getByRole('button', { name: 'Kirim' }).click();
    await expect.poll(() => page.locator('#dialog').textContent()).toContain('Jawaban sudah diterima');
    await closeDialog();

    await page.getByRole('tab', { name: 'Siswa' }).click();
    const row = page.locator('tr', { has: page.locator('td:text-is("0081111113")') });
    // Two needs at intake (a red flag) and 90% attendance (amber): Tier 2, coloured amber.
    await expect.poll(() => row.locator('td').nth(24).textContent()).toBe('2');
    await expect
      .poll(() =>
        row
          .locator('td')
          .nth(24)
          .evaluate((td) => getComputedStyle(td).backgroundColor),
      )
      .toBe('rgb(252, 232, 178)');
    await screenshot(page, 'year-3-flags');
  });

  it('assigns mentors in the sidebar', async () => {
    await menu('Tetapkan pendamping');
    const sidebar = await frame(/\/sidebar/);
    await sidebar.getByRole('button', { name: 'Usulkan pendamping' }).click();
    await sidebar.getByRole('button', { name: 'Terima semua' }).click();
    await expect.poll(() => sidebar.locator('#status').textContent()).toMatch(/penetapan disimpan/);
    const mentors = rt()
      .spreadsheet.sheet('Siswa')
      .values()
      .slice(1)
      .filter((r) => r[0] !== '')
      .map((r) => r[13]);
    expect(mentors.filter(Boolean).length).toBeGreaterThan(0);
  });

  it('logs a session through the session-log form', async () => {
    await menu('Buat formulir catatan sesi');
    await closeDialog();
    await page.getByRole('button', { name: /^Formulir/ }).click();
    await page.getByRole('button', { name: /Buka: Catatan sesi/ }).click();
    const form = page.locator('form.gf');
    const mentor = rt()
      .spreadsheet.sheet('Siswa')
      .values()
      .find((r) => r[0] === '0081111112')![13] as string;
    await form
      .getByLabel(/^Pendamping( \*)?$/)
      .selectOption({ label: mentor === 'M01' ? 'M01 – Bu Yuliana' : 'M02 – Pak Markus' });
    await form.getByLabel(/^Siswa( \*)?$/).selectOption({ label: 'VII-A – Benyamin Tefa (0081111112)' });
    await form.getByLabel(/^Tanggal( \*)?$/).fill('2026-07-20');
    await form
      .getByRole('group', { name: /^Jenis/ })
      .getByLabel('individu')
      .check();
    await form
      .getByRole('group', { name: /Apakah siswa hadir/ })
      .getByLabel('ya')
      .check();
    await form.getByLabel('Topik').fill('Cerita tentang jarak rumah ke sekolah');
    await form.getByRole('button', { name: 'Kirim' }).click();
    await expect.poll(() => page.locator('#dialog').textContent()).toContain('Sesi tercatat');
    await closeDialog();
    expect(rt().spreadsheet.sheet('Sesi').cell('B2').value).toBe('0081111112');
  });

  it('moves to the next month, and the emails are in the outbox', async () => {
    await menu('Aktifkan email bulanan');
    await page.getByRole('button', { name: 'Bulan berikutnya' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: /^Kotak keluar/ }).textContent())
      .not.toBe('Kotak keluar (0)');
    await page.getByRole('button', { name: /^Kotak keluar/ }).click();
    await expect.poll(() => page.locator('#dialog .list button').count()).toBe(rt().outbox.length);
    const subjects = await page.locator('#dialog .list button').allTextContents();
    // Every email reports July, the month that ended: mentors get theirs, the coordinator the school's.
    expect(subjects.length).toBeGreaterThan(1);
    for (const s of subjects) expect(s).toMatch(/^Ringkasan (program )?pendampingan Juli 2026 — /);
    expect(subjects.filter((s) => s.startsWith('Ringkasan program pendampingan'))).toHaveLength(1);
    const to = rt().outbox.map((m) => m.to);
    expect(to).toContain('kepala@harapan.sch.id');
    // Carolina's parents consented at intake: her mentor's email names her. Benyamin's consent is
    // not recorded yet: no email names him.
    const mentorMail = rt().outbox.find(
      (m) => m.to !== 'kepala@harapan.sch.id' && m.body.includes('Carolina Sabu'),
    );
    expect(mentorMail).toBeDefined();
    expect(
      rt().outbox.some((m) => m.body.includes('Benyamin') || (m.htmlBody ?? '').includes('Benyamin')),
    ).toBe(false);
    await page.locator('#dialog .list button').nth(rt().outbox.indexOf(mentorMail!)).click();
    const email = page.frameLocator('#dialog iframe');
    await expect.poll(() => email.locator('body').textContent()).toContain('Carolina Sabu');
    await screenshot(page, 'year-4-mentor-email');
  });
});
