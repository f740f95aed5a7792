/**
 * What the demo school holds, counted from its records alone (with the risk engine of
 * src/core/risk, so the tiers are the add-on's own): tests assert with it that every case the
 * add-on must show occurs, and the README can quote it.
 */
import { dayNumber } from '../../../src/core/cells/dates';
import { assessRisk } from '../../../src/core/risk/assess';
import { attendanceRates, unexcusedCounts } from '../../../src/core/risk/attendance';
import { belowPassingCounts, termAverages } from '../../../src/core/risk/grades';
import { incidentCounts, isSuspension } from '../../../src/core/risk/incidents';
import { type FlagLevel, INDICATOR_KEYS, type IndicatorKey, type Tier } from '../../../src/core/risk/model';
import { needCounts } from '../../../src/core/risk/needs';
import { overageByStudent, schoolYearStart } from '../../../src/core/risk/overage';
import type { SessionType, Student } from '../../../src/core/schema/records';
import { SESSION_TYPE } from '../../../src/core/schema/sheets';
import { addDays } from './calendar';
import type { DemoSchool } from './school';

export interface DemoFacts {
  /** Every row of the Students sheet: this year's roster and last year's graduates and leavers. */
  students: number;
  /** This school year's students: active, or left since it began. */
  roster: number;
  active: number;
  /** Dropouts and transfers of this school year (last year's are in lastYear). */
  droppedOut: number;
  droppedOutThisMonth: number;
  transferred: number;
  /** Last school year's graduates (grade 9 in June) and the students who left during it. */
  lastYear: { graduated: number; droppedOut: number; transferred: number };
  /** Monthly baselines in Risk history, and the months they cover. */
  history: { rows: number; months: number };
  /** Active students by tier, and by flag (indicator and level). */
  tiers: Record<Tier, number>;
  flags: Record<IndicatorKey, Record<FlagLevel, number>>;
  /** Active students without data: no attendance recap, no grades, no previous term, no assessment. */
  unknown: { attendance: number; grades: number; previousGrades: number; assessment: number };
  /** Active students whose tier rose or fell since the end of the month before the latest recap. */
  tierChanges: { worse: number; better: number };
  mentees: {
    active: number;
    worse: number;
    better: number;
    noSessionIn30Days: number;
    checkPassed: number;
    neverMet: number;
    pipCheck: number;
    noConsent: number;
  };
  unassignedAtRisk: number;
  fullMentors: number;
  inactiveMentors: number;
  /** Attendance rows with school days but S, I and A all blank. */
  blankRecaps: number;
  incidentsLast30Days: number;
  suspensionsLast30Days: number;
  sessionsThisMonth: number;
  sessionsByType: Record<SessionType, number>;
  /** Active students with economic hardship ≥ 2 at their latest scored assessment and no PIP. */
  pipCheck: number;
  noConsent: number;
  noConsentAtRisk: number;
  /** Guardians (same name and phone) with children in two or more grades. */
  siblingGroups: number;
  leadingZeroIds: number;
  /** Text cells that start with = + - @ (which a sheet would read as a formula). */
  formulaLikeTexts: number;
  /** Student and guardian names with an apostrophe (Ma'ruf). */
  apostropheNames: number;
  confidentialNotes: number;
  unmarkedNotes: number;
}

function tiersOf(school: DemoSchool, asOf: string, lastMonth: string) {
  const attendance = school.attendance.filter((r) => r.month <= lastMonth);
  const rates = attendanceRates(attendance);
  const unexcused = unexcusedCounts(attendance);
  const incidents = incidentCounts(school.incidents, asOf);
  const below = belowPassingCounts(school.grades);
  const [average, previous] = [termAverages(school.grades, 0), termAverages(school.grades, 1)];
  const overage = overageByStudent(school.students, asOf);
  const needs = needCounts(school.assessments);
  return new Map(
    school.students.map((s) => {
      const id = s.student_id;
      const get = (m: Map<string, number>) => m.get(id) ?? null;
      const inputs = {
        attendance: get(rates),
        unexcused: get(unexcused),
        incidents: incidents.get(id) ?? 0,
        below_passing: get(below),
        average: get(average),
        previous_average: get(previous),
        overage: get(overage),
        needs: get(needs),
      };
      return [id, assessRisk(inputs)] as const;
    }),
  );
}

const count = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length;
const FORMULA_START = /^[=+\-@]/;

/**
 * Counts the cases of the demo school that the tests and the README speak of.
 * @example demoFacts(generateDemoSchool()).tiers // { 1: 209, 2: 56, 3: 28 }
 */
