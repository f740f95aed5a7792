import { describe, expect, it } from 'vitest';
import { evaluateSchoolYear } from '../../../src/core/evaluation/evaluate';
import { EVALUATION_MESSAGES } from '../../../src/core/evaluation/messages';
import { evaluationSheet, yearBefore } from '../../../src/core/evaluation/sheet';
import { GRID_WIDTH, NOTE_COLOUR } from '../../../src/core/evaluation/sheet-grid';
import { input } from './fixtures';

const e = evaluateSchoolYear(input());
const grid = evaluationSheet(e, 'id', 'SMP Uji');
const id = EVALUATION_MESSAGES.id;
const rowOf = (label: string) => grid.values.findIndex((r) => r[0] === label);

describe('the Evaluation sheet', () => {
  it('opens with the year and the school, and says how to read it', () => {
    expect(grid.values[0]![0]).toBe('Evaluasi program 2025/2026 — SMP Uji');
    expect(grid.values[1]![0]).toMatch(
      /^Dihitung dari catatan buku kerja ini sendiri, sampai 30 Juni 2026\./,
    );
    expect(grid.weights[0]![0]).toBe('bold');
  });

  it('gives each key figure its value and n, and its definition in a grey line under it', () => {
    const figures: Array<[string, unknown, unknown]> = [
      [id.fig_enrolled, 6, ''],
      [id.fig_dropouts, 4, 6],
      [id.fig_recall1, 0.25, 4],
      [id.fig_recall3, 0.5, 4],
      [id.fig_alert_load, 17 / 42, 42],
      [id.fig_precision, 0.5, 4],
      [id.fig_false_alarms, 2, 4],
      [id.fig_before, e.attendance.before, 2],
      [id.fig_after, e.attendance.after, 2],
    ];
    for (const [label, value, n] of figures) {
      const row = rowOf(label);
      expect(grid.values[row]!.slice(1, 3), label).toEqual([value, n]);
      expect(grid.colours[row + 1]![0], label).toBe(NOTE_COLOUR);
      expect(String(grid.values[row + 1]![0]).length, label).toBeGreaterThan(30);
    }
    expect(grid.values[rowOf(id.fig_per100)]![1]).toBeCloseTo(66.667, 3);
    expect(grid.values[rowOf(id.fig_recall1) + 1]![0]).toMatch(/2 dari 4 tidak punya potret/);
  });

  it('formats shares as percentages, rates per 100 with a decimal, text as text', () => {
    expect(grid.formats[rowOf(id.fig_recall1)]!.slice(0, 3)).toEqual(['@', '0.0%', '0']);
    expect(grid.formats[rowOf(id.fig_per100)]![1]).toBe('0.0');
    for (const row of grid.values) expect(row).toHaveLength(GRID_WIDTH);
  });

  it('says there is no year before to compare with when the record holds none', () => {
    const notes = grid.values.map((r) => r[0]);
    expect(notes).toContain('Catatan tidak memuat potret patokan 2024/2025, jadi tidak ada pembanding.');
    expect(notes).not.toContain(id.fig_previous);
    expect(yearBefore('2025/2026')).toBe('2024/2025');
  });

  it('tables the dropouts by month with a total, and by grade', () => {
    const july = rowOf('Juli 2025');
    expect(grid.values[july]!.slice(0, 7)).toEqual(['Juli 2025', 100 / 6, '', 1, 0, '', '']);
    const total = rowOf(id.total);
    expect(grid.values[total]!.slice(3, 5)).toEqual([4, 1]);
    expect(grid.weights[total]![0]).toBe('bold');
    const grade8 = grid.values.findIndex((r) => r[0] === 8 && r[3] === 2);
    expect(grid.values[grade8]!.slice(0, 5)).toEqual([8, 100, '', 2, 2]);
  });

  it('lists the leavers with their tiers, and the missed with what the flags said', () => {
    const budi = grid.values.find((r) => r[1] === 'Budi')!;
    expect(budi.slice(0, 7)).toEqual(['S2', 'Budi', '8B', '2026-03-10', 3, 2, 2]);
    const missed = grid.values.filter((r) => r[0] === 'S4' || r[0] === 'S3').map((r) => r.slice(4, 6));
    expect(missed).toContainEqual([1, 'Kehadiran 93% (< 95%)']);
    expect(missed).toContainEqual(['', 'tidak ada potret']);
    expect(grid.formats[rowOf('S2')]![0]).toBe('@');
  });

  it('shows the what-if of every threshold with its stricter and looser value', () => {
    const row = grid.values.find((r) => r[0] === 'attendance_high')!;
    expect(row.slice(0, 4)).toEqual(['attendance_high', 0.9, 0.05, 0.95]);
    expect(row[7]).toBe(0.85);
    expect(grid.values.find((r) => r[0] === 'needs_watch')![3]).toBe('');
    expect(grid.values.find((r) => r[0] === id.now_label)!.slice(1, 4)).toEqual([
      e.whatIf.now.recall1.value ?? '',
      e.whatIf.now.recall3.value ?? '',
      e.whatIf.now.alertLoad.value ?? '',
    ]);
  });

  it('ends with the honest caveat, in the workbook’s language', () => {
    expect(grid.values.at(-1)![0]).toBe(id.caveat);
    expect(evaluationSheet(e, 'en', 'X').values.at(-1)![0]).toBe(EVALUATION_MESSAGES.en.caveat);
    expect(id.caveat).toMatch(/kelompok pembanding/);
    expect(EVALUATION_MESSAGES.en.caveat).toMatch(/no comparison group.*regression to the mean/);
  });

  it('leaves no message key unresolved', () => {
    const texts = grid.values.flat().filter((v): v is string => typeof v === 'string');
    for (const text of texts) expect(text).not.toMatch(/\{\w+\}|^(fig|def|col|s)_/);
  });

  it('charts the dropouts, the alert load, the reach and the dose over their tables', () => {
    expect(grid.charts.map((c) => [c.type, c.columns])).toEqual([
      ['COLUMN', 2],
      ['LINE', 2],
      ['LINE', 2],
      ['COLUMN', 3],
    ]);
    const [dropout, alert] = grid.charts;
    expect(grid.values[dropout!.firstRow - 1]![0]).toBe(id.col_month);
    expect(grid.values[dropout!.lastRow - 1]![0]).toBe('Juni 2026');
    expect(grid.values[alert!.firstRow - 1]![1]).toBe(id.col_alert);
    expect(alert!.lastRow - alert!.firstRow).toBe(12);
    expect(new Set(grid.charts.map((c) => c.anchorRow)).size).toBe(4);
  });

  it('draws no chart over an empty table', () => {
    const empty = evaluationSheet(evaluateSchoolYear(input({ history: [], students: [] })), 'en', 'X');
    expect(empty.charts.map((c) => c.title)).toEqual([EVALUATION_MESSAGES.en.chart_dropout]);
  });
});
