/**
 * The contract between the sidebar and the server: the functions of src/index.ts that the
 * sidebar calls through google.script.run, with their argument and result types. Types
 * only: google.script.run carries JSON-like values, so dates cross as ISO strings.
 */
import type { Lang } from '../src/core/i18n/lang';
import type { StartHereView, StepAction } from '../src/core/onboarding/checklist';

export interface ImportSource {
  name: string;
  rows: number;
}

export type ImportCounts = {
  rows: number;
  added: number;
  completed: number;
  unchanged: number;
  review: number;
};

export interface ImportPreview {
  lang: Lang;
  sheet: string;
  /** Each source column: its header and the Students column it fills (null: ignored). */
  columns: Array<{ header: string; key: string | null; label: string | null }>;
  counts: ImportCounts;
  /** The first problems that would go to Review. */
  problems: string[];
}

export interface ImportResult {
  lang: Lang;
  sheet: string;
  counts: ImportCounts;
}

export interface DataCheck {
  lang: Lang;
  tables: Array<{ sheet: string; missing: boolean; rows: number; problems: string[] }>;
}

/**
 * A Tier 2 or 3 student without a mentor, as the sidebar lists them (no confidential field).
 * Tier, score and reasons are computed from the data sheets, never read from the Students
 * sheet's formula cells (which may show Loading… or an error).
 */
export interface AtRiskStudent {
  id: string;
  name: string;
  className: string;
  tier: 2 | 3;
  score: number;
  reasons: string;
}

export interface MentorLoad {
  id: string;
  name: string;
  active: boolean;
  caseload: number;
  capacity: number;
  /** Their mentees (at-risk ones first), to release one. */
  mentees: Array<{ id: string; name: string; className: string; tier: number | null }>;
}

export interface AssignmentView {
  lang: Lang;
  unassigned: AtRiskStudent[];
  mentors: MentorLoad[];
}

/** A mentor the coordinator may choose for a student, with why they fit. */
export interface MentorOption {
  id: string;
  name: string;
  /** The preferences this mentor meets that not every option meets (a shared language every
   * option shares tells them nothing); empty when none sets this mentor apart. */
  reasons: string[];
}

/** One card of the proposal: the student as the waiting list shows them, and the mentors to choose from. */
export interface ProposedPair {
  student: AtRiskStudent;
  /** The suggested mentor first, then every other eligible mentor. */
  options: MentorOption[];
}

export interface Proposal {
  lang: Lang;
  pairs: ProposedPair[];
  unplaced: Array<{ studentId: string; studentName: string; reason: string }>;
}

export interface AcceptResult {
  view: AssignmentView;
  /** Pairs refused because a rule no longer held (a mentor filled up meanwhile…). */
  refused: Array<{ studentId: string; reason: string }>;
}

export interface ServerApi {
  getAssignmentView(): AssignmentView;
  suggestMentors(): Proposal;
  acceptMentors(pairs: Array<{ studentId: string; mentorId: string }>): AcceptResult;
  releaseStudents(studentIds: string[]): AssignmentView;
  importSources(): { lang: Lang; sources: ImportSource[] };
  previewImport(sheet: string): ImportPreview;
  runImport(sheet: string): ImportResult;
  getStartHere(): StartHereView;
  runStartHereAction(action: StepAction): void;
}
