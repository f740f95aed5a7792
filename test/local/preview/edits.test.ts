/**
 * What a person does in the preview, through its API on a set-up workbook: Sheets' refusals and
 * warnings come back before anything is written, pastes land from the chosen cell, sheets and rows
 * change as in Sheets, and the clock moves in the workbook's zone.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { handle } from '../../../local/preview/api';
import { createRuntime, type Runtime } from '../../../local/runtime';

let rt: Runtime;
const post = (path: string, body: Record<string, unknown>) =>
  JSON.parse(handle(rt, 'POST', path, body)!.body) as Record<string, unknown>;
const get = (path: string) => JSON.parse(handle(rt, 'GET', path, {})!.body) as Record<string, unknown>;
const sheet = (name: string) => rt.spreadsheet.sheet(name);
const columnOf = (name: string, label: string) => {
  const index = sheet(name).values()[0]!.indexOf(label);
  expect(index, label).toBeGreaterThanOrEqual(0);
  return String.fromCharCode(65 + index);
};

beforeEach(() => {
  rt = createRuntime({ locale: 'id_ID', now: '2026-07-31T23:00:00Z', name: 'SMP Uji' });
  rt.call('setupWorkbook');
});

describe('typing into a cell', () => {
  it('refuses a value outside the dropdown with the add-on’s localised message, and keeps the cell', () => {
    const aktif = `${columnOf('Pendamping', 'Aktif')}2`;
    expect(post('/api/cell', { sheet: 'Pendamping', a1: aktif, value: 'Ya!' })).toEqual({
      ok: false,
      error: 'Pilih nilai dari daftar.',
    });
    expect(sheet('Pendamping').cell(aktif).value).toBe('');
    expect(post('/api/cell', { sheet: 'Pendamping', a1: aktif, value: 'ya' })).toMatchObject({ ok: true });
    expect(sheet('Pendamping').cell(aktif).value).toBe('ya');
  });

  it('waits for the person’s OK before editing a computed column, which keeps its formula until then', () => {
    const score = `${columnOf('Siswa', 'Skor risiko')}2`;
    const before = sheet('Siswa').cell(score).formula;
    expect(before).toMatch(/^=RISK_SCORE/);
    expect(post('/api/cell', { sheet: 'Siswa', a1: score, value: '99' })).toEqual({
      ok: false,
      confirm: 'warning',
    });
    expect(sheet('Siswa').cell(score).formula).toBe(before);
    expect(post('/api/cell', { sheet: 'Siswa', a1: score, value: '99', confirmed: true })).toMatchObject({
      ok: true,
    });
    expect(sheet('Siswa').cell(score)).toMatchObject({ value: 99, formula: '' });
  });
});

describe('pasting', () => {
  it('lays a copied list out from the selected cell into a new sheet, not all into A1', () => {
    expect(post('/api/sheets', { action: 'add' })).toEqual({ ok: true, value: 'Sheet14' });
    expect(get('/api/state').activeSheet).toBe('Sheet14');
    const text =
      'Nama Peserta Didik\tNISN\tJK\r\nAgustina Lalu\t0081111111\tP\r\nBenyamin Tefa\t0081111112\tL\r\n';
    expect(post('/api/paste', { sheet: 'Sheet14', a1: 'B2', text })).toEqual({ ok: true, value: [] });
    expect(sheet('Sheet14').displayValues()).toEqual([
      ['', '', '', ''],
      ['', 'Nama Peserta Didik', 'NISN', 'JK'],
      ['', 'Agustina Lalu', '81111111', 'P'],
      ['', 'Benyamin Tefa', '81111112', 'L'],
    ]);
  });

  it('refuses a paste with a wrong value whole, naming the cell', () => {
    const text = 'M01\tBu Yuliana\tyuliana@harapan.sch.id\tP\nM02\tPak Markus\tmarkus@harapan.sch.id\tX';
    const reply = post('/api/paste', { sheet: 'Pendamping', a1: 'A2', text });
    expect(reply).toEqual({ ok: false, error: 'D3: Pilih nilai dari daftar.' });
    expect(sheet('Pendamping').cell('A2').value).toBe('');
  });

  it('clears a range with the Delete key, asking first over a computed column', () => {
    post('/api/paste', { sheet: 'Pendamping', a1: 'A2', text: 'M01\tBu Yuliana' });
    expect(post('/api/clear', { sheet: 'Pendamping', range: 'A2:B2' })).toMatchObject({ ok: true });
    expect(sheet('Pendamping').cell('B2').value).toBe('');
    const tier = columnOf('Siswa', 'Tingkat dukungan');
    expect(post('/api/clear', { sheet: 'Siswa', range: `A2:${tier}2` })).toEqual({
      ok: false,
      confirm: 'warning',
    });
  });
});

describe('sheets and rows', () => {
  it('renames and deletes a sheet, with Sheets’ refusals', () => {
    post('/api/sheets', { action: 'add' });
    expect(post('/api/sheets', { action: 'rename', sheet: 'Sheet14', name: 'Dapodik' })).toEqual({
      ok: true,
      value: 'Dapodik',
    });
    expect(post('/api/sheets', { action: 'rename', sheet: 'Dapodik', name: 'siswa' })).toMatchObject({
      ok: false,
    });
    expect(post('/api/sheets', { action: 'delete', sheet: 'Dapodik' })).toEqual({ ok: true, value: [] });
    expect(rt.spreadsheet.sheetNames()).not.toContain('Dapodik');
    // Students carries warning-protected computed columns: deleting it asks first.
    expect(post('/api/sheets', { action: 'delete', sheet: 'Siswa' })).toEqual({
      ok: false,
      confirm: 'warning',
    });
    expect(rt.spreadsheet.sheetNames()).toContain('Siswa');
  });

  it('inserts and deletes rows, asking first where computed columns would change', () => {
    post('/api/paste', { sheet: 'Pendamping', a1: 'A2', text: 'M01\nM02\nM03' });
    expect(post('/api/rows', { sheet: 'Pendamping', action: 'delete', at: 3, count: 1 })).toMatchObject({
      ok: true,
    });
    expect(
      sheet('Pendamping')
        .values()
        .map((r) => r[0]),
    ).toEqual(['ID pendamping', 'M01', 'M03']);
    expect(post('/api/rows', { sheet: 'Pendamping', action: 'insert', at: 2, count: 2 })).toMatchObject({
      ok: true,
    });
    expect(sheet('Pendamping').cell('A4').value).toBe('M01');
    expect(post('/api/rows', { sheet: 'Siswa', action: 'delete', at: 5 })).toEqual({
      ok: false,
      confirm: 'warning',
    });
  });

  it('makes the chosen tab the runtime’s active sheet', () => {
    expect(post('/api/sheets', { action: 'activate', sheet: 'Sesi' })).toEqual({ ok: true });
    expect(get('/api/state').activeSheet).toBe('Sesi');
  });
});

describe('the clock', () => {
  it('moves to 08:00 on the 1st of next month in the workbook’s zone', () => {
    // 06:00 on 1 August in Jakarta (still 31 July in UTC).
    post('/api/clock', { step: 'month' });
    expect(rt.now().toISOString()).toBe('2026-09-01T01:00:00.000Z');
    post('/api/clock', { step: 'day' });
    expect(rt.now().toISOString()).toBe('2026-09-02T01:00:00.000Z');
  });
});
