/**
 * "Start here": the first hour's checklist in a sidebar. The facts come from one read of each
 * table (Students, Mentors; Settings was read by openWorkbook), the forms' record and the
 * monthly emails' record; each button runs the menu action of its step or opens the sheet to fill.
 */

import { translator } from '../core/i18n/messages';
import {
  type StartHereView,
  type StepAction,
  startHere,
  type WorkbookFacts,
} from '../core/onboarding/checklist';
import { onboardingMessages } from '../core/onboarding/messages';
import type { MentorRow, Student } from '../core/schema/records';
import type { SheetKey } from '../core/schema/types';
import { summarySchedule } from '../core/settings/schedule';
import { openWorkbook, type Workbook } from './context';
import { createFormAction } from './form-actions';
import { loadFormRecords } from './forms';
import { readMonthlyState } from './monthly-state';
import { turnOnAction } from './monthly-trigger';
import { showImportDialog, showSidebar } from './sidebar';

/** What the checklist needs to know, read once per table. */
export function workbookFacts(wb: Workbook): WorkbookFacts {
  const students = wb.tables.read<Student>('students').rows.map((r) => r.record);
  const mentors = wb.tables.read<MentorRow>('mentors').rows.map((r) => r.record);
  const forms = loadFormRecords(wb);
  const monthly = readMonthlyState(wb.spreadsheet);
  return {
    students: students.filter((s) => s.student_id).length,
    activeMentors: mentors.filter((m) => m.active !== false).length,
    intakeForm: Boolean(forms.intake),
    sessionForm: Boolean(forms.session),
    coordinatorEmails: wb.settings.coordinator_emails ?? '',
    monthlyEmails: Boolean(monthly?.owner) && !monthly?.paused,
    assigned: students.filter((s) => s.mentor_id).length,
    summaryDay: summarySchedule(wb.settings).day,
  };
}

/** Sidebar: the checklist as it stands now. */
export function startHereView(): StartHereView {
  const wb = openWorkbook();
  return startHere(workbookFacts(wb), wb.lang);
}

/** Menu (and the end of Setup): opens the Start here sidebar (dist/Start.html). */
export function showStartHere(): void {
  const t = translator(onboardingMessages, openWorkbook().lang);
  const page = HtmlService.createHtmlOutputFromFile('Start').setTitle(t('title'));
  SpreadsheetApp.getUi().showSidebar(page);
}

/** Activates a table's sheet; for Settings, the value cell of one key, so the person types there. */
function openSheet(key: SheetKey, settingKey?: string): void {
  const wb = openWorkbook();
  const sheet = wb.layout.sheet(key);
  if (!sheet) return;
  sheet.activate();
  const table = wb.tables.raw(key);
  if (!table) return;
  if (settingKey) {
    const index = table.rows.findIndex((r) => String(r[table.columns.key ?? 0]).trim() === settingKey);
    const value = table.columns.value;
    if (index >= 0 && value !== undefined) sheet.getRange(index + 2, value + 1).activate();
    return;
  }
  // The first empty row, where the next entry goes.
  sheet.getRange(table.rows.length + 2, 1).activate();
}

/** Sidebar: runs one step's button. Only the steps' own actions can be run from here. */
export function runStartHereAction(action: StepAction): void {
  const run: Record<StepAction, () => unknown> = {
    import: showImportDialog,
    open_students: () => openSheet('students'),
    open_mentors: () => openSheet('mentors'),
    intake_form: () => createFormAction('intake'),
    session_form: () => createFormAction('session'),
    open_settings: () => openSheet('settings', 'coordinator_emails'),
    monthly_emails: turnOnAction,
    assign: showSidebar,
  };
  if (!Object.prototype.hasOwnProperty.call(run, action)) throw new Error(`Unknown step: ${String(action)}`);
  run[action]();
}
