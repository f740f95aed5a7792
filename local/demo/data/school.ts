/**
 * The demo school as plain records: a deterministic SMP in Kupang with about 300 students, 15
 * mentors and a semester of attendance, grades, incidents, assessments and sessions, shaped so
 * that every tier, every flag of SPEC §3, unknown data and every case of the summary emails
 * (SPEC §6) occurs. The add-on computes the indicator and risk columns, so they stay null here.
 * Behind it lies the school year before (last-year.ts): its graduates and leavers on the roster
 * with their statuses and dates, its records, and the Risk history of monthly baselines up to
 * the demo's month, so that the programme evaluation has a year to speak of.
 */
import type {
  AssessmentRow,
  AttendanceRow,
  GradeRow,
  IncidentRow,
  MentorRow,
  RiskHistoryRow,
  SessionRow,
  Student,
} from '../../../src/core/schema/records';
import { assessPupils, markAssessmentNotes } from './assessments';
import { assignMentors } from './assign';
import { recapAttendance } from './attendance';
import { demoCalendar } from './calendar';
import { settleConsentAndAid } from './consent';
import { reportGrades } from './grades';
import { baselineHistory, type Presence } from './history';
import { logIncidents } from './incidents';
import { type PastYear, pastPupils } from './last-year';
import { mentorLastYear } from './last-year-mentors';
import { pastRecords } from './last-year-records';
import { COORDINATOR_EMAILS, demoMentors, SCHOOL } from './mentors';
import { dealPlans } from './plans';
import { createRng } from './random';
import { logSessions, markSessionNotes } from './sessions';
import { enrolPupils, linkSiblings } from './students';

export interface DemoSchool {
  school: { name: string; city: string; coordinatorEmails: string[] };
  /** The day the data describes ('YYYY-MM-DD'): run the add-on with this as today. */
  asOf: string;
  students: Student[];
  mentors: MentorRow[];
  attendance: AttendanceRow[];
  grades: GradeRow[];
  incidents: IncidentRow[];
  assessments: AssessmentRow[];
  sessions: SessionRow[];
  /** Monthly baselines from last July to the month before asOf (the add-on takes asOf's month). */
  history: RiskHistoryRow[];
}

export interface DemoOptions {
  seed?: number;
  /** 'YYYY-MM-DD', default '2026-11-28'. */
  asOf?: string;
  /** Default 300: this year's roster (last year's graduates and leavers come on top). */
  students?: number;
  /**
   * Default true: last school year behind this one. False gives this year alone (no graduates,
   * no Risk history), for benchmarks that measure other work at a roster size.
   */
  history?: boolean;
}

export const DEMO_SEED = 3;
export const DEMO_AS_OF = '2026-11-28';
export const DEMO_STUDENTS = 300;

const byRoster = (a: Student, b: Student) =>
  a.class! < b.class!
    ? -1
    : a.class! > b.class!
      ? 1
      : a.name.localeCompare(b.name, 'id') || (a.student_id < b.student_id ? -1 : 1);

/**
 * Generates the demo school; the same options give the same school, to the last character.
 * @example generateDemoSchool().students.length // 300
 */
export function generateDemoSchool(options: DemoOptions = {}): DemoSchool {
  const { seed = DEMO_SEED, asOf = DEMO_AS_OF, students: count = DEMO_STUDENTS, history = true } = options;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`asOf must be 'YYYY-MM-DD', not '${asOf}'`);
  const cal = demoCalendar(asOf);
  const rng = createRng(seed);
  const pupils = enrolPupils(rng.fork('students'), dealPlans(rng.fork('plans'), count), cal);
  linkSiblings(rng.fork('siblings'), pupils);
  pupils.sort((a, b) => byRoster(a.student, b.student));
  const mentors = demoMentors();
  const mentorships = assignMentors(rng.fork('mentors'), pupils, mentors, cal);
  const assessments = assessPupils(rng.fork('assessments'), pupils, mentorships, mentors, cal);
  settleConsentAndAid(rng.fork('consent'), pupils, assessments);
  const grades = reportGrades(rng.fork('grades'), pupils, cal);
  // The year before the one the recap months belong to.
  const past = pastPupils(rng.fork('last-year'), pupils, cal.year - cal.monthsBack - 1, cal.monthsBack + 1);
  if (!history) past.pupils.length = 0;
  mentorLastYear(rng.fork('last-year-mentors'), past, mentors);
  const before = pastRecords(rng.fork('last-year-records'), past, { grades, assessments }, mentors);
  const records = {
    students: [...pupils.map((p) => p.student), ...past.pupils.filter((p) => p.former).map((p) => p.student)],
    attendance: [...before.attendance, ...recapAttendance(rng.fork('attendance'), pupils, cal)],
    grades: [...before.grades, ...grades],
    incidents: [...before.incidents, ...logIncidents(rng.fork('incidents'), pupils, cal)].sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
    ),
    assessments: markAssessmentNotes([...before.assessments, ...assessments]),
    sessions: markSessionNotes([
      ...before.sessions,
      ...logSessions(rng.fork('sessions'), mentorships, mentors, cal),
    ]),
  };
  const first = `${past.year}-07`;
  return {
    school: { name: SCHOOL.name, city: SCHOOL.city, coordinatorEmails: [...COORDINATOR_EMAILS] },
    asOf,
    mentors,
    ...records,
    history: history
      ? baselineHistory(records, presenceOf(past, records.students), first, previousMonth(asOf.slice(0, 7)))
      : [],
  };
}

const previousMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

/** Last year's students were there from its July; this year's new ones from this July. */
function presenceOf(past: PastYear, students: readonly Student[]): Map<string, Presence> {
  const then = { from: `${past.year}-07-01`, year: past.year + 1 };
  const presence = new Map<string, Presence>(
    students.map((s) => [s.student_id, { from: `${past.year + 1}-07-01`, year: past.year + 1 }]),
  );
  for (const p of past.pupils)
    presence.set(p.student.student_id, p.former ? { ...then, year: past.year } : then);
  return presence;
}
