/**
 * The preview's forms: what the page lists (each form with its items) and a submission from the
 * page, which goes through the runtime as a person's response does (checked, written to the
 * responses sheet, form-submit trigger fired).
 *
 *   GET  /api/forms              → listForms(rt)
 *   POST /api/forms/submit       → submitFromPage(rt, body.formId, body.answers, body.email)
 */
import type { Answer, FormSummary } from '../gas/forms';
import type { Runtime } from '../runtime';

export type { FormItemSummary, FormSummary } from '../gas/forms';

export interface PageSubmitReply {
  /** True when the response was recorded (even if the trigger then failed). */
  ok: boolean;
  /** Why the response was refused, or what the form-submit trigger threw. */
  error?: string;
  /** True when the spreadsheet's form-submit trigger ran. */
  triggered: boolean;
}

/** Every form the add-on made, with its items, as JSON for the page. */
export function listForms(rt: Runtime): FormSummary[] {
  return rt.forms;
}

/** The page's answers (keyed by item id) as the runtime takes them; anything else is dropped. */
function answersFrom(body: unknown): Record<string, Answer> {
  const out: Record<string, Answer> = {};
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return out;
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === 'string') out[key] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) out[key] = value;
  }
  return out;
}

/** A person submits a form from the page. */
export function submitFromPage(
  rt: Runtime,
  formId: unknown,
  answers: unknown,
  email?: unknown,
): PageSubmitReply {
  if (typeof formId !== 'string') return { ok: false, error: 'formId must be a string', triggered: false };
  try {
    const result = rt.submitForm(formId, answersFrom(answers), typeof email === 'string' ? { email } : {});
    return result.error === undefined
      ? { ok: true, triggered: result.triggered }
      : { ok: true, triggered: result.triggered, error: `The form-submit trigger failed: ${result.error}` };
  } catch (error) {
    return { ok: false, error: (error as Error).message, triggered: false };
  }
}
