/**
 * "Programme evaluation" through the built add-on, on the demo school (which holds last school
 * year and this one so far): the Evaluation sheet and evaluateProgramme() agree, the charts are
 * there over the sheet's own tables, and nothing confidential reaches the sheet.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoSchool } from '../../local/demo/data';
import { loadDemoSchool } from '../../local/demo/school';
import type { ChartView } from '../../local/gas/spreadsheet';
import { createRuntime, type Runtime, type RuntimeSnapshot } from '../../local/runtime';
import { EVALUATION_MESSAGES } from '../../src/core/evaluation/messages';
import type { ProgrammeEvaluation } from '../../src/core/evaluation/types';
import { translator } from '../../src/core/i18n/messages';
import { monthLabel } from '../../src/core/summary/calendar';
import { sheetOf } from '../helpers/workbook';

let saved: RuntimeSnapshot;
/** Last school year evaluated once from the menu: the sheet, its charts and the object. */
let lastYear: { values: unknown[][]; charts: ChartView[]; e: ProgrammeEvaluation; page: unknown };

beforeAll(() => {
  saved = loadDemoSchool(generateDemoSchool()).snapshot();
  const rt = fresh();
  const values = evaluateFromMenu(rt, '2025/2026');
  lastYear = {
    values,
    charts: sheet(rt).view().charts,
    e: evaluation(rt, '2025/2026'),
    page: JSON.parse(JSON.stringify(rt.callFromPage('evaluateProgramme', [2025]))),
  };
}, 180_000);

const fresh = () => createRuntime({ snapshot: saved });
const t = translator(EVALUATION_MESSAGES, 'id');
/** What the add-on returns, as plain JSON (objects made in the add-on's realm compare badly). */
const evaluation = (rt: Runtime, year?: string): ProgrammeEvaluation =>
  JSON.parse(
    JSON.stringify(year === undefined ? rt.call('evaluateProgramme') : rt.call('evaluateProgramme', year)),
  );
const sheet = (rt: Runtime) => sheetOf(rt, 'evaluation', 'id');

function evaluateFromMenu(rt: Runtime, answer: string) {
  rt.ui.answers.push(answer);
  rt.call('openProgrammeEvaluation');
  return sheet(rt).values();
}

