import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../local/runtime';

const NOW = '2026-09-15T08:00:00+07:00';

function riskSheet(locale: string) {
  const rt = createRuntime({ locale, now: NOW });
  const sheet = rt.spreadsheet.addSheet('Risk');
  const rows = [
    ['0.86', '3', '0', '0', '80', '82', '0', '0'], // two red flags → Tier 3
    ['0.93', '1', '0', '0', '78', '80', '0', '0'], // two amber flags → Tier 2
    ['', '', '', '', '', '', '', ''], // blank → blank
    ['0.99', '0', '0', '0', '90', '88', '0', '0'], // no flags → Tier 1
  ];
  rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value !== '') sheet.setCell(`${'ABCDEFGH'[c]}${r + 2}`, value);
    });
  });
  const args = 'A2:A, B2:B, C2:C, D2:D, E2:E, F2:F, G2:G, H2:H';
  sheet.setCell('I2', `=RISK_TIER(${args})`);
  sheet.setCell('J2', `=RISK_SCORE(${args})`);
  sheet.setCell('K2', `=RISK_REASONS(${args})`);
  return { rt, sheet };
}

describe('custom functions in formulas, evaluated by the runtime from dist/', () => {
  it('RISK_TIER, RISK_SCORE and RISK_REASONS fill their columns with one call each', () => {
    const { sheet } = riskSheet('en_US');
    const column = (letter: string) => [2, 3, 4, 5].map((r) => sheet.cell(`${letter}${r}`).value);
    expect(column('I')).toEqual([3, 2, '', 1]);
    const scores = column('J') as number[];
    expect(scores[0]).toBeGreaterThan(scores[1]!);
    expect(scores[1]).toBeGreaterThan(scores[3]!);
    expect(column('K')[0]).toBe('Attendance 86% (< 90%) · 3 unexcused absences (≥ 3)');
    expect(sheet.formulas()[2]![8]).toBe(''); // I3 is filled by I2's array, not by a formula of its own
  });

  it('speaks the workbook language', () => {
    const { sheet } = riskSheet('id_ID');
    expect(sheet.cell('K2').value).toBe('Kehadiran 86% (< 90%) · 3 alpa (≥ 3)');
  });

  it('shows a clear, localised error in the cell for a bad argument, never a stack trace', () => {
    const { sheet } = riskSheet('id_ID');
    sheet.setCell('A3', 'abc');
    const cell = sheet.cell('I2');
    expect(cell.value).toBe('#ERROR!');
    expect(cell.error).toBe("RISK_TIER: attendance harus berupa angka antara 0 dan 1 (baris 2: 'abc')");
  });

  it('runs read-only, touching only the spreadsheet locale', () => {
    const { rt, sheet } = riskSheet('en_US');
    const { calls } = rt.measure(() => sheet.values());
    expect(calls).toEqual({}); // a person reading cells makes no script calls of their own
    const made = rt.customFunctionCalls;
    expect(Object.keys(made).sort()).toEqual([
      'Spreadsheet.getSpreadsheetLocale',
      'SpreadsheetApp.getActiveSpreadsheet',
    ]);
    expect(made['Spreadsheet.getSpreadsheetLocale']).toBe(3); // one per formula, not per row
  });
});

describe('README examples', () => {
  const readme = readFileSync('README.md', 'utf8');
  const examples = [...readme.matchAll(/^=(RISK_\w+\([^)]*\))\s+→\s+(.+?)(?:\s{2,}\(.*)?$/gm)];

  it('are all checked here', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
  });

  it.each(examples.map((m) => [m[1]!, m[2]!.trim()]))('=%s → %s', (formula, expected) => {
    const rt = createRuntime({ locale: 'en_US', now: NOW });
    const sheet = rt.spreadsheet.addSheet('Example');
    sheet.setCell('A1', `=${formula}`);
    expect(sheet.cell('A1').display).toBe(expected);
  });
});
