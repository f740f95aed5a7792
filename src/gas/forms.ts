/**
 * The Google Forms of the add-on: created from the menu with this spreadsheet as their
 * destination (once: what the add-on keeps about them is in document properties), rebuilt in
 * place on request (the same items, so the same columns of the responses sheet), their student
 * and mentor lists refreshed from the roster. A form belongs to whoever created it: another
 * coordinator cannot open it, and the add-on says so rather than failing.
 */
import {
  choiceLabel,
  type FormDefinition,
  type FormKind,
  intakeForm,
  sessionForm,
  studentChoiceLabel,
} from '../core/forms/definitions';
import { FORM_MESSAGES } from '../core/forms/messages';
import { responseSheetName } from '../core/forms/sheet-messages';
import { translator } from '../core/i18n/messages';
import type { MentorRow, Student } from '../core/schema/records';
import type { Workbook } from './context';
import { placeQuestions } from './form-items';
import { currentUser } from './user';

const FORMS_PROPERTY = 'pendamping.forms';
/** Set when students were added but the session form's lists could not be refreshed (not its owner). */
const STALE_PROPERTY = 'pendamping.forms.stale';
export const SUBMIT_HANDLER = 'onFormSubmitted';

/** What the add-on keeps about each of its forms. */
export interface FormRecord {
  id: string;
  url: string;
  editUrl: string;
  /** The responses sheet's id, to route a submission by the sheet it landed in. */
  sheetId: number | null;
  /** Question key → title, as the form was built (the responses sheet's headers). */
  titles: Record<string, string>;
  /** Question key → titles its columns had before (older responses' answers sit under them). */
  formerTitles?: Record<string, string[]>;
  /** Question key → the form item asking it: a rebuild changes that item, never makes a new one. */
  items?: Record<string, number>;
  /** Who created the form (FormApp opens a form for its owner and those it is shared with). */
  owner?: string;
}

export type FormRecords = Partial<Record<FormKind, FormRecord>>;

export function loadFormRecords(wb: Workbook): FormRecords {
  try {
    return JSON.parse(wb.properties.getProperty(FORMS_PROPERTY) ?? '{}') as FormRecords;
  } catch {
    return {};
  }
}

function saveFormRecords(wb: Workbook, records: FormRecords): void {
  wb.properties.setProperty(FORMS_PROPERTY, JSON.stringify(records));
}

/** True when this execution's user may open the form (its owner; or nobody recorded, as before). */
export function ownsForm(record: FormRecord): boolean {
  return !record.owner || record.owner === currentUser();
}

/** The roster as the session form lists it: active students by class, then name, "class – name (ID)". */
export function rosterChoices(wb: Workbook): { students: string[]; mentors: string[] } {
  const placeholder = translator(FORM_MESSAGES, wb.lang)('no_choices');
  const students = wb.tables
    .read<Student>('students')
    .rows.map((r) => r.record)
    .filter((s) => s.status === null || s.status === 'active')
    .sort((a, b) => (a.class ?? '').localeCompare(b.class ?? '') || a.name.localeCompare(b.name))
    .map((s) => studentChoiceLabel(s.student_id, s.name, s.class));
  const mentors = wb.tables
    .read<MentorRow>('mentors')
    .rows.map((r) => r.record)
    .filter((m) => m.active !== false)
    .map((m) => choiceLabel(m.mentor_id, m.name));
  // A list question needs at least one choice.
  return {
    students: students.length ? students : [placeholder],
    mentors: mentors.length ? mentors : [placeholder],
  };
}

/** A form's definition; without `withChoices` its lists stay empty (titles and types are enough). */
export function definitionOf(wb: Workbook, kind: FormKind, withChoices = true): FormDefinition {
  const school = wb.settings.school_name || wb.spreadsheet.getName();
  if (kind === 'intake') return intakeForm(wb.lang, school);
  if (!withChoices) return sessionForm(wb.lang, school, [], []);
  const { students, mentors } = rosterChoices(wb);
  return sessionForm(wb.lang, school, students, mentors);
}

/** The definition as the form was last built: its questions under the titles they had then. */
export function builtDefinition(wb: Workbook, kind: FormKind, record: FormRecord): FormDefinition {
  // Only the questions' titles and types matter here: no need to read the roster for the lists.
  const def = definitionOf(wb, kind, false);
  return {
    ...def,
    questions: def.questions.map((q) => ({ ...q, title: record.titles[q.key] ?? q.title }) as typeof q),
  };
}

/** The sheet the form's responses land in (matched by the form's id in the sheet's form URL). */
function responsesSheet(wb: Workbook, formId: string): GoogleAppsScript.Spreadsheet.Sheet | null {
  for (const sheet of wb.spreadsheet.getSheets()) {
    const url = sheet.getFormUrl();
    if (url && url.indexOf(`/d/${formId}/`) !== -1) return sheet;
  }
  return null;
}

/** Renames a new form's responses sheet from Google's "Jawaban Formulir N" to what it holds. */
function nameResponseSheet(wb: Workbook, sheet: GoogleAppsScript.Spreadsheet.Sheet, kind: FormKind): void {
  const others = wb.spreadsheet
    .getSheets()
    .filter((s) => s.getSheetId() !== sheet.getSheetId())
    .map((s) => s.getName());
  sheet.setName(responseSheetName(kind, wb.lang, others));
}

