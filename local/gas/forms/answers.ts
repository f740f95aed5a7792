/**
 * A respondent's answers checked as Google's form page checks them: required questions answered,
 * a dropdown or multiple-choice answer one of the choices, a date a real day, a scale value within
 * its bounds. Answers are keyed by question title (or item id, for questions that share a title).
 */
import { isCalendarDay } from '../spreadsheet/values/zoned';
import type { FormModel, ItemModel, ResponseModel } from './model';
import { isQuestion } from './model';
import { validationProblem } from './validation';

export type Answer = string | string[] | number;

function refuse(item: ItemModel, problem: string): never {
  throw new Error(`"${item.title}": ${problem}`);
}

const blank = (raw: Answer | undefined | null) =>
  raw === undefined || raw === null || (Array.isArray(raw) ? raw.length === 0 : String(raw).trim() === '');

function single(item: ItemModel, raw: Answer): string {
  if (Array.isArray(raw)) refuse(item, 'takes one answer, not a list');
  return String(raw);
}

/** One answer as the form stores it (a checkbox answer is the ticked choices in the form's order). */
function normalise(item: ItemModel, raw: Answer): string | string[] {
  switch (item.type) {
    case 'TEXT': {
      const text = single(item, raw);
      if (/[\r\n]/.test(text)) refuse(item, 'a short answer is one line');
      const problem = validationProblem(item.validation, text);
      if (problem !== null) refuse(item, problem);
      return text;
    }
    case 'LIST':
    case 'MULTIPLE_CHOICE': {
      const text = single(item, raw);
      if (!item.choices.includes(text) && !(item.other && item.type === 'MULTIPLE_CHOICE'))
        refuse(item, `"${text}" is not one of the choices`);
      return text;
    }
    case 'CHECKBOX': {
      const ticked = [...new Set((Array.isArray(raw) ? raw : [raw]).map(String))];
      for (const t of ticked) {
        if (!item.choices.includes(t) && !item.other) refuse(item, `"${t}" is not one of the choices`);
      }
      const rank = (t: string) => (item.choices.includes(t) ? item.choices.indexOf(t) : item.choices.length);
      return ticked.sort((a, b) => rank(a) - rank(b));
    }
    case 'DATE': {
      const text = single(item, raw).trim();
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      if (!m || !isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3])))
        refuse(item, `"${text}" is not a date (YYYY-MM-DD)`);
      return text;
    }
    case 'SCALE': {
      const n = Number(single(item, raw));
      if (!Number.isInteger(n) || n < item.lower || n > item.upper)
        refuse(item, `must be a whole number from ${item.lower} to ${item.upper}`);
      return String(n);
    }
    default:
      return single(item, raw);
  }
}

/** The question an answer's key names: its title when no other question shares it, or its item id. */
function questionFor(form: FormModel, key: string): ItemModel {
  const questions = form.items.filter(isQuestion);
  const titled = questions.filter((i) => i.title === key);
  if (titled.length === 1) return titled[0]!;
  const byId = questions.find((i) => String(i.id) === key);
  if (byId) return byId;
  if (titled.length > 1) throw new Error(`Several questions are titled "${key}": answer them by item id`);
  throw new Error(`The form "${form.title}" has no question "${key}"`);
}

/** The answers as a response stores them, in the form's order; throws with the first problem. */
export function readAnswers(form: FormModel, answers: Record<string, Answer>): ResponseModel['answers'] {
  const given = new Map<number, Answer>();
  for (const [key, raw] of Object.entries(answers)) given.set(questionFor(form, key).id, raw);
  const out: ResponseModel['answers'] = [];
  for (const item of form.items.filter(isQuestion)) {
    const raw = given.get(item.id);
    if (raw === undefined || blank(raw)) {
      if (item.required) refuse(item, 'This is a required question');
      continue;
    }
    out.push({ itemId: item.id, value: normalise(item, raw) });
  }
  return out;
}
