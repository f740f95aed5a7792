/**
 * The Evaluation sheet's layout: the key figures, each with its n and its definition in a grey
 * line under it, then one section per question with its tables and charts. Written in the
 * workbook's language; the figures are exactly those of the ProgrammeEvaluation object.
 */
import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/messages';
import { dayLabel, monthLabel } from '../summary/calendar';
import { EVALUATION_MESSAGES, type EvaluationMessageKey } from './messages';
import { flagTables, whatIfTables } from './sheet-flags';
import { type Cell, GridBuilder, type SheetGrid } from './sheet-grid';
import { attendanceTables, mentoringTables } from './sheet-mentoring';
import type { ProgrammeEvaluation } from './types';

export type Translate = (key: EvaluationMessageKey, params?: Record<string, string | number>) => string;

/** The label of the school year before one ('2025/2026' → '2024/2025'). */
export const yearBefore = (label: string) => {
  const start = Number(label.slice(0, 4));
  return `${start - 1}/${start}`;
};

function keyFigures(g: GridBuilder, e: ProgrammeEvaluation, t: Translate, lang: Lang): void {
  const { year, previousSameMonths: same } = e.dropout;
  const { flags, attendance } = e;
  g.line('section', t('key_figures'));
  g.line('header', t('col_figure'), t('col_value'), t('col_n'));
  const figure = (label: EvaluationMessageKey, value: Cell, n: number | null, definition: string) => {
    g.line('body', t(label), value, ['count', n]);
    g.line('note', definition);
  };
  figure('fig_enrolled', ['count', year.enrolled], null, t('def_enrolled'));
  figure(
    'fig_dropouts',
    ['count', year.dropouts],
    year.enrolled,
    t('def_dropouts', { through: dayLabel(e.through, lang) }),
  );
  figure('fig_per100', ['per100', year.per100], year.enrolled, t('def_per100'));
  const before = yearBefore(e.schoolYear);
  if (same)
    figure(
      'fig_previous',
      ['per100', same.per100],
      same.enrolled,
      t('def_previous', { year: before, months: same.months }),
    );
  else g.line('note', t('no_previous', { year: before }));
  const recall = (key: 'recall1' | 'recall3', missing: number) =>
    figure(
      key === 'recall1' ? 'fig_recall1' : 'fig_recall3',
      ['share', flags[key].value],
      flags[key].n,
      t(key === 'recall1' ? 'def_recall1' : 'def_recall3', { missing, n: flags[key].n }),
    );
  recall('recall1', flags.noSnapshot1);
  recall('recall3', flags.noSnapshot3);
  figure('fig_alert_load', ['share', flags.alertLoadYear.value], flags.alertLoadYear.n, t('def_alert_load'));
  figure('fig_precision', ['share', flags.precision.value], flags.precision.n, t('def_precision'));
  figure('fig_false_alarms', ['count', flags.falseAlarms], flags.precision.n, t('def_false_alarms'));
  figure('fig_before', ['share', attendance.before], attendance.n, t('def_before'));
  figure('fig_after', ['share', attendance.after], attendance.n, t('def_after'));
  g.blank();
}

function dropoutTables(g: GridBuilder, e: ProgrammeEvaluation, t: Translate, lang: Lang): void {
  const { year, previous, undated } = e.dropout;
  const prior = previous?.schoolYear ?? yearBefore(e.schoolYear);
  const both = { year: year.schoolYear };
  const before = { year: prior };
  g.line('section', t('s_dropout'));
  const header = [t('col_month'), t('col_per100', both), t('col_per100', before)];
  const months = g.table(
    [
      ...header,
      t('col_dropouts', both),
      t('col_transfers', both),
      t('col_dropouts', before),
      t('col_transfers', before),
    ],
    year.months.map((m, i) => {
      const p = previous?.months[i];
      return [
        monthLabel(m.month, lang),
        ['per100', m.per100],
        ['per100', p?.per100 ?? null],
        ['count', m.dropouts],
        ['count', m.transfers],
        ['count', p?.dropouts ?? null],
        ['count', p?.transfers ?? null],
      ];
    }),
  );
  g.total(
    t('total'),
    ['per100', year.per100],
    ['per100', previous?.per100 ?? null],
    ['count', year.dropouts],
    ['count', year.transfers],
    ['count', previous?.dropouts ?? null],
    ['count', previous?.transfers ?? null],
  );
  g.chart('COLUMN', t('chart_dropout'), months, previous ? 3 : 2);
  const n = (count: number | null | undefined) => (count === null || count === undefined ? '—' : count);
  g.line(
    'note',
    t('def_months', {
      year: year.schoolYear,
      n: n(year.enrolled),
      previous: prior,
      previousN: n(previous?.enrolled),
    }),
  );
  if (!previous) g.line('note', t('no_previous', { year: prior }));
  if (undated > 0) g.line('note', t('undated', { count: undated }));
  const grades = [...new Set([...year.grades, ...(previous?.grades ?? [])].map((x) => x.grade))].sort(
    (a, b) => a - b,
  );
  g.table(
    [
      t('col_grade'),
      t('col_per100', both),
      t('col_per100', before),
      t('col_enrolled', both),
      t('col_dropouts', both),
      t('col_enrolled', before),
      t('col_dropouts', before),
    ],
    grades.map((grade) => {
      const now = year.grades.find((x) => x.grade === grade);
      const then = previous?.grades.find((x) => x.grade === grade);
      return [
        ['count', grade],
        ['per100', now?.per100 ?? null],
        ['per100', then?.per100 ?? null],
        ['count', now?.enrolled ?? 0],
        ['count', now?.dropouts ?? 0],
        ['count', then?.enrolled ?? null],
        ['count', then?.dropouts ?? null],
      ];
    }),
  );
  g.line('note', t('def_grades'));
  g.blank();
}

/**
 * The Evaluation sheet of a school year, in a language.
 * @example evaluationSheet(evaluation, 'id', 'SMP Negeri 3 Kupang').values[0][0]
 * // 'Evaluasi program 2025/2026 — SMP Negeri 3 Kupang'
 */
export function evaluationSheet(e: ProgrammeEvaluation, lang: Lang, school: string): SheetGrid {
  const t: Translate = translator(EVALUATION_MESSAGES, lang);
  const g = new GridBuilder();
  g.line('title', t('title', { year: e.schoolYear, school }));
  g.line('note', t('intro', { through: dayLabel(e.through, lang) }));
  g.blank();
  keyFigures(g, e, t, lang);
  dropoutTables(g, e, t, lang);
  flagTables(g, e, t, lang);
  whatIfTables(g, e, t);
  mentoringTables(g, e, t, lang);
  attendanceTables(g, e, t);
  return g.build();
}
