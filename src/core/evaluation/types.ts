/**
 * What the programme evaluation reads and what it gives. It reads only the fields below: no
 * confidential column (assessment or session notes) and no session topic can reach it.
 * Every figure carries the n it was computed over; all values are JSON-like (no Date, no Map).
 */
import type { Lang } from '../i18n/lang';
import type { ThresholdKey } from '../risk/thresholds';
import type { AttendanceRow, RiskHistoryRow, SessionRow, Student } from '../schema/records';

export type EvaluatedStudent = Pick<
  Student,
  'student_id' | 'name' | 'class' | 'grade' | 'status' | 'status_date' | 'mentor_id' | 'mentor_since'
>;
export type EvaluatedSession = Pick<SessionRow, 'date' | 'student_id' | 'type' | 'attended'>;

export interface EvaluationInput {
  /** The school year, by the calendar year it starts in (2025 for 2025/2026). */
  year: number;
  /** The day the record is read on (ISO): months after it have no figures yet. */
  today: string;
  lang: Lang;
  students: readonly EvaluatedStudent[];
  history: readonly RiskHistoryRow[];
  sessions: readonly EvaluatedSession[];
  attendance: readonly AttendanceRow[];
  /** The Settings table as key → value (the risk thresholds among them). */
  settings: Readonly<Record<string, string>>;
}

/** part of n; value = part / n, null when n is 0. */
export interface Share {
  value: number | null;
  part: number;
  n: number;
}

export interface DropoutMonth {
  month: string;
  /** Null for a month not reached yet. */
  dropouts: number | null;
  per100: number | null;
  transfers: number | null;
}

export interface DropoutGrade {
  grade: number;
  enrolled: number;
  dropouts: number;
  per100: number | null;
}

export interface DropoutYear {
  schoolYear: string;
  /** Students enrolled at the start (n of every rate); null when the record holds no baseline of the year. */
  enrolled: number | null;
  months: DropoutMonth[];
  grades: DropoutGrade[];
  dropouts: number;
  per100: number | null;
  transfers: number;
}

export interface DropoutSection {
  year: DropoutYear;
  /** The year before, when the record holds it (a baseline snapshot in it). */
  previous: DropoutYear | null;
  /** The year before over the same months as this year so far, for a fair comparison (n: its enrolment). */
  previousSameMonths: {
    months: number;
    dropouts: number;
    per100: number | null;
    enrolled: number | null;
  } | null;
  /** Students marked dropped out without a status date: no month or year can hold them. */
  undated: number;
}

/** A student who dropped out, and what the baselines said of them before. */
export interface Leaver {
  student_id: string;
  name: string;
  class: string | null;
  grade: number | null;
  status_date: string;
  /** Tier in the baseline 1, 2 and 3 months before (null: no snapshot). */
  tiers: [number | null, number | null, number | null];
  /** The reasons of the baseline 1 month before (null: no snapshot). */
  reasons: string | null;
}

export interface FlagSection {
  leavers: Leaver[];
  recall1: Share;
  recall3: Share;
  /** Leavers without a baseline 1 and 3 months before (counted as not caught). */
  noSnapshot1: number;
  noSnapshot3: number;
  alertLoad: Array<{ month: string; share: Share }>;
  /** Over the year: student-months at Tier ≥ 2 of all student-months in the baselines. */
  alertLoadYear: Share;
  precision: Share;
  falseAlarms: number;
  /** Leavers not at Tier ≥ 2 one month before, with what their flags said. */
  missed: Leaver[];
}

export interface WhatIfOutcome {
  recall1: Share;
  recall3: Share;
  alertLoad: Share;
}

export interface WhatIfRow {
  key: ThresholdKey;
  step: number;
  current: number;
  /** Null where the step would leave the threshold's range. */
  stricter: (WhatIfOutcome & { value: number }) | null;
  looser: (WhatIfOutcome & { value: number }) | null;
}

export interface WhatIfSection {
  /** The current Settings applied to every baseline's indicator values. */
  now: WhatIfOutcome;
  rows: WhatIfRow[];
  /** Baseline rows without indicator values (taken before they were recorded): never flagged here. */
  rowsWithoutIndicators: number;
  /** Settings that could not be read (their defaults were used), one readable line each. */
  unreadSettings: string[];
}

export interface DoseFigure {
  mentees: number;
  sessions: number;
  perMentee: number | null;
  /** Mentees who met the contact target this month (Tier 3: 4 sessions, Tier 2: 1). */
  metTarget: Share;
}

export interface MentoringSection {
  reach: Array<{ month: string; share: Share }>;
  dose: Array<{ month: string; tier3: DoseFigure; tier2: DoseFigure }>;
  family: Array<{ month: string; family: number; homeVisits: number }>;
  familyTotal: number;
  homeVisitTotal: number;
  /** Students who had a family session or a home visit this year. */
  familyStudents: number;
}

export interface AttendanceSection {
  /** Students whose first session fell in the year. */
  firstSessions: number;
  /** Of those, with attendance recaps both before and after (the n of both means). */
  n: number;
  before: number | null;
  after: number | null;
  change: number | null;
}

export interface ProgrammeEvaluation {
  schoolYear: string;
  from: string;
  to: string;
  /** The last day the figures count (today, or the year's end). */
  through: string;
  dropout: DropoutSection;
  flags: FlagSection;
  whatIf: WhatIfSection;
  mentoring: MentoringSection;
  attendance: AttendanceSection;
}
