/**
 * The Evaluation sheet shows exactly the figures of the evaluation object: each table is found
 * by its header (as a person reads it) and its rows are checked against the object, with their
 * formats; each figure has its n and a grey definition line. Everything is computed inside the
 * tests, so that a mutant that throws fails a test rather than the file's collection.
 */
import { describe, expect, it } from 'vitest';
import { evaluateSchoolYear } from '../../../src/core/evaluation/evaluate';
import { EVALUATION_MESSAGES } from '../../../src/core/evaluation/messages';
import { evaluationSheet, yearBefore } from '../../../src/core/evaluation/sheet';
import { GRID_WIDTH, NOTE_COLOUR, type SheetGrid } from '../../../src/core/evaluation/sheet-grid';
import type { EvaluationInput } from '../../../src/core/evaluation/types';
import type { Lang } from '../../../src/core/i18n/lang';
import { translator } from '../../../src/core/i18n/messages';
import { dayLabel, monthLabel } from '../../../src/core/summary/calendar';
import { input, student, withLastYear } from './fixtures';

function sheet(over: EvaluationInput = withLastYear(), lang: Lang = 'id') {
  const e = evaluateSchoolYear(over);
  const grid = evaluationSheet(e, lang, 'SMP Uji');
  return { e, grid, t: translator(EVALUATION_MESSAGES, lang) };
}

const blank = (n: number) => Array.from({ length: n }, () => '');

/** The row (0-based) whose first cells are `cells`. */
function rowOf(grid: SheetGrid, ...cells: unknown[]): number {
  const row = grid.values.findIndex((r) => cells.every((c, i) => r[i] === c));
  expect(row, `no row ${JSON.stringify(cells)}`).toBeGreaterThanOrEqual(0);
  return row;
}

/** A table's body after its header row: plain rows up to the next note, bold or blank line. */
function body(grid: SheetGrid, header: number): number[] {
  const rows: number[] = [];
  for (let r = header + 1; r < grid.values.length; r++) {
    const plain = grid.weights[r]![0] === 'normal' && grid.colours[r]![0] !== NOTE_COLOUR;
    if (!plain || grid.values[r]!.every((v) => v === '')) break;
    rows.push(r);
  }
  return rows;
}

const cells = (grid: SheetGrid, row: number, count: number) => grid.values[row]!.slice(0, count);
const formats = (grid: SheetGrid, row: number, count: number) => grid.formats[row]!.slice(0, count);
const isNote = (grid: SheetGrid, row: number, text: string) => {
  expect(grid.values[row]![0]).toBe(text);
  expect(grid.colours[row]![0]).toBe(NOTE_COLOUR);
};
/** A section title over a table's header row: both bold. */
const isSection = (grid: SheetGrid, header: number, title: string) => {
  expect(grid.values[header - 1]![0]).toBe(title);
  expect([grid.weights[header - 1]![0], grid.weights[header]![0]]).toEqual(['bold', 'bold']);
};

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
    expect(grid.values.filter((r) => r[0] === t('undated', { count: 1 }))).toHaveLength(1);
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

