/**
 * The preview's forms: the server side (list, submit from the page) over a runtime, and the page
 * side (draw a form, fill it in, submit) in a real browser.
 */
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormSummary } from '../../../local/preview/forms';
import { listForms, submitFromPage } from '../../../local/preview/forms';
import { createRuntime, ROOT } from '../../../local/runtime';
import { describeInBrowser, launchBrowser } from '../../e2e/browser';
import { project } from './project';

const NOW = '2026-09-15T10:00:00+07:00';

function runtimeWithForm() {
  const rt = createRuntime({ dist: project(), now: NOW, locale: 'en_US' });
  rt.call('createSessionForm');
  return { rt, form: listForms(rt)[0]! };
}

describe('the preview server side of forms', () => {
  it('lists the forms with their items as JSON', () => {
    const { form } = runtimeWithForm();
    expect(JSON.parse(JSON.stringify(form))).toEqual(form);
    expect(form.items.map((i) => [i.type, i.title])).toEqual([
      ['LIST', 'Siswa'],
      ['DATE', 'Tanggal'],
      ['TEXT', 'Catatan'],
    ]);
  });

  it('submits answers keyed by item id, and says why a submission is refused', () => {
    const { rt, form } = runtimeWithForm();
    const [student, day, note] = form.items.map((i) => String(i.id));
    expect(submitFromPage(rt, form.id, { [student!]: '0012 – Budi', [day!]: '2026-09-14' })).toEqual({
      ok: true,
      triggered: true,
    });
    expect(submitFromPage(rt, form.id, { [day!]: '2026-09-14' })).toEqual({
      ok: false,
      error: '"Siswa": This is a required question',
      triggered: false,
    });
    expect(
      submitFromPage(rt, form.id, { [student!]: '0012 – Budi', [day!]: '2026-09-14', [note!]: 'boom' }),
    ).toEqual({ ok: true, triggered: true, error: 'The form-submit trigger failed: cannot route' });
    expect(submitFromPage(rt, 42, {})).toMatchObject({ ok: false });
    expect(listForms(rt)[0]!.responses).toBe(2);
  });
});

const FORM: FormSummary = {
  id: 'f1',
  title: 'Log sesi <b>pendampingan</b>',
  description: 'Isi setelah setiap sesi',
  confirmationMessage: 'Terima kasih!',
  publishedUrl: 'https://docs.google.com/forms/d/e/x/viewform',
  acceptingResponses: true,
  collectEmail: false,
  destination: 'Form Responses 1',
  responses: 0,
  items: [
    {
      id: 1,
      type: 'LIST',
      title: 'Siswa',
      helpText: 'ID – nama',
      required: true,
      choices: ['0012 – Budi', '0013 – Sari'],
    },
    { id: 2, type: 'DATE', title: 'Tanggal', helpText: '', required: true },
    { id: 3, type: 'SECTION_HEADER', title: 'Sesi', helpText: '', required: false },
    {
      id: 4,
      type: 'MULTIPLE_CHOICE',
      title: 'Jenis',
      helpText: '',
      required: false,
      choices: ['individual', 'group'],
      other: true,
    },
    {
      id: 5,
      type: 'CHECKBOX',
      title: 'Topik',
      helpText: '',
      required: true,
      choices: ['belajar', 'keluarga', 'teman'],
      other: false,
    },
    {
      id: 6,
      type: 'SCALE',
      title: 'Motivasi',
      helpText: '',
      required: false,
      scale: { lower: 1, upper: 5, leftLabel: 'rendah', rightLabel: 'tinggi' },
    },
    {
      id: 7,
      type: 'TEXT',
      title: 'NISN',
      helpText: '',
      required: false,
      validation: { rule: { kind: 'matches', pattern: '[0-9]{10}' }, helpText: 'NISN harus 10 digit' },
    },
    { id: 8, type: 'PARAGRAPH_TEXT', title: 'Catatan', helpText: '', required: false },
  ],
};

describeInBrowser('the preview page side of forms', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const bundle = buildSync({
      entryPoints: [join(ROOT, 'local/preview/client/forms.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'FormsPage',
      target: 'es2020',
      platform: 'browser',
    }).outputFiles[0]!.text;
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.setContent('<!doctype html><html><body><main id="app"></main></body></html>');
    await page.addScriptTag({ content: bundle });
    await page.evaluate((form) => {
      const w = window as unknown as {
        FormsPage: typeof import('../../../local/preview/client/forms');
        submitted: unknown[];
      };
      w.submitted = [];
      const app = document.getElementById('app')!;
      app.append(w.FormsPage.renderFormList([form], () => undefined));
      app.append(w.FormsPage.renderForm(form, (answers) => w.submitted.push(answers)));
    }, FORM);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('draws the form from text only, with required marks and labelled controls', async () => {
    expect(await page.locator('form.gf h1').textContent()).toBe('Log sesi <b>pendampingan</b>');
    expect(await page.locator('form.gf b').count()).toBe(0);
    expect(await page.getByLabel('Siswa').evaluate((s) => (s as HTMLSelectElement).options.length)).toBe(3);
    expect(await page.getByLabel('Tanggal').getAttribute('type')).toBe('date');
    expect(await page.getByRole('radio').count()).toBe(3 + 5);
    expect(await page.locator('.gf-list button').textContent()).toBe('Open');
  });

  it('refuses to submit without the required answers, then submits the answers by item id', async () => {
    await page.getByRole('button', { name: 'Submit' }).click();
    expect(await page.locator('.gf-error:not([hidden])').allTextContents()).toEqual([
      'This is a required question',
      'This is a required question',
      'This is a required question',
    ]);
    expect(await page.evaluate(() => (window as unknown as { submitted: unknown[] }).submitted)).toEqual([]);

    await page.getByLabel('Siswa').selectOption('0013 – Sari');
    await page.getByLabel('Tanggal').fill('2026-09-14');
    await page.getByLabel('Other:').first().check();
    await page.locator('input.gf-other').fill('kunjungan kelas');
    await page.getByLabel('teman').check();
    await page.getByLabel('belajar').check();
    await page.getByRole('radio', { name: '4' }).check();
    await page.getByLabel('NISN').fill('0012345678');
    await page.getByRole('button', { name: 'Submit' }).click();
    expect(await page.evaluate(() => (window as unknown as { submitted: unknown[] }).submitted)).toEqual([
      {
        1: '0013 – Sari',
        2: '2026-09-14',
        4: 'kunjungan kelas',
        5: ['belajar', 'teman'],
        6: '4',
        7: '0012345678',
      },
    ]);
  });

  it("refuses an answer the question's validation refuses, under that question, as Google's page does", async () => {
    await page.getByLabel('NISN').fill('12345');
    await page.getByRole('button', { name: 'Submit' }).click();
    expect(await page.locator('.gf-error:not([hidden])').allTextContents()).toEqual(['NISN harus 10 digit']);
    expect(await page.evaluate(() => (window as unknown as { submitted: unknown[] }).submitted)).toHaveLength(
      1,
    );
    await page.getByLabel('NISN').fill('0012300045');
    await page.getByRole('button', { name: 'Submit' }).click();
    expect(await page.locator('.gf-error:not([hidden])').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { submitted: unknown[] }).submitted)).toHaveLength(
      2,
    );
  });
});