/**
 * Makes the columns of typed answers plain text, so that Google writes a NISN or a phone number
 * into them as typed (a number would lose its leading zeros). One call per run of columns.
 */
function keepTypedAnswers(sheet: GoogleAppsScript.Spreadsheet.Sheet, def: FormDefinition): void {
  const typed = new Set(
    def.questions.filter((q) => q.type === 'text' || q.type === 'paragraph').map((q) => q.title),
  );
  const width = sheet.getLastColumn();
  if (width === 0) return;
  const header = sheet.getRange(1, 1, 1, width).getDisplayValues()[0]!;
  const rows = sheet.getMaxRows() - 1;
  let start = -1;
  for (let c = 0; c <= header.length; c++) {
    const text = c < header.length && typed.has(header[c]!.trim());
    if (text && start < 0) start = c;
    if (!text && start >= 0) {
      if (rows > 0) sheet.getRange(2, start + 1, rows, c - start).setNumberFormat('@');
      start = -1;
    }
  }
}

/** The previous titles of questions whose title changed, so that older answers are still found. */
function formerTitles(known: FormRecord | undefined, def: FormDefinition, retired: Record<string, string[]>) {
  const out: Record<string, string[]> = {};
  for (const q of def.questions) {
    const before = [...(known?.formerTitles?.[q.key] ?? []), ...(retired[q.key] ?? [])];
    const previous = known?.titles[q.key];
    if (previous !== undefined && previous !== q.title) before.push(previous);
    const unique = [...new Set(before)].filter((t) => t !== q.title);
    if (unique.length > 0) out[q.key] = unique;
  }
  return out;
}

/** Creates the form (first time) or rebuilds its questions in place (same form, items, responses sheet). */
export function buildForm(wb: Workbook, kind: FormKind): FormRecord {
  const records = loadFormRecords(wb);
  const def = definitionOf(wb, kind);
  const known = records[kind];
  if (known && !ownsForm(known)) {
    throw new Error(translator(FORM_MESSAGES, wb.lang)('not_owner', { owner: known.owner ?? '' }));
  }
  const form = known ? FormApp.openById(known.id) : FormApp.create(def.title);
  form.setTitle(def.title).setDescription(def.description).setConfirmationMessage(def.confirmation);
  const placed = placeQuestions(form, def, known, wb.lang);
  let sheetId = known?.sheetId ?? null;
  if (!known) form.setDestination(FormApp.DestinationType.SPREADSHEET, wb.spreadsheet.getId());
  const sheet = responsesSheet(wb, form.getId());
  if (!known) sheetId = sheet?.getSheetId() ?? null;
  // A new form's sheet gets a name that says what it holds; submissions are routed by its id.
  if (!known && sheet) nameResponseSheet(wb, sheet, kind);
  if (sheet) keepTypedAnswers(sheet, def);
  const record: FormRecord = {
    id: form.getId(),
    url: form.getPublishedUrl(),
    editUrl: form.getEditUrl(),
    sheetId,
    titles: Object.fromEntries(
      def.questions.filter((q) => q.type !== 'section').map((q) => [q.key, q.title]),
    ),
    formerTitles: formerTitles(known, def, placed.retired),
    items: placed.items,
    owner: known?.owner ?? currentUser(),
  };
  saveFormRecords(wb, { ...records, [kind]: record });
  return record;
}

/**
 * Replaces the choices of the session form's student and mentor lists with the roster. False
 * (and the lists are marked stale, for the next execution that can) when there is no session
 * form, or it belongs to someone else.
 */
export function refreshChoices(wb: Workbook): boolean {
  const known = loadFormRecords(wb).session;
  if (!known) return false;
  let form: GoogleAppsScript.Forms.Form;
  try {
    if (!ownsForm(known)) throw new Error('not the owner');
    form = FormApp.openById(known.id);
  } catch {
    wb.properties.setProperty(STALE_PROPERTY, '1');
    return false;
  }
  const { students, mentors } = rosterChoices(wb);
  for (const item of form.getItems(FormApp.ItemType.LIST)) {
    const id = item.getId();
    const title = item.getTitle();
    const is = (key: string) => (known.items ? known.items[key] === id : title === known.titles[key]);
    if (is('student_id')) item.asListItem().setChoiceValues(students);
    if (is('mentor_id')) item.asListItem().setChoiceValues(mentors);
  }
  wb.properties.deleteProperty(STALE_PROPERTY);
  return true;
}

/** Refreshes the lists when students were added, or when an earlier refresh could not be made. */
export function refreshChoicesIfNeeded(wb: Workbook, added: boolean): void {
  if (added || wb.properties.getProperty(STALE_PROPERTY)) refreshChoices(wb);
}

/** One form-submit trigger for the document: installing again replaces it, never adds a second. */
export function installSubmitTrigger(wb: Workbook): void {
  for (const trigger of ScriptApp.getUserTriggers(wb.spreadsheet)) {
    if (trigger.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT) ScriptApp.deleteTrigger(trigger);
  }
  ScriptApp.newTrigger(SUBMIT_HANDLER).forSpreadsheet(wb.spreadsheet).onFormSubmit().create();
}
