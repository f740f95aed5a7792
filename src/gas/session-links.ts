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
import type { MentorRow, Student } from '../core/schema/records';
import type { SessionLinkMaker } from '../flows/session-links';
import type { Workbook } from './context';
import { loadFormRecords, ownsForm } from './forms';

type ListItem = GoogleAppsScript.Forms.ListItem;

interface SessionForm {
  form: GoogleAppsScript.Forms.Form;
  mentor: ListItem;
  student: ListItem;
}

/** The session form and its two lists, or null when there is none this user can open. */
function openSessionForm(wb: Workbook): SessionForm | null {
  const record = loadFormRecords(wb).session;
  if (!record || !ownsForm(record)) return null;
  try {
    const form = FormApp.openById(record.id);
    const find = (key: string): ListItem | null => {
      for (const item of form.getItems(FormApp.ItemType.LIST)) {
        const is = record.items ? record.items[key] === item.getId() : item.getTitle() === record.titles[key];
        if (is) return item.asListItem();
      }
      return null;
    };
    const mentor = find('mentor_id');
    const student = find('student_id');
    return mentor && student ? { form, mentor, student } : null;
  } catch {
    return null;
  }
}

/** A pre-filled URL with these list answers chosen, or null when one is not a choice of its list. */
function prefilled(form: GoogleAppsScript.Forms.Form, answers: Array<[ListItem, string]>): string | null {
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
      return prefilled(f.form, [
        [f.mentor, mentorChoice(mentor)],
        [f.student, choice],
      ]);
    },
  };
}
