/**
 * Mentor assignment, as the sidebar offers it: the Tier 2 and 3 students without a mentor and
 * the mentors' caseloads; an optimal suggestion for all of them at once, each card with the
 * student's risk and the mentors to choose from, each with the reasons that set them apart;
 * accepting pairs (checked again against the rules, then written in one write, with the day the
 * mentoring starts) and releasing students. Existing assignments are kept unless released.
 * Tiers, scores and reasons are computed from the data sheets as the Students sheet computes
 * them, never read from its formula cells (which may show Loading… or an error).
 */
import type {
  AcceptResult,
  AssignmentView,
  AtRiskStudent,
  MentorLoad,
  MentorOption,
  Proposal,
} from '../../sidebar/contract';
import type { Lang } from '../core/i18n/lang';
import { translator } from '../core/i18n/messages';
import { describeBlock, describeReason } from '../core/matching/describe';
import { distinctReasons } from '../core/matching/distinct';
import { matchMentors } from '../core/matching/match';
import { MATCHING_MESSAGES } from '../core/matching/messages';
import { indexContinuity, scorePair } from '../core/matching/preference';
import { isEligible } from '../core/matching/rules';
import { matchOptionsFromSettings } from '../core/matching/settings';
import type { ExistingAssignment, MatchOptions, Mentor, Need, StudentToPlace } from '../core/matching/types';
import { capacityOf, isActive, mentorIdOf } from '../core/metrics/roster';
import { atRiskWithoutMentor } from '../core/metrics/tiers';
import { latestByStudent } from '../core/schema/latest';
import type { ReadRow } from '../core/schema/read';
import type { AssessmentRow, MentorRow, SettingRow, Student } from '../core/schema/records';
import { settingsMap } from '../core/settings/read';
import type { Changes, Store } from './ports';
import { assessStudents, type StudentRisk, sheetAsOf } from './snapshot';

interface Roster {
  students: ReadRow<Student>[];
  risk: Map<string, StudentRisk>;
  mentors: Mentor[];
  existing: ExistingAssignment[];
  toPlace: StudentToPlace[];
  options: MatchOptions;
  lang: Lang;
}

const familyKey = (s: Student) =>
  s.guardian_phone ? s.guardian_phone.replace(/\D/g, '').replace(/^62/, '0') : null;
// As written (the matcher compares them without case), so a reason reads "Indonesia", not "indonesia".
const languagesOf = (text: string | null) =>
  (text ?? '')
    .split(/[,;/]+/)
    .map((l) => l.trim())
    .filter(Boolean);

/** The needs an intake found (domains scored ≥ 2), and academic need from grades. */
function needsOf(
  _student: Student,
  intake: AssessmentRow | undefined,
  risk: StudentRisk | undefined,
): Need[] {
  const list: Need[] = [];
  if ((intake?.low_home_support ?? 0) >= 2 || (risk?.inputs.below_passing ?? 0) >= 1) list.push('academic');
  if ((intake?.social_pressure ?? 0) >= 2) list.push('social_emotional');
  if ((intake?.economic_hardship ?? 0) >= 2) list.push('family_economic');
  return list;
}

function loadRoster(store: Store, today: string): Roster {
  const students = store.read<Student>('students').rows.filter((r) => isActive(r.record));
  const risk = new Map(assessStudents(store, sheetAsOf(store, today)).map((r) => [r.student.student_id, r]));
  const tierOf = (id: string) => risk.get(id)?.assessment.tier;
  const settings = settingsMap(store.read<SettingRow>('settings').rows);
  const caseload = new Map<string, number>();
  const existing: ExistingAssignment[] = [];
  for (const { record: s } of students) {
    const mentorId = mentorIdOf(s);
    if (!mentorId) continue;
    caseload.set(mentorId, (caseload.get(mentorId) ?? 0) + 1);
    existing.push({ studentId: s.student_id, mentorId, className: s.class ?? '', familyKey: familyKey(s) });
  }
  const mentors: Mentor[] = store.read<MentorRow>('mentors').rows.map(({ record: m }) => ({
    id: m.mentor_id,
    name: m.name,
    active: m.active !== false,
    capacity: capacityOf(m),
    caseload: caseload.get(m.mentor_id.trim()) ?? 0,
    grades: m.grades ?? [],
    gender: m.gender,
    strengths: m.strengths ?? [],
    languages: languagesOf(m.languages),
  }));
  const intake = latestByStudent(store.read<AssessmentRow>('assessments').rows.map((r) => r.record));
  const toPlace: StudentToPlace[] = atRiskWithoutMentor(
    students.map((r) => r.record),
    tierOf,
  )
    .map((s) => ({
      id: s.student_id,
      name: s.name,
      grade: s.grade,
      gender: s.gender,
      tier: tierOf(s.student_id) as 2 | 3,
      score: risk.get(s.student_id)?.assessment.score ?? 0,
      needs: needsOf(s, intake.get(s.student_id), risk.get(s.student_id)),
      languages: languagesOf(s.languages),
      className: s.class ?? '',
      familyKey: familyKey(s),
    }))
    .sort((a, b) => b.tier - a.tier || b.score - a.score || a.name.localeCompare(b.name));
  return {
    students,
    risk,
    mentors,
    existing,
    toPlace,
    options: matchOptionsFromSettings(settings),
    lang: store.lang,
  };
}