describe('2. the flags', () => {
  it('list the leavers with their tiers 1, 2 and 3 months before', () => {
    const { grid, t, e } = sheet();
    const header = rowOf(
      grid,
      t('col_student_id'),
      t('col_name'),
      t('col_class'),
      t('col_left'),
      t('col_tier1'),
    );
    isSection(grid, header, t('s_flags'));
    expect(cells(grid, header, 8)).toEqual([
      t('col_student_id'),
      t('col_name'),
      t('col_class'),
      t('col_left'),
      t('col_tier1'),
      t('col_tier2'),
      t('col_tier3'),
      '',
    ]);
    const rows = body(grid, header);
    expect(rows.map((r) => cells(grid, r, 7))).toEqual(
      e.flags.leavers.map((l) => [
        l.student_id,
        l.name,
        l.class,
        l.status_date,
        ...l.tiers.map((x) => x ?? ''),
      ]),
    );
    expect(cells(grid, rows[2]!, 7)).toEqual(['S2', 'Budi', '8B', '2026-03-10', 3, 2, 2]);
    expect(formats(grid, rows[0]!, 7)).toEqual(['@', '@', '@', '@', '0', '0', '0']);
    isNote(grid, rows.at(-1)! + 1, t('def_leavers'));
  });

  it('table the alert load month by month, with a line chart', () => {
    const { grid, t, e } = sheet();
    const header = rowOf(grid, t('col_month'), t('col_alert'));
    expect(cells(grid, header, 5)).toEqual([
      t('col_month'),
      t('col_alert'),
      t('col_flagged'),
      t('col_in_baseline'),
      '',
    ]);
    const rows = body(grid, header);
    expect(rows.map((r) => cells(grid, r, 4))).toEqual(
      e.flags.alertLoad.map((m) => [monthLabel(m.month, 'id'), m.share.value, m.share.part, m.share.n]),
    );
    expect(formats(grid, rows[0]!, 4)).toEqual(['@', '0.0%', '0', '0']);
    isNote(grid, rows.at(-1)! + 1, t('def_alert'));
    const chart = grid.charts.find((c) => c.title === t('chart_alert'))!;
    expect(chart).toMatchObject({
      type: 'LINE',
      firstRow: header + 1,
      lastRow: rows.at(-1)! + 1,
      columns: 2,
    });
  });

  it('list the missed with what the flags said, in this sheet only', () => {
    const { grid, t } = sheet();
    const title = rowOf(grid, t('missed_title'));
    expect(grid.weights[title]![0]).toBe('bold');
    const header = title + 1;
    expect(cells(grid, header, 7)).toEqual([
      t('col_student_id'),
      t('col_name'),
      t('col_class'),
      t('col_left'),
      t('col_tier1'),
      t('col_reasons'),
      '',
    ]);
    const rows = body(grid, header);
    expect(rows.map((r) => cells(grid, r, 6))).toEqual([
      ['S3', 'Citra', '7A', '2025-07-20', '', t('no_snapshot')],
      ['S4', 'Dedi', '9A', '2025-11-12', 1, 'Kehadiran 93% (< 95%)'],
      ['S7', 'Gani', '8C', '2026-04-20', '', t('no_snapshot')],
    ]);
    expect(formats(grid, rows[1]!, 6)).toEqual(['@', '@', '@', '@', '0', '@']);
    expect(grid.weights[header]![0]).toBe('bold');
    isNote(grid, rows.at(-1)! + 1, t('def_missed'));
  });

  it('leave a class not filled in blank', () => {
    const base = input();
    const students = base.students.map((s) => (s.student_id === 'S3' ? { ...s, class: null } : s));
    const { grid, t } = sheet({ ...base, students });
    const citra = body(grid, rowOf(grid, t('col_student_id'), t('col_name'))).find(
      (r) => grid.values[r]![0] === 'S3',
    )!;
    expect(cells(grid, citra, 4)).toEqual(['S3', 'Citra', '', '2025-07-20']);
  });

  it('say so when nobody left, and leave a snapshot’s blank reasons blank', () => {
    const quiet = sheet(input({ students: input().students.filter((s) => s.status !== 'dropped_out') }));
    expect(quiet.grid.values.some((r) => r[0] === quiet.t('no_leavers'))).toBe(true);
    expect(quiet.grid.values.some((r) => r[0] === quiet.t('none_missed'))).toBe(true);
    expect(quiet.grid.values.some((r) => r[0] === quiet.t('def_leavers'))).toBe(false);
    const base = input();
    const history = base.history.map((r) => (r.student_id === 'S4' ? { ...r, reasons: null } : r));
    const { grid, t } = sheet({ ...base, history });
    const dedi = body(grid, rowOf(grid, t('missed_title')) + 1).find((r) => grid.values[r]![0] === 'S4')!;
    expect(cells(grid, dedi, 6)).toEqual(['S4', 'Dedi', '9A', '2025-11-12', 1, '']);
  });
});

