/**
 * The Evaluation sheet shows exactly the figures of the evaluation object: each table is found
 * by its header (as a person reads it) and its rows are checked against the object, with their
 * formats; each figure has its n and a grey definition line. Everything is computed inside the
 * tests, so that a mutant that throws fails a test rather than the file's collection. The frame,
 * the key figures and dropout here; the other sections in sheet-sections.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { EVALUATION_MESSAGES } from '../../../src/core/evaluation/messages';
import { yearBefore } from '../../../src/core/evaluation/sheet';
import { GRID_WIDTH, NOTE_COLOUR } from '../../../src/core/evaluation/sheet-grid';
import { dayLabel, monthLabel } from '../../../src/core/summary/calendar';
import { input, student, withLastYear } from './fixtures';
import { blank, body, cells, formats, isNote, isSection, rowOf, sheet } from './sheet-grid-reading';

describe('the Evaluation sheet’s frame', () => {
  it('opens with the year and the school, and says how to read it', () => {
    const { grid, t, e } = sheet();
    expect(grid.values[0]![0]).toBe('Evaluasi program 2025/2026 — SMP Uji');
    expect(grid.weights[0]![0]).toBe('bold');
    isNote(grid, 1, t('intro', { through: dayLabel(e.through, 'id') }));
    expect(grid.values[1]![0]).toMatch(/sampai 30 Juni 2026\./);
    expect(cells(grid, 2, GRID_WIDTH)).toEqual(blank(GRID_WIDTH));
  });

  it('is a grid of GRID_WIDTH columns, grey only on definition lines, bold on titles, headers and totals', () => {
    const { grid } = sheet();
    expect(NOTE_COLOUR).toMatch(/^#[0-9a-f]{6}$/);
    expect(NOTE_COLOUR).not.toBe('#000000');
    for (const name of ['values', 'formats', 'weights', 'colours'] as const) {
      expect(grid[name]).toHaveLength(grid.values.length);
      for (const row of grid[name]) expect(row).toHaveLength(GRID_WIDTH);
    }
    grid.colours.forEach((row, r) => {
      expect(new Set(row).size, `row ${r + 1}`).toBe(1);
      if (row[0] === NOTE_COLOUR) expect(grid.weights[r]![0]).toBe('normal');
      else expect(row[0]).toBe('#000000');
    });
    expect(grid.weights.every((row) => new Set(row).size === 1)).toBe(true);
  });

  it('is written in the workbook’s language, leaving no message key or placeholder unresolved', () => {
    for (const lang of ['id', 'en'] as const) {
      const { grid, t } = sheet(withLastYear(), lang);
      expect(grid.values.at(-1)![0]).toBe(t('caveat'));
      const texts = grid.values.flat().filter((v): v is string => typeof v === 'string');
      for (const text of texts) expect(text).not.toMatch(/\{\w+\}|^(fig|def|col|s|chart)_|undefined/);
    }
    expect(EVALUATION_MESSAGES.en.caveat).toMatch(/no comparison group.*regression to the mean/);
    expect(EVALUATION_MESSAGES.id.caveat).toMatch(/kelompok pembanding.*regresi ke rata-rata/);
  });
});

describe('the key figures', () => {
  it('give each figure its value and n, and its definition in a grey line under it', () => {
    const { grid, t, e } = sheet();
    const header = rowOf(grid, t('col_figure'), t('col_value'), t('col_n'));
    isSection(grid, header, t('key_figures'));
    const { year, previous, previousSameMonths: same } = e.dropout;
    expect(same!.enrolled).toBe(previous!.enrolled);
    const { flags, attendance: a } = e;
    const expected: Array<[string, unknown, unknown, string, string]> = [
      [t('fig_enrolled'), year.enrolled, '', t('def_enrolled'), '0'],
      [t('fig_dropouts'), year.dropouts, year.enrolled, t('def_dropouts', { through: '30 Juni 2026' }), '0'],
      [t('fig_per100'), year.per100, year.enrolled, t('def_per100'), '0.0'],
      [
        t('fig_previous'),
        same!.per100,
        same!.enrolled,
        t('def_previous', { year: '2024/2025', months: 12 }),
        '0.0',
      ],
      [t('fig_recall1'), flags.recall1.value, 4, t('def_recall1', { missing: 2, n: 4 }), '0.0%'],
      [t('fig_recall3'), flags.recall3.value, 4, t('def_recall3', { missing: 2, n: 4 }), '0.0%'],
      [t('fig_alert_load'), flags.alertLoadYear.value, 42, t('def_alert_load'), '0.0%'],
      [t('fig_precision'), flags.precision.value, 4, t('def_precision'), '0.0%'],
      [t('fig_false_alarms'), flags.falseAlarms, 4, t('def_false_alarms'), '0'],
      [t('fig_before'), a.before, a.n, t('def_before'), '0.0%'],
      [t('fig_after'), a.after, a.n, t('def_after'), '0.0%'],
    ];
    expected.forEach(([label, value, n, definition, format], i) => {
      const row = header + 1 + 2 * i;
      expect(cells(grid, row, 3), label).toEqual([label, value, n]);
      expect(formats(grid, row, 3), label).toEqual(['@', format, '0']);
      expect(grid.weights[row]![0]).toBe('normal');
      isNote(grid, row + 1, definition);
    });
    expect(cells(grid, header + 1 + 2 * expected.length, 3)).toEqual(['', '', '']);
  });

  it('hold the hand-counted values of the fixture year', () => {
    const { grid, t } = sheet();
    const value = (label: string) => grid.values[rowOf(grid, label)]![1];
    expect([value(t('fig_enrolled')), value(t('fig_dropouts')), value(t('fig_false_alarms'))]).toEqual([
      6, 4, 2,
    ]);
    expect([value(t('fig_recall1')), value(t('fig_recall3')), value(t('fig_precision'))]).toEqual([
      0.25, 0.5, 0.5,
    ]);
    expect(value(t('fig_previous'))).toBe(75);
    expect(value(t('fig_alert_load'))).toBeCloseTo(17 / 42, 12);
  });

  it('say there is no year before when the record holds none, and leave the figure out', () => {
    const { grid, t } = sheet(input());
    const row = rowOf(grid, t('fig_per100'));
    isNote(grid, row + 2, t('no_previous', { year: '2024/2025' }));
    expect(cells(grid, row + 3, 1)).toEqual([t('fig_recall1')]);
    expect(grid.values.some((r) => r[0] === t('fig_previous'))).toBe(false);
    expect(yearBefore('2025/2026')).toBe('2024/2025');
  });
});

describe('1. dropout', () => {
  it('tables the months this year and the year before, with a total and a column chart', () => {
    const { grid, t, e } = sheet();
    const now = { year: '2025/2026' };
    const then = { year: '2024/2025' };
    const header = rowOf(grid, t('col_month'), t('col_per100', now));
    isSection(grid, header, t('s_dropout'));
    expect(cells(grid, header, 8)).toEqual([
      t('col_month'),
      t('col_per100', now),
      t('col_per100', then),
      t('col_dropouts', now),
      t('col_transfers', now),
      t('col_dropouts', then),
      t('col_transfers', then),
      '',
    ]);
    const rows = body(grid, header);
    expect(rows).toHaveLength(12);
    rows.forEach((row, i) => {
      const m = e.dropout.year.months[i]!;
      const p = e.dropout.previous!.months[i]!;
      expect(cells(grid, row, 7)).toEqual([
        monthLabel(m.month, 'id'),
        m.per100,
        p.per100,
        m.dropouts,
        m.transfers,
        p.dropouts,
        p.transfers,
      ]);
      expect(formats(grid, row, 7)).toEqual(['@', '0.0', '0.0', '0', '0', '0', '0']);
    });
    const total = rows.at(-1)! + 1;
    expect(cells(grid, total, 7)).toEqual([t('total'), e.dropout.year.per100, 75, 4, 1, 3, 1]);
    expect(formats(grid, total, 7)).toEqual(['@', '0.0', '0.0', '0', '0', '0', '0']);
    expect(grid.weights[total]![0]).toBe('bold');
    isNote(
      grid,
      total + 1,
      t('def_months', { year: '2025/2026', n: 6, previous: '2024/2025', previousN: 4 }),
    );
    // The year before is on record: no note says otherwise; the grade table follows.
    expect(grid.values.some((r) => r[0] === t('no_previous', { year: '2024/2025' }))).toBe(false);
    expect(grid.values[total + 2]![0]).toBe(t('col_grade'));
    // March of the year before: P2 dropped out, P3 moved away.
    expect(cells(grid, rows[8]!, 7).slice(5)).toEqual([1, 1]);
    const chart = grid.charts.find((c) => c.title === t('chart_dropout'))!;
    expect(chart).toMatchObject({
      type: 'COLUMN',
      firstRow: header + 1,
      lastRow: rows.at(-1)! + 1,
      columns: 3,
    });
  });

  it('leaves the year before’s columns blank and charts this year alone when the record lacks it', () => {
    const { grid, t } = sheet(input());
    const header = rowOf(grid, t('col_month'), t('col_per100', { year: '2025/2026' }));
    const july = body(grid, header)[0]!;
    expect(cells(grid, july, 7)).toEqual(['Juli 2025', 100 / 6, '', 1, 0, '', '']);
    const total = body(grid, header).at(-1)! + 1;
    expect(cells(grid, total, 7).slice(2)).toEqual(['', 4, 1, '', '']);
    isNote(
      grid,
      total + 1,
      t('def_months', { year: '2025/2026', n: 6, previous: '2024/2025', previousN: '—' }),
    );
    isNote(grid, total + 2, t('no_previous', { year: '2024/2025' }));
    expect(grid.charts.find((c) => c.title === t('chart_dropout'))!.columns).toBe(2);
  });

  it('warns of students marked dropped out without a date', () => {
    const base = input();
    const { grid, t } = sheet({
      ...base,
      students: [...base.students, student({ student_id: 'U', status: 'dropped_out' })],
    });
    const undated = grid.values.findIndex((r) => r[0] === t('undated', { count: 1 }));
    isNote(grid, undated, t('undated', { count: 1 }));
    expect(sheet().grid.values.some((r) => /tanpa tanggal status/.test(String(r[0])))).toBe(false);
  });

  it('tables the grades of both years', () => {
    const { grid, t, e } = sheet();
    const now = { year: '2025/2026' };
    const then = { year: '2024/2025' };
    const header = rowOf(grid, t('col_grade'));
    expect(cells(grid, header, 7)).toEqual([
      t('col_grade'),
      t('col_per100', now),
      t('col_per100', then),
      t('col_enrolled', now),
      t('col_dropouts', now),
      t('col_enrolled', then),
      t('col_dropouts', then),
    ]);
    const rows = body(grid, header);
    expect(rows.map((r) => grid.values[r]![0])).toEqual([7, 8, 9]);
    for (const row of rows) {
      const grade = grid.values[row]![0];
      const a = e.dropout.year.grades.find((g) => g.grade === grade)!;
      const b = e.dropout.previous!.grades.find((g) => g.grade === grade)!;
      expect(cells(grid, row, 7)).toEqual([
        grade,
        a.per100,
        b.per100,
        a.enrolled,
        a.dropouts,
        b.enrolled,
        b.dropouts,
      ]);
      expect(formats(grid, row, 7)).toEqual(['0', '0.0', '0.0', '0', '0', '0', '0']);
    }
    isNote(grid, rows.at(-1)! + 1, t('def_grades'));
  });

  it('shows a grade of one year only with the other year’s cells blank or zero', () => {
    const base = withLastYear();
    const extra = student({ student_id: 'P5', grade: 6, status: 'graduated', status_date: '2025-06-20' });
    const history = [...base.history, { ...base.history.at(-1)!, student_id: 'P5' }];
    const { grid, t } = sheet({ ...base, students: [...base.students, extra], history });
    const rows = body(grid, rowOf(grid, t('col_grade')));
    expect(rows.map((r) => grid.values[r]![0])).toEqual([6, 7, 8, 9]);
    expect(cells(grid, rows[0]!, 7)).toEqual([6, '', 0, 0, 0, 1, 0]);
  });
});
