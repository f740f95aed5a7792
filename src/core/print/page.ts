/**
 * The monitoring sheets as one print-ready HTML page for an Apps Script dialog: A4, one mentor per
 * page, a chooser (one mentor or all) and a Print button that calls the browser's own print, so no
 * OAuth scope is needed beyond showing a dialog. Every text goes through escapeHtml.
 */
import { formatPercent } from '../cells/numbers';
import { escapeHtml } from '../html';
import { translator } from '../i18n/messages';
import { METRIC_MESSAGES } from '../metrics/messages';
import { valueLabel } from '../schema/labels';
import { dayLabel, monthLabel } from '../summary/calendar';
import { PRINT_MESSAGES } from './messages';
import {
  type MenteeSheet,
  type MentorSheet,
  type MonitoringInput,
  monitoringSheets,
  monthsOf,
} from './monitoring';

const STYLE = `
@page { size: A4; margin: 12mm; }
body { font: 11px/1.35 Arial, Helvetica, sans-serif; color: #000; margin: 0; }
.controls { display: flex; gap: 8px; align-items: center; padding: 8px; border-bottom: 1px solid #ccc; font-size: 13px; }
.mentor { padding: 8px; break-after: page; page-break-after: always; }
.mentor:last-of-type { break-after: auto; page-break-after: auto; }
h1 { font-size: 16px; margin: 0 0 2px; }
.period, .hint { color: #444; margin: 0 0 6px; }
.mentee { border: 1px solid #999; padding: 4px 6px; margin: 0 0 6px; break-inside: avoid; page-break-inside: avoid; }
h2 { font-size: 12px; margin: 0 0 3px; }
table { border-collapse: collapse; width: 100%; margin: 0 0 3px; }
th, td { border: 1px solid #bbb; padding: 1px 4px; text-align: left; vertical-align: top; }
p { margin: 2px 0; }
.line { border-bottom: 1px solid #999; height: 16px; }
a { color: #1a0dab; }
@media print { .controls { display: none; } a { color: #000; text-decoration: none; } }
`;

// Shows one mentor's page or all, then prints: the browser's print dialog, nothing else.
const SCRIPT = `
function choose(id) {
  document.querySelectorAll('.mentor').forEach(function (s) { s.hidden = id !== '' && s.dataset.mentor !== id; });
}
document.getElementById('mentor').addEventListener('change', function (e) { choose(e.target.value); });
document.getElementById('print').addEventListener('click', function () { window.print(); });
`;

type T = ReturnType<typeof translator<keyof (typeof PRINT_MESSAGES)['en']>>;

function monthRows(mentee: MenteeSheet, input: MonitoringInput, t: T): string {
  const { lang } = input;
  const tier = translator(METRIC_MESSAGES, lang);
  const cell = (v: number | null | undefined) => (v === null || v === undefined ? '–' : String(v));
  return mentee.months
    .map(({ month, values: v }) => {
      const head = `<td>${escapeHtml(monthLabel(month, lang))}</td>`;
      if (!v) return `<tr>${head}<td colspan="6">${escapeHtml(t('no_baseline'))}</td></tr>`;
      const rate = v.attendance === null ? '–' : formatPercent(v.attendance, lang);
      const level = v.tier === null ? '–' : tier('tier', { tier: v.tier });
      const cells = [
        rate,
        cell(v.unexcused),
        cell(v.incidents),
        cell(v.below_passing),
        level,
        v.reasons ?? '',
      ];
      return `<tr>${head}${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`;
    })
    .join('');
}

function menteeHtml(mentee: MenteeSheet, input: MonitoringInput, t: T): string {
  const { lang } = input;
  const title =
    mentee.name === null
      ? t('unnamed', { id: mentee.studentId })
      : `${mentee.name}${mentee.className ? ` (${mentee.className})` : ''} · ${mentee.studentId}`;
  const heads = [
    'month',
    'attendance',
    'unexcused',
    'incidents',
    'below_passing',
    'tier',
    'reasons',
  ] as const;
  const table =
    `<table><tr>${heads.map((h) => `<th>${escapeHtml(t(h))}</th>`).join('')}</tr>` +
    `${monthRows(mentee, input, t)}</table>`;
  const sessions = mentee.sessions.length
    ? mentee.sessions
        .map((s) => `${dayLabel(s.date, lang)} (${valueLabel('session_type', s.type, lang)})`)
        .join('; ')
    : t('no_sessions');
  const whatsapp = mentee.whatsapp
    ? `<p>WhatsApp: <a href="${escapeHtml(mentee.whatsapp)}">wa.me/${escapeHtml(/wa\.me\/(\d+)/.exec(mentee.whatsapp)?.[1] ?? '')}</a></p>`
    : '';
  return (
    `<section class="mentee" data-student="${escapeHtml(mentee.studentId)}"><h2>${escapeHtml(title)}</h2>${table}` +
    `<p><b>${escapeHtml(t('sessions'))}:</b> ${escapeHtml(sessions)}</p>` +
    `<p><b>${escapeHtml(t('next_step'))}:</b> ${escapeHtml(mentee.nextStep)}</p>${whatsapp}` +
    `<p><b>${escapeHtml(t('notes'))}:</b></p><div class="line"></div><div class="line"></div><div class="line"></div></section>`
  );
}

function mentorHtml(sheet: MentorSheet, input: MonitoringInput, t: T, hidden: boolean): string {
  const months = monthsOf(input.today);
  const period = t('period', {
    from: monthLabel(months[0]!, input.lang),
    to: monthLabel(months[2]!, input.lang),
    date: dayLabel(input.today, input.lang),
  });
  return (
    `<section class="mentor" data-mentor="${escapeHtml(sheet.mentorId)}"${hidden ? ' hidden' : ''}>` +
    `<h1>${escapeHtml(t('heading', { mentor: sheet.name }))}</h1><p class="period">${escapeHtml(`${input.school} · ${period}`)}</p>` +
    `${sheet.mentees.map((m) => menteeHtml(m, input, t)).join('')}</section>`
  );
}

/**
 * The whole page: the chooser and the sheets of every active mentor with mentees (`mentorId`
 * preselects one).
 * @example monitoringPage(input) // '<!DOCTYPE html><html lang="id">…<section class="mentor" data-mentor="M01">…'
 */
export function monitoringPage(input: MonitoringInput, mentorId = ''): string {
  const t = translator(PRINT_MESSAGES, input.lang);
  const sheets = monitoringSheets(input);
  const options = [
    `<option value="">${escapeHtml(t('all'))}</option>`,
    ...sheets.map(
      (s) =>
        `<option value="${escapeHtml(s.mentorId)}"${s.mentorId === mentorId ? ' selected' : ''}>${escapeHtml(`${s.mentorId} – ${s.name}`)}</option>`,
    ),
  ].join('');
  const controls =
    `<div class="controls"><label for="mentor">${escapeHtml(t('choose'))}</label><select id="mentor">${options}</select>` +
    `<button type="button" id="print">${escapeHtml(t('print'))}</button><span class="hint">${escapeHtml(t('hint'))}</span></div>`;
  const body = sheets.length
    ? sheets.map((s) => mentorHtml(s, input, t, mentorId !== '' && s.mentorId !== mentorId)).join('')
    : `<p>${escapeHtml(t('no_mentors'))}</p>`;
  return (
    `<!DOCTYPE html><html lang="${input.lang}"><head><meta charset="utf-8"><title>${escapeHtml(t('title', { school: input.school }))}</title>` +
    `<style>${STYLE}</style></head><body>${controls}${body}<script>${SCRIPT}</script></body></html>`
  );
}