describe('3. what if', () => {
  it('shows today’s Settings applied to every baseline, then each threshold one step either way', () => {
    const { grid, t, e } = sheet();
    const now = rowOf(grid, '', t('col_recall1'), t('col_recall3'), t('col_load'));
    isSection(grid, now, t('s_what_if'));
    const w = e.whatIf;
    // The fixture's baselines carry no indicator values: nothing to flag, no alert load.
    expect(cells(grid, now + 1, 4)).toEqual([t('now_label'), 0, 0, '']);
    expect([w.now.recall1.value, w.now.recall3.value, w.now.alertLoad.value]).toEqual([0, 0, null]);
    const header = rowOf(grid, t('col_setting'));
    expect(cells(grid, header, GRID_WIDTH)).toEqual([
      t('col_setting'),
      t('col_now'),
      t('col_step'),
      t('col_stricter'),
      t('col_recall1'),
      t('col_recall3'),
      t('col_load'),
      t('col_looser'),
      t('col_recall1'),
      t('col_recall3'),
      t('col_load'),
    ]);
    const rows = body(grid, header);
    const value = (x: number | null | undefined) => x ?? '';
    expect(rows.map((r) => cells(grid, r, GRID_WIDTH))).toEqual(
      w.rows.map((row) => [
        row.key,
        row.current,
        row.step,
        value(row.stricter?.value),
        value(row.stricter?.recall1.value),
        value(row.stricter?.recall3.value),
        value(row.stricter?.alertLoad.value),
        value(row.looser?.value),
        value(row.looser?.recall1.value),
        value(row.looser?.recall3.value),
        value(row.looser?.alertLoad.value),
      ]),
    );
    expect(formats(grid, rows[0]!, GRID_WIDTH)).toEqual([
      '@',
      '0.##',
      '0.##',
      '0.##',
      '0.0%',
      '0.0%',
      '0.0%',
      '0.##',
      '0.0%',
      '0.0%',
      '0.0%',
    ]);
    expect(cells(grid, rows.find((r) => grid.values[r]![0] === 'needs_watch')!, 5)).toEqual([
      'needs_watch',
      1,
      1,
      '',
      '',
    ]);
    isNote(grid, rows.at(-1)! + 1, t('def_what_if'));
    isNote(grid, rows.at(-1)! + 2, t('what_if_n', { leavers: 4, rows: w.now.alertLoad.n }));
    isNote(grid, rows.at(-1)! + 3, t('without_indicators', { count: 42 }));
    isNote(grid, rows.at(-1)! + 4, t('def_what_if_choice'));
  });

  it('shows the outcomes of the baselines’ indicator values, and a blank where a step leaves the range', () => {
    // S6's attendance was 88% in every baseline of the year (red under 90%); everyone else 100%.
    const base = input({ settings: { needs_high: '3' } });
    const history = base.history.map((r) => ({
      ...r,
      attendance: r.student_id === 'S6' ? 0.88 : 1,
      unexcused: 0,
      incidents: 0,
      overage: 0,
    }));
    const { grid, t, e } = sheet({ ...base, history });
    expect(e.whatIf.now.alertLoad.value).toBeCloseTo(12 / 42, 12); // S6 in all twelve of 42 baselines
    const now = rowOf(grid, t('now_label'));
    expect(cells(grid, now, 4)).toEqual([t('now_label'), 0, 0, e.whatIf.now.alertLoad.value]);
    const row = (key: string) => cells(grid, rowOf(grid, key), GRID_WIDTH);
    const looser = e.whatIf.rows.find((r) => r.key === 'attendance_high')!.looser!;
    expect(row('attendance_high').slice(7)).toEqual([0.85, 0, 0, 0]);
    expect(looser.alertLoad.value).toBe(0);
    expect(row('needs_high').slice(0, 8)).toEqual([
      'needs_high',
      3,
      1,
      2,
      0,
      0,
      e.whatIf.now.alertLoad.value,
      '',
    ]);
    expect(row('needs_high').slice(8)).toEqual(['', '', '']);
  });

  it('says how many baselines had no indicator values', () => {
    const { grid, t, e } = sheet();
    expect(e.whatIf.rowsWithoutIndicators).toBe(42);
    expect(grid.values.some((r) => r[0] === t('without_indicators', { count: 42 }))).toBe(true);
    const measured = input();
    const full = sheet({ ...measured, history: measured.history.map((r) => ({ ...r, needs: 0 })) });
    expect(full.grid.values.some((r) => String(r[0]).includes('tidak memuat nilai indikator'))).toBe(false);
  });
});

