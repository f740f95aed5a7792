/**
 * The monthly summary: from the day set in Settings, the run for a month takes the risk
 * snapshot, builds each active mentor's email and each coordinator's, and sends what the
 * daily quota allows. The Email log makes it idempotent (nothing is sent twice for a month)
 * and holds what did not fit, for the next run. The email of month M goes out in month M+1:
 * sessions held in M, tiers as of the 1st of M+1 against the 1st of M.
 */
import { attendanceRate } from '../core/risk/attendance';
import { latestByStudent } from '../core/schema/latest';
import type {
  AssessmentRow,
  AttendanceRow,
  EmailLogRow,
  MentorRow,
  RiskHistoryRow,
  SessionRow,
  SettingRow,
  Student,
} from '../core/schema/records';
import { settingsMap } from '../core/settings/read';
import { coordinatorSummary, mentorSummary, type SummaryEmail, type SummaryInput } from '../core/summary';
import type { Store } from './ports';
import { assessStudents, takeSnapshot } from './snapshot';

export type EmailKind = 'mentor' | 'coordinator' | 'test';

export interface OutgoingEmail extends SummaryEmail {
  kind: EmailKind;
}

/** Sends mail; the gas side is MailApp. */
export interface Mailer {
  /** Recipients still allowed today. */
  remaining(): number;
  send(email: OutgoingEmail, senderName: string): void;
}

/** '2026-12' → '2026-11'. */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

function snapshotOf(rows: readonly RiskHistoryRow[], month: string) {
  const out = new Map<string, { tier: 1 | 2 | 3; score: number; reasons: string }>();
  for (const r of rows) {
    if (r.month === month && r.tier !== null) {
      out.set(r.student_id, { tier: r.tier as 1 | 2 | 3, score: r.score ?? 0, reasons: r.reasons ?? '' });
    }
  }
  return out;
}

/** The school's average attendance rate per month (students' rates averaged), oldest first. */
export function attendanceTrend(rows: readonly AttendanceRow[]): Array<{ month: string; rate: number }> {
  const sums = new Map<string, { total: number; count: number }>();
  for (const r of rows) {
    const rate = attendanceRate(r);
    if (rate === null) continue;
    const s = sums.get(r.month) ?? { total: 0, count: 0 };
    s.total += rate;
    s.count++;
    sums.set(r.month, s);
  }
  return [...sums.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, s]) => ({ month, rate: s.total / s.count }));
}

/**
 * Everything the emails of a report month are made from. `runMonth` is the month whose
 * snapshot gives "now"; the one before gives "last month".
 */
export function summaryInput(
  store: Store,
  reportMonth: string,
  runMonth: string,
  today: string,
): SummaryInput {
  const rows = <T>(key: Parameters<Store['read']>[0]) => store.read<T>(key).rows.map((r) => r.record);
  const settings = settingsMap(store.read<SettingRow>('settings').rows);
  const history = rows<RiskHistoryRow>('risk_history');
  const latest = latestByStudent(rows<AssessmentRow>('assessments'));
  const needs = new Map<string, { economicHardship: boolean }>();
  for (const [id, a] of latest) needs.set(id, { economicHardship: (a.economic_hardship ?? 0) >= 2 });
  const overdue = Number(settings.overdue_days);
  return {
    lang: store.lang,
    school: settings.school_name || '',
    month: reportMonth,
    today,
    overdueDays: Number.isFinite(overdue) && overdue > 0 ? overdue : 30,
    students: rows<Student>('students'),
    risk: snapshotOf(history, runMonth),
    previousRisk: snapshotOf(history, previousMonth(runMonth)),
    sessions: rows<SessionRow>('sessions'),
    needs,
    mentors: rows<MentorRow>('mentors'),
    attendanceTrend: attendanceTrend(rows<AttendanceRow>('attendance')),
  };
}

/** Every email of a report month: one per active mentor with mentees, one per coordinator. */
export function buildEmails(input: SummaryInput, coordinators: readonly string[]): OutgoingEmail[] {
  const out: OutgoingEmail[] = [];
  for (const m of input.mentors) {
    if (m.active === false) continue;
    const email = mentorSummary(input, m.mentor_id);
    if (email) out.push({ ...email, kind: 'mentor' });
  }
  for (const to of coordinators) out.push({ ...coordinatorSummary(input, to), kind: 'coordinator' });
  return out;
}

