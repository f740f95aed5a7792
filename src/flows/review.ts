/**
 * "Take fixed Review rows again": each Review row a person marked fixed is taken again from its
 * answer columns, as corrected: a form response through the same rules as when it arrived (no
 * duplicate check: the person decided), an import row through the import's. Taken, the row is
 * done; refused again, it is open with the new reason. Nothing is appended to Review: the row
 * itself is the task.
 */
import { dayOf } from '../core/cells/dates';
import type { FormDefinition, FormKind } from '../core/forms/definitions';
import { FORM_MESSAGES } from '../core/forms/messages';
import { answersOfFields } from '../core/forms/read';
import { answersOfReview } from '../core/forms/review';
import { translator } from '../core/i18n/messages';
import { planImport } from '../core/import/plan';
import { columnLabel } from '../core/schema/labels';
import type { ReviewRow, Student } from '../core/schema/records';
import type { Changes, Store } from './ports';
import { type Context, type Outcome, takeAnswers } from './submission';

export interface RetakeContext extends Context {
  /** The two forms as they are now (their questions name the answer columns). */
  forms: Record<FormKind, FormDefinition>;
  /** The spreadsheet's: a response's day is its day there, never the host's. */
  timeZone: string;
}

export interface RetakeResult {
  /** Rows taken now. */
  taken: number;
  /** Rows refused again (open, with the new reason). */
  open: number;
  /** Rows that had nothing to take (a note, an error of the add-on): done. */
  closed: number;
  /** Students added to the roster. */
  added: string[];
}

function retakeImport(store: Store, fields: Record<string, string>, ctx: RetakeContext): Outcome {
  // Still no ID: said in the words of the form, not as a row of a sheet that does not exist.
  if (!fields.student_id) {
    const question = columnLabel('students', 'student_id', ctx.lang);
    const problem = translator(FORM_MESSAGES, ctx.lang)('missing', { question });
    return { taken: false, problems: [problem], needsPerson: true, added: [] };
  }
  const keys = Object.keys(fields);
  const headers = keys.map((k) => columnLabel('students', k, ctx.lang));
  const existing = store.read<Student>('students').rows;
  // An all-digit ID is a NISN here: 10 digits, or a student on the roster once its zeros are back.
  const nisnOnly = /^\d+$/.test(fields.student_id ?? '');
  const plan = planImport(
    '',
    { headerRow: 0, headers, keys },
    [headers, keys.map((k) => fields[k]!)],
    existing,
    {
      lang: ctx.lang,
      timeZone: ctx.timeZone,
      nisnOnly,
    },
  );
  store.append('students', plan.appends);
  store.update('students', plan.updates);
  const note = plan.reviews[0];
  const taken = note === undefined || note.taken;
  return {
    taken,
    problems: note ? [note.problem] : [],
    needsPerson: note !== undefined && note.status !== 'done',
    added: plan.appends.map((r) => String(r.student_id)),
  };
}

/**
 * Takes again every Review row marked fixed.
 * @example retakeFixed(store, { lang: 'id', today: '2026-11-20', forms }) // { taken: 1, open: 0, closed: 0, added: [] }
 */
export function retakeFixed(store: Store, ctx: RetakeContext): RetakeResult {
  const t = translator(FORM_MESSAGES, ctx.lang);
  const result: RetakeResult = { taken: 0, open: 0, closed: 0, added: [] };
  const updates = new Map<number, Changes>();
  for (const { row, record } of store.read<ReviewRow>('review').rows) {
    if (record.status !== 'fixed') continue;
    const origin = record.origin;
    if (record.taken === true || origin === null) {
      updates.set(row, { status: 'done' });
      result.closed++;
      continue;
    }
    let fields = answersOfReview(record);
    // A form left without a date (an intake's assessment, a session logged "today") means the day
    // it was sent, not the day a person fixed it: the date the form would have taken on arrival.
    if (origin !== 'import' && !fields.date && record.received_at)
      fields = { ...fields, date: dayOf(new Date(record.received_at), ctx.timeZone) ?? '' };
    let outcome: Outcome;
    if (origin === 'import') outcome = retakeImport(store, fields, ctx);
    else {
      const def = ctx.forms[origin];
      const at = record.received_at ?? '';
      const sub = {
        answers: answersOfFields(def, fields),
        sheet: '',
        shownAt: at,
        receivedAt: at,
        key: record.ref ?? '',
      };
      outcome = takeAnswers(store, def, sub, ctx);
    }
    result.added.push(...outcome.added);
    if (outcome.taken) {
      result.taken++;
      const said = [record.problem ?? '', t('retaken', { date: ctx.today }), ...outcome.problems];
      updates.set(row, {
        status: outcome.needsPerson ? 'open' : 'done',
        taken: true,
        problem: said.filter((p) => p !== '').join(' → '),
      });
    } else {
      result.open++;
      updates.set(row, { status: 'open', problem: outcome.problems.join('; ') });
    }
  }
  store.update('review', updates);
  return result;
}
