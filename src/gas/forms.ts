/**
 * The Google Forms of the add-on: created from the menu with this spreadsheet as their
 * destination (once: their ids are kept in document properties), rebuilt on request, and
 * their student and mentor lists refreshed from the roster.
 */
import {
  choiceLabel,
  type FormDefinition,
  type FormKind,
  intakeForm,
  sessionForm,
} from '../core/forms/definitions';
import { FORM_MESSAGES } from '../core/forms/messages';
import { translator } from '../core/i18n/messages';
import type { MentorRow, Student } from '../core/schema/records';
import type { Workbook } from './context';

const FORMS_PROPERTY = 'pendamping.forms';
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

/** The roster as the session form lists it: active students by class, "ID – name (class)". */
export function rosterChoices(wb: Workbook): { students: string[]; mentors: string[] } {
  const placeholder = translator(FORM_MESSAGES, wb.lang)('no_choices');
  const students = wb.tables
    .read<Student>('students')
    .rows.map((r) => r.record)
    .filter((s) => s.status === null || s.status === 'active')
    .sort((a, b) => (a.class ?? '').localeCompare(b.class ?? '') || a.name.localeCompare(b.name))
    .map((s) => choiceLabel(s.student_id, s.name, s.class));
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

/** Puts the definition's questions into a form (which must have none). */
function addQuestions(form: GoogleAppsScript.Forms.Form, def: FormDefinition): void {
  for (const q of def.questions) {
    switch (q.type) {
      case 'section':
        form
          .addSectionHeaderItem()
          .setTitle(q.title)
          .setHelpText(q.help ?? '');
        break;
      case 'text':
        form
          .addTextItem()
          .setTitle(q.title)
          .setHelpText(q.help ?? '')
          .setRequired(q.required);
        break;
      case 'paragraph':
        form
          .addParagraphTextItem()
          .setTitle(q.title)
          .setHelpText(q.help ?? '')
          .setRequired(q.required);
        break;
      case 'date':
        form
          .addDateItem()
          .setTitle(q.title)
          .setHelpText(q.help ?? '')
          .setRequired(q.required);
        break;
      case 'choice':
        form
          .addMultipleChoiceItem()
          .setTitle(q.title)
          .setHelpText(q.help ?? '')
          .setChoiceValues(q.choices)
          .setRequired(q.required);
        break;
      case 'list':
        form
          .addListItem()
          .setTitle(q.title)
          .setHelpText(q.help ?? '')
          .setChoiceValues(q.choices)
          .setRequired(q.required);
        break;
      case 'scale':
        form
          .addScaleItem()
          .setTitle(q.title)
          .setHelpText(q.help ?? '')
          .setBounds(q.low, q.high)
          .setLabels(q.labels[0], q.labels[1])
          .setRequired(q.required);
        break;
    }
  }
}

function describe(form: GoogleAppsScript.Forms.Form, def: FormDefinition): void {
  form.setTitle(def.title).setDescription(def.description).setConfirmationMessage(def.confirmation);
}

/** The sheet the form's responses land in (matched by the form's id in the sheet's form URL). */
function responsesSheetId(wb: Workbook, formId: string): number | null {
  for (const sheet of wb.spreadsheet.getSheets()) {
    const url = sheet.getFormUrl();
    if (url && url.indexOf(`/d/${formId}/`) !== -1) return sheet.getSheetId();
  }
  return null;
}

/** Creates the form (first time) or rebuilds its questions in place (same form, same responses sheet). */
export function buildForm(wb: Workbook, kind: FormKind): FormRecord {
  const records = loadFormRecords(wb);
  const def = definitionOf(wb, kind);
  const known = records[kind];
  let form: GoogleAppsScript.Forms.Form;
  if (known) {
    form = FormApp.openById(known.id);
    for (const item of form.getItems()) form.deleteItem(item);
  } else {
    form = FormApp.create(def.title);
  }
  describe(form, def);
  addQuestions(form, def);
  let sheetId = known?.sheetId ?? null;
  if (!known) {
    form.setDestination(FormApp.DestinationType.SPREADSHEET, wb.spreadsheet.getId());
    sheetId = responsesSheetId(wb, form.getId());
  }
  const record: FormRecord = {
    id: form.getId(),
    url: form.getPublishedUrl(),
    editUrl: form.getEditUrl(),
    sheetId,
    titles: Object.fromEntries(
      def.questions.filter((q) => q.type !== 'section').map((q) => [q.key, q.title]),
    ),
  };
  saveFormRecords(wb, { ...records, [kind]: record });
  return record;
}

/** Replaces the choices of the session form's student and mentor lists with the roster. */
export function refreshChoices(wb: Workbook): boolean {
  const known = loadFormRecords(wb).session;
  if (!known) return false;
  const form = FormApp.openById(known.id);
  const { students, mentors } = rosterChoices(wb);
  for (const item of form.getItems(FormApp.ItemType.LIST)) {
    const title = item.getTitle();
    if (title === known.titles.student_id) item.asListItem().setChoiceValues(students);
    if (title === known.titles.mentor_id) item.asListItem().setChoiceValues(mentors);
  }
  return true;
}

/** One form-submit trigger for the document: installing again replaces it, never adds a second. */
export function installSubmitTrigger(wb: Workbook): void {
  for (const trigger of ScriptApp.getUserTriggers(wb.spreadsheet)) {
    if (trigger.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT) ScriptApp.deleteTrigger(trigger);
  }
  ScriptApp.newTrigger(SUBMIT_HANDLER).forSpreadsheet(wb.spreadsheet).onFormSubmit().create();
}
