/**
 * Everything Apps Script may call: triggers, menu items, the sidebar's server functions
 * and the custom functions. The build gives each export a top-level function of the same
 * name (with this JSDoc); nothing else in the bundle is reachable from Apps Script.
 */
import type { DataCheck, ServerApi } from '../sidebar/contract';
import { setupWorkbookAction, snapshotAction } from './gas/actions';
import { checkWorkbook, showCheck } from './gas/check';
import { openWorkbook } from './gas/context';
import { indicatorFunction, riskFunction } from './gas/custom-functions';
import { evaluationAction, programmeEvaluation } from './gas/evaluation';
import {
  createFormAction,
  rebuildFormAction,
  refreshFormsAction,
  takePendingAction,
} from './gas/form-actions';
import {
  importSources as listImportSources,
  previewImport as previewStudentImport,
  runImport as runStudentImport,
} from './gas/import';
import { buildAddonMenu } from './gas/menu';
import { handleMonthly, sendNowAction, sendTest, showPreview } from './gas/monthly';
import { startMonthlyRun, turnOffAction, turnOnAction } from './gas/monthly-trigger';
import { showMonitoringSheets } from './gas/print';
import { retakeFixedAction } from './gas/review';
import { sendPendingReviewNotices } from './gas/review-notices';
import {
  acceptAction,
  assignmentViewAction,
  releaseAction,
  showHelpDialog,
  showImportDialog,
  showSidebar,
  suggestAction,
} from './gas/sidebar';
import { runStartHereAction as runStartHereStep, showStartHere, startHereView } from './gas/start-here';
import { handleFormSubmit } from './gas/submissions';

/** Runs when the add-on is installed: builds the menu straight away. */
export function onInstall(e: GoogleAppsScript.Events.AddonOnInstall) {
  onOpen(e);
}

/** Runs when the spreadsheet opens, in any auth mode (NONE included): builds the add-on menu. */
export function onOpen(_e?: unknown) {
  buildAddonMenu();
}

/** Menu: creates every missing sheet, column, dropdown and formula; safe to run again. */
export function setupWorkbook() {
  setupWorkbookAction();
}

/** Menu (and the end of Setup): the Start here checklist, computed from the workbook. */
export function openStartHere() {
  showStartHere();
}

/** Start here sidebar: the checklist as it stands now. */
export function getStartHere(): ReturnType<ServerApi['getStartHere']> {
  return startHereView();
}

/** Start here sidebar: one step's button (a menu action, or the sheet to fill). */
export function runStartHereAction(action: Parameters<ServerApi['runStartHereAction']>[0]) {
  runStartHereStep(action);
}

/** Menu: opens the mentor-assignment sidebar. */
export function openAssignSidebar() {
  showSidebar();
}

/** Menu: shows help. */
export function showHelp() {
  showHelpDialog();
}

/** Menu: reads every table and shows each cell that cannot be read. */
export function checkData(): DataCheck {
  const report = checkWorkbook();
  showCheck(report);
  return report;
}

/** Menu: records a risk snapshot now in Risk history, marked manual (the month's baseline stays). */
export function takeRiskSnapshot() {
  snapshotAction();
}

/** Menu: asks for a school year and writes the Evaluation sheet (tables and charts) of it. */
export function openProgrammeEvaluation() {
  evaluationAction();
}

/**
 * The programme evaluation of a school year ('2025/2026' or 2025; default: the current one) as
 * a plain object: dropout, whether the flags caught the leavers, the what-if, mentoring reach
 * and dose, attendance before/after the first session. Writes nothing (README: "Programme evaluation").
 */
export function evaluateProgramme(schoolYear?: string | number) {
  return programmeEvaluation(schoolYear);
}

/**
 * Menu: the monthly monitoring sheets (last three months per mentee, sessions, next step, lines
 * for notes) in a print-ready dialog, one mentor per A4 page; the dialog chooses one mentor or all.
 */
export function printMonitoringSheets() {
  return showMonitoringSheets();
}

/** Menu: shows every email of last month's summary as it would go out now, sending nothing. */
export function previewSummary() {
  showPreview();
}

