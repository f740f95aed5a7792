/** What the monthly summary emails are made from, and what they come out as. */
import type { Lang } from '../i18n/lang';
import type { ContactIntervals } from '../metrics/overdue';
import type { MentorRow, SessionRow, Student } from '../schema/records';

export type Tier = 1 | 2 | 3;

/** A student's row of the baseline the email's tiers come from. */
export interface RiskNow {
  tier: Tier;
  score: number;
  reasons: string;
}

/** A student's row of the baseline before it. */
export interface RiskBefore {
  tier: Tier;
  score: number;
}

/** A monthly baseline of Risk history: its month and, when recorded, the day it was taken. */
export interface Baseline {
  month: string;
  takenOn: string | null;
}

/**
 * Everything the emails of one report month need. Dates come in (the core reads no clock); `needs`
 * carries only the flag derived from the latest intake, never the assessment answers themselves.
 * An email about month M counts month M whatever day it goes out: `asOf` is M's last day.
 */
export interface SummaryInput {
  lang: Lang;
  school: string;
  /** 'YYYY-MM': the month the emails report. */
  month: string;
  /** 'YYYY-MM-DD': the day the emails are as of, the month's last day. */
  asOf: string;
  /** Days between contacts by tier, from Settings. */
  intervals: ContactIntervals;
  students: Student[];
  /** Tiers of the baseline taken after the month (`baselines.now`). */
  risk: Map<string, RiskNow>;
  /** Tiers of the month's own baseline (`baselines.previous`). */
  previousRisk: Map<string, RiskBefore>;
  baselines: { now: Baseline | null; previous: Baseline | null };
  /** Every session; `notes`, `topics` and `follow_up` are never read. */
  sessions: SessionRow[];
  needs: Map<string, { economicHardship: boolean }>;
  mentors: MentorRow[];
  /** School-wide average attendance rate (0–1) per month, oldest first. */
  attendanceTrend: Array<{ month: string; rate: number }>;
  /**
   * Review rows that still need a person when the email is made (forms/review.ts isOpenReview):
   * a worklist, counted as it stands now, as the Dashboard counts it.
   */
  reviewOpen: number;
  /** Pre-filled session-log links, made on the Apps Script side; absent when there is no session form. */
  links?: SessionLinks;
}

/**
 * Links to the session-log form with answers already chosen: by mentor ID with only the mentor,
 * by student ID with the student and the student's mentor. Only students an email may name have one.
 */
export interface SessionLinks {
  general: Map<string, string>;
  mentee: Map<string, string>;
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

/** How a tier moved since the earlier baseline: up is worse (a higher tier needs more support). */
export type TierChange = 'new' | 'up' | 'down' | 'same';
