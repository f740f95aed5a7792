/**
 * Taking a form response into the workbook. Intake: the student is found by ID (zeros lost on the
 * way restored, and said so) or added, blanks filled, nothing overwritten, conflicts noted in
 * Review; an assessment appended. Session log: a session appended. A response that cannot be
 * taken (an unknown student or mentor, a date in the future, minutes out of range, a malformed
 * NISN, the same answers again within minutes) goes whole to Review with the reason, and nothing
 * else changes.
 */
import { type FormDefinition, studentChoiceIds } from '../core/forms/definitions';
import { normaliseAnswer } from '../core/forms/identity';
import { FORM_MESSAGES } from '../core/forms/messages';
import { type Answers, readAnswers } from '../core/forms/read';
import { reviewRecord } from '../core/forms/review';
import { canonicalId, resolveStudentId, rosterIndex } from '../core/forms/student-id';
import type { Lang } from '../core/i18n/lang';
import { translator } from '../core/i18n/messages';
import { SCHEMA_MESSAGES } from '../core/schema/messages';
import { codeOf, type Value } from '../core/schema/parse';
import type { MentorRow, Student } from '../core/schema/records';
import { columnDef } from '../core/schema/sheets';
import { toCell } from '../core/schema/write';
import type { Changes, Store } from './ports';

/** Two responses with the same answers this close together are one response sent twice. */
export const DUPLICATE_MINUTES = 10;

export interface Submission {
  answers: Answers;
  /** The responses sheet it arrived in. */
  sheet: string;
  /** Its timestamp as the sheet shows it, to name it to a person. */
  shownAt: string;
  /** Its timestamp (ISO). */
  receivedAt: string;
  /** Its identity (core/forms/identity): recorded with it in Review. */
  key: string;
}

/** Another response to the same form, as the duplicate check sees it. */
export interface Other extends Submission {
  /** True when it comes first: an earlier timestamp (or the same one, higher in the sheet). */
  first: boolean;
  /** True when it was taken into a table already. */
  inTable: boolean;
}

export interface Outcome {
  taken: boolean;
  /** Why it went to Review, or what its Review note says. */
  problems: string[];
  /** True when the Review row needs a person (not only a note that a NISN was repaired). */
  needsPerson: boolean;
  /** Students the intake added to the roster (the session form's list needs them). */
  added: string[];
}