/** Menu: sends the coordinator's summary, as it stands now, to you. */
export function sendMeATest() {
  sendTest();
}

/** Menu: says what last month's summary would send (and what is held), asks, then sends it. */
export function sendMonthlySummaryNow() {
  sendNowAction();
}

/** Menu: installs the daily trigger that sends the monthly emails (again: replaces it). */
export function turnOnMonthlyEmails() {
  turnOnAction();
}

/** Menu: removes the monthly emails' trigger. */
export function turnOffMonthlyEmails() {
  turnOffAction();
}

/** Trigger (daily): the month's summary when it is due and not yet done. */
export function monthlyRun(e?: { triggerUid?: string }) {
  const wb = startMonthlyRun(e);
  if (!wb) return;
  // Mentor notices first: they never throw, and a failing summary never holds them back.
  sendPendingReviewNotices(wb);
  handleMonthly(false, wb);
}

/** Menu: creates the intake form (or offers to open or rebuild it). */
export function createIntakeForm() {
  createFormAction('intake');
}

/** Menu: creates the session-log form (or offers to open or rebuild it). */
export function createSessionForm() {
  createFormAction('session');
}

/** Form dialog: rebuilds a form's questions in place. */
export function rebuildForm(kind: string) {
  if (kind === 'intake' || kind === 'session') rebuildFormAction(kind);
}

/** Menu: refreshes the session-log form's student and mentor lists. */
export function refreshFormLists() {
  refreshFormsAction();
}

/** Menu: takes every form response not taken yet. */
export function takePendingFormResponses() {
  takePendingAction();
}

/** Menu: takes again the Review rows a person marked fixed. */
export function retakeFixedReviewRows() {
  retakeFixedAction();
}

/** Trigger: a form response arrived (both forms; routed by the sheet it landed in). */
export function onFormSubmitted(e: GoogleAppsScript.Events.SheetsOnFormSubmit) {
  handleFormSubmit(e);
}

/** Menu: opens the import dialog (students from a pasted sheet, e.g. a Dapodik export). */
export function openImportDialog() {
  showImportDialog();
}

/** Import dialog: sheets that can be imported from. */
export function importSources(): ReturnType<ServerApi['importSources']> {
  return { lang: openWorkbook().lang, sources: listImportSources() };
}

/** Import dialog: the column mapping and what an import would do. */
export function previewImport(sheet: string): ReturnType<ServerApi['previewImport']> {
  return previewStudentImport(sheet);
}

/** Import dialog: merges the students of a sheet into Students. */
export function runImport(sheet: string): ReturnType<ServerApi['runImport']> {
  return runStudentImport(sheet);
}

/** Sidebar: unassigned at-risk students and mentors' caseloads. */
export function getAssignmentView(): ReturnType<ServerApi['getAssignmentView']> {
  return assignmentViewAction();
}

/** Sidebar: an optimal mentor for every unassigned at-risk student, with reasons; writes nothing. */
export function suggestMentors(): ReturnType<ServerApi['suggestMentors']> {
  return suggestAction();
}

/** Sidebar: writes the accepted pairs (each checked again) in one write. */
export function acceptMentors(
  pairs: Array<{ studentId: string; mentorId: string }>,
): ReturnType<ServerApi['acceptMentors']> {
  return acceptAction(pairs);
}

/** Sidebar: ends the mentoring of these students. */
export function releaseStudents(studentIds: string[]): ReturnType<ServerApi['releaseStudents']> {
  return releaseAction(studentIds);
}

