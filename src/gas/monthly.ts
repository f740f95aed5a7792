/**
 * The monthly summary on Apps Script: one daily time-driven trigger (monthly-trigger.ts: an
 * add-on may have one per user per document) that, from the Settings day on, runs the month's
 * summary until every email is out; MailApp with its daily quota; errors written to the
 * workbook, since add-on triggers send no failure email. Each run claims its month on the
 * spreadsheet first (monthly-state.ts), so two runs never send the same month at once.
 */
import { escapeHtml } from '../core/html';
import { translator } from '../core/i18n/messages';
import type { SettingRow } from '../core/schema/records';
import { uiMessages } from '../core/ui/messages';
import {
  type Mailer,
  type OutgoingEmail,
  previewEmails,
  previousMonth,
  type RunResult,
  runMonthly,
} from '../flows/monthly';
import { openWorkbook, type Workbook } from './context';
import { withDocumentLockIfAny } from './lock';
import { claimMonth, offState, readMonthlyState, releaseMonth } from './monthly-state';

const mailApp: Mailer = {
  remaining: () => MailApp.getRemainingDailyQuota(),
  send: (email: OutgoingEmail, name: string) =>
    MailApp.sendEmail({ to: email.to, subject: email.subject, body: email.text, htmlBody: email.html, name }),
};

const today = (wb: Workbook) => Utilities.formatDate(wb.now, wb.timeZone, 'yyyy-MM-dd');
const setting = (wb: Workbook, key: string, fallback: number) => {
  const n = Number(wb.settings[key]);
  return Number.isFinite(n) && wb.settings[key] !== '' ? n : fallback;
};

/** Writes a failure where the coordinator will see it (if even that fails, the trigger's own log has it). */
function recordError(wb: Workbook, error: unknown): void {
  const t = translator(uiMessages, wb.lang);
  if (!wb.layout.sheet('review')) return;
  wb.tables.append('review', [
    {
      received_at: wb.now.toISOString(),
      source: t('monthly.source'),
      problem: t('monthly.error', { message: error instanceof Error ? error.message : String(error) }),
      raw: '',
    },
  ]);
}

/**
 * The daily trigger: does last month's summary when it is due and not yet done; else returns
 * at once. `now` (the menu's "Send held emails now") skips the waiting for the Settings day.
 */
export function handleMonthly(now = false, wb: Workbook = openWorkbook()): RunResult | null {
  const day = today(wb);
  const reportMonth = previousMonth(day.slice(0, 7));
  const state = readMonthlyState(wb.spreadsheet) ?? offState();
  if (!now && Number(day.slice(8)) < setting(wb, 'summary_day', 1)) return null;
  if (!now && (state.paused || reportMonth < state.since)) return null;
  if (state.done === reportMonth) return null;
  if (!claimMonth(wb.spreadsheet, reportMonth, Session.getEffectiveUser().getEmail(), wb.now)) return null;
  let result: RunResult | null = null;
  try {
    result = withDocumentLockIfAny(() => {
      const outcome = runMonthly(wb.tables, mailApp, {
        reportMonth,
        runMonth: day.slice(0, 7),
        today: day,
        at: wb.now.toISOString(),
      });
      if (outcome.snapshot) updateAsOf(wb, day);
      return outcome;
    });
    return result;
  } catch (error) {
    recordError(wb, error);
    throw error;
  } finally {
    releaseMonth(wb.spreadsheet, reportMonth, result?.held === 0);
  }
}

/** The indicators in the sheet count back from the snapshot's day, as the snapshot did. */
function updateAsOf(wb: Workbook, day: string): void {
  const row = wb.tables
    .read<SettingRow>('settings')
    .rows.find((r) => r.record.key.trim().toLowerCase() === 'as_of_date');
  if (row) wb.tables.update('settings', new Map([[row.row, { value: day }]]));
}

/** Menu: shows every email that would go out now; sends nothing, writes nothing. */
export function showPreview(): OutgoingEmail[] {
  const wb = openWorkbook();
  const t = translator(uiMessages, wb.lang);
  const emails = previewEmails(wb.tables, today(wb));
  const parts = emails.map(
    (e) =>
      `<section style="border:1px solid #dadce0;border-radius:6px;margin:0 0 16px;padding:8px 12px">` +
      `<p style="color:#5f6368;margin:0 0 8px">${escapeHtml(t('monthly.to'))}: ${escapeHtml(e.to)}<br>${escapeHtml(e.subject)}</p>${e.html}</section>`,
  );
  const intro = `<p>${escapeHtml(t('monthly.preview_intro', { count: emails.length }))}</p>`;
  const html = `<div style="font:13px Arial,sans-serif">${intro}${parts.join('')}</div>`;
  SpreadsheetApp.getUi().showModalDialog(
    HtmlService.createHtmlOutput(html).setWidth(760).setHeight(560),
    t('monthly.preview'),
  );
  return emails;
}

/** Menu: sends the coordinator's summary, as it stands now, to the person asking. */
export function sendTest(): string {
  const wb = openWorkbook();
  const t = translator(uiMessages, wb.lang);
  const me = Session.getActiveUser().getEmail();
  if (!me) throw new Error(t('monthly.no_user'));
  const school = wb.settings.school_name || wb.spreadsheet.getName();
  const coordinator = previewEmails(wb.tables, today(wb)).find((e) => e.kind === 'coordinator');
  const email = coordinator ?? null;
  const subject = `[${t('monthly.test')}] ${email?.subject ?? school}`;
  MailApp.sendEmail({
    to: me,
    subject,
    body: email?.text ?? '',
    htmlBody: email?.html ?? '',
    name: `Pendamping — ${school}`,
  });
  wb.tables.append('email_log', [
    { month: today(wb).slice(0, 7), recipient: me, kind: 'test', status: 'sent', at: wb.now.toISOString() },
  ]);
  wb.spreadsheet.toast(t('monthly.test_sent', { to: me }), t('monthly.test'), 8);
  return me;
}

/** Menu: last month's summary now (its held emails too), without waiting for the trigger. */
export function sendNowAction(): void {
  const result = handleMonthly(true);
  const wb = openWorkbook();
  const t = translator(uiMessages, wb.lang);
  const body = result
    ? t('monthly.sent_now', { sent: result.sent, held: result.held })
    : t('monthly.nothing_to_send');
  wb.spreadsheet.toast(body, t('monthly.title'), 10);
}