export interface Context {
  lang: Lang;
  /** Today in the spreadsheet's time zone (yyyy-mm-dd): dates after it are in the future. */
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

const notTaken = (problems: string[]): Outcome => ({ taken: false, problems, needsPerson: true, added: [] });

/**
 * The response this one repeats: one with the same answers at most DUPLICATE_MINUTES apart that
 * comes first, or that was taken already (its event came first, or this one's row was deleted).
 * @example findDuplicate(sub, [{ ...sameAnswersTenMinutesBefore, first: true, inTable: false }]) // that one
 */
export function findDuplicate(sub: Submission, others: readonly Other[]): Other | null {
  const answers = Object.entries(sub.answers.byKey);
  const same = (a: Answers) =>
    answers.every(([k, v]) => normaliseAnswer(a.byKey[k] ?? '') === normaliseAnswer(v));
  const at = Date.parse(sub.receivedAt);
  for (const e of others) {
    const gap = Math.abs(at - Date.parse(e.receivedAt));
    if (gap <= DUPLICATE_MINUTES * 60_000 && (e.first || e.inTable) && same(e.answers)) return e;
  }
  return null;
}

/** A student's value as the sheet shows it (a code as its label), to compare and to report. */
const shown = (key: string, value: Value, lang: Lang) =>
  String(toCell(columnDef('students', key), value, lang));

/** The consent answer: true, false, or null when unanswered; undefined when unreadable. */
function consentOf(text: string): boolean | null | undefined {
  if (text === '') return null; // answers come trimmed
  for (const lang of ['en', 'id'] as const) {
    if (text === FORM_MESSAGES[lang].consent_yes) return true;
    if (text === FORM_MESSAGES[lang].consent_no) return false;
  }
  const code = codeOf('bool', text);
  return code === undefined ? undefined : code === 'yes';
}

function takeIntake(store: Store, def: FormDefinition, sub: Submission, ctx: Context): Outcome {
  const t = translator(FORM_MESSAGES, ctx.lang);
  const student = readAnswers(def, sub.answers, 'students', INTAKE_STUDENT, ctx, ['birth_date']);
  const assessment = readAnswers(def, sub.answers, 'assessments', INTAKE_ASSESSMENT, ctx, ['date']);
  const problems = [...student.problems, ...assessment.problems];
  const rows = store.read<Student>('students').rows;
  const typed = String(student.values.student_id ?? '');
  const resolved = resolveStudentId(typed, rosterIndex(rows.map((r) => r.record.student_id)), true);
  if (!resolved.ok && resolved.problem !== 'missing') {
    problems.unshift(t(resolved.problem, { id: resolved.id }));
  }
  const consent = consentOf(sub.answers.byKey.consent ?? '');
  // Only an answered consent reaches a message, so its question is there.
  const consentTitle = () => def.questions.find((q) => q.key === 'consent')!.title;
  if (consent === undefined) {
    problems.push(
      t('bad_answer', {
        question: consentTitle(),
        value: sub.answers.byKey.consent!,
        problem: SCHEMA_MESSAGES[ctx.lang].not_bool,
      }),
    );
  }
  if (problems.length > 0 || !resolved.ok) return notTaken(problems);

  const id = resolved.id;
  const notes = resolved.repairedFrom ? [t('id_repaired', { typed: resolved.repairedFrom, id })] : [];
  const existing = rows.find((r) => r.record.student_id === id);
  const conflicts: string[] = [];
  const added: string[] = [];
  if (!existing) {
    store.append('students', [{ ...student.values, student_id: id, status: 'active', consent }]);
    added.push(id);
  } else {
    const fill: Changes = {};
    for (const [key, value] of Object.entries(student.values)) {
      if (value === null || key === 'student_id') continue; // never overwrite with a blank
      // A blank cell reads as null; an answered value came from its question.
      const kept = (existing.record as unknown as Record<string, Value>)[key] ?? null;
      if (kept === null) fill[key] = value;
      else if (shown(key, kept, ctx.lang) !== shown(key, value, ctx.lang)) {
        const question = def.questions.find((q) => q.key === key)!.title;
        const [k, g] = [shown(key, kept, ctx.lang), shown(key, value, ctx.lang)];
        conflicts.push(t('conflict', { question, kept: k, given: g }));
      }
    }
    // Consent recorded later counts: a "yes" replaces a missing or earlier "no". A "no" never
    // takes back a recorded "yes" by itself: a person decides, from the conflict in Review.
    if (consent === true && existing.record.consent !== true) fill.consent = true;
    if (consent === false && existing.record.consent === null) fill.consent = false;
    if (consent === false && existing.record.consent === true) {
      const [k, g] = [shown('consent', true, ctx.lang), shown('consent', false, ctx.lang)];
      conflicts.push(t('conflict', { question: consentTitle(), kept: k, given: g }));
    }
    if (Object.keys(fill).length > 0) store.update('students', new Map([[existing.row, fill]]));
  }
  store.append('assessments', [
    { ...assessment.values, date: assessment.values.date ?? ctx.today, student_id: id },
  ]);
  return { taken: true, problems: [...notes, ...conflicts], needsPerson: conflicts.length > 0, added };
}

function takeSession(store: Store, def: FormDefinition, sub: Submission, ctx: Context): Outcome {
  const t = translator(FORM_MESSAGES, ctx.lang);
  const read = readAnswers(def, sub.answers, 'sessions', SESSION, ctx, ['date']);
  const problems = [...read.problems];
  const { values } = read;
  const notes: string[] = [];
  const roster = rosterIndex(store.read<Student>('students').rows.map((r) => r.record.student_id));
  // A choice of either order names its student by one of its parts: the one on the roster.
  const typed =
    studentChoiceIds(sub.answers.byKey.student_id ?? '').find((c) => roster.has(canonicalId(c))) ??
    String(values.student_id ?? '');
  const id = roster.get(canonicalId(typed));
  if (typed !== '') {
    if (id === undefined) problems.push(t('unknown_student', { id: typed }));
    else if (id !== typed) notes.push(t('id_repaired', { typed, id }));
  }
  const mentor = values.mentor_id;
  if (mentor && !store.read<MentorRow>('mentors').rows.some((r) => r.record.mentor_id === mentor)) {
    problems.push(t('unknown_mentor', { id: String(mentor) }));
  }
  if (problems.length > 0) return notTaken(problems);
  // A blank date is the day the response came in, as the form's help says.
  store.append('sessions', [{ ...values, date: values.date ?? ctx.today, student_id: id ?? null }]);
  return { taken: true, problems: notes, needsPerson: false, added: [] };
}

/**
 * Takes the answers of a response as they are (no duplicate check, nothing written to Review):
 * what a response and a Review row fixed by a teacher have in common.
 */
export function takeAnswers(store: Store, def: FormDefinition, sub: Submission, ctx: Context): Outcome {
  return def.kind === 'intake' ? takeIntake(store, def, sub, ctx) : takeSession(store, def, sub, ctx);
}

/**
 * Takes one response; whatever it cannot take is kept whole in Review with the reason.
 * @example takeSubmission(store, intakeForm('id', 'SMP 3'), submission, [], { lang: 'id', today: '2026-11-16' })
 * // { taken: true, problems: [], needsPerson: false, added: ['0012345678'] }
 */
export function takeSubmission(
  store: Store,
  def: FormDefinition,
  sub: Submission,
  others: readonly Other[],
  ctx: Context,
): Outcome {
  const t = translator(FORM_MESSAGES, ctx.lang);
  const duplicate = findDuplicate(sub, others);
  const minutes = duplicate
    ? Math.round(Math.abs(Date.parse(sub.receivedAt) - Date.parse(duplicate.receivedAt)) / 60_000)
    : 0;
  const outcome = duplicate
    ? notTaken([
        t(duplicate.first ? 'duplicate' : 'duplicate_later', {
          minutes,
          at: duplicate.shownAt,
          sheet: duplicate.sheet,
        }),
      ])
    : takeAnswers(store, def, sub, ctx);
  if (outcome.problems.length > 0) {
    const source = t(def.kind === 'intake' ? 'source_intake' : 'source_session');
    store.append('review', [
      reviewRecord({
        receivedAt: sub.receivedAt,
        source: `${source} (${sub.sheet}, ${sub.shownAt})`,
        problem: outcome.problems.join('; '),
        origin: def.kind,
        taken: outcome.taken,
        status: outcome.needsPerson ? 'open' : 'done',
        ref: sub.key,
        raw: sub.answers.raw,
        answers: sub.answers.byKey,
      }),
    ]);
  }
  return outcome;
}