/**
 * Risk score 0–100 for each student: a ranking aid (more and redder flags score higher;
 * every Tier 3 scores above every Tier 2), not a probability. Skor risiko 0–100 per siswa.
 * Give single values or equal-height columns; blank rows give blank results.
 *
 * @param {number|Array<Array<number>>} attendance Attendance rate of the latest month, 0–1 (86 is read as 86%). Tingkat kehadiran bulan terakhir.
 * @param {number|Array<Array<number>>} unexcused Unexcused absences (alpa) in the latest month. Jumlah alpa bulan terakhir.
 * @param {number|Array<Array<number>>} incidents Incidents in the last 30 days (a suspension counts as incidents_high). Kejadian 30 hari terakhir.
 * @param {number|Array<Array<number>>} below_passing Subjects below the passing grade, latest term. Mapel di bawah KKM.
 * @param {number|Array<Array<number>>} average Term average 0–100, latest term. Nilai rata-rata semester terakhir.
 * @param {number|Array<Array<number>>} previous_average Term average of the previous term. Rata-rata semester sebelumnya.
 * @param {number|Array<Array<number>>} overage Years over the expected age for the grade. Kelebihan usia (tahun).
 * @param {number|Array<Array<number>>} needs Need domains flagged at intake (0–3). Jumlah kebutuhan dari asesmen awal.
 * @param {Array<Array<string>>} settings Optional: the Settings sheet's key/value columns, to override thresholds. Opsional: kolom kunci/nilai Pengaturan.
 * @return The score, or a column of scores.
 * @customfunction
 */
export function RISK_SCORE(
  attendance: unknown,
  unexcused: unknown,
  incidents: unknown,
  below_passing: unknown,
  average: unknown,
  previous_average: unknown,
  overage: unknown,
  needs: unknown,
  settings?: unknown,
) {
  return riskFunction('score', 'RISK_SCORE', [
    attendance,
    unexcused,
    incidents,
    below_passing,
    average,
    previous_average,
    overage,
    needs,
    settings,
  ]);
}

/**
 * Support tier for each student: 3 intensive, 2 basic mentoring, 1 universal. Tingkat dukungan
 * (3 intensif, 2 pendampingan dasar, 1 umum). Same arguments as RISK_SCORE.
 *
 * @param {number|Array<Array<number>>} attendance Attendance rate of the latest month, 0–1. Tingkat kehadiran.
 * @param {number|Array<Array<number>>} unexcused Unexcused absences (alpa), latest month. Jumlah alpa.
 * @param {number|Array<Array<number>>} incidents Incidents in the last 30 days. Kejadian 30 hari terakhir.
 * @param {number|Array<Array<number>>} below_passing Subjects below the passing grade. Mapel di bawah KKM.
 * @param {number|Array<Array<number>>} average Term average 0–100. Nilai rata-rata.
 * @param {number|Array<Array<number>>} previous_average Previous term average. Rata-rata sebelumnya.
 * @param {number|Array<Array<number>>} overage Years over age for the grade. Kelebihan usia.
 * @param {number|Array<Array<number>>} needs Need domains flagged at intake. Jumlah kebutuhan.
 * @param {Array<Array<string>>} settings Optional key/value thresholds (the Settings sheet). Opsional: Pengaturan.
 * @return 1, 2 or 3, or a column of tiers.
 * @customfunction
 */
export function RISK_TIER(
  attendance: unknown,
  unexcused: unknown,
  incidents: unknown,
  below_passing: unknown,
  average: unknown,
  previous_average: unknown,
  overage: unknown,
  needs: unknown,
  settings?: unknown,
) {
  return riskFunction('tier', 'RISK_TIER', [
    attendance,
    unexcused,
    incidents,
    below_passing,
    average,
    previous_average,
    overage,
    needs,
    settings,
  ]);
}

/**
 * Why: one readable line per student naming each flag with its value and threshold, and the
 * data that is missing. Alasan: satu baris per siswa. Same arguments as RISK_SCORE.
 *
 * @param {number|Array<Array<number>>} attendance Attendance rate of the latest month, 0–1. Tingkat kehadiran.
 * @param {number|Array<Array<number>>} unexcused Unexcused absences (alpa), latest month. Jumlah alpa.
 * @param {number|Array<Array<number>>} incidents Incidents in the last 30 days. Kejadian 30 hari terakhir.
 * @param {number|Array<Array<number>>} below_passing Subjects below the passing grade. Mapel di bawah KKM.
 * @param {number|Array<Array<number>>} average Term average 0–100. Nilai rata-rata.
 * @param {number|Array<Array<number>>} previous_average Previous term average. Rata-rata sebelumnya.
 * @param {number|Array<Array<number>>} overage Years over age for the grade. Kelebihan usia.
 * @param {number|Array<Array<number>>} needs Need domains flagged at intake. Jumlah kebutuhan.
 * @param {Array<Array<string>>} settings Optional key/value thresholds (the Settings sheet). Opsional: Pengaturan.
 * @return The reasons, e.g. "Attendance 86% (< 90%) · 3 unexcused absences (≥ 3)".
 * @customfunction
 */
