/**
 * What the emails of one report month are made from and the emails themselves. The report of
 * month M is as of M's last day: sessions of M; tiers of the baseline taken in M+1 (the state at
 * M's close) compared with M's own baseline. Manual snapshots never enter it.
 */
import { dayOf } from '../core/cells/dates';
import { openReviewRows } from '../core/forms/review';
import { monthEnd } from '../core/metrics/month';
import { contactIntervals } from '../core/metrics/overdue';
import { attendanceRate } from '../core/risk/attendance';
import { latestByStudent } from '../core/schema/latest';
import type {
  AssessmentRow,
  AttendanceRow,
  MentorRow,
  ReviewRow,
  RiskHistoryRow,
  SessionRow,
  SettingRow,
  Student,
} from '../core/schema/records';
import { settingsMap } from '../core/settings/read';
import {
  type Baseline,
  coordinatorSummary,
  mentorSummary,
  type RiskNow,
  type SummaryEmail,
  type SummaryInput,
} from '../core/summary';
import type { Store } from './ports';
import { isBaseline, type StudentRisk } from './snapshot';

export type EmailKind = 'mentor' | 'coordinator' | 'test';

export interface OutgoingEmail extends SummaryEmail {
  kind: EmailKind;
}

/** A baseline's tiers with its month and day. */
export interface BaselineTiers {
  risk: Map<string, RiskNow>;
  info: Baseline;
}

/** The month's baseline from Risk history; null when Risk history has none for the month. */
export function storedBaseline(store: Store, month: string): BaselineTiers | null {
  const risk = new Map<string, RiskNow>();
  let takenAt = '';
  let found = false;
  for (const { record: r } of store.read<RiskHistoryRow>('risk_history').rows) {
    if (r.month !== month || !isBaseline(r)) continue;
    found = true;
    if (r.taken_at && r.taken_at > takenAt) takenAt = r.taken_at;
    if (r.tier === 1 || r.tier === 2 || r.tier === 3)
      risk.set(r.student_id, { tier: r.tier, score: r.score ?? 0, reasons: r.reasons ?? '' });
  }
  if (!found) return null;
  const takenOn = takenAt ? (dayOf(new Date(takenAt), store.timeZone) ?? null) : null;
  return { risk, info: { month, takenOn } };
}

/** The baseline a run taking it today would write: the students' risk computed now. */
export function liveBaseline(risks: readonly StudentRisk[], month: string, today: string): BaselineTiers {
  const risk = new Map<string, RiskNow>();
  for (const r of risks) {
    const { tier, score } = r.assessment;
    if (tier !== null) risk.set(r.student.student_id, { tier, score: score ?? 0, reasons: r.reasons });
  }
  return { risk, info: { month, takenOn: today } };
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
 * Everything the emails of a report month are made from; `now` is the baseline of the month
 * after (stored, or computed live for a preview), null when there is none.
 */
export function summaryInput(store: Store, reportMonth: string, now: BaselineTiers | null): SummaryInput {
  const rows = <T>(key: Parameters<Store['read']>[0]) => store.read<T>(key).rows.map((r) => r.record);
  const settings = settingsMap(store.read<SettingRow>('settings').rows);
  const latest = latestByStudent(rows<AssessmentRow>('assessments'));
  const needs = new Map<string, { economicHardship: boolean }>();
  for (const [id, a] of latest) needs.set(id, { economicHardship: (a.economic_hardship ?? 0) >= 2 });
  const previous = storedBaseline(store, reportMonth);
  return {
    lang: store.lang,
    school: settings.school_name || '',
    month: reportMonth,
    asOf: monthEnd(reportMonth),
    intervals: contactIntervals(settings),
    students: rows<Student>('students'),
    risk: now?.risk ?? new Map(),
    previousRisk: previous?.risk ?? new Map(),
    baselines: { now: now?.info ?? null, previous: previous?.info ?? null },
    sessions: rows<SessionRow>('sessions'),
    needs,
    mentors: rows<MentorRow>('mentors'),
    attendanceTrend: attendanceTrend(rows<AttendanceRow>('attendance')),
    reviewOpen: openReviewRows(rows<ReviewRow>('review')).length,
  };
}

/**
 * The coordinators' addresses from Settings, each once (case and spaces do not make another).
 * @example coordinatorsOf({ coordinator_emails: 'BK@x.sch.id, bk@x.sch.id; kepala@x.sch.id' }) // ['bk@x.sch.id', 'kepala@x.sch.id']
 */
export function coordinatorsOf(settings: Record<string, string>): string[] {
  const out: string[] = [];
  for (const raw of (settings.coordinator_emails ?? '').split(/[,;\s]+/)) {
    const email = raw.trim().toLowerCase();
    if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) && out.indexOf(email) < 0) out.push(email);
  }
  return out;
}

/**
 * Every email of a report month, one per recipient and kind: one per active mentor's address
 * (mentor rows that share an address get one email with all their mentees), one per coordinator.
 */
export function buildEmails(input: SummaryInput, coordinators: readonly string[]): OutgoingEmail[] {
  const byAddress = new Map<string, string[]>();
  for (const m of input.mentors) {
    const address = (m.email ?? '').trim().toLowerCase();
    if (m.active === false || !address) continue;
    byAddress.set(address, [...(byAddress.get(address) ?? []), m.mentor_id]);
  }
  const out: OutgoingEmail[] = [];
  for (const ids of byAddress.values()) {
    const email = mentorSummary(input, ids);
    if (email) out.push({ ...email, kind: 'mentor' });
  }
  for (const to of coordinators) out.push({ ...coordinatorSummary(input, to), kind: 'coordinator' });
  return out;
}
