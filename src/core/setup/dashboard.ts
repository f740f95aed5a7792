/**
 * The Dashboard sheet's cells: labels and formulas that count from the data sheets, so that the
 * counts and the charts over them follow the data. Each count follows the definition in
 * src/core/metrics and carries its label, as the emails and the sidebar do: active is status
 * active or blank; sessions held are those not marked "not attended", in the month of their
 * date, up to today; a month is named, never "this month". No confidential column is referenced.
 */
import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/messages';
import { METRIC_MESSAGES } from '../metrics/messages';
import { valueLabel } from '../schema/labels';
import { SESSION_TYPE, STATUS } from '../schema/sheets';
import type { SheetKey } from '../schema/types';
import { monthNames } from '../summary/calendar';
import { columnLetter, type Located, quoteSheet } from './formulas';
import { SETUP_MESSAGES } from './messages';

/** A row the lead or another module adds under the shared counts (e.g. open Review rows). */
export interface DashboardRow {
  label: string;
  /** A formula ('=…'), or '' while what it counts is missing. */
  value: string;
}

export interface DashboardLayout {
  /** Rows of [label, value-or-formula], from A1. */
  cells: string[][];
  /** Charts over the cells: type and the 1-based rows of their data (columns A:B). */
  charts: Array<{ type: 'PIE' | 'COLUMN'; title: string; firstRow: number; lastRow: number }>;
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** A coded value's labels in both languages: cells keep the words they were typed in. */
function labelsOf(set: string, code: string): string[] {
  return [...new Set([valueLabel(set, code, 'id'), valueLabel(set, code, 'en')])];
}

/** COUNTIFS once per variant of criteria, summed. */
const sumOf = (variants: string[][]) => `=${variants.map((v) => `COUNTIFS(${v.join(', ')})`).join(' + ')}`;

/** The month of a date formula named in the workbook's language, with its year: "November 2026". */
function monthNameOf(date: string, lang: Lang): string {
  const names = monthNames(lang);
  let expr = quote(names[11]!);
  for (let m = 11; m >= 1; m--) expr = `IF(MONTH(${date})=${m}, ${quote(names[m - 1]!)}, ${expr})`;
  return `${expr}&" "&YEAR(${date})`;
}

/** A label template with {month} as a formula that names the month of `date`. */
function monthFormula(template: string, date: string, lang: Lang): string {
  const [before, after = ''] = template.split('{month}');
  return `=${quote(before ?? '')}&${monthNameOf(date, lang)}${after ? `&${quote(after)}` : ''}`;
}

/**
 * @example dashboardLayout(located, 'id', 'SMP Negeri 3').cells[4] // ['Tingkat 3', '=COUNTIFS(…) + …']
 */
export function dashboardLayout(
  located: Partial<Record<SheetKey, Located>>,
  lang: Lang,
  school: string,
  schoolCell: string | null = null,
  extra: readonly DashboardRow[] = [],
): DashboardLayout {
  const t = translator(SETUP_MESSAGES, lang);
  const m = translator(METRIC_MESSAGES, lang);
  const col = (sheet: SheetKey, key: string) => {
    const table = located[sheet];
    const i = table?.columns[key];
    if (!table || i === undefined) return null;
    return `${quoteSheet(table.name)}!$${columnLetter(i)}$2:$${columnLetter(i)}`;
  };
  const id = col('students', 'student_id');
  const tier = col('students', 'risk_tier');
  const status = col('students', 'status');
  const mentor = col('students', 'mentor_id');
  const type = col('sessions', 'type');
  const date = col('sessions', 'date');
  const attended = col('sessions', 'attended');
  const orBlank = (formula: string, needs: Array<string | null>): string =>
    needs.every(Boolean) ? formula : '';
  // Active: status active (in either language) or blank; a blank status counts on a row that holds
  // a student. COUNTIFS stops at the first criterion a row fails: the most selective goes first.
  const active = (criteria: string[]) =>
    ['', ...labelsOf('status', 'active')].map((label) =>
      label === ''
        ? [...criteria, `${status}`, '""', `${id}`, '"<>"']
        : [...criteria, `${status}`, quote(label)],
    );

  // The title follows the school name in Settings when it can.
  const title = schoolCell
    ? `=${quote(t('dashboard_title', { school: '' }))}&${schoolCell}`
    : t('dashboard_title', { school });
  const cells: string[][] = [
    [title, ''],
    [t('dashboard_note'), ''],
    ['', ''],
  ];
  cells.push([`${m('by_tier')} (${m('now')})`, '']);
  const tierStart = cells.length + 1;
  for (const n of [3, 2, 1]) {
    cells.push([m('tier', { tier: n }), orBlank(sumOf(active([`${tier}`, String(n)])), [id, tier, status])]);
  }
  cells.push([m('tier_none'), orBlank(sumOf(active([`${tier}`, '""'])), [id, tier, status])]);
  const tierEnd = cells.length;
  cells.push([
    m('unassigned'),
    orBlank(sumOf(active([`${tier}`, '">=2"', `${mentor}`, '""'])), [id, tier, mentor, status]),
  ]);
  // Review rows that need a person (forms/review.ts isOpenReview): status open, or blank on a row
  // that holds a problem (older rows). The monthly email counts the same way.
  const reviewStatus = col('review', 'status');
  const reviewProblem = col('review', 'problem');
  cells.push([
    m('review_open'),
    orBlank(
      sumOf([
        ...labelsOf('review_status', 'open').map((l) => [`${reviewStatus}`, quote(l)]),
        [`${reviewStatus}`, '""', `${reviewProblem}`, '"<>"'],
      ]),
      [reviewStatus, reviewProblem],
    ),
  ]);
  for (const row of extra) cells.push([row.label, row.value]);

  cells.push(['', ''], [t('dashboard_by_status'), '']);
  for (const code of STATUS) {
    const variants = labelsOf('status', code).map((l) => [`${status}`, quote(l)]);
    cells.push([valueLabel('status', code, lang), orBlank(sumOf(variants), [status])]);
  }

  // Sessions: held (not marked "not attended") and missed, in the month of their date up to today.
  // Last month, the month the emails report, by type; this month so far, in total. (Each COUNTIFS
  // reads its columns whole: the Dashboard keeps to the counts the other surfaces show.)
  const notAttended = labelsOf('bool', 'no');
  const heldOnly = notAttended.flatMap((no) => [`${attended}`, quote(`<>${no}`)]);
  const needs = [type, date, attended];
  const inMonth = (start: string, end: string) => [`${date}`, `">="&${start}`, `${date}`, `"<="&${end}`];
  const missedIn = (range: string[]) =>
    orBlank(sumOf(notAttended.map((no) => [`${attended}`, quote(no), `${type}`, '"<>"', ...range])), needs);
  const lastMonth = inMonth('(EOMONTH(TODAY(), -2) + 1)', 'EOMONTH(TODAY(), -1)');
  cells.push(['', ''], [monthFormula(m('sessions_by_type'), 'EOMONTH(TODAY(), -1)', lang), '']);
  const sessionStart = cells.length + 1;
  for (const code of SESSION_TYPE) {
    const variants = labelsOf('session_type', code).map((l) => [
      `${type}`,
      quote(l),
      ...lastMonth,
      ...heldOnly,
    ]);
    cells.push([valueLabel('session_type', code, lang), orBlank(sumOf(variants), needs)]);
  }
  const sessionEnd = cells.length;
  cells.push([monthFormula(m('sessions_missed'), 'EOMONTH(TODAY(), -1)', lang), missedIn(lastMonth)]);
  const thisMonth = inMonth('(EOMONTH(TODAY(), -1) + 1)', 'TODAY()');
  cells.push(
    ['', ''],
    [
      monthFormula(m('sessions_held'), 'TODAY()', lang),
      orBlank(sumOf([[`${type}`, '"<>"', ...thisMonth, ...heldOnly]]), needs),
    ],
    [monthFormula(m('sessions_missed'), 'TODAY()', lang), missedIn(thisMonth)],
  );
  return {
    cells,
    charts: [
      { type: 'PIE', title: m('by_tier'), firstRow: tierStart, lastRow: tierEnd },
      { type: 'COLUMN', title: t('dashboard_sessions'), firstRow: sessionStart, lastRow: sessionEnd },
    ],
  };
}