function waiting(roster: Roster, s: StudentToPlace): AtRiskStudent {
  return {
    id: s.id,
    name: s.name,
    className: s.className,
    tier: s.tier,
    score: s.score,
    reasons: roster.risk.get(s.id)?.reasons ?? '',
  };
}

function view(roster: Roster): AssignmentView {
  const byId = new Map(roster.students.map((r) => [r.record.student_id, r.record]));
  const mentors: MentorLoad[] = roster.mentors.map((m) => ({
    id: m.id,
    name: m.name,
    active: m.active,
    caseload: m.caseload,
    capacity: m.capacity,
    mentees: roster.existing
      .filter((e) => e.mentorId === m.id.trim())
      .map((e) => byId.get(e.studentId)!)
      .map((s) => ({
        id: s.student_id,
        name: s.name,
        className: s.class ?? '',
        tier: roster.risk.get(s.student_id)?.assessment.tier ?? null,
      }))
      .sort((a, b) => (b.tier ?? 0) - (a.tier ?? 0) || a.name.localeCompare(b.name)),
  }));
  return { lang: roster.lang, unassigned: roster.toPlace.map((s) => waiting(roster, s)), mentors };
}

/** What the sidebar shows, as of `today` (the spreadsheet's day). */
export function assignmentView(store: Store, today: string): AssignmentView {
  return view(loadRoster(store, today));
}

/** The mentors a student may have, the suggested one first, each with the reasons that set it apart. */
function optionsFor(roster: Roster, student: StudentToPlace, suggested: string): MentorOption[] {
  const continuity = indexContinuity(roster.existing);
  const eligible = roster.mentors.filter((m) => isEligible(student, m, roster.options));
  eligible.sort((a, b) => Number(b.id === suggested) - Number(a.id === suggested));
  const reasons = eligible.map((m) => scorePair(student, m, continuity, roster.options.weights).reasons);
  const only = translator(MATCHING_MESSAGES, roster.lang)('reason_only');
  return eligible.map((m, i) => ({
    id: m.id,
    name: m.name,
    reasons:
      eligible.length === 1
        ? [only]
        : distinctReasons(reasons[i]!, reasons).map((r) => describeReason(r, roster.lang)),
  }));
}

/** The optimal assignment of every unassigned at-risk student, with reasons; writes nothing. */
export function suggest(store: Store, today: string): Proposal {
  const roster = loadRoster(store, today);
  const result = matchMentors(roster.toPlace, roster.mentors, roster.existing, roster.options);
  const student = new Map(roster.toPlace.map((s) => [s.id, s]));
  return {
    lang: roster.lang,
    pairs: result.suggestions.map((p) => ({
      student: waiting(roster, student.get(p.studentId)!),
      options: optionsFor(roster, student.get(p.studentId)!, p.mentorId),
    })),
    unplaced: result.unplaced.map((u) => ({
      studentId: u.studentId,
      studentName: student.get(u.studentId)?.name ?? u.studentId,
      reason: describeBlock(u.blockedBy, roster.lang),
    })),
  };
}

/**
 * Writes accepted pairs, each checked again (the student still unassigned and at risk, the
 * mentor still eligible with room, counting the pairs accepted before it), in one write; the
 * mentoring starts `today` (mentor_since), which starts the clock of "overdue".
 */
export function accept(
  store: Store,
  pairs: ReadonlyArray<{ studentId: string; mentorId: string }>,
  today: string,
): AcceptResult {
  const roster = loadRoster(store, today);
  const t = translator(MATCHING_MESSAGES, roster.lang);
  const rowOf = new Map(roster.students.map((r) => [r.record.student_id, r.row]));
  const toPlace = new Map(roster.toPlace.map((s) => [s.id, s]));
  const mentors = new Map(roster.mentors.map((m) => [m.id, { ...m }]));
  const changes = new Map<number, Changes>();
  const refused: AcceptResult['refused'] = [];
  for (const { studentId, mentorId } of pairs) {
    const student = toPlace.get(studentId);
    const mentor = mentors.get(mentorId);
    if (!student || !mentor) {
      refused.push({ studentId, reason: t(student ? 'refused_unknown_mentor' : 'refused_not_waiting') });
      continue;
    }
    if (!isEligible(student, mentor, roster.options)) {
      refused.push({ studentId, reason: t('refused_rules', { mentor: mentor.name }) });
      continue;
    }
    mentor.caseload++;
    toPlace.delete(studentId);
    changes.set(rowOf.get(studentId)!, { mentor_id: mentorId, mentor_since: today });
  }
  store.update('students', changes);
  return { view: assignmentView(store, today), refused };
}

/** Ends the mentoring of these students (their mentor and its start day are cleared), in one write. */
export function release(store: Store, studentIds: readonly string[], today: string): AssignmentView {
  const wanted = new Set(studentIds);
  const changes = new Map<number, Changes>();
  for (const { row, record } of store.read<Student>('students').rows) {
    if (wanted.has(record.student_id) && mentorIdOf(record))
      changes.set(row, { mentor_id: null, mentor_since: null });
  }
  store.update('students', changes);
  return assignmentView(store, today);
}
