/**
 * Reads a form submission (the answers by question title, as the form-submit event gives
 * them) into records, with every problem that stops it named in the workbook's language.
 */
import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/messages';
import { SCHEMA_MESSAGES } from '../schema/messages';
import { parseCell, type Value } from '../schema/parse';
import { columnDef } from '../schema/sheets';
import type { SheetKey } from '../schema/types';
import { type FormDefinition, idOfChoice, type Question } from './definitions';
import { FORM_MESSAGES } from './messages';

export interface Answers {
  /** Answer text by question key ('' when unanswered). */
  byKey: Record<string, string>;
  /** The whole submission as a person reads it: "Question: answer | …". */
  raw: string;
}

/** Picks each question's answer out of the event's namedValues (title → [answer]). */
export function answersOf(def: FormDefinition, namedValues: Record<string, string[]>): Answers {
  const byKey: Record<string, string> = {};
  for (const q of def.questions) byKey[q.key] = (namedValues[q.title] ?? []).join(', ').trim();
  const raw = Object.keys(namedValues)
    .map((title) => [title, (namedValues[title] ?? []).join(', ')] as const)
    .filter(([, v]) => v.trim() !== '')
    .map(([title, v]) => `${title}: ${v}`)
    .join(' | ');
  return { byKey, raw };
}

/** A NISN has 10 digits; a school number has 3–9 digits, or letters and . / - as some schools write it. */
export function isStudentId(id: string): boolean {
  if (/^\d+$/.test(id)) return id.length === 10 || (id.length >= 3 && id.length <= 9);
  return /^[0-9A-Za-z][0-9A-Za-z./-]{2,19}$/.test(id);
}

export interface ReadResult {
  values: Record<string, Value>;
  problems: string[];
}

interface Context {
  lang: Lang;
  today: string;
  timeZone?: string;
}

/**
 * Reads the answers of some questions into column values of a sheet, checking types, required
 * answers and dates that cannot be in the future.
 */
export function readAnswers(
  def: FormDefinition,
  answers: Answers,
  sheet: SheetKey,
  keys: readonly string[],
  ctx: Context,
  pastOnly: readonly string[] = [],
): ReadResult {
  const t = translator(FORM_MESSAGES, ctx.lang);
  const ts = translator(SCHEMA_MESSAGES, ctx.lang);
  const values: Record<string, Value> = {};
  const problems: string[] = [];
  for (const key of keys) {
    const q = def.questions.find((x) => x.key === key) as Question | undefined;
    const title = q?.title ?? key;
    let text = answers.byKey[key] ?? '';
    if (q?.type === 'list' && (key === 'student_id' || key === 'mentor_id')) text = idOfChoice(text);
    if (text === '') {
      if (q?.required) problems.push(t('missing', { question: title }));
      values[key] = null;
      continue;
    }
    const parsed = parseCell({ ...columnDef(sheet, key), required: false }, text, ctx.timeZone);
    if (!parsed.ok) {
      problems.push(
        t('bad_answer', { question: title, value: text, problem: ts(parsed.problem, parsed.params) }),
      );
      continue;
    }
    if (pastOnly.includes(key) && typeof parsed.value === 'string' && parsed.value > ctx.today) {
      problems.push(t('future_date', { question: title, date: parsed.value }));
      continue;
    }
    values[key] = parsed.value;
  }
  return { values, problems };
}
