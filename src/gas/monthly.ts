/**
 * The monthly summary on Apps Script: one daily time-driven trigger (monthly-trigger.ts: an
 * add-on may have one per user per document) that, from the Settings day on, takes the month's
 * baseline and runs last month's summary until every email is out; MailApp with its daily quota;
 * errors written to the workbook, since add-on triggers send no failure email. Each run claims
 * its month on the spreadsheet first (monthly-state.ts), so two runs never send the same month at
 * once; the Email log makes every (recipient, month, kind) go out at most once.
 */
import { escapeHtml } from '../core/html';
import { translator } from '../core/i18n/messages';
import type { SettingRow } from '../core/schema/records';
import { SUMMARY_MESSAGES } from '../core/summary';
import { monthLabel } from '../core/summary/calendar';
import { describeSendPlan } from '../core/summary/send-plan';
import { uiMessages } from '../core/ui/messages';
import {
  type Mailer,
  type MonthlyPlan,
  type OutgoingEmail,
  planMonthly,
  previewEmails,
  previousMonth,
  type RunResult,
  runMonthly,
} from '../flows/monthly';
import { openWorkbook, type Workbook } from './context';
import { withDocumentLockIfAny } from './lock';
import { claimMonth, offState, readMonthlyState, releaseMonth } from './monthly-state';
import { sessionLinkMaker } from './session-links';

const mailApp: Mailer = {
  remaining: () => MailApp.getRemainingDailyQuota(),
  send: (email: OutgoingEmail, name: string) => {
    // The Email log row of the email before is written to the sheet before this one goes, so
    // that an execution stopped mid-run (6 minutes) has recorded every email it sent.
    SpreadsheetApp.flush();
    MailApp.sendEmail({ to: email.to, subject: email.subject, body: email.text, htmlBody: email.html, name });
  },
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
 * The daily trigger: from the Settings day on, takes the month's baseline if it is not taken yet
 * and sends last month's summary when it is due and not yet done; else returns at once. `now`
 * ("Send now", after it asked) skips the waiting for the Settings day and for the first month.
 * A pause (another coordinator turned the emails off) stops the sending, not the baseline.
 */
export function handleMonthly(now = false, wb: Workbook = openWorkbook()): RunResult | null {
  const day = today(wb);
  const month = day.slice(0, 7);
  const reportMonth = previousMonth(month);
  const state = readMonthlyState(wb.spreadsheet) ?? offState();
  if (!now && Number(day.slice(8)) < setting(wb, 'summary_day', 1)) return null;
  // Before the first report month the run still takes the month's baseline, for the next report.
  const send = (now || (!state.paused && reportMonth >= state.since)) && state.done !== reportMonth;
  if (!send && state.baseline === month) return null;
  if (!claimMonth(wb.spreadsheet, reportMonth, Session.getEffectiveUser().getEmail(), wb.now)) return null;
  let result: RunResult | null = null;
  try {
    result = withDocumentLockIfAny(() => {
      const outcome = runMonthly(wb.tables, mailApp, {
        reportMonth,
        runMonth: month,
        today: day,
        at: wb.now.toISOString(),
        send,
        links: sessionLinkMaker(wb),
      });
      if (outcome.snapshot) updateAsOf(wb, day);
      return outcome;
    });
    return result;
  } catch (error) {
    recordError(wb, error);
    throw error;
  } finally {
    releaseMonth(wb.spreadsheet, {
      done: send && result?.held === 0 ? reportMonth : null,
      baseline: result ? month : null,
    });
  }
}

/** The indicators in the sheet count back from the snapshot's day, as the snapshot did. */
function updateAsOf(wb: Workbook, day: string): void {
  const row = wb.tables
    .read<SettingRow>('settings')
    .rows.find((r) => r.record.key.trim().toLowerCase() === 'as_of_date');
  if (row) wb.tables.update('settings', new Map([[row.row, { value: day }]]));
}

/** The plan's confirmation text, as plain lines. */
function planText(plan: MonthlyPlan, lang: Workbook['lang']) {
  return describeSendPlan({ ...plan, held: plan.held.length }, lang);
}

/**
 * Menu: shows every email of the summary that would go out now (the last month that ended), with
 * what "Send now" would do; sends nothing, writes nothing.
 */
export function showPreview(): OutgoingEmail[] {
  const wb = openWorkbook();
  const t = translator(uiMessages, wb.lang);
  const plan = planMonthly(wb.tables, today(wb), mailApp.remaining(), sessionLinkMaker(wb));
  const { emails } = plan;
  const parts = emails.map(
    (e) =>
      `<section style="border:1px solid #dadce0;border-radius:6px;margin:0 0 16px;padding:8px 12px">` +
      `<p style="color:#5f6368;margin:0 0 8px">${escapeHtml(t('monthly.to'))}: ${escapeHtml(e.to)}<br>${escapeHtml(e.subject)}</p>${e.html}</section>`,
  );
  const about = planText(plan, wb.lang).lines.slice(0, 2).map(escapeHtml).join('<br>');
  const intro = `<p>${escapeHtml(t('monthly.preview_intro', { count: emails.length }))}<br>${about}</p>`;
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

/**
 * Menu: the summary of the last month that ended, now: first says which month, how many emails of
 * each kind go to whom and what waits for the quota, then asks; sends only on Yes. The run itself
 * reads the Email log again under the lock, so whatever went out meanwhile is not sent twice.
 */
export function sendNowAction(): RunResult | null {
  const wb = openWorkbook();
  const t = translator(SUMMARY_MESSAGES, wb.lang);
  const title = translator(uiMessages, wb.lang)('monthly.title');
  const ui = SpreadsheetApp.getUi();
  const plan = planMonthly(wb.tables, today(wb), mailApp.remaining());
  const text = planText(plan, wb.lang);
  if (!text.ask) {
    wb.spreadsheet.toast(text.lines.join(' '), title, 10);
    return null;
  }
  if (ui.alert(text.title, text.lines.join('\n\n'), ui.ButtonSet.YES_NO) !== ui.Button.YES) {
    wb.spreadsheet.toast(t('send_cancelled'), title, 8);
    return null;
  }
  const result = handleMonthly(true);
  const month = monthLabel(plan.month, wb.lang);
  const body = result
    ? t('send_sent', { month, sent: result.sent, held: result.held })
    : t('send_nothing', { month, count: plan.emails.length });
  wb.spreadsheet.toast(body, title, 10);
  return result;
}
