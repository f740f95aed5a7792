import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/messages';
import { type CellRule, COUNT, isBlank, POINTS, RATE, showValue } from './cells';
import { RISK_MESSAGES } from './messages';

/** The thresholds of SPEC §3, each a key of the Settings sheet. */
export interface Thresholds {
  attendance_watch: number;
  attendance_high: number;
  attendance_critical: number;
  unexcused_watch: number;
  unexcused_high: number;
  incidents_watch: number;
  incidents_high: number;
  below_passing_watch: number;
  below_passing_high: number;
  passing_grade: number;
  average_margin: number;
  grade_drop_watch: number;
  grade_drop_high: number;
  overage_watch: number;
  overage_high: number;
  needs_watch: number;
  needs_high: number;
}

export type ThresholdKey = keyof Thresholds;

/** The defaults (EWIMS, Check & Connect, Panorama attendance bands; 75 is the usual KKM). */
export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = {
  attendance_watch: 0.95,
  attendance_high: 0.9,
  attendance_critical: 0.8,
  unexcused_watch: 2,
  unexcused_high: 3,
  incidents_watch: 1,
  incidents_high: 3,
  below_passing_watch: 1,
  below_passing_high: 2,
  passing_grade: 75,
  average_margin: 5,
  grade_drop_watch: 5,
  grade_drop_high: 10,
  overage_watch: 1,
  overage_high: 2,
  needs_watch: 1,
  needs_high: 2,
};

/** The Settings sheet keys of the risk engine, in the order Setup lists them, with their defaults. */
export const RISK_SETTINGS: readonly { key: ThresholdKey; value: number }[] = (
  Object.keys(DEFAULT_THRESHOLDS) as ThresholdKey[]
).map((key) => ({ key, value: DEFAULT_THRESHOLDS[key] }));

/**
 * The description of a threshold key for the Settings sheet.
 * @example thresholdDescription('passing_grade', 'en') // 'Passing grade (KKM, 0–100): a term average below it is a red flag'
 */
export function thresholdDescription(key: ThresholdKey, lang: Lang): string {
  return RISK_MESSAGES[lang][`setting_${key}`];
}

function ruleFor(key: ThresholdKey): CellRule<number> {
  if (key.indexOf('attendance_') === 0) return RATE;
  if (key === 'passing_grade' || key === 'average_margin' || key.indexOf('grade_drop_') === 0) return POINTS;
  return COUNT;
}

/** Thresholds read from Settings, and what could not be read (its default is used instead). */
export interface ReadThresholds {
  thresholds: Thresholds;
  /** One readable line per value that does not fit its key, naming the default used. */
  unread: string[];
}

/**
 * Reads thresholds from a key/value range such as the Settings sheet: keys are trimmed and
 * matched without case, values may be numbers or text ("0,9", "90%"); blank rows, rows of other
 * settings and blank values (the default stays) are passed over. A value that does not fit its
 * key keeps the key's default, and is named in `unread`: one bad setting must not blank every
 * score of the school.
 * @example readThresholds([['passing_grade', 'tujuh puluh']]).unread
 * // ["setting passing_grade must be a number between 0 and 100 ('tujuh puluh'): the default 75 is used"]
 */
export function readThresholds(pairs: unknown[][] | undefined, lang: Lang = 'en'): ReadThresholds {
  const thresholds: Thresholds = { ...DEFAULT_THRESHOLDS };
  const unread: string[] = [];
  for (const row of pairs ?? []) {
    const key = String(row[0] ?? '')
      .trim()
      .toLowerCase();
    if (!RISK_SETTINGS.some((setting) => setting.key === key)) continue;
    const raw = row[1];
    if (isBlank(raw)) continue;
    const rule = ruleFor(key as ThresholdKey);
    const value = rule.read(raw);
    if (value === undefined || value === null) {
      const t = translator(RISK_MESSAGES, lang);
      const problem = t('bad_setting', { key, problem: t(rule.problem), value: showValue(raw) });
      unread.push(t('setting_default', { problem, value: DEFAULT_THRESHOLDS[key as ThresholdKey] }));
      continue;
    }
    thresholds[key as ThresholdKey] = value;
  }
  return { thresholds, unread };
}

/**
 * The thresholds of a key/value range, each unreadable value replaced by its default (see readThresholds).
 * @example thresholdsFrom([['attendance_high ', '85%'], ['coordinator_email', 'x@y.id']]).attendance_high // 0.85
 */
export function thresholdsFrom(pairs: unknown[][] | undefined, lang: Lang = 'en'): Thresholds {
  return readThresholds(pairs, lang).thresholds;
}
