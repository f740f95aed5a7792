/**
 * Reads a form response (its row in the responses sheet, by column; or a Review row's answer
 * columns, by question key) into records, with every problem that stops it named in the
 * workbook's language.
 */
import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/messages';
import { SCHEMA_MESSAGES } from '../schema/messages';
import { parseCell, type Value } from '../schema/parse';
import { columnDef } from '../schema/sheets';
import type { SheetKey } from '../schema/types';
import { type FormDefinition, idOfChoice, type Question, studentOfChoice } from './definitions';
import { FORM_MESSAGES } from './messages';

export interface Answers {
  /** Answer text by question key ('' when unanswered). */
  byKey: Record<string, string>;
  /** The whole submission as a person reads it: "Question: answer | …". */
  raw: string;
}

/**
 * Where each question's answers are in a responses sheet: every column headed by one of the
 * titles the question has had (Google keeps a column for every question ever asked, so after a
 * rebuild one title may head two columns).
 * @example questionColumns(def, ['Stempel waktu', 'NISN'], { student_id: ['NISN'] }).student_id // [1]
 */
export function questionColumns(
  def: FormDefinition,
  header: readonly string[],
  titles: Readonly<Record<string, readonly string[]>>,
): Record<string, number[]> {
  const columns: Record<string, number[]> = {};
  for (const q of def.questions) {
    if (q.type === 'section') continue;
    const names = new Set([q.title, ...(titles[q.key] ?? [])].map((t) => t.trim()));
    columns[q.key] = header.flatMap((h, i) => (names.has(String(h).trim()) ? [i] : []));
  }
  return columns;
}

/**
 * A response row's answers by question key (the last of a question's columns that holds
 * something: the newest item's), and the row whole as raw. `cells` are text, dates yyyy-mm-dd.
 * @example answersOfRow(def, ['Stempel waktu', 'NISN'], ['16/11/2026 08:00:00', '0012345678'], { student_id: [1] }).byKey.student_id // '0012345678'
 */
export function answersOfRow(
  def: FormDefinition,
  header: readonly string[],
  cells: readonly string[],
  columns: Readonly<Record<string, readonly number[]>>,
): Answers {
  const byKey: Record<string, string> = {};
  for (const q of def.questions) {
    if (q.type === 'section') continue;
    const filled = (columns[q.key] ?? []).map((c) => (cells[c] ?? '').trim()).filter((v) => v !== '');
    byKey[q.key] = filled[filled.length - 1] ?? '';
  }
  const raw = header
    .map((title, i) => [String(title).trim() || `#${i + 1}`, (cells[i] ?? '').trim()] as const)
    .filter(([, v]) => v !== '')
    .map(([title, v]) => `${title}: ${v}`)
    .join(' | ');
  return { byKey, raw };
}

/**
 * Answers by question key (a Review row's answer columns, fixed by a teacher), with raw built
 * from the questions' titles.
 * @example answersOfFields(def, { student_id: '0012345678' }).raw // 'NISN: 0012345678'
 */
export function answersOfFields(def: FormDefinition, fields: Readonly<Record<string, string>>): Answers {
  const byKey: Record<string, string> = {};
  const parts: string[] = [];
  for (const q of def.questions) {
    if (q.type === 'section') continue;
    const value = (fields[q.key] ?? '').trim();
    byKey[q.key] = value;
    if (value !== '') parts.push(`${q.title}: ${value}`);
  }
  return { byKey, raw: parts.join(' | ') };
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
  pastOnly: readonly string[],
): ReadResult {
  const t = translator(FORM_MESSAGES, ctx.lang);
  const ts = translator(SCHEMA_MESSAGES, ctx.lang);
  const values: Record<string, Value> = {};
  const problems: string[] = [];
  for (const key of keys) {
    const q = def.questions.find((x) => x.key === key) as Question | undefined;
    const title = q?.title ?? key;
    let text = answers.byKey[key] ?? '';
    if (q?.type === 'list' && key === 'student_id') text = studentOfChoice(text);
    if (q?.type === 'list' && key === 'mentor_id') text = idOfChoice(text);
    if (text === '') {
      if (q?.required) problems.push(t('missing', { question: title }));
      values[key] = null;
      continue;
    }
    // Blank answers are handled above: the column's own requirement never applies here.
    const parsed = parseCell(columnDef(sheet, key), text, ctx.timeZone);
    if (!parsed.ok) {
      problems.push(
        t('bad_answer', { question: title, value: text, problem: ts(parsed.problem, parsed.params) }),
      );
      continue;
    }
    if (pastOnly.includes(key) && String(parsed.value) > ctx.today) {
      problems.push(t('future_date', { question: title, date: String(parsed.value) }));
      continue;
    }
    values[key] = parsed.value;
  }
  return { values, problems };
}
