/**
 * Mentor assignment, as the sidebar offers it: the unassigned Tier 2 and 3 students and the
 * mentors' caseloads; an optimal suggestion for all of them at once, with reasons; accepting
 * pairs (checked again against the rules, then written in one write) and releasing students.
 * Existing assignments are kept unless released.
 */
import type {
  AcceptResult,
  AssignmentView,
  AtRiskStudent,
  MentorLoad,
  Proposal,
} from '../../sidebar/contract';
import type { Lang } from '../core/i18n/lang';
import { translator } from '../core/i18n/messages';
import { describeBlock, describeReason } from '../core/matching/describe';
import { matchMentors } from '../core/matching/match';
import { MATCHING_MESSAGES } from '../core/matching/messages';
import { isEligible } from '../core/matching/rules';
import { matchOptionsFromSettings } from '../core/matching/settings';
import type { ExistingAssignment, MatchOptions, Mentor, Need, StudentToPlace } from '../core/matching/types';
import { latestByStudent } from '../core/schema/latest';
import type { ReadRow } from '../core/schema/read';
import type { AssessmentRow, MentorRow, SettingRow, Student } from '../core/schema/records';
import { settingsMap } from '../core/settings/read';
import type { Changes, Store } from './ports';

const DEFAULT_CAPACITY = 25;

interface Roster {
  students: ReadRow<Student>[];
  mentors: Mentor[];
  existing: ExistingAssignment[];
  toPlace: StudentToPlace[];
  options: MatchOptions;
  lang: Lang;
}

const isActive = (s: Student) => s.status === null || s.status === 'active';
const familyKey = (s: Student) =>
  s.guardian_phone ? s.guardian_phone.replace(/\D/g, '').replace(/^62/, '0') : null;
// As written (the matcher compares them without case), so a reason reads "Indonesia", not "indonesia".
const languagesOf = (text: string | null) =>
  (text ?? '')
    .split(/[,;/]+/)
    .map((l) => l.trim())
    .filter(Boolean);

/** The needs an intake found (domains scored ≥ 2), and academic need from grades. */
function needsByStudent(store: Store, students: readonly Student[]): Map<string, Need[]> {
  const latest = latestByStudent(store.read<AssessmentRow>('assessments').rows.map((r) => r.record));
  const needs = new Map<string, Need[]>();
  for (const s of students) {
    const a = latest.get(s.student_id);
    const list: Need[] = [];
    if ((a?.low_home_support ?? 0) >= 2 || (s.below_passing ?? 0) >= 1) list.push('academic');
    if ((a?.social_pressure ?? 0) >= 2) list.push('social_emotional');
    if ((a?.economic_hardship ?? 0) >= 2) list.push('family_economic');
    needs.set(s.student_id, list);
  }
  return needs;
}

function loadRoster(store: Store): Roster {
  const students = store.read<Student>('students').rows.filter((r) => isActive(r.record));
  const settings = settingsMap(store.read<SettingRow>('settings').rows);
  const caseload = new Map<string, number>();
  const existing: ExistingAssignment[] = [];
  for (const { record: s } of students) {
    if (!s.mentor_id) continue;
    caseload.set(s.mentor_id, (caseload.get(s.mentor_id) ?? 0) + 1);
    existing.push({
      studentId: s.student_id,
      mentorId: s.mentor_id,
      className: s.class ?? '',
      familyKey: familyKey(s),
    });
  }
  const mentors: Mentor[] = store.read<MentorRow>('mentors').rows.map(({ record: m }) => ({
    id: m.mentor_id,
    name: m.name,
    active: m.active !== false,
    capacity: m.capacity ?? DEFAULT_CAPACITY,
    caseload: caseload.get(m.mentor_id) ?? 0,
    grades: m.grades ?? [],
    gender: m.gender,
    strengths: m.strengths ?? [],
    languages: languagesOf(m.languages),
  }));
  const needs = needsByStudent(
    store,
    students.map((r) => r.record),
  );
  const toPlace: StudentToPlace[] = students
    .map((r) => r.record)
    .filter((s) => !s.mentor_id && (s.risk_tier === 2 || s.risk_tier === 3))
    .map((s) => ({
      id: s.student_id,
      name: s.name,
      grade: s.grade,
      gender: s.gender,
      tier: s.risk_tier as 2 | 3,
      score: s.risk_score ?? 0,
      needs: needs.get(s.student_id) ?? [],
      languages: languagesOf(s.languages),
      className: s.class ?? '',
      familyKey: familyKey(s),
    }))
    .sort((a, b) => b.tier - a.tier || b.score - a.score || a.name.localeCompare(b.name));
  return {
    students,
    mentors,
    existing,
    toPlace,
    options: matchOptionsFromSettings(settings),
    lang: store.lang,
  };
}

