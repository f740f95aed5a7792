/**
 * "Start here": the first hour's checklist, computed from what the workbook holds. Each step
 * is done or not by a fact of the workbook (never by a box someone ticked), and each open step
 * carries the buttons that get it done: a menu action, or the sheet to fill.
 */
import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/messages';
import { onboardingMessages } from './messages';

/** What the checklist reads from the workbook; the gas side reads each table once to fill it. */
export interface WorkbookFacts {
  /** Rows of the Students sheet with a student ID. */
  students: number;
  /** Mentors not marked inactive. */
  activeMentors: number;
  intakeForm: boolean;
  sessionForm: boolean;
  /** The coordinator_emails setting as typed. */
  coordinatorEmails: string;
  /** A coordinator's trigger sends the monthly emails (and nobody paused it). */
  monthlyEmails: boolean;
  /** Students with a mentor. */
  assigned: number;
  /** The summary_day setting, as the emails will use it. */
  summaryDay: number;
}

export const STEP_KEYS = [
  'students',
  'mentors',
  'intake_form',
  'session_form',
  'coordinator_emails',
  'monthly_emails',
  'first_assignment',
] as const;
export type StepKey = (typeof STEP_KEYS)[number];

/** What a button does; src/gas/start-here.ts maps each to a menu action or a sheet. */
export const STEP_ACTIONS = [
  'import',
  'open_students',
  'open_mentors',
  'intake_form',
  'session_form',
  'open_settings',
  'monthly_emails',
  'assign',
] as const;
export type StepAction = (typeof STEP_ACTIONS)[number];

export interface StepView {
  key: StepKey;
  done: boolean;
  title: string;
  /** What is there now (done), or what to do (open). */
  detail: string;
  /** Empty when done. */
  actions: Array<{ id: StepAction; label: string }>;
}

export interface StartHereView {
  lang: Lang;
  title: string;
  intro: string;
  progress: string;
  refresh: string;
  doneLabel: string;
  openLabel: string;
  steps: StepView[];
}

/**
 * The coordinator addresses as typed, split into readable and not: a comma, semicolon or space
 * separates them (as the monthly run splits them).
 * @example splitAddresses('bk@sma1.sch.id, kepala') // { good: ['bk@sma1.sch.id'], bad: ['kepala'] }
 */
export function splitAddresses(text: string): { good: string[]; bad: string[] } {
  const good: string[] = [];
  const bad: string[] = [];
  for (const token of text.split(/[,;\s]+/)) {
    if (token === '') continue;
    if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(token)) good.push(token);
    else bad.push(token);
  }
  return { good, bad };
}

const ACTIONS: Record<StepKey, StepAction[]> = {
  students: ['import', 'open_students'],
  mentors: ['open_mentors'],
  intake_form: ['intake_form'],
  session_form: ['session_form'],
  coordinator_emails: ['open_settings'],
  monthly_emails: ['monthly_emails'],
  first_assignment: ['assign'],
};

const ACTION_LABEL = {
  import: 'do_import',
  open_students: 'do_open_students',
  open_mentors: 'do_open_mentors',
  intake_form: 'do_intake_form',
  session_form: 'do_session_form',
  open_settings: 'do_open_settings',
  monthly_emails: 'do_monthly_emails',
  assign: 'do_assign',
} as const satisfies Record<StepAction, keyof (typeof onboardingMessages)['en']>;

/** Whether each step is done, and what it shows, from the facts alone. */
function stepState(key: StepKey, f: WorkbookFacts, lang: Lang): { done: boolean; detail: string } {
  const t = translator(onboardingMessages, lang);
  const day = { day: f.summaryDay };
  switch (key) {
    case 'students':
      return f.students > 0
        ? { done: true, detail: t('students_done', { count: f.students }) }
        : { done: false, detail: t('students_hint') };
    case 'mentors':
      return f.activeMentors > 0
        ? { done: true, detail: t('mentors_done', { count: f.activeMentors }) }
        : { done: false, detail: t('mentors_hint') };
    case 'intake_form':
      return { done: f.intakeForm, detail: f.intakeForm ? t('forms_done') : t('intake_form_hint') };
    case 'session_form':
      return { done: f.sessionForm, detail: f.sessionForm ? t('forms_done') : t('session_form_hint') };
    case 'coordinator_emails': {
      // One address that cannot be read keeps the step open: its coordinator would get nothing.
      const { good, bad } = splitAddresses(f.coordinatorEmails);
      if (bad.length > 0)
        return {
          done: false,
          detail: `${t('coordinator_emails_bad', { values: bad.join(', ') })} ${t('coordinator_emails_hint')}`,
        };
      return good.length > 0
        ? { done: true, detail: t('coordinator_emails_done', { count: good.length }) }
        : { done: false, detail: t('coordinator_emails_hint') };
    }
    case 'monthly_emails':
      return f.monthlyEmails
        ? { done: true, detail: t('monthly_emails_done', day) }
        : { done: false, detail: t('monthly_emails_hint', day) };
    case 'first_assignment':
      return f.assigned > 0
        ? { done: true, detail: t('first_assignment_done', { count: f.assigned }) }
        : { done: false, detail: t('first_assignment_hint') };
  }
}

/**
 * The checklist as the Start here sidebar shows it, in the workbook's language.
 * @example startHere({ students: 20, activeMentors: 0, ... }, 'en').steps[1]
 * // { key: 'mentors', done: false, title: 'Mentors are in', detail: 'Type or paste…', actions: [{ id: 'open_mentors', … }] }
 */
export function startHere(facts: WorkbookFacts, lang: Lang): StartHereView {
  const t = translator(onboardingMessages, lang);
  const steps = STEP_KEYS.map((key): StepView => {
    const { done, detail } = stepState(key, facts, lang);
    return {
      key,
      done,
      title: t(key),
      detail,
      actions: done ? [] : ACTIONS[key].map((id) => ({ id, label: t(ACTION_LABEL[id]) })),
    };
  });
  const done = steps.filter((s) => s.done).length;
  return {
    lang,
    title: t('title'),
    intro: t('intro'),
    progress:
      done === steps.length
        ? t('all_done', { day: facts.summaryDay })
        : t('progress', { done, total: steps.length }),
    refresh: t('refresh'),
    doneLabel: t('done'),
    openLabel: t('open'),
    steps,
  };
}