export function coordinatorsOf(settings: Record<string, string>): string[] {
  return (settings.coordinator_emails ?? '')
    .split(/[,;\s]+/)
    .map((e) => e.trim().toLowerCase())
    .filter((e) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e));
}

export interface RunResult {
  month: string;
  sent: number;
  held: number;
  alreadySent: number;
  /** True when this run took the month's risk snapshot. */
  snapshot: boolean;
}

/**
 * One run for a report month: snapshot (once), then send what is not yet sent, as far as the
 * quota goes; the Email log records every email's status.
 */
export function runMonthly(
  store: Store,
  mailer: Mailer,
  opts: { reportMonth: string; runMonth: string; today: string; at: string },
): RunResult {
  const history = store.read<RiskHistoryRow>('risk_history').rows;
  const snapshot = !history.some((r) => r.record.month === opts.runMonth);
  if (snapshot) takeSnapshot(store, opts.today);
  const settings = settingsMap(store.read<SettingRow>('settings').rows);
  const input = summaryInput(store, opts.reportMonth, opts.runMonth, opts.today);
  const emails = buildEmails(input, coordinatorsOf(settings));
  const log = store.read<EmailLogRow>('email_log').rows.map((r) => r.record);
  const key = (kind: string, to: string) => `${kind}\u0001${to.toLowerCase()}`;
  const sent = new Set(
    log
      .filter((r) => r.month === opts.reportMonth && r.status === 'sent')
      .map((r) => key(r.kind ?? '', r.recipient)),
  );
  const records: Array<Record<string, unknown>> = log
    .filter((r) => r.month === opts.reportMonth && r.status === 'sent')
    .map((r) => ({ ...r }));
  const result: RunResult = { month: opts.reportMonth, sent: 0, held: 0, alreadySent: sent.size, snapshot };
  let remaining = mailer.remaining();
  const sender = `Pendamping — ${input.school}`;
  const hold = (email: OutgoingEmail, status: 'held' | 'failed') => {
    records.push({ month: opts.reportMonth, recipient: email.to, kind: email.kind, status, at: opts.at });
    result.held++;
  };
  try {
    for (const email of emails) {
      if (sent.has(key(email.kind, email.to))) continue;
      if (remaining < 1) {
        hold(email, 'held');
        continue;
      }
      try {
        mailer.send(email, sender);
      } catch (error) {
        hold(email, 'failed'); // tried again by the next run, like a held one
        throw error;
      }
      remaining--;
      result.sent++;
      records.push({
        month: opts.reportMonth,
        recipient: email.to,
        kind: email.kind,
        status: 'sent',
        at: opts.at,
      });
    }
  } finally {
    // Whatever happened, the log says what went out: a repeated run never sends it twice.
    store.replaceWhere<EmailLogRow>('email_log', (r) => r.month === opts.reportMonth, records);
  }
  return result;
}

/**
 * The emails as they would go out now, for "Preview summary" and "Send me a test": tiers are
 * computed live (no snapshot is written), compared with the latest snapshot.
 */
export function previewEmails(store: Store, today: string): OutgoingEmail[] {
  const month = today.slice(0, 7);
  const input = summaryInput(store, month, month, today);
  const history = store.read<RiskHistoryRow>('risk_history').rows.map((r) => r.record);
  const latest = history.reduce((m, r) => (r.month > m && r.month <= month ? r.month : m), '');
  const risk = new Map<string, { tier: 1 | 2 | 3; score: number; reasons: string }>();
  for (const r of assessStudents(store, today)) {
    const { tier, score } = r.assessment;
    if (tier !== null) risk.set(r.student.student_id, { tier, score: score ?? 0, reasons: r.reasons });
  }
  const settings = settingsMap(store.read<SettingRow>('settings').rows);
  return buildEmails({ ...input, risk, previousRisk: snapshotOf(history, latest) }, coordinatorsOf(settings));
}
