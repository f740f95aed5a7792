/** The Evaluation sheet's sections on the flags, the what-if, mentoring and attendance, and its charts. */
import { describe, expect, it } from 'vitest';
import { GRID_WIDTH } from '../../../src/core/evaluation/sheet-grid';
import { monthLabel } from '../../../src/core/summary/calendar';
import { input } from './fixtures';
import { body, cells, formats, isNote, isSection, rowOf, sheet } from './sheet-grid-reading';

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
    // Attendance in every baseline: S6 88% and S2 85% (red under 90%, amber under 85%); everyone else 100%.
    const base = input({ settings: { needs_high: '3' } });
    const rate: Record<string, number> = { S6: 0.88, S2: 0.85 };
    const history = base.history.map((r) => ({
      ...r,
      attendance: rate[r.student_id] ?? 1,
      unexcused: 0,
      incidents: 0,
      overage: 0,
    }));
    const { grid, t, e } = sheet({ ...base, history });
    // S6's twelve baselines and S2's nine (July to March) of 42; S2 flagged 1 and 3 months before.
    expect(e.whatIf.now.alertLoad.value).toBeCloseTo(21 / 42, 12);
    const now = rowOf(grid, t('now_label'));
    expect(cells(grid, now, 4)).toEqual([t('now_label'), 0.25, 0.25, e.whatIf.now.alertLoad.value]);
    const row = (key: string) => cells(grid, rowOf(grid, key), GRID_WIDTH);
    // A looser attendance_high (85%) leaves both at amber: nothing flagged.
    expect(row('attendance_high').slice(7)).toEqual([0.85, 0, 0, 0]);
    expect(row('needs_high')).toEqual([
      'needs_high',
      3,
      1,
      2,
      0.25,
      0.25,
      e.whatIf.now.alertLoad.value,
      '',
      '',
      '',
      '',
    ]);
  });

  it('names a threshold of Settings that could not be read, under the what-if', () => {
    const { grid, e } = sheet(input({ settings: { passing_grade: 'tujuh puluh' } }));
    const note = e.whatIf.unreadSettings[0]!;
    expect(note).toMatch(/^pengaturan passing_grade .*dipakai nilai bawaan 75$/);
    expect(grid.values.some((r) => r[0] === note)).toBe(true);
    expect(sheet().e.whatIf.unreadSettings).toEqual([]);
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