function view(roster: Roster): AssignmentView {
  const byId = new Map(roster.students.map((r) => [r.record.student_id, r.record]));
  const unassigned: AtRiskStudent[] = roster.toPlace.map((s) => ({
    id: s.id,
    name: s.name,
    className: s.className,
    tier: s.tier,
    score: s.score,
    reasons: byId.get(s.id)?.risk_reasons ?? '',
  }));
  const mentors: MentorLoad[] = roster.mentors.map((m) => ({
    id: m.id,
    name: m.name,
    active: m.active,
    caseload: m.caseload,
    capacity: m.capacity,
    mentees: roster.existing
      .filter((e) => e.mentorId === m.id)
      .map((e) => byId.get(e.studentId)!)
      .map((s) => ({ id: s.student_id, name: s.name, className: s.class ?? '', tier: s.risk_tier }))
      .sort((a, b) => (b.tier ?? 0) - (a.tier ?? 0) || a.name.localeCompare(b.name)),
  }));
  return { lang: roster.lang, unassigned, mentors };
}

/** What the sidebar shows. */
export function assignmentView(store: Store): AssignmentView {
  return view(loadRoster(store));
}

/** The optimal assignment of every unassigned at-risk student, with reasons; writes nothing. */
export function suggest(store: Store): Proposal {
  const roster = loadRoster(store);
  const result = matchMentors(roster.toPlace, roster.mentors, roster.existing, roster.options);
  const mentorName = new Map(roster.mentors.map((m) => [m.id, m.name]));
  const student = new Map(roster.toPlace.map((s) => [s.id, s]));
  return {
    lang: roster.lang,
    pairs: result.suggestions.map((p) => ({
      studentId: p.studentId,
      studentName: student.get(p.studentId)!.name,
      mentorId: p.mentorId,
      mentorName: mentorName.get(p.mentorId) ?? p.mentorId,
      reasons: p.reasons.map((r) => describeReason(r, roster.lang)),
      alternatives: roster.mentors
        .filter((m) => m.id !== p.mentorId && isEligible(student.get(p.studentId)!, m, roster.options))
        .map((m) => ({ id: m.id, name: m.name })),
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
 * mentor still eligible with room, counting the pairs accepted before it), in one write.
 */
export function accept(
  store: Store,
  pairs: ReadonlyArray<{ studentId: string; mentorId: string }>,
): AcceptResult {
  const roster = loadRoster(store);
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
    changes.set(rowOf.get(studentId)!, { mentor_id: mentorId });
  }
  store.update('students', changes);
  return { view: assignmentView(store), refused };
}

/** Ends the mentoring of these students (their mentor_id is cleared), in one write. */
export function release(store: Store, studentIds: readonly string[]): AssignmentView {
  const wanted = new Set(studentIds);
  const changes = new Map<number, Changes>();
  for (const { row, record } of store.read<Student>('students').rows) {
    if (wanted.has(record.student_id) && record.mentor_id) changes.set(row, { mentor_id: null });
  }
  store.update('students', changes);
  return assignmentView(store);
}