describe('Programme evaluation, from the menu and as evaluateProgramme()', () => {
  it('writes the sheet of the year asked for, with the figures evaluateProgramme() gives', () => {
    const { values, e } = lastYear;
    expect(values[0]![0]).toBe('Evaluasi program 2025/2026 — SMP Negeri 3 Kupang');
    const figure = (key: Parameters<typeof t>[0]) => values.find((r) => r[0] === t(key))!.slice(1, 3);
    expect(figure('fig_enrolled')[0]).toBe(e.dropout.year.enrolled);
    expect(figure('fig_dropouts')).toEqual([e.dropout.year.dropouts, e.dropout.year.enrolled]);
    expect(figure('fig_per100')[0]).toBeCloseTo(e.dropout.year.per100!, 9);
    expect(figure('fig_recall1')).toEqual([e.flags.recall1.value, e.flags.recall1.n]);
    expect(figure('fig_recall3')).toEqual([e.flags.recall3.value, e.flags.recall3.n]);
    expect(figure('fig_alert_load')).toEqual([e.flags.alertLoadYear.value, e.flags.alertLoadYear.n]);
    expect(figure('fig_precision')).toEqual([e.flags.precision.value, e.flags.precision.n]);
    expect(figure('fig_before')).toEqual([e.attendance.before, e.attendance.n]);
    expect(figure('fig_after')).toEqual([e.attendance.after, e.attendance.n]);
    // Every leaver, with their tiers; every month's alert load and reach.
    for (const l of e.flags.leavers) {
      const row = values.find((r) => r[0] === l.student_id && r[3] === l.status_date)!;
      expect(row.slice(1, 7)).toEqual([l.name, l.class, l.status_date, ...l.tiers.map((x) => x ?? '')]);
    }
    const alertHeader = values.findIndex((r) => r[0] === t('col_month') && r[1] === t('col_alert'));
    e.flags.alertLoad.forEach((m, i) => {
      expect(values[alertHeader + 1 + i]!.slice(0, 4)).toEqual([
        monthLabel(m.month, 'id'),
        m.share.value,
        m.share.part,
        m.share.n,
      ]);
    });
    const reachHeader = values.findIndex((r) => r[0] === t('col_month') && r[1] === t('col_reach'));
    e.mentoring.reach.forEach((m, i) => {
      expect(values[reachHeader + 1 + i]!.slice(1, 4)).toEqual([
        m.share.value ?? '',
        m.share.part,
        m.share.n,
      ]);
    });
    for (const row of e.whatIf.rows) {
      const cells = values.find((r) => r[0] === row.key)!;
      expect(cells.slice(1, 5)).toEqual([
        row.current,
        row.step,
        row.stricter?.value ?? '',
        row.stricter?.recall1.value ?? '',
      ]);
    }
  });

  it('says what last year shows on the demo: leavers caught and missed, false alarms, last year’s mentoring', () => {
    const { e } = lastYear;
    expect(e.dropout.year.dropouts).toBeGreaterThanOrEqual(4);
    expect(e.flags.recall1.part).toBeGreaterThan(0);
    expect(e.flags.missed.length).toBeGreaterThan(0);
    expect(e.flags.falseAlarms).toBeGreaterThan(e.flags.precision.part);
    expect(e.whatIf.rowsWithoutIndicators).toBe(0);
    expect(e.mentoring.reach.some((m) => m.share.part > 0)).toBe(true);
  });

  it('draws the four charts over the sheet’s own tables', () => {
    const { values, charts } = lastYear;
    expect(charts.map((c) => [c.type, c.options.title])).toEqual([
      ['COLUMN', t('chart_dropout')],
      ['LINE', t('chart_alert')],
      ['LINE', t('chart_reach')],
      ['COLUMN', t('chart_dose')],
    ]);
    for (const chart of charts) {
      expect(chart.ranges).toHaveLength(1);
      const [, first] = /!A(\d+):/.exec(chart.ranges[0]!)!;
      expect(values[Number(first) - 1]![0]).toBe(t('col_month')); // the range starts at its table's header
      expect(chart.data[0]!.length).toBeGreaterThan(1);
    }
  });

  it('evaluates the current school year by default, and rewrites the sheet each time', () => {
    const rt = fresh();
    evaluateFromMenu(rt, '2025/2026');
    const values = evaluateFromMenu(rt, '');
    expect(values[0]![0]).toBe('Evaluasi program 2026/2027 — SMP Negeri 3 Kupang');
    expect(evaluation(rt).schoolYear).toBe('2026/2027');
    expect(sheet(rt).view().charts).toHaveLength(4);
    expect(rt.spreadsheet.sheetNames().filter((n) => n.startsWith('Evaluasi'))).toEqual(['Evaluasi']);
    expect(rt.ui.toasts.at(-1)!.message).toBe('Lembar Evaluasi sekarang menampilkan 2026/2027.');
    // This year's figures come with last year's beside them.
    const e = evaluation(rt);
    expect(e.dropout.previous?.schoolYear).toBe('2025/2026');
    expect(e.dropout.previousSameMonths?.months).toBe(5);
  });

  it('writes nothing on Cancel, or for a year it cannot read, and says why', () => {
    const rt = fresh();
    rt.ui.answers.push('CANCEL');
    rt.call('openProgrammeEvaluation');
    rt.ui.answers.push('tahun lalu');
    rt.call('openProgrammeEvaluation');
    expect(rt.spreadsheet.sheetNames()).not.toContain('Evaluasi');
    expect(rt.ui.alerts.at(-1)!.prompt).toBe('“tahun lalu” bukan tahun ajaran: tulis seperti 2025/2026.');
    expect(() => rt.call('evaluateProgramme', '2025/2027')).toThrow(/bukan tahun ajaran/);
  });

  it('answers google.script.run with plain data, and the same as a direct call', () => {
    expect(lastYear.page).toEqual(lastYear.e);
  });

  it('lets no confidential note into the sheet', () => {
    expect(JSON.stringify(lastYear.values)).not.toMatch(/RAHASIA/);
    expect(JSON.stringify(lastYear.e)).not.toMatch(/RAHASIA/);
  });
});