export function RISK_REASONS(
  attendance: unknown,
  unexcused: unknown,
  incidents: unknown,
  below_passing: unknown,
  average: unknown,
  previous_average: unknown,
  overage: unknown,
  needs: unknown,
  settings?: unknown,
) {
  return riskFunction('reasons', 'RISK_REASONS', [
    attendance,
    unexcused,
    incidents,
    below_passing,
    average,
    previous_average,
    overage,
    needs,
    settings,
  ]);
}

/**
 * Attendance rate of each student's latest month, from the Attendance sheet:
 * (school days − S − I − A) / school days. Kehadiran bulan terakhir tiap siswa.
 *
 * @param {Array<Array<string>>} ids The Students sheet's student_id column. Kolom NISN di Siswa.
 * @param {Array<Array<string>>} att_ids Attendance: student_id. Kehadiran: NISN.
 * @param {Array<Array<string>>} att_months Attendance: month (YYYY-MM). Kehadiran: bulan.
 * @param {Array<Array<number>>} school_days Attendance: school days. Hari sekolah.
 * @param {Array<Array<number>>} sick Attendance: sick (S). Sakit.
 * @param {Array<Array<number>>} excused Attendance: excused (I). Izin.
 * @param {Array<Array<number>>} unexcused Attendance: unexcused (A). Alpa.
 * @return One rate (0–1) per student, blank where there is no data.
 * @customfunction
 */
export function STUDENT_ATTENDANCE(
  ids: unknown,
  att_ids: unknown,
  att_months: unknown,
  school_days: unknown,
  sick: unknown,
  excused: unknown,
  unexcused: unknown,
) {
  return indicatorFunction('STUDENT_ATTENDANCE', [
    ids,
    att_ids,
    att_months,
    school_days,
    sick,
    excused,
    unexcused,
  ]);
}

/**
 * Unexcused absences (alpa) of each student's latest month. Jumlah alpa bulan terakhir.
 *
 * @param {Array<Array<string>>} ids The Students sheet's student_id column. Kolom NISN di Siswa.
 * @param {Array<Array<string>>} att_ids Attendance: student_id. Kehadiran: NISN.
 * @param {Array<Array<string>>} att_months Attendance: month. Kehadiran: bulan.
 * @param {Array<Array<number>>} unexcused Attendance: unexcused (A). Alpa.
 * @return One count per student, blank where there is no data.
 * @customfunction
 */
export function STUDENT_UNEXCUSED(ids: unknown, att_ids: unknown, att_months: unknown, unexcused: unknown) {
  return indicatorFunction('STUDENT_UNEXCUSED', [ids, att_ids, att_months, unexcused]);
}

/**
 * Incidents of each student in the 30 days up to as_of; a suspension counts as incidents_high.
 * Kejadian 30 hari terakhir; skorsing dihitung sebagai incidents_high.
 *
 * @param {Array<Array<string>>} ids The Students sheet's student_id column. Kolom NISN di Siswa.
 * @param {Array<Array<Date>>} inc_dates Incidents: date. Kejadian: tanggal.
 * @param {Array<Array<string>>} inc_ids Incidents: student_id. Kejadian: NISN.
 * @param {Array<Array<string>>} inc_kinds Incidents: kind (referral, suspension, other). Jenis.
 * @param {Date} as_of The day to count back from (Settings: as_of_date). Tanggal acuan.
 * @param {number} incidents_high Optional: the red threshold (default 3). Opsional: ambang merah.
 * @return One count per student (0 when none).
 * @customfunction
 */
export function STUDENT_INCIDENTS(
  ids: unknown,
  inc_dates: unknown,
  inc_ids: unknown,
  inc_kinds: unknown,
  as_of: unknown,
  incidents_high?: unknown,
) {
  return indicatorFunction('STUDENT_INCIDENTS', [ids, inc_dates, inc_ids, inc_kinds, as_of, incidents_high]);
}

