/** The typed records of each table, as readTable gives them (dates as ISO text). */
import type {
  EMAIL_KIND,
  EMAIL_STATUS,
  INCIDENT_KIND,
  NEEDS,
  REVIEW_ORIGIN,
  REVIEW_STATUS,
  ROLE,
  SESSION_TYPE,
  SNAPSHOT_KIND,
  STATUS,
} from './sheets';

export type Status = (typeof STATUS)[number];
export type Gender = 'L' | 'P';
export type Need = (typeof NEEDS)[number];
export type SessionType = (typeof SESSION_TYPE)[number];

export interface Student {
  student_id: string;
  name: string;
  class: string | null;
  grade: number | null;
  gender: Gender | null;
  birth_date: string | null;
  guardian_name: string | null;
  guardian_phone: string | null;
  status: Status | null;
  status_date: string | null;
  consent: boolean | null;
  pip: boolean | null;
  languages: string | null;
  mentor_id: string | null;
  /** The day the current mentor was assigned (ISO date). */
  mentor_since: string | null;
  attendance: number | null;
  unexcused: number | null;
  incidents: number | null;
  below_passing: number | null;
  average: number | null;
  previous_average: number | null;
  overage: number | null;
  needs: number | null;
  risk_score: number | null;
  risk_tier: number | null;
  risk_reasons: string | null;
}

export interface MentorRow {
  mentor_id: string;
  name: string;
  email: string | null;
  gender: Gender | null;
  role: (typeof ROLE)[number] | null;
  capacity: number | null;
  grades: number[] | null;
  strengths: Need[] | null;
  languages: string | null;
  active: boolean | null;
}

export interface AttendanceRow {
  student_id: string;
  month: string;
  school_days: number;
  sick: number | null;
  excused: number | null;
  unexcused: number | null;
}

export interface GradeRow {
  student_id: string;
  term: string;
  average: number | null;
  below_passing: number | null;
}

export interface IncidentRow {
  date: string;
  student_id: string;
  kind: (typeof INCIDENT_KIND)[number];
  note: string | null;
}

export interface AssessmentRow {
  date: string;
  student_id: string;
  assessor: string | null;
  social_pressure: number | null;
  economic_hardship: number | null;
  low_home_support: number | null;
  motivation: number | null;
  wellbeing: number | null;
  aspirations: string | null;
  notes: string | null;
}

export interface SessionRow {
  date: string;
  student_id: string;
  mentor_id: string;
  type: SessionType;
  minutes: number | null;
  attended: boolean | null;
  topics: string | null;
  follow_up: string | null;
  next_check: string | null;
  notes: string | null;
}

export interface SettingRow {
  key: string;
  value: string | null;
  description: string | null;
}

export interface RiskHistoryRow {
  month: string;
  student_id: string;
  score: number | null;
  tier: number | null;
  reasons: string | null;
  /** 'baseline' (the monthly run's) or 'manual'; a blank, from before the column existed, is a baseline. */
  kind: (typeof SNAPSHOT_KIND)[number] | null;
  taken_at: string | null;
  attendance: number | null;
  unexcused: number | null;
  incidents: number | null;
  below_passing: number | null;
  average: number | null;
  previous_average: number | null;
  overage: number | null;
  needs: number | null;
}

export type ReviewStatus = (typeof REVIEW_STATUS)[number];
export type ReviewOrigin = (typeof REVIEW_ORIGIN)[number];

/** A Review row: the task (status), where it came from, and the input whole and split into fields. */
export interface ReviewRow {
  received_at: string | null;
  source: string | null;
  problem: string | null;
  /** Null in rows from before the column existed: they count as open. */
  status: ReviewStatus | null;
  taken: boolean | null;
  origin: ReviewOrigin | null;
  ref: string | null;
  notified: string | null;
  raw: string | null;
  /** The answer columns (REVIEW_ANSWERS), by column key: text as typed, null when blank. */
  [answer: string]: string | boolean | null;
}

export interface EmailLogRow {
  month: string;
  recipient: string;
  kind: (typeof EMAIL_KIND)[number] | null;
  status: (typeof EMAIL_STATUS)[number] | null;
  at: string | null;
}