describe('4. mentoring and 5. attendance', () => {
  it('tables reach, dose and family contact month by month, with their charts', () => {
    const { grid, t, e } = sheet();
    const m = e.mentoring;
    const reach = rowOf(grid, t('col_month'), t('col_reach'));
    isSection(grid, reach, t('s_mentoring'));
    expect(cells(grid, reach, 5)).toEqual([
      t('col_month'),
      t('col_reach'),
      t('col_mentored'),
      t('col_at_risk'),
      '',
    ]);
    const reachRows = body(grid, reach);
    expect(reachRows.map((r) => cells(grid, r, 4))).toEqual(
      m.reach.map((x) => [monthLabel(x.month, 'id'), x.share.value ?? '', x.share.part, x.share.n]),
    );
    expect(formats(grid, reachRows[0]!, 4)).toEqual(['@', '0.0%', '0', '0']);
    isNote(grid, reachRows.at(-1)! + 1, t('def_reach'));
    expect(grid.charts.find((c) => c.title === t('chart_reach'))).toMatchObject({
      type: 'LINE',
      firstRow: reach + 1,
      lastRow: reachRows.at(-1)! + 1,
      columns: 2,
    });

    const dose = rowOf(grid, t('col_month'), t('col_t3_per'));
    expect(cells(grid, dose, 8)).toEqual([
      t('col_month'),
      t('col_t3_per'),
      t('col_t2_per'),
      t('col_t3_met'),
      t('col_t2_met'),
      t('col_t3_mentees'),
      t('col_t2_mentees'),
      '',
    ]);
    const doseRows = body(grid, dose);
    expect(doseRows.map((r) => cells(grid, r, 7))).toEqual(
      m.dose.map((x) => [
        monthLabel(x.month, 'id'),
        x.tier3.perMentee ?? '',
        x.tier2.perMentee ?? '',
        x.tier3.metTarget.value ?? '',
        x.tier2.metTarget.value ?? '',
        x.tier3.mentees,
        x.tier2.mentees,
      ]),
    );
    expect(formats(grid, doseRows[0]!, 7)).toEqual(['@', '0.00', '0.00', '0.0%', '0.0%', '0', '0']);
    isNote(grid, doseRows.at(-1)! + 1, t('def_dose'));
    expect(grid.charts.find((c) => c.title === t('chart_dose'))).toMatchObject({
      type: 'COLUMN',
      firstRow: dose + 1,
      lastRow: doseRows.at(-1)! + 1,
      columns: 3,
    });

    const family = rowOf(grid, t('col_month'), t('col_family'));
    expect(cells(grid, family, 4)).toEqual([t('col_month'), t('col_family'), t('col_home'), '']);
    const familyRows = body(grid, family);
    expect(familyRows.map((r) => cells(grid, r, 3))).toEqual(
      m.family.map((x) => [monthLabel(x.month, 'id'), x.family, x.homeVisits]),
    );
    expect(formats(grid, familyRows[0]!, 3)).toEqual(['@', '0', '0']);
    const total = familyRows.at(-1)! + 1;
    expect(cells(grid, total, 3)).toEqual([t('total'), 1, 1]);
    expect(formats(grid, total, 3)).toEqual(['@', '0', '0']);
    expect(grid.weights[total]![0]).toBe('bold');
    isNote(grid, total + 1, t('def_family', { students: 1 }));
  });

  it('tables attendance before and after the first session, its definition and the caveat', () => {
    const { grid, t, e } = sheet();
    const header = rowOf(grid, t('col_before'), t('col_after'));
    isSection(grid, header, t('s_attendance'));
    expect(cells(grid, header, 6)).toEqual([
      t('col_before'),
      t('col_after'),
      t('col_change'),
      t('col_n'),
      t('col_first'),
      '',
    ]);
    const a = e.attendance;
    expect(cells(grid, header + 1, 5)).toEqual([a.before, a.after, a.change, 2, 2]);
    expect(formats(grid, header + 1, 5)).toEqual(['0.0%', '0.0%', '0.0%', '0', '0']);
    isNote(grid, header + 2, t('def_attendance'));
    expect(grid.values[header + 3]![0]).toBe(t('caveat'));
    expect([grid.colours[header + 3]![0], grid.weights[header + 3]![0]]).toEqual(['#000000', 'bold']);
    expect(header + 3).toBe(grid.values.length - 1);
  });
});

describe('the charts', () => {
  it('stand apart to the right of the tables, one per table that has rows', () => {
    const { grid, t } = sheet();
    expect(grid.charts.map((c) => c.title)).toEqual([
      t('chart_dropout'),
      t('chart_alert'),
      t('chart_reach'),
      t('chart_dose'),
    ]);
    expect(grid.charts.map((c) => c.anchorRow)).toEqual([1, 21, 41, 61]);
  });

  it('are left out over an empty table', () => {
    const { grid, t } = sheet(input({ history: [], students: [] }), 'en');
    expect(grid.charts.map((c) => c.title)).toEqual([t('chart_dropout')]);
    expect(grid.charts[0]!.anchorRow).toBe(1);
  });
});
