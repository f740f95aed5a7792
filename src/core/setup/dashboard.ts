/**
 * The Dashboard sheet's cells: labels and formulas that count from the data sheets, so that
 * the counts and the charts over them follow the data. No confidential column is referenced.
 */
import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/messages';
import { valueLabel } from '../schema/labels';
import { SESSION_TYPE, STATUS } from '../schema/sheets';
import type { SheetKey } from '../schema/types';
import { columnLetter, type Located, quoteSheet } from './formulas';
import { SETUP_MESSAGES } from './messages';

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

/** COUNTIFS once per label of a coded value, summed: `criterion` is where the label goes. */
function countEach(set: string, code: string, build: (label: string) => string): string {
  const parts = labelsOf(set, code).map((label) => `COUNTIFS(${build(quote(label))})`);
  return `=${parts.join(' + ')}`;
}

/**
 * @example dashboardLayout(located, 'id', 'SMP Negeri 3').cells[4] // ['Tingkat 3', '=COUNTIFS(…)']
 */
export function dashboardLayout(
  located: Partial<Record<SheetKey, Located>>,
  lang: Lang,
  school: string,
  schoolCell: string | null = null,
): DashboardLayout {
  const t = translator(SETUP_MESSAGES, lang);
  const col = (sheet: SheetKey, key: string) => {
    const table = located[sheet];
    const i = table?.columns[key];
    if (!table || i === undefined) return null;
    return `${quoteSheet(table.name)}!$${columnLetter(i)}$2:$${columnLetter(i)}`;
  };
  const tier = col('students', 'risk_tier');
  const status = col('students', 'status');
  const mentor = col('students', 'mentor_id');
  const type = col('sessions', 'type');
  const date = col('sessions', 'date');
  const orBlank = (formula: string, needs: Array<string | null>): string =>
    needs.every(Boolean) ? formula : '';

  // The title follows the school name in Settings when it can.
  const title = schoolCell
    ? `=${quote(t('dashboard_title', { school: '' }))}&${schoolCell}`
    : t('dashboard_title', { school });
  const cells: string[][] = [
    [title, ''],
    [t('dashboard_note'), ''],
    ['', ''],
  ];
  cells.push([t('dashboard_by_tier'), '']);
  const tierStart = cells.length + 1;
  for (const n of [3, 2, 1]) {
    cells.push([
      t('dashboard_tier', { tier: n }),
      orBlank(
        countEach('status', 'active', (active) => `${tier}, ${n}, ${status}, ${active}`),
        [tier, status],
      ),
    ]);
  }
  const tierEnd = cells.length;
  cells.push([
    t('dashboard_unassigned'),
    orBlank(
      countEach('status', 'active', (active) => `${tier}, ">=2", ${mentor}, "", ${status}, ${active}`),
      [tier, mentor, status],
    ),
  ]);
  cells.push(['', ''], [t('dashboard_by_status'), '']);
  for (const code of STATUS) {
    const label = valueLabel('status', code, lang);
    cells.push([
      label,
      orBlank(
        countEach('status', code, (l) => `${status}, ${l}`),
        [status],
      ),
    ]);
  }
  cells.push(['', ''], [t('dashboard_sessions'), '']);
  const sessionStart = cells.length + 1;
  const thisMonth = `${date}, ">="&(EOMONTH(TODAY(), -1) + 1), ${date}, "<="&EOMONTH(TODAY(), 0)`;
  for (const code of SESSION_TYPE) {
    const label = valueLabel('session_type', code, lang);
    cells.push([
      label,
      orBlank(
        countEach('session_type', code, (l) => `${type}, ${l}, ${thisMonth}`),
        [type, date],
      ),
    ]);
  }
  const sessionEnd = cells.length;
  return {
    cells,
    charts: [
      { type: 'PIE', title: t('dashboard_by_tier'), firstRow: tierStart, lastRow: tierEnd },
      { type: 'COLUMN', title: t('dashboard_sessions'), firstRow: sessionStart, lastRow: sessionEnd },
    ],
  };
}
