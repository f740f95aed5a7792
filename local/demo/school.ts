/**
 * The demo school in a runtime, told as it happened: Setup on the 1st of the month, the data
 * up to the end of October typed in (last school year's with it) and the Risk history of the
 * monthly baselines since last July pasted as it stood, the monthly run of the 1st taking
 * November's baseline, then the rest of November typed in up to today. So the December emails
 * have a baseline to compare with, and the programme evaluation a year before this one.
 */

import type { Lang } from '../../src/core/i18n/lang';
import { sheetLabel } from '../../src/core/schema/labels';
import type { SheetKey } from '../../src/core/schema/types';
import { createRuntime, type Runtime, type RuntimeOptions } from '../runtime';
import { type DemoSchool, generateDemoSchool } from './data';
import { pasteRecords, pasteTarget } from './load';

export interface DemoOptions {
  /** Students on this year's roster (default 300). */
  students?: number;
  seed?: number;
  /** Last school year and its Risk history behind this one (default true). */
  history?: boolean;
}

function split<T>(rows: readonly T[], before: (row: T) => boolean): [T[], T[]] {
  return [rows.filter(before), rows.filter((r) => !before(r))];
}

/**
 * Rows enough for every table, formatted as Setup formats them: beyond Setup's rows a pasted
 * student ID would lose its leading zeros, as in Sheets. So the coordinator adds rows and runs
 * Setup again, which formats them all.
 */
function makeRoom(rt: Runtime, lang: Lang, rows: Partial<Record<SheetKey, number>>): void {
  let grown = false;
  for (const [key, count] of Object.entries(rows) as Array<[SheetKey, number]>) {
    const sheet = rt.spreadsheet.sheet(sheetLabel(key, lang));
    const needed = count + 100;
    if (sheet.maxRows() >= needed) continue;
    sheet.insertRows(sheet.maxRows(), needed - sheet.maxRows());
    grown = true;
  }
  if (grown) rt.call('setupWorkbook');
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

  makeRoom(rt, lang, {
    students: school.students.length,
    attendance: school.attendance.length,
    grades: school.grades.length,
    incidents: school.incidents.length,
    assessments: school.assessments.length,
    sessions: school.sessions.length,
    // This month's snapshot, and next month's, follow the history.
    risk_history: school.history.length + 2 * school.students.length,
  });
  // Every target first: a read makes the formulas recalculate, a paste does not.
  const tables = [
    'mentors',
    'students',
    'attendance',
    'grades',
    'incidents',
    'assessments',
    'sessions',
    'risk_history',
  ] as const;
  const at = new Map(tables.map((key) => [key, pasteTarget(rt, key, lang)]));
  const paste = (key: (typeof tables)[number], records: ReadonlyArray<object>) =>
    pasteRecords(rt, key, lang, records, at.get(key));
  paste('mentors', school.mentors);
  paste('students', school.students);
  paste('attendance', attendanceEarly);
  paste('grades', school.grades);
  paste('incidents', incidentsEarly);
  paste('assessments', assessmentsEarly);
  paste('sessions', sessionsEarly);
  paste('risk_history', school.history);
  rt.call('monthlyRun'); // the monthly run of the 1st: November's baseline

  rt.advanceTo(`${school.asOf}T08:00:00+07:00`);
  paste('attendance', attendanceLate);
  paste('incidents', incidentsLate);
  paste('assessments', assessmentsLate);
  paste('sessions', sessionsLate);
  const asOfRow = settings.values().findIndex((r) => r[0] === 'as_of_date') + 1;
  settings.setCell(`B${asOfRow}`, school.asOf);
  rt.ui.toasts.length = 0;
  // A school in its second year opens on its Dashboard: Start here (which Setup opens, on the
  // Students sheet) is the first hour's, long past here.
  rt.ui.sidebar = null;
  rt.spreadsheet.activeSheetId = rt.spreadsheet.sheetByName('Ringkasan')!.id;
  return rt;
}

/** The demo school of `npm start`: 300 students of an SMP in Kupang, as of the generator's day. */
export function createDemoRuntime(options: RuntimeOptions & DemoOptions = {}): Runtime {
  const { students, seed, history, ...runtime } = options;
  return loadDemoSchool(generateDemoSchool({ students, seed, history }), runtime);
}
