import type { MatchOptions } from './types';

/**
 * Defaults: needs matter most (3 per need met); a shared language and continuity count as
 * much as each other; balance 1 makes a nearly full mentor cost about 2 more than an empty one.
 */
export const DEFAULT_MATCH_OPTIONS: MatchOptions = {
  sameGender: false,
  weights: { strengths: 3, language: 2, continuity: 2, balance: 1 },
};

export type MatchSettingKey =
  | 'match_same_gender'
  | 'match_weight_strengths'
  | 'match_weight_language'
  | 'match_weight_continuity'
  | 'match_weight_balance';

/** The Settings sheet keys of the matcher, in the order Setup lists them, with their defaults. */
export const MATCH_SETTINGS: readonly { key: MatchSettingKey; value: boolean | number }[] = [
  { key: 'match_same_gender', value: DEFAULT_MATCH_OPTIONS.sameGender },
  { key: 'match_weight_strengths', value: DEFAULT_MATCH_OPTIONS.weights.strengths },
  { key: 'match_weight_language', value: DEFAULT_MATCH_OPTIONS.weights.language },
  { key: 'match_weight_continuity', value: DEFAULT_MATCH_OPTIONS.weights.continuity },
  { key: 'match_weight_balance', value: DEFAULT_MATCH_OPTIONS.weights.balance },
];

const TRUE_WORDS = ['true', 'yes', 'ya', 'benar', '1'];
const FALSE_WORDS = ['false', 'no', 'tidak', 'salah', '0'];

function readBoolean(raw: unknown, fallback: boolean): boolean {
  if (typeof raw === 'boolean') return raw;
  const word = String(raw ?? '')
    .trim()
    .toLowerCase();
  if (TRUE_WORDS.indexOf(word) >= 0) return true;
  if (FALSE_WORDS.indexOf(word) >= 0) return false;
  return fallback;
}

// A weight must be a finite number ≥ 0: a negative balance weight would make the caseload
// cost concave, and the optimiser relies on it growing.
function readWeight(raw: unknown, fallback: number): number {
  const text = typeof raw === 'string' ? raw.trim().replace(',', '.') : raw;
  if (text === '' || text === null || text === undefined) return fallback;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

/**
 * Reads the matcher's options from Settings key/value pairs; a missing or unreadable value keeps its default.
 * @example matchOptionsFromSettings({ match_same_gender: 'TRUE', match_weight_balance: '2,5' })
 * // { sameGender: true, weights: { strengths: 3, language: 2, continuity: 2, balance: 2.5 } }
 */
export function matchOptionsFromSettings(settings: Readonly<Record<string, unknown>>): MatchOptions {
  const d = DEFAULT_MATCH_OPTIONS;
  return {
    sameGender: readBoolean(settings.match_same_gender, d.sameGender),
    weights: {
      strengths: readWeight(settings.match_weight_strengths, d.weights.strengths),
      language: readWeight(settings.match_weight_language, d.weights.language),
      continuity: readWeight(settings.match_weight_continuity, d.weights.continuity),
      balance: readWeight(settings.match_weight_balance, d.weights.balance),
    },
  };
}
