/**
 * Mentor notices on Apps Script: MailApp, with its daily quota. Sent after each form response
 * (inside its lock) and once a day from the daily trigger; neither may fail what called it.
 */
import type { NoticeEmail } from '../core/forms/notice';
import { type NoticeMailer, type NoticeResult, sendReviewNotices } from '../flows/review-notices';
import type { Workbook } from './context';

const mailApp: NoticeMailer = {
  remaining: () => MailApp.getRemainingDailyQuota(),
  send: (email: NoticeEmail) =>
    MailApp.sendEmail({
      to: email.to,
      subject: email.subject,
      body: email.text,
      htmlBody: email.html,
      name: 'Pendamping',
    }),
};

/** Sends every notice due now. */
export function sendNotices(wb: Workbook): NoticeResult {
  return sendReviewNotices(wb.tables, mailApp, {
    lang: wb.lang,
    today: Utilities.formatDate(wb.now, wb.timeZone, 'yyyy-MM-dd'),
    now: wb.now.toISOString(),
    timeZone: wb.timeZone,
    school: wb.settings.school_name || wb.spreadsheet.getName(),
  });
}

/** Set to the day notices were left waiting (a mentor told already that day, or the quota kept). */
const WAITING = 'pendamping.notices.waiting';

const todayOf = (wb: Workbook) => Utilities.formatDate(wb.now, wb.timeZone, 'yyyy-MM-dd');

function sendAndRemember(wb: Workbook): void {
  const { waiting } = sendNotices(wb);
  if (waiting > 0) wb.properties.setProperty(WAITING, todayOf(wb));
  else wb.properties.deleteProperty(WAITING);
}

/**
 * After form responses were taken: when a session log went to Review, or notices waited since an
 * earlier day. A failure to notify is logged, never recorded as the response's.
 */
export function noticeAfterSubmission(wb: Workbook, sessionReviewed: boolean): void {
  try {
    const waiting = wb.properties.getProperty(WAITING);
    if (!sessionReviewed && (waiting === null || waiting === todayOf(wb))) return;
    sendAndRemember(wb);
  } catch (error) {
    console.warn(`Pendamping: mentor notices not sent: ${String(error)}`);
  }
}

/**
 * The daily trigger's part: notices held for a later day, for the workbook the trigger opened.
 * With a document, under its lock (taken elsewhere: left for the next response). An add-on's
 * time-driven run has no document and so no document lock (getDocumentLock() returns null):
 * the Review sheet's notice marks then keep a notice from going twice.
 * https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
 */
export function sendPendingReviewNotices(wb: Workbook): void {
  try {
    const lock = LockService.getDocumentLock();
    if (lock && !lock.tryLock(10_000)) return;
    try {
      sendAndRemember(wb);
    } finally {
      SpreadsheetApp.flush();
      lock?.releaseLock();
    }
  } catch (error) {
    console.warn(`Pendamping: mentor notices not sent: ${String(error)}`);
  }
}
