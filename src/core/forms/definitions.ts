/**
 * The two Google Forms, item by item: the intake assessment (student identity, consent and the
 * needs assessment) and the session log a mentor fills in on a phone. Each question is tied to
 * a column key; its title and help are in the workbook's language.
 */
import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/messages';
import { columnLabel, valueLabel } from '../schema/labels';
import { GENDER, SESSION_TYPE } from '../schema/sheets';
import { FORM_MESSAGES } from './messages';

export type FormKind = 'intake' | 'session';

/**
 * What Google Forms checks on the phone before a text answer is sent: the whole answer must match
 * `pattern` (RE2 syntax), else the form shows `message` and refuses to submit.
 */
export interface TextRule {
  pattern: string;
  message: string;
}

/** A NISN: exactly 10 digits, leading zeros included. */
export const NISN_PATTERN = '[0-9]{10}';
/** A phone number: digits, with an optional + in front (6 to 15 digits, as E.164 allows). */
export const PHONE_PATTERN = '\\+?[0-9]{6,15}';
/** Minutes of a session: a whole number from 1 to 600, without leading zeros. */
export const MINUTES_PATTERN = '[1-9][0-9]?|[1-5][0-9][0-9]|600';

export type Question =
  | {
      key: string;
      type: 'text' | 'paragraph' | 'date';
      title: string;
      help?: string;
      required: boolean;
      validation?: TextRule;
    }
  | {
      key: string;
      type: 'choice' | 'list';
      title: string;
      help?: string;
      required: boolean;
      choices: string[];
    }
  | {
      key: string;
      type: 'scale';
      title: string;
      help?: string;
      required: boolean;
      low: number;
      high: number;
      labels: [string, string];
    }
  | { key: string; type: 'section'; title: string; help?: string; required: false };

export interface FormDefinition {
  kind: FormKind;
  title: string;
  description: string;
  confirmation: string;
  questions: Question[];
}

/** "0012345678 – Ayu Lestari (7A)": a list choice that names a student and carries the ID. */
export function choiceLabel(id: string, name: string, detail?: string | null): string {
  return `${id} – ${name}${detail ? ` (${detail})` : ''}`;
}

/**
 * "7A – Ayu Lestari (0012345678)": a student as the session form lists them, class first so that a
 * mentor on a phone types the class to jump to it; the ID last, in brackets.
 * @example studentChoiceLabel('0012345678', 'Ayu Lestari', '7A') // '7A – Ayu Lestari (0012345678)'
 */
export function studentChoiceLabel(id: string, name: string, className?: string | null): string {
  return `${className ? `${className} – ` : ''}${name} (${id})`;
}

/** A NISN at the start of a choice: the order of the lists before the class came first. */
const LEADING_NISN = /^\d{5,}$/;

/**
 * The IDs a student choice may carry, the likelier first: the bracketed ID at the end
 * ("7A – Ayu (0012345678)"), or the NISN at the start of a choice of the older order
 * ("0012345678 – Ayu (7A)"). A plain ID is itself.
 * @example studentChoiceIds('7A – Ayu (0012345678)') // ['0012345678', '7A']
 */
export function studentChoiceIds(choice: string): string[] {
  const text = choice.trim();
  const lead = idOfChoice(text);
  const tail = /\(([^()]+)\)$/.exec(text)?.[1]?.trim();
  if (tail === undefined || tail === lead) return [lead];
  return LEADING_NISN.test(lead) ? [lead, tail] : [tail, lead];
}

/**
 * The student a choice names (the likelier of studentChoiceIds).
 * @example studentOfChoice('0012345678 – Ayu (7A)') // '0012345678'; studentOfChoice('7A – Ayu (0012345678)') // '0012345678'
 */
export function studentOfChoice(choice: string): string {
  return studentChoiceIds(choice)[0]!;
}

/** The ID at the start of a list choice ("M01 – Bu Sari" → 'M01'); the text itself otherwise. */
export function idOfChoice(choice: string): string {
  return choice.split(' – ')[0]!.trim();
}

/**
 * The intake form.
 * @example intakeForm('id', 'SMP Negeri 3').questions[0].title // 'NISN'
 */