/**
 * Subjects below the passing grade in each student's latest term. Mapel di bawah KKM semester terakhir.
 *
 * @param {Array<Array<string>>} ids The Students sheet's student_id column. Kolom NISN di Siswa.
 * @param {Array<Array<string>>} gr_ids Grades: student_id. Nilai: NISN.
 * @param {Array<Array<string>>} terms Grades: term (e.g. 2026-1). Semester.
 * @param {Array<Array<number>>} below_passing Grades: below_passing. Jumlah mapel di bawah KKM.
 * @return One count per student, blank where there is no data.
 * @customfunction
 */
export function STUDENT_BELOW_PASSING(ids: unknown, gr_ids: unknown, terms: unknown, below_passing: unknown) {
  return indicatorFunction('STUDENT_BELOW_PASSING', [ids, gr_ids, terms, below_passing]);
}

/**
 * Each student's term average: the latest term (terms_back 0) or an earlier one (1 = previous).
 * Nilai rata-rata semester terakhir (0) atau sebelumnya (1).
 *
 * @param {Array<Array<string>>} ids The Students sheet's student_id column. Kolom NISN di Siswa.
 * @param {Array<Array<string>>} gr_ids Grades: student_id. Nilai: NISN.
 * @param {Array<Array<string>>} terms Grades: term. Semester.
 * @param {Array<Array<number>>} averages Grades: average (0–100). Rata-rata.
 * @param {number} terms_back Optional: 0 latest term, 1 the one before. Opsional: 0 terakhir, 1 sebelumnya.
 * @return One average per student, blank where there is no data.
 * @customfunction
 */
export function STUDENT_AVERAGE(
  ids: unknown,
  gr_ids: unknown,
  terms: unknown,
  averages: unknown,
  terms_back?: unknown,
) {
  return indicatorFunction('STUDENT_AVERAGE', [ids, gr_ids, terms, averages, terms_back]);
}

/**
 * Years over the expected age for the grade (grade + 6 on 1 July of the school year).
 * Kelebihan usia untuk kelasnya (usia wajar = kelas + 6 pada 1 Juli).
 *
 * @param {Array<Array<number>>} grades The Students sheet's grade column (1–12). Kolom tingkat kelas.
 * @param {Array<Array<Date>>} birth_dates The Students sheet's birth_date column. Tanggal lahir.
 * @param {Date} as_of A day in the school year to compute (Settings: as_of_date). Tanggal acuan.
 * @return One number of years per student (0 when not over age).
 * @customfunction
 */
export function STUDENT_OVERAGE(grades: unknown, birth_dates: unknown, as_of: unknown) {
  return indicatorFunction('STUDENT_OVERAGE', [grades, birth_dates, as_of]);
}

/**
 * How many need domains (social pressure, economic hardship, low home support) scored 2 or more
 * in each student's latest assessment. Jumlah kebutuhan (skor ≥ 2) pada asesmen terakhir.
 *
 * @param {Array<Array<string>>} ids The Students sheet's student_id column. Kolom NISN di Siswa.
 * @param {Array<Array<string>>} asm_ids Assessments: student_id. Asesmen: NISN.
 * @param {Array<Array<Date>>} asm_dates Assessments: date. Tanggal asesmen.
 * @param {Array<Array<number>>} social_pressure Assessments: social_pressure (0–3). Tekanan sosial.
 * @param {Array<Array<number>>} economic_hardship Assessments: economic_hardship (0–3). Kesulitan ekonomi.
 * @param {Array<Array<number>>} low_home_support Assessments: low_home_support (0–3). Dukungan rumah rendah.
 * @return One count (0–3) per student, blank where there is no assessment.
 * @customfunction
 */
export function STUDENT_NEEDS(
  ids: unknown,
  asm_ids: unknown,
  asm_dates: unknown,
  social_pressure: unknown,
  economic_hardship: unknown,
  low_home_support: unknown,
) {
  return indicatorFunction('STUDENT_NEEDS', [
    ids,
    asm_ids,
    asm_dates,
    social_pressure,
    economic_hardship,
    low_home_support,
  ]);
}
