import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../local/runtime';

const NOW = '2026-09-01T08:00:00+07:00';

describe('the runtime loads dist/ as Apps Script does', () => {
  it('exposes exactly the top-level functions of the bundle', () => {
    const rt = createRuntime({ now: NOW });
    expect(rt.functions()).toContain('onOpen');
    expect(rt.functions()).not.toContain('Pendamping');
  });

  it('builds the menu in AuthMode.NONE, in the user locale, touching only Ui and the locale', () => {
    const rt = createRuntime({ locale: 'id_ID', now: NOW });
    const { result: menu, calls } = rt.measure(() => rt.open('NONE'));
    expect(menu).toContainEqual({ label: 'Tetapkan pendamping', run: 'openAssignSidebar' });
    for (const method of Object.keys(calls))
      expect(method).toMatch(/^(SpreadsheetApp\.getUi|Ui\.|Menu\.|Session\.getActiveUserLocale)/);
  });

  it('builds the English menu for an English locale', () => {
    const rt = createRuntime({ locale: 'en_US', now: NOW });
    expect(rt.open('NONE')).toContainEqual({ label: 'Assign mentors', run: 'openAssignSidebar' });
  });

  it('refuses document access in AuthMode.NONE, as Apps Script does', () => {
    const rt = createRuntime({ now: NOW });
    expect(() => rt.run('openAssignSidebar', [], 'NONE')).toThrow(/do not have permission/);
    // LIMITED may read the document but not open a sidebar (nor read properties on the way).
    expect(() => rt.run('openAssignSidebar', [], 'LIMITED')).toThrow(/do not have permission to call/);
    rt.call('setupWorkbook');
    expect(() => rt.run('showHelp', [], 'LIMITED')).toThrow(
      /do not have permission to call (alert|showModalDialog|getDocumentProperties)/,
    );
  });

  it('opens the sidebar from the menu in FULL mode, with the built HTML', () => {
    const rt = createRuntime({ now: NOW, locale: 'en_US' });
    rt.call('openAssignSidebar');
    expect(rt.ui.sidebar?.html).toContain('<main id="app"');
    expect(rt.ui.sidebar?.html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/); // self-contained
    expect(rt.ui.sidebar?.title).toBe('Pendamping');
  });
});

describe('google.script.run from a page', () => {
  it('returns JSON-like values', () => {
    const rt = createRuntime({ now: NOW, name: 'SMP Negeri 3 Kupang', locale: 'id_ID' });
    rt.call('setupWorkbook');
    expect(rt.callFromPage('getAssignmentView', [])).toEqual({ lang: 'id', unassigned: [], mentors: [] });
  });

  it('refuses a Date argument, as google.script.run does', () => {
    const rt = createRuntime({ now: NOW });
    expect(() => rt.callFromPage('releaseStudents', [[new Date()]])).toThrow(/a Date: send an ISO string/);
  });

  it('refuses private and unknown functions', () => {
    const rt = createRuntime({ now: NOW });
    expect(() => rt.callFromPage('secret_', [])).toThrow(/not found/);
    expect(() => rt.callFromPage('nope', [])).toThrow(/not found/);
  });
});

describe('the clock', () => {
  it("drives the script's new Date() and fires due time-driven triggers", () => {
    const rt = createRuntime({ now: NOW });
    expect(rt.now().toISOString()).toBe(new Date(NOW).toISOString());
    rt.call('setupWorkbook');
    rt.call('turnOnMonthlyEmails'); // daily at 07:00 in Jakarta: 00:00 UTC
    const fired = rt.advanceTo('2026-09-03T01:00:00Z');
    expect(fired.map((r) => [r.handler, r.at, r.error])).toEqual([
      ['monthlyRun', '2026-09-02T00:00:00.000Z', null],
      ['monthlyRun', '2026-09-03T00:00:00.000Z', null],
    ]);
    expect(rt.now().toISOString()).toBe('2026-09-03T01:00:00.000Z');
    // Setup stamps "today" from the script's own new Date(): the runtime's clock.
    rt.spreadsheet.deleteSheet('Pengaturan');
    rt.call('setupWorkbook');
    const settings = rt.spreadsheet.sheet('Pengaturan').values();
    expect(settings.find((r) => r[0] === 'as_of_date')?.[1]).toBe('2026-09-03');
    expect(() => rt.advanceTo('2026-01-01')).toThrow(/only moves forward/);
  });
});

describe('snapshot and load', () => {
  it('round-trips the whole state as JSON', () => {
    const rt = createRuntime({ now: NOW });
    rt.spreadsheet.addSheet('Data').setCell('A1', 'halo');
    rt.properties.document.schema = '1';
    const snap = JSON.parse(JSON.stringify(rt.snapshot()));
    const other = createRuntime({ snapshot: snap });
    expect(other.spreadsheet.sheet('Data').values()).toEqual([['halo']]);
    expect(other.properties.document.schema).toBe('1');
    expect(other.now().toISOString()).toBe(new Date(NOW).toISOString());
  });
});