export function intakeForm(lang: Lang, school: string): FormDefinition {
  const t = translator(FORM_MESSAGES, lang);
  const label = (sheet: 'students' | 'assessments', key: string) =>
    columnLabel(sheet, key, lang).split(' (')[0]!;
  const scale = (key: string, low: number, high: number, labels: [string, string]): Question => ({
    key,
    type: 'scale',
    title: label('assessments', key),
    help: t(`help_${key}` as 'help_social_pressure'),
    required: true,
    low,
    high,
    labels,
  });
  return {
    kind: 'intake',
    title: t('intake_title', { school }),
    description: t('intake_description'),
    confirmation: t('intake_confirmation'),
    questions: [
      {
        key: 'student_id',
        type: 'text',
        title: label('students', 'student_id'),
        help: t('help_student_id'),
        required: true,
        validation: { pattern: NISN_PATTERN, message: t('valid_nisn') },
      },
      { key: 'name', type: 'text', title: label('students', 'name'), required: true },
      {
        key: 'class',
        type: 'text',
        title: label('students', 'class'),
        help: t('help_class'),
        required: false,
      },
      {
        key: 'grade',
        type: 'list',
        title: label('students', 'grade'),
        required: false,
        choices: Array.from({ length: 12 }, (_, i) => String(i + 1)),
      },
      {
        key: 'gender',
        type: 'choice',
        title: label('students', 'gender'),
        required: false,
        choices: [...GENDER],
      },
      { key: 'birth_date', type: 'date', title: label('students', 'birth_date'), required: false },
      { key: 'guardian_name', type: 'text', title: label('students', 'guardian_name'), required: false },
      {
        key: 'guardian_phone',
        type: 'text',
        title: label('students', 'guardian_phone'),
        help: t('help_phone'),
        required: false,
        validation: { pattern: PHONE_PATTERN, message: t('valid_phone') },
      },
      {
        key: 'consent',
        type: 'choice',
        title: t('consent_title'),
        help: t('consent_help'),
        required: true,
        choices: [t('consent_yes'), t('consent_no')],
      },
      {
        key: 'assessment',
        type: 'section',
        title: t('assessment_section'),
        help: t('assessment_help'),
        required: false,
      },
      {
        key: 'date',
        type: 'date',
        title: t('assessment_date'),
        help: t('help_assessment_date'),
        required: false,
      },
      { key: 'assessor', type: 'text', title: label('assessments', 'assessor'), required: false },
      scale('social_pressure', 0, 3, [t('none'), t('severe')]),
      scale('economic_hardship', 0, 3, [t('none'), t('severe')]),
      scale('low_home_support', 0, 3, [t('none'), t('severe')]),
      scale('motivation', 1, 5, [t('very_low'), t('very_high')]),
      scale('wellbeing', 1, 5, [t('very_low'), t('very_high')]),
      { key: 'aspirations', type: 'paragraph', title: label('assessments', 'aspirations'), required: false },
      {
        key: 'notes',
        type: 'paragraph',
        title: label('assessments', 'notes'),
        help: t('help_notes'),
        required: false,
      },
    ],
  };
}

/** The session-log form; `students` and `mentors` are its current list choices. */
export function sessionForm(
  lang: Lang,
  school: string,
  students: string[],
  mentors: string[],
): FormDefinition {
  const t = translator(FORM_MESSAGES, lang);
  const label = (key: string) => columnLabel('sessions', key, lang);
  return {
    kind: 'session',
    title: t('session_title', { school }),
    description: t('session_description'),
    confirmation: t('session_confirmation'),
    questions: [
      { key: 'mentor_id', type: 'list', title: t('session_mentor'), required: true, choices: mentors },
      {
        key: 'student_id',
        type: 'list',
        title: t('session_student'),
        help: t('help_student'),
        required: true,
        choices: students,
      },
      // Blank is today: from an email's link, a session logged the day it happens is two taps.
      { key: 'date', type: 'date', title: label('date'), help: t('help_session_date'), required: false },
      {
        key: 'type',
        type: 'choice',
        title: label('type'),
        required: true,
        choices: SESSION_TYPE.map((c) => valueLabel('session_type', c, lang)),
      },
      {
        key: 'minutes',
        type: 'text',
        title: label('minutes'),
        help: t('help_minutes'),
        required: false,
        validation: { pattern: MINUTES_PATTERN, message: t('valid_minutes') },
      },
      {
        key: 'attended',
        type: 'choice',
        title: t('session_attended'),
        required: true,
        choices: [valueLabel('bool', 'yes', lang), valueLabel('bool', 'no', lang)],
      },
      { key: 'topics', type: 'paragraph', title: label('topics'), required: false },
      { key: 'follow_up', type: 'paragraph', title: label('follow_up'), required: false },
      { key: 'next_check', type: 'date', title: label('next_check'), required: false },
      { key: 'notes', type: 'paragraph', title: label('notes'), help: t('help_notes'), required: false },
    ],
  };
}
