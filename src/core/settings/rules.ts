/**
 * What each Settings key may hold, as a data validation of its value cell: a number range, a
 * list or a date, with a help text that Sheets shows when a value is refused. The ranges are
 * those the readers accept (src/core/risk/cells.ts and the settings' own readers), so a value
 * the sheet takes is a value the add-on can read.
 */

import { readNumber, tidyNumber } from '../cells/numbers';
import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/messages';
import { settingRuleMessages } from './rule-messages';

export type SettingRule =
  | { kind: 'number'; min: number; max: number; help: string }
  | { kind: 'list'; values: string[]; help: string };

/** Whether a key holds a number (its value cell is then a number cell, not plain text). */
export function isNumberSetting(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(RANGES, key);
}

type Range = { kind: 'rate' | 'whole' | 'number'; min: number; max: number };

const rate: Range = { kind: 'rate', min: 0, max: 100 };
const whole = (min: number, max: number): Range => ({ kind: 'whole', min, max });
const number = (min: number, max: number): Range => ({ kind: 'number', min, max });

/** The number keys and their ranges; a rate takes 0–1 or a percentage (86 reads as 86%). */
const RANGES: Readonly<Record<string, Range>> = {
  attendance_watch: rate,
  attendance_high: rate,
  attendance_critical: rate,
  unexcused_watch: whole(0, 31),
  unexcused_high: whole(0, 31),
  incidents_watch: whole(0, 100),
  incidents_high: whole(0, 100),
  below_passing_watch: whole(0, 30),
  below_passing_high: whole(0, 30),
  passing_grade: number(0, 100),
  average_margin: number(0, 100),
  grade_drop_watch: number(0, 100),
  grade_drop_high: number(0, 100),
  overage_watch: whole(0, 10),
  overage_high: whole(0, 10),
  needs_watch: whole(0, 3),
  needs_high: whole(0, 3),
  match_weight_strengths: number(0, 100),
  match_weight_language: number(0, 100),
  match_weight_continuity: number(0, 100),
  match_weight_balance: number(0, 100),
  summary_day: whole(1, 28),
  summary_hour: whole(0, 23),
  contact_days_tier3: whole(1, 365),
  contact_days_tier2: whole(1, 365),
  overdue_days: whole(1, 365),
};

/**
 * The number a number key's text value stands for ("0,85" → 0.85; for a rate "85%" → 0.85),
 * so Setup can store it as the number it is: a number rule refuses text. Null when the value is
 * already a number, blank, not a number, or the key is not a number key (it is then kept as typed).
 * @example settingNumber('attendance_high', '85%') // 0.85; settingNumber('passing_grade', 'tujuh puluh') // null
 */
export function settingNumber(key: string, raw: unknown): number | null {
  if (typeof raw !== 'string' || !isNumberSetting(key)) return null;
  const n = readNumber(raw);
  if (!n) return null;
  if (!n.percent) return n.value;
  return RANGES[key]!.kind === 'rate' ? tidyNumber(n.value / 100) : null;
}

/**
 * The validation of a key's value cell, or null for free text (school_name, coordinator_emails:
 * a list of addresses, which Start here checks one by one; match_same_gender: yes/no words;
 * as_of_date, which the monthly run writes as text).
 * @example settingRule('passing_grade', 'en') // { kind: 'number', min: 0, max: 100, help: 'passing_grade: a number from 0 to 100.' }
 */
export function settingRule(key: string, lang: Lang): SettingRule | null {
  const t = translator(settingRuleMessages, lang);
  if (key === 'language') return { kind: 'list', values: ['id', 'en'], help: t('language', { key }) };
  const range = Object.prototype.hasOwnProperty.call(RANGES, key) ? RANGES[key] : undefined;
  if (!range) return null;
  return { kind: 'number', min: range.min, max: range.max, help: t(range.kind, { key, ...range }) };
}
