/** Test helpers that fill in the add-on's forms as a person would. */
import type { Runtime } from '../../local/runtime';
import { intakeForm, sessionForm } from '../../src/core/forms/definitions';
import type { Lang } from '../../src/core/i18n/lang';

export function createForms(rt: Runtime): { intake: string; session: string } {
  rt.call('createIntakeForm');
  rt.call('createSessionForm');
  const [intake, session] = rt.forms;
  return { intake: intake!.id, session: session!.id };
}

/** The answers by question title, from answers by column key. */
export function byTitle(
  kind: 'intake' | 'session',
  lang: Lang,
  answers: Record<string, string>,
): Record<string, string> {
  const def = kind === 'intake' ? intakeForm(lang, '') : sessionForm(lang, '', [], []);
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(answers)) {
    const q = def.questions.find((x) => x.key === key);
    if (!q) throw new Error(`no question ${key}`);
    out[q.title] = value;
  }
  return out;
}

/** A choice of the session form's lists naming the ID: a mentor's starts with it, a student's ends with it in brackets. */
export function choice(rt: Runtime, formId: string, title: string, id: string): string {
  const item = rt.forms.find((f) => f.id === formId)!.items.find((i) => i.title === title)!;
  const found = item.choices?.find((c) => c.startsWith(`${id} – `) || c.endsWith(`(${id})`));
  if (!found) throw new Error(`${id} is not in the list "${title}"`);
  return found;
}
