/** The Evaluation sheet's sections on mentoring: reach, dose, family contact, and attendance before/after. */
import type { Lang } from '../i18n/lang';
import { monthLabel } from '../summary/calendar';
import type { Translate } from './sheet';
import type { GridBuilder } from './sheet-grid';
import type { ProgrammeEvaluation } from './types';

export function mentoringTables(g: GridBuilder, e: ProgrammeEvaluation, t: Translate, lang: Lang): void {
  const { mentoring: m } = e;
  g.line('section', t('s_mentoring'));
  const reach = g.table(
    [t('col_month'), t('col_reach'), t('col_mentored'), t('col_at_risk')],
    m.reach.map(({ month, share }) => [
      monthLabel(month, lang),
      ['share', share.value],
      ['count', share.part],
      ['count', share.n],
    ]),
  );
  g.chart('LINE', t('chart_reach'), reach, 2);
  g.line('note', t('def_reach'));
  const dose = g.table(
    [
      t('col_month'),
      t('col_t3_per'),
      t('col_t2_per'),
      t('col_t3_met'),
      t('col_t2_met'),
      t('col_t3_mentees'),
      t('col_t2_mentees'),
    ],
    m.dose.map(({ month, tier3, tier2 }) => [
      monthLabel(month, lang),
      ['decimal', tier3.perMentee],
      ['decimal', tier2.perMentee],
      ['share', tier3.metTarget.value],
      ['share', tier2.metTarget.value],
      ['count', tier3.mentees],
      ['count', tier2.mentees],
    ]),
  );
  g.chart('COLUMN', t('chart_dose'), dose, 3);
  g.line('note', t('def_dose'));
  g.table(
    [t('col_month'), t('col_family'), t('col_home')],
    m.family.map(({ month, family, homeVisits }) => [
      monthLabel(month, lang),
      ['count', family],
      ['count', homeVisits],
    ]),
  );
  g.total(t('total'), ['count', m.familyTotal], ['count', m.homeVisitTotal]);
  g.line('note', t('def_family', { students: m.familyStudents }));
  g.blank();
}

export function attendanceTables(g: GridBuilder, e: ProgrammeEvaluation, t: Translate): void {
  const a = e.attendance;
  g.line('section', t('s_attendance'));
  g.table(
    [t('col_before'), t('col_after'), t('col_change'), t('col_n'), t('col_first')],
    [
      [
        ['share', a.before],
        ['share', a.after],
        ['share', a.change],
        ['count', a.n],
        ['count', a.firstSessions],
      ],
    ],
  );
  g.line('note', t('def_attendance'));
  g.line('caveat', t('caveat'));
}
