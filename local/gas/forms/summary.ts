/** The forms as plain data, for the runtime's `forms`, the preview page and tests. */
import type { Workbook } from '../spreadsheet/model/workbook';
import { destinationSheet } from './destination';
import type { FormsState, ItemType } from './model';
import { isQuestion, publishedUrl } from './model';
import type { TextValidationModel } from './validation';

export interface FormItemSummary {
  id: number;
  type: ItemType;
  title: string;
  helpText: string;
  required: boolean;
  /** LIST, MULTIPLE_CHOICE and CHECKBOX. */
  choices?: string[];
  /** MULTIPLE_CHOICE and CHECKBOX with an "Other:" option. */
  other?: boolean;
  /** SCALE. */
  scale?: { lower: number; upper: number; leftLabel: string; rightLabel: string };
  /** TEXT with a response validation: the page checks answers as Google's does. */
  validation?: TextValidationModel;
}

export interface FormSummary {
  id: string;
  title: string;
  description: string;
  confirmationMessage: string;
  publishedUrl: string;
  acceptingResponses: boolean;
  collectEmail: boolean;
  items: FormItemSummary[];
  /** The responses sheet's name, or null when responses go to no sheet of this spreadsheet. */
  destination: string | null;
  responses: number;
}

export function summariseForms(state: FormsState, wb: Workbook): FormSummary[] {
  return state.forms.map((form) => ({
    id: form.id,
    title: form.title,
    description: form.description,
    confirmationMessage: form.confirmationMessage,
    publishedUrl: publishedUrl(form),
    acceptingResponses: form.acceptingResponses,
    collectEmail: form.collectEmail,
    items: form.items.map((item) => {
      const out: FormItemSummary = {
        id: item.id,
        type: item.type,
        title: item.title,
        helpText: item.helpText,
        required: isQuestion(item) && item.required,
      };
      if (item.type === 'LIST' || item.type === 'MULTIPLE_CHOICE' || item.type === 'CHECKBOX') {
        out.choices = [...item.choices];
        if (item.type !== 'LIST') out.other = item.other;
      }
      if (item.type === 'TEXT' && item.validation) out.validation = structuredClone(item.validation);
      if (item.type === 'SCALE') {
        out.scale = {
          lower: item.lower,
          upper: item.upper,
          leftLabel: item.leftLabel,
          rightLabel: item.rightLabel,
        };
      }
      return out;
    }),
    destination: destinationSheet(wb, form)?.name ?? null,
    responses: form.responses.length,
  }));
}
