/**
 * Pre-filled links to the session-log form, made by FormApp: a response is built with the
 * mentor (and the student) chosen and turned into a URL, never submitted
 * (https://developers.google.com/apps-script/reference/forms/form-response#toPrefilledUrl()).
 * The URL's format is Google's business: it is never built by hand. A choice that is not in the
 * form's list (a roster changed since the last "Refresh form lists") throws in
 * ListItem.createResponse (https://developers.google.com/apps-script/reference/forms/list-item#createResponse(String)),
 * and that link is left out rather than pointing at a wrong answer.
 */
import { choiceLabel, studentChoiceLabel } from '../core/forms/definitions';
import { valueLabel } from '../core/schema/labels';
import type { MentorRow, Student } from '../core/schema/records';
import type { SessionLinkMaker } from '../flows/session-links';
import type { Workbook } from './context';
import { definitionOf, loadFormRecords, ownsForm } from './forms';

type ListItem = GoogleAppsScript.Forms.ListItem;

interface SessionForm {
  form: GoogleAppsScript.Forms.Form;
  mentor: ListItem;
  student: ListItem;
  /** "Did the student come?": yes in a mentee's link (a mentor changes it for a missed session). */
  attended: GoogleAppsScript.Forms.MultipleChoiceItem | null;
}

/** The form's two lists: by the item ids recorded when it was built, else by their titles. */
function listsOf(
  form: GoogleAppsScript.Forms.Form,
  is: (key: string, item: GoogleAppsScript.Forms.Item) => boolean,
): SessionForm | null {
  let mentor: ListItem | null = null;
  let student: ListItem | null = null;
  for (const item of form.getItems(FormApp.ItemType.LIST)) {
    if (is('mentor_id', item)) mentor = item.asListItem();
    else if (is('student_id', item)) student = item.asListItem();
  }
  const attended = form.getItems(FormApp.ItemType.MULTIPLE_CHOICE).find((item) => is('attended', item));
  return mentor && student
    ? { form, mentor, student, attended: attended?.asMultipleChoiceItem() ?? null }
    : null;
}

/**
 * The session form and its two lists, or null when there is none this user can open. A
 * time-driven trigger has no document properties (no active document), so the form is then
 * found by the responses sheets' form URLs and its lists by their titles.
 */
function openSessionForm(wb: Workbook): SessionForm | null {
  try {
    const record = wb.properties ? loadFormRecords(wb).session : undefined;
    if (record) {
      if (!ownsForm(record)) return null;
      return listsOf(FormApp.openById(record.id), (key, item) =>
        record.items ? record.items[key] === item.getId() : item.getTitle() === record.titles[key],
      );
    }
    const titles = new Map(definitionOf(wb, 'session', false).questions.map((q) => [q.key, q.title]));
    for (const sheet of wb.spreadsheet.getSheets()) {
      const url = sheet.getFormUrl();
      if (!url) continue;
      try {
        const found = listsOf(FormApp.openByUrl(url), (key, item) => item.getTitle() === titles.get(key));
        if (found) return found;
      } catch {
        // Another form, or one this user cannot open: look further.
      }
    }
    return null;
  } catch {
    return null;
  }
}

type ChoiceItem = ListItem | GoogleAppsScript.Forms.MultipleChoiceItem;

/** A pre-filled URL with these answers chosen, or null when one is not a choice of its item. */
function prefilled(form: GoogleAppsScript.Forms.Form, answers: Array<[ChoiceItem, string]>): string | null {
  try {
    let response = form.createResponse();
    for (const [item, choice] of answers) response = response.withItemResponse(item.createResponse(choice));
    return response.toPrefilledUrl();
  } catch {
    return null;
  }
}

/** The links of the monthly emails; the form is opened once, on the first link asked for. */
export function sessionLinkMaker(wb: Workbook): SessionLinkMaker {
  let opened: SessionForm | null | undefined;
  const session = () => {
    if (opened === undefined) opened = openSessionForm(wb);
    return opened;
  };
  const mentorChoice = (m: MentorRow) => choiceLabel(m.mentor_id, m.name);
  return {
    general(mentor: MentorRow) {
      const f = session();
      return f ? prefilled(f.form, [[f.mentor, mentorChoice(mentor)]]) : null;
    },
    mentee(mentor: MentorRow, student: Student) {
      const f = session();
      if (!f) return null;
      const choice = studentChoiceLabel(student.student_id, student.name, student.class);
      const answers: Array<[ChoiceItem, string]> = [
        [f.mentor, mentorChoice(mentor)],
        [f.student, choice],
      ];
      if (f.attended) answers.push([f.attended, valueLabel('bool', 'yes', wb.lang)]);
      return prefilled(f.form, answers);
    },
  };
}
