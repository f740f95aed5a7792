/**
 * Taking a form submission into the workbook. Intake: the student is upserted by ID (blanks
 * filled, nothing overwritten, conflicts kept in Review) and an assessment appended. Session
 * log: a session appended. A submission that cannot be taken (unknown student or mentor, a date
 * in the future, minutes out of range, a malformed ID, the same content again within minutes)
 * goes whole to Review with the reason, and nothing else changes.
 */
import type { FormDefinition } from '../core/forms/definitions';
import { FORM_MESSAGES } from '../core/forms/messages';
import { type Answers, isStudentId, readAnswers } from '../core/forms/read';
import type { Lang } from '../core/i18n/lang';
import { translator } from '../core/i18n/messages';
import type { Value } from '../core/schema/parse';
import type { MentorRow, Student } from '../core/schema/records';
import { columnDef } from '../core/schema/sheets';
import { toCell } from '../core/schema/write';
import type { Changes, Store } from './ports';

/** Two submissions with the same answers this close together are one submission sent twice. */
export const DUPLICATE_MINUTES = 10;

export interface Submission {
  answers: Answers;
  /** The responses sheet and row it arrived in. */
  sheet: string;
  row: number;
  receivedAt: string;
}

export interface Outcome {
  taken: boolean;
  /** Why it (or a part of it) went to Review. */
  problems: string[];
  /** Students the intake added to the roster (the session form's list needs them). */
  added: string[];
}

interface Context {
  lang: Lang;
  today: string;
}

const INTAKE_STUDENT = [
  'student_id',
  'name',
  'class',
  'grade',
  'gender',
  'birth_date',
  'guardian_name',
  'guardian_phone',
];
const INTAKE_ASSESSMENT = [
  'date',
  'assessor',
  'social_pressure',
  'economic_hardship',
  'low_home_support',
  'motivation',
  'wellbeing',
  'aspirations',
  'notes',
];
const SESSION = [
  'mentor_id',
  'student_id',
  'date',
  'type',
  'minutes',
  'attended',
  'topics',
  'follow_up',
  'next_check',
  'notes',
];

function review(store: Store, def: FormDefinition, sub: Submission, problem: string, lang: Lang): void {
  const t = translator(FORM_MESSAGES, lang);
  store.append('review', [
    {
      received_at: sub.receivedAt,
      source: `${t(def.kind === 'intake' ? 'source_intake' : 'source_session')} (${sub.sheet} #${sub.row})`,
      problem,
      raw: sub.answers.raw,
    },
  ]);
}

/** The earlier submission with the same answers, if one arrived within DUPLICATE_MINUTES. */
export function findDuplicate(sub: Submission, earlier: readonly Submission[]): Submission | null {
  const same = (a: Answers, b: Answers) => JSON.stringify(a.byKey) === JSON.stringify(b.byKey);
  const at = Date.parse(sub.receivedAt);
  return (
    earlier.find(
      (e) =>
        e.row !== sub.row &&
        same(e.answers, sub.answers) &&
        Math.abs(at - Date.parse(e.receivedAt)) <= DUPLICATE_MINUTES * 60_000,
    ) ?? null
  );
}

/** A student's value as the sheet shows it (a code as its label), to compare and to report. */
const shown = (key: string, value: Value, lang: Lang) =>
  String(toCell(columnDef('students', key), value, lang));

function takeIntake(store: Store, def: FormDefinition, sub: Submission, ctx: Context): Outcome {
  const t = translator(FORM_MESSAGES, ctx.lang);
  const student = readAnswers(def, sub.answers, 'students', INTAKE_STUDENT, ctx, ['birth_date']);
  const assessment = readAnswers(def, sub.answers, 'assessments', INTAKE_ASSESSMENT, ctx, ['date']);
  const problems = [...student.problems, ...assessment.problems];
  const id = String(student.values.student_id ?? '');
  if (id && !isStudentId(id)) problems.unshift(t('bad_id', { id }));
  if (problems.length > 0) return { taken: false, problems, added: [] };

  const consent = sub.answers.byKey.consent === t('consent_yes');
  const existing = store.read<Student>('students').rows.find((r) => r.record.student_id === id);
  const conflicts: string[] = [];
  const added: string[] = [];
  if (!existing) {
    store.append('students', [{ ...student.values, status: 'active', consent }]);
    added.push(id);
  } else {
    const fill: Changes = {};
    for (const [key, value] of Object.entries(student.values)) {
      if (value === null) continue; // never overwrite with a blank
      const kept = (existing.record as unknown as Record<string, Value>)[key] ?? null;
      if (kept === null || kept === '') fill[key] = value;
      else if (shown(key, kept, ctx.lang) !== shown(key, value, ctx.lang)) {
        const title = def.questions.find((q) => q.key === key)?.title ?? key;
        conflicts.push(
          t('conflict', {
            question: title,
            kept: shown(key, kept, ctx.lang),
            given: shown(key, value, ctx.lang),
          }),
        );
      }
    }
    // Consent recorded later counts: a "yes" replaces a missing or earlier "no".
    if (consent && existing.record.consent !== true) fill.consent = true;
    if (existing.record.consent === null && !consent) fill.consent = false;
    if (Object.keys(fill).length > 0) store.update('students', new Map([[existing.row, fill]]));
  }
  store.append('assessments', [
    { ...assessment.values, date: assessment.values.date ?? ctx.today, student_id: id },
  ]);
  return { taken: true, problems: conflicts, added };
}

function takeSession(store: Store, def: FormDefinition, sub: Submission, ctx: Context): Outcome {
  const t = translator(FORM_MESSAGES, ctx.lang);
  const read = readAnswers(def, sub.answers, 'sessions', SESSION, ctx, ['date']);
  const problems = [...read.problems];
  const { values } = read;
  if (
    values.student_id &&
    !store.read<Student>('students').rows.some((r) => r.record.student_id === values.student_id)
  ) {
    problems.push(t('unknown_student', { id: String(values.student_id) }));
  }
  if (
    values.mentor_id &&
    !store.read<MentorRow>('mentors').rows.some((r) => r.record.mentor_id === values.mentor_id)
  ) {
    problems.push(t('unknown_mentor', { id: String(values.mentor_id) }));
  }
  if (problems.length > 0) return { taken: false, problems, added: [] };
  store.append('sessions', [values]);
  return { taken: true, problems: [], added: [] };
}

/**
 * Takes one submission; whatever it cannot take is kept whole in Review with the reason.
 * @example takeSubmission(store, intakeForm('id', 'SMP 3'), submission, [], { lang: 'id', today: '2026-11-16' })
 * // { taken: true, problems: [], added: ['0012345678'] }
 */
export function takeSubmission(
  store: Store,
  def: FormDefinition,
  sub: Submission,
  earlier: readonly Submission[],
  ctx: Context,
): Outcome {
  const t = translator(FORM_MESSAGES, ctx.lang);
  const duplicate = findDuplicate(sub, earlier);
  const outcome: Outcome = duplicate
    ? {
        taken: false,
        problems: [
          t('duplicate', {
            minutes: Math.round(
              Math.abs(Date.parse(sub.receivedAt) - Date.parse(duplicate.receivedAt)) / 60_000,
            ),
            row: duplicate.row,
            sheet: duplicate.sheet,
          }),
        ],
        added: [],
      }
    : def.kind === 'intake'
      ? takeIntake(store, def, sub, ctx)
      : takeSession(store, def, sub, ctx);
  if (outcome.problems.length > 0) review(store, def, sub, outcome.problems.join('; '), ctx.lang);
  return outcome;
}
