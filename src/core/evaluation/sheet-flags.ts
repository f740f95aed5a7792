/** The Evaluation sheet's sections on the flags: the leavers, the alert load, the missed, and the what-if. */
import type { Lang } from '../i18n/lang';
import { monthLabel } from '../summary/calendar';
import type { Translate } from './sheet';
import type { Cell, GridBuilder } from './sheet-grid';
import type { Leaver, ProgrammeEvaluation, WhatIfOutcome } from './types';

const leaverCells = (l: Leaver): Cell[] => [l.student_id, l.name, l.class ?? '', l.status_date];

export function flagTables(g: GridBuilder, e: ProgrammeEvaluation, t: Translate, lang: Lang): void {
  const { flags } = e;
  g.line('section', t('s_flags'));
  g.table(
    [
      t('col_student_id'),
      t('col_name'),
      t('col_class'),
      t('col_left'),
      t('col_tier1'),
      t('col_tier2'),
      t('col_tier3'),
    ],
    flags.leavers.map((l) => [...leaverCells(l), ...l.tiers.map((tier): Cell => ['count', tier])]),
  );
  g.line('note', t(flags.leavers.length > 0 ? 'def_leavers' : 'no_leavers'));
  const load = g.table(
    [t('col_month'), t('col_alert'), t('col_flagged'), t('col_in_baseline')],
    flags.alertLoad.map(({ month, share }) => [
      monthLabel(month, lang),
      ['share', share.value],
      ['count', share.part],
      ['count', share.n],
    ]),
  );
  g.chart('LINE', t('chart_alert'), load, 2);
  g.line('note', t('def_alert'));
  g.line('total', t('missed_title'));
  g.table(
    [t('col_student_id'), t('col_name'), t('col_class'), t('col_left'), t('col_tier1'), t('col_reasons')],
    flags.missed.map((l) => [
      ...leaverCells(l),
      ['count', l.tiers[0]],
      l.reasons ?? (l.tiers[0] === null ? t('no_snapshot') : ''),
    ]),
  );
  g.line('note', t(flags.missed.length > 0 ? 'def_missed' : 'none_missed'));
  g.blank();
}

const outcomeCells = (o: WhatIfOutcome | null): Cell[] => [
  ['share', o?.recall1.value ?? null],
  ['share', o?.recall3.value ?? null],
  ['share', o?.alertLoad.value ?? null],
];

export function whatIfTables(g: GridBuilder, e: ProgrammeEvaluation, t: Translate): void {
  const { whatIf } = e;
  g.line('section', t('s_what_if'));
  g.table(
    ['', t('col_recall1'), t('col_recall3'), t('col_load')],
    [[t('now_label'), ...outcomeCells(whatIf.now)]],
  );
  const outcome = t('col_recall1');
  g.table(
    [
      t('col_setting'),
      t('col_now'),
      t('col_step'),
      t('col_stricter'),
      outcome,
      t('col_recall3'),
      t('col_load'),
      t('col_looser'),
      outcome,
      t('col_recall3'),
      t('col_load'),
    ],
    whatIf.rows.map((row) => [
      row.key,
      ['value', row.current],
      ['value', row.step],
      ['value', row.stricter?.value ?? null],
      ...outcomeCells(row.stricter),
      ['value', row.looser?.value ?? null],
      ...outcomeCells(row.looser),
    ]),
  );
  g.line('note', t('def_what_if'));
  g.line('note', t('what_if_n', { leavers: whatIf.now.recall1.n, rows: whatIf.now.alertLoad.n }));
  if (whatIf.rowsWithoutIndicators > 0)
    g.line('note', t('without_indicators', { count: whatIf.rowsWithoutIndicators }));
  // A threshold that cannot be read is replaced by its default: the sheet says which.
  for (const unread of whatIf.unreadSettings) g.line('note', unread);
  g.line('note', t('def_what_if_choice'));
  g.blank();
}
