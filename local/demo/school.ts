/**
 * The demo school in a runtime, told as it happened: Setup on the 1st of the month, the data
 * up to the end of October typed in, the monthly run of the 1st taking November's baseline, then
 * the rest of November typed in up to today. So the December emails have a baseline to compare with.
 */

import { createRuntime, type Runtime, type RuntimeOptions } from '../runtime';
import { type DemoSchool, generateDemoSchool } from './data';
import { pasteRecords } from './load';

export interface DemoOptions {
  /** Number of students (default 300). */
  students?: number;
  seed?: number;
}

function split<T>(rows: readonly T[], before: (row: T) => boolean): [T[], T[]] {
  return [rows.filter(before), rows.filter((r) => !before(r))];
}

/** Loads the school's records into a fresh runtime and returns it at the school's "today". */
export function loadDemoSchool(school: DemoSchool, options: RuntimeOptions = {}): Runtime {
  const monthStart = `${school.asOf.slice(0, 7)}-01`;
  const rt = createRuntime({
    name: `${school.school.name} — Pendamping (demo)`,
    locale: 'id_ID',
    timeZone: 'Asia/Jakarta',
    user: school.school.coordinatorEmails[0],
    ...options,
    now: `${monthStart}T07:30:00+07:00`,
  });
  rt.call('setupWorkbook');
  rt.call('turnOnMonthlyEmails');
  if (rt.spreadsheet.sheetNames().includes('Sheet1')) rt.spreadsheet.deleteSheet('Sheet1');
  const lang = 'id' as const;
  const settings = rt.spreadsheet.sheet('Pengaturan');
  const emailRow = settings.values().findIndex((r) => r[0] === 'coordinator_emails') + 1;
  settings.setCell(`B${emailRow}`, school.school.coordinatorEmails.join(', '));
  const nameRow = settings.values().findIndex((r) => r[0] === 'school_name') + 1;
  settings.setCell(`B${nameRow}`, school.school.name);

  const early = <T extends { date: string }>(rows: readonly T[]) => split(rows, (r) => r.date < monthStart);
  const [attendanceEarly, attendanceLate] = split(school.attendance, (r) => r.month < monthStart.slice(0, 7));
  const [incidentsEarly, incidentsLate] = early(school.incidents);
  const [assessmentsEarly, assessmentsLate] = early(school.assessments);
  const [sessionsEarly, sessionsLate] = early(school.sessions);

  pasteRecords(rt, 'mentors', lang, school.mentors);
  pasteRecords(rt, 'students', lang, school.students);
  pasteRecords(rt, 'attendance', lang, attendanceEarly);
  pasteRecords(rt, 'grades', lang, school.grades);
  pasteRecords(rt, 'incidents', lang, incidentsEarly);
  pasteRecords(rt, 'assessments', lang, assessmentsEarly);
  pasteRecords(rt, 'sessions', lang, sessionsEarly);
  rt.call('monthlyRun'); // the monthly run of the 1st: November's baseline

  rt.advanceTo(`${school.asOf}T08:00:00+07:00`);
  pasteRecords(rt, 'attendance', lang, attendanceLate);
  pasteRecords(rt, 'incidents', lang, incidentsLate);
  pasteRecords(rt, 'assessments', lang, assessmentsLate);
  pasteRecords(rt, 'sessions', lang, sessionsLate);
  const asOfRow = settings.values().findIndex((r) => r[0] === 'as_of_date') + 1;
  settings.setCell(`B${asOfRow}`, school.asOf);
  rt.ui.toasts.length = 0;
  return rt;
}

/** The demo school of `npm start`: 300 students of an SMP in Kupang, as of the generator's day. */
export function createDemoRuntime(options: RuntimeOptions & DemoOptions = {}): Runtime {
  const { students, seed, ...runtime } = options;
  return loadDemoSchool(generateDemoSchool({ students, seed }), runtime);
}
