/**
 * "Check data": reads every table the way the add-on reads it and reports each cell it
 * cannot read (sheet, row, column, value, why), in the workbook's language.
 */
import type { DataCheck } from '../../sidebar/contract';
import { CHECK_MESSAGES } from '../core/check/messages';
import { escapeHtml } from '../core/html';
import { translator } from '../core/i18n/messages';
import { sheetLabel } from '../core/schema/labels';
import { openWorkbook } from './context';
import { TABLE_KEYS } from './layout';

const SHOWN = 50;

export function checkWorkbook(): DataCheck {
  const wb = openWorkbook();
  const tables = TABLE_KEYS.map((key) => {
    const { rows, problems, raw } = wb.tables.read(key);
    return {
      sheet: raw?.name ?? sheetLabel(key, wb.lang),
      missing: !raw,
      rows: rows.length,
      problems: problems.map((p) => p.message),
    };
  });
  return { lang: wb.lang, tables };
}

/** The report as a dialog. */
export function showCheck(report: DataCheck): void {
  const t = translator(CHECK_MESSAGES, report.lang);
  const total = report.tables.reduce((n, x) => n + x.problems.length, 0);
  const rows = report.tables.reduce((n, x) => n + x.rows, 0);
  const parts = [
    `<p>${escapeHtml(t('summary', { rows, tables: report.tables.length, problems: total }))}</p>`,
  ];
  if (total === 0) parts.push(`<p>${escapeHtml(t('all_good'))}</p>`);
  for (const table of report.tables) {
    if (table.missing) parts.push(`<p>${escapeHtml(t('missing', { sheet: table.sheet }))}</p>`);
    if (table.problems.length === 0) continue;
    parts.push(
      `<h3>${escapeHtml(t('table', { sheet: table.sheet, rows: table.rows, problems: table.problems.length }))}</h3><ul>`,
    );
    for (const p of table.problems.slice(0, SHOWN)) parts.push(`<li>${escapeHtml(p)}</li>`);
    if (table.problems.length > SHOWN)
      parts.push(`<li>${escapeHtml(t('more', { count: table.problems.length - SHOWN }))}</li>`);
    parts.push('</ul>');
  }
  const html = `<div style="font:13px Arial,sans-serif">${parts.join('')}</div>`;
  SpreadsheetApp.getUi().showModalDialog(
    HtmlService.createHtmlOutput(html).setWidth(640).setHeight(480),
    t('title'),
  );
}
