/**
 * The demo school as plain records: a deterministic SMP in Kupang with about 300 students, 15
 * mentors and a semester of attendance, grades, incidents, assessments and sessions, shaped so
 * that every tier, every flag of SPEC §3, unknown data and every case of the summary emails
 * (SPEC §6) occurs. The add-on computes the indicator and risk columns, so they stay null here.
 */
import type {
  AssessmentRow,
  AttendanceRow,
  GradeRow,
  IncidentRow,
  MentorRow,
  SessionRow,
  Student,
} from '../../../src/core/schema/records';
import { assessPupils } from './assessments';
import { assignMentors } from './assign';
import { recapAttendance } from './attendance';
import { demoCalendar } from './calendar';
import { settleConsentAndAid } from './consent';
import { reportGrades } from './grades';
import { logIncidents } from './incidents';
import { COORDINATOR_EMAILS, demoMentors, SCHOOL } from './mentors';
import { dealPlans } from './plans';
import { createRng } from './random';
import { logSessions } from './sessions';
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
}

export interface DemoOptions {
  seed?: number;
  /** 'YYYY-MM-DD', default '2026-11-28'. */
  asOf?: string;
  /** Default 300. */
  students?: number;
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
  const { seed = DEMO_SEED, asOf = DEMO_AS_OF, students: count = DEMO_STUDENTS } = options;
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
  return {
    school: { name: SCHOOL.name, city: SCHOOL.city, coordinatorEmails: [...COORDINATOR_EMAILS] },
    asOf,
    students: pupils.map((p) => p.student),
    mentors,
    attendance: recapAttendance(rng.fork('attendance'), pupils, cal),
    grades: reportGrades(rng.fork('grades'), pupils, cal),
    incidents: logIncidents(rng.fork('incidents'), pupils, cal),
    assessments,
    sessions: logSessions(rng.fork('sessions'), mentorships, mentors, cal),
  };
}
