/** What the monthly summary emails are made from, and what they come out as. */
import type { Lang } from '../i18n/lang';
import type { MentorRow, SessionRow, Student } from '../schema/records';

export type Tier = 1 | 2 | 3;

/** A student's row of this month's Risk history snapshot. */
export interface RiskNow {
  tier: Tier;
  score: number;
  reasons: string;
}

/** A student's row of last month's snapshot. */
export interface RiskBefore {
  tier: Tier;
  score: number;
}

/**
 * Everything one run needs. Dates come in (the core reads no clock); `needs` carries only the
 * flag derived from the latest intake, never the assessment answers themselves.
 */
export interface SummaryInput {
  lang: Lang;
  school: string;
  /** 'YYYY-MM' of the run. */
  month: string;
  /** 'YYYY-MM-DD'. */
  today: string;
  /** Days without an attended session after which a mentee is overdue (default 30). */
  overdueDays: number;
  students: Student[];
  risk: Map<string, RiskNow>;
  previousRisk: Map<string, RiskBefore>;
  /** Every session; `notes`, `topics` and `follow_up` are never read. */
  sessions: SessionRow[];
  needs: Map<string, { economicHardship: boolean }>;
  mentors: MentorRow[];
  /** School-wide average attendance rate (0–1) per month, oldest first. */
  attendanceTrend: Array<{ month: string; rate: number }>;
}

/** One email, ready for the mail port: an HTML body and a plain-text body of the same content. */
export interface SummaryEmail {
  to: string;
  subject: string;
  html: string;
  text: string;
}

/** A mentor's email, with the number of active mentees it covers. */
export interface MentorEmail extends SummaryEmail {
  mentees: number;
}

/** How a tier moved since last month: up is worse (a higher tier needs more support). */
export type TierChange = 'new' | 'up' | 'down' | 'same';
