/** The need domains found at intake; a mentor's strengths use the same words. */
export type Need = 'academic' | 'social_emotional' | 'family_economic';

export const NEEDS: readonly Need[] = ['academic', 'social_emotional', 'family_economic'];

/** L (laki-laki) or P (perempuan), as the Students and Mentors sheets hold it. */
export type Gender = 'L' | 'P';

export interface Mentor {
  id: string;
  name: string;
  active: boolean;
  capacity: number;
  /** Mentees this mentor already has (existing assignments). */
  caseload: number;
  /** Grade levels the mentor takes; empty means any grade. */
  grades: number[];
  gender: Gender | null;
  strengths: Need[];
  languages: string[];
}

/** A Tier 2 or Tier 3 student without a mentor. */
export interface StudentToPlace {
  id: string;
  name: string;
  grade: number | null;
  gender: Gender | null;
  tier: 2 | 3;
  /** Risk score 0–100; orders students within a tier. */
  score: number;
  needs: Need[];
  languages: string[];
  className: string;
  /** Shared by siblings, e.g. the guardian's phone number. */
  familyKey: string | null;
}

/** A pair that already exists. Input only: it is never changed, only learnt from. */
export interface ExistingAssignment {
  studentId: string;
  mentorId: string;
  className: string;
  familyKey: string | null;
}

export interface MatchWeights {
  /** Per student need that a mentor strength meets. */
  strengths: number;
  /** Once, when mentor and student share a language. */
  language: number;
  /** In full for a sibling's mentor, half for a classmate's mentor. */
  continuity: number;
  /** Scales the convex caseload penalty. */
  balance: number;
}

export interface MatchOptions {
  /** Hard rule for one-to-one mentoring: mentor and student of the same (known) gender. */
  sameGender: boolean;
  weights: MatchWeights;
}

/** Why a suggested mentor fits: one entry per preference that added to the pair's score. */
export type Reason =
  | { kind: 'strengths'; needs: Need[] }
  | { kind: 'language'; language: string }
  | { kind: 'sibling' }
  | { kind: 'classmate' }
  | { kind: 'balance'; caseloadAfter: number; capacity: number };

/** The rule that kept a student from being placed. */
export type BlockReason =
  | { kind: 'assigned'; mentorId: string }
  | { kind: 'no_active_mentor' }
  | { kind: 'grade'; grade: number | null }
  | { kind: 'gender'; gender: Gender | null }
  | { kind: 'full' }
  | { kind: 'capacity' };

export interface Suggestion {
  studentId: string;
  mentorId: string;
  reasons: Reason[];
}

export interface Unplaced {
  studentId: string;
  blockedBy: BlockReason;
}

export interface MatchResult {
  /** Highest priority first (tier, then score, then input order). */
  suggestions: Suggestion[];
  /** Same order as suggestions. */
  unplaced: Unplaced[];
  /** Sum of preferenceScore over the suggestions, each mentor's new mentees taken in list order. */
  totalPreference: number;
}