export function demoFacts(school: DemoSchool): DemoFacts {
  const { asOf, students } = school;
  const yearStart = schoolYearStart(asOf);
  const thisYear = (s: Student) => s.status_date === null || s.status_date >= yearStart;
  const active = students.filter((s) => s.status === 'active');
  const latestMonth = [...new Set(school.attendance.map((r) => r.month))].sort().pop() ?? asOf.slice(0, 7);
  const now = tiersOf(school, asOf, latestMonth);
  const before = tiersOf(
    school,
    addDays(`${latestMonth}-01`, -1),
    addDays(`${latestMonth}-01`, -1).slice(0, 7),
  );
  const tierOf = (s: Student) => now.get(s.student_id)!.tier ?? 1;
  const change = (s: Student) => tierOf(s) - (before.get(s.student_id)!.tier ?? 1);
  const has = (ids: Iterable<string>) => new Set(ids);
  const attended = has(school.attendance.map((r) => r.student_id));
  const graded = has(school.grades.map((r) => r.student_id));
  const hadPrevious = termAverages(school.grades, 1);
  const assessed = has(school.assessments.map((r) => r.student_id));
  const hardship = new Map<string, number>();
  for (const a of [...school.assessments].sort((x, y) => (x.date < y.date ? -1 : 1)))
    if (a.economic_hardship !== null) hardship.set(a.student_id, a.economic_hardship);
  const needsPip = (s: Student) => s.status === 'active' && (hardship.get(s.student_id) ?? 0) >= 2 && !s.pip;
  const since30 = dayNumber(asOf) - 30;
  const lastSession = new Map<string, string>();
  const lastCheck = new Map<string, string | null>();
  for (const r of school.sessions) {
    if (r.date >= (lastSession.get(r.student_id) ?? '')) lastSession.set(r.student_id, r.date);
    if (r.next_check) lastCheck.set(r.student_id, r.next_check);
  }
  const mentees = active.filter((s) => s.mentor_id);
  const atRisk = (s: Student) => tierOf(s) >= 2;
  const flags = Object.fromEntries(
    INDICATOR_KEYS.map((k) => [k, { watch: 0, high: 0, critical: 0 }]),
  ) as DemoFacts['flags'];
  for (const s of active) for (const f of now.get(s.student_id)!.flags) flags[f.indicator][f.level]++;
  const load = (id: string) => count(students, (s) => s.mentor_id === id);
  const recent = school.incidents.filter((r) => dayNumber(r.date) > since30 && r.date <= asOf);
  const guardians = new Map<string, Set<number | null>>();
  for (const s of students) {
    const key = `${s.guardian_name}|${s.guardian_phone}`;
    guardians.set(key, (guardians.get(key) ?? new Set()).add(s.grade));
  }
  const texts = [
    ...students.flatMap((s) => [s.name, s.guardian_name]),
    ...school.sessions.flatMap((r) => [r.topics, r.follow_up, r.notes]),
    ...school.incidents.map((r) => r.note),
  ];
  const notes = [...school.assessments.map((r) => r.notes), ...school.sessions.map((r) => r.notes)].filter(
    (n) => n !== null,
  );
  return {
    students: students.length,
    roster: count(students, thisYear),
    active: active.length,
    droppedOut: count(students, (s) => s.status === 'dropped_out' && thisYear(s)),
    droppedOutThisMonth: count(
      students,
      (s) => s.status === 'dropped_out' && s.status_date?.slice(0, 7) === asOf.slice(0, 7),
    ),
    transferred: count(students, (s) => s.status === 'transferred' && thisYear(s)),
    lastYear: {
      graduated: count(students, (s) => s.status === 'graduated'),
      droppedOut: count(students, (s) => s.status === 'dropped_out' && !thisYear(s)),
      transferred: count(students, (s) => s.status === 'transferred' && !thisYear(s)),
    },
    history: { rows: school.history.length, months: new Set(school.history.map((r) => r.month)).size },
    tiers: {
      1: count(active, (s) => tierOf(s) === 1),
      2: count(active, (s) => tierOf(s) === 2),
      3: count(active, (s) => tierOf(s) === 3),
    },
    flags,
    unknown: {
      attendance: count(active, (s) => !attended.has(s.student_id)),
      grades: count(active, (s) => !graded.has(s.student_id)),
      previousGrades: count(active, (s) => !hadPrevious.has(s.student_id)),
      assessment: count(active, (s) => !assessed.has(s.student_id)),
    },
    tierChanges: { worse: count(active, (s) => change(s) > 0), better: count(active, (s) => change(s) < 0) },
    mentees: {
      active: mentees.length,
      worse: count(mentees, (s) => change(s) > 0),
      better: count(mentees, (s) => change(s) < 0),
      noSessionIn30Days: count(
        mentees,
        (s) => dayNumber(lastSession.get(s.student_id) ?? '1970-01-01') <= since30,
      ),
      checkPassed: count(mentees, (s) => (lastCheck.get(s.student_id) ?? asOf) < asOf),
      neverMet: count(mentees, (s) => !lastSession.has(s.student_id)),
      pipCheck: count(mentees, needsPip),
      noConsent: count(mentees, (s) => s.consent === false),
    },
    unassignedAtRisk: count(active, (s) => atRisk(s) && !s.mentor_id),
    fullMentors: count(school.mentors, (m) => m.capacity !== null && load(m.mentor_id) >= m.capacity),
    inactiveMentors: count(school.mentors, (m) => m.active === false),
    blankRecaps: count(
      school.attendance,
      (r) => r.school_days > 0 && r.sick === null && r.excused === null && r.unexcused === null,
    ),
    incidentsLast30Days: recent.length,
    suspensionsLast30Days: count(recent, (r) => isSuspension(r.kind)),
    sessionsThisMonth: count(school.sessions, (r) => r.date.slice(0, 7) === asOf.slice(0, 7)),
    sessionsByType: Object.fromEntries(
      SESSION_TYPE.map((t) => [t, count(school.sessions, (r) => r.type === t)]),
    ) as DemoFacts['sessionsByType'],
    pipCheck: count(students, needsPip),
    noConsent: count(students, (s) => s.consent === false),
    noConsentAtRisk: count(active, (s) => s.consent === false && atRisk(s)),
    siblingGroups: [...guardians.values()].filter((grades) => grades.size >= 2).length,
    leadingZeroIds: count(students, (s) => s.student_id.startsWith('0')),
    formulaLikeTexts: count(texts, (t) => t !== null && FORMULA_START.test(t)),
    apostropheNames: count(students, (s) => s.name.includes("'") || !!s.guardian_name?.includes("'")),
    confidentialNotes: notes.length,
    unmarkedNotes: count(notes, (n) => !/RAHASIA-[AS]\d+/.test(n)),
  };
}
