/**
 * The forms the script made, as JSON-safe data (the runtime's snapshot carries it as it is): their
 * settings, items, responses, and the sheet their responses go to.
 */
import type { TextValidationModel } from './validation';

export type ItemType =
  | 'TEXT'
  | 'PARAGRAPH_TEXT'
  | 'MULTIPLE_CHOICE'
  | 'LIST'
  | 'CHECKBOX'
  | 'DATE'
  | 'SCALE'
  | 'SECTION_HEADER'
  | 'PAGE_BREAK';

export const ITEM_TYPES: ItemType[] = [
  'TEXT',
  'PARAGRAPH_TEXT',
  'MULTIPLE_CHOICE',
  'LIST',
  'CHECKBOX',
  'DATE',
  'SCALE',
  'SECTION_HEADER',
  'PAGE_BREAK',
];

export interface ItemModel {
  id: number;
  type: ItemType;
  title: string;
  helpText: string;
  required: boolean;
  /** LIST, MULTIPLE_CHOICE and CHECKBOX. */
  choices: string[];
  /** MULTIPLE_CHOICE and CHECKBOX: an "Other:" option that takes any text. */
  other: boolean;
  /** SCALE. */
  lower: number;
  upper: number;
  leftLabel: string;
  rightLabel: string;
  /** DATE. */
  includesYear: boolean;
  /** TEXT: the response validation, if any (absent in snapshots saved before validations). */
  validation?: TextValidationModel | null;
}

/** Where a form's responses go: a sheet of the runtime's spreadsheet, column by item. */
export interface DestinationModel {
  spreadsheetId: string;
  sheetId: number;
  /** The responses sheet's column of each question, by item id (kept when the item is deleted). */
  columns: Record<string, number>;
  emailColumn: number | null;
  /** The last column the form writes. */
  width: number;
}

export interface ResponseModel {
  id: string;
  /** ISO instant. */
  timestamp: string;
  email: string;
  /** Answered questions only; a checkbox answer is the list of ticked choices. */
  answers: Array<{ itemId: number; value: string | string[] }>;
}

export interface FormModel {
  id: string;
  /** The id in the URL respondents open: another id than the form's, as in Google. */
  publishedId: string;
  title: string;
  description: string;
  confirmationMessage: string;
  collectEmail: boolean;
  allowResponseEdits: boolean;
  limitOneResponsePerUser: boolean;
  progressBar: boolean;
  showLinkToRespondAgain: boolean;
  acceptingResponses: boolean;
  /** Who created the form (absent in older snapshots: anyone may open it). */
  owner?: string;
  /** Who it is shared with as editors. */
  editors?: string[];
  items: ItemModel[];
  destination: DestinationModel | null;
  responses: ResponseModel[];
}

export interface FormsState {
  forms: FormModel[];
  /** The next number for form, item and response ids. */
  nextId: number;
}

/** Apps Script's error for a form (or spreadsheet) id it cannot open. */
export const NOT_FOUND =
  'No item with the given ID could be found, or you do not have permission to access it.';

export function createFormsState(): FormsState {
  return { forms: [], nextId: 1 };
}

/** True for items that ask something (and so get a column in the responses sheet). */
export function isQuestion(item: ItemModel): boolean {
  return item.type !== 'SECTION_HEADER' && item.type !== 'PAGE_BREAK';
}

export function newForm(state: FormsState, title: string, owner = ''): FormModel {
  const n = state.nextId++;
  const form: FormModel = {
    owner,
    editors: [],
    id: `local-form-${n}`,
    publishedId: `1FAIpQLSe-published-${n}`,
    title,
    description: '',
    confirmationMessage: '',
    collectEmail: false,
    allowResponseEdits: false,
    limitOneResponsePerUser: false,
    progressBar: false,
    showLinkToRespondAgain: true,
    acceptingResponses: true,
    items: [],
    destination: null,
    responses: [],
  };
  state.forms.push(form);
  return form;
}

export function newItem(state: FormsState, type: ItemType): ItemModel {
  return {
    id: state.nextId++,
    type,
    title: '',
    helpText: '',
    required: false,
    choices: [],
    other: false,
    lower: 1,
    upper: 5,
    leftLabel: '',
    rightLabel: '',
    includesYear: true,
    validation: null,
  };
}

/**
 * Whether `user` may open the form through FormApp: its owner, an editor it was shared with, or
 * anyone for a form with no recorded owner. https://developers.google.com/apps-script/reference/forms/form-app#openById(String)
 */
export function canOpen(form: FormModel, user: string): boolean {
  return !form.owner || form.owner === user || (form.editors ?? []).includes(user);
}

// Google's URLs: the form's own id edits it, the published id (another id) fills it in.
export const editUrl = (form: FormModel) => `https://docs.google.com/forms/d/${form.id}/edit`;
export const publishedUrl = (form: FormModel) =>
  `https://docs.google.com/forms/d/e/${form.publishedId}/viewform`;
/** What Sheet.getFormUrl and Spreadsheet.getFormUrl return: the form's id, not its published id. */
export const sheetFormUrl = (form: FormModel) => `https://docs.google.com/forms/d/${form.id}/viewform`;
export const shortUrl = (form: FormModel) => `https://forms.gle/${form.id}`;

/** The form a URL of any of the shapes above points at. */
export function formByUrl(state: FormsState, url: string): FormModel | undefined {
  const published = /\/forms\/d\/e\/([^/?#]+)/.exec(url);
  if (published) return state.forms.find((f) => f.publishedId === published[1]);
  const id = /\/forms\/d\/([^/?#]+)/.exec(url)?.[1] ?? /^https:\/\/forms\.gle\/([^/?#]+)/.exec(url)?.[1];
  return id === undefined ? undefined : state.forms.find((f) => f.id === id);
}

/** The URL Sheet.getFormUrl returns for a sheet of `spreadsheetId`, or null when no form writes to it. */
export function formUrlOfSheet(state: FormsState, spreadsheetId: string, sheetId: number): string | null {
  const form = state.forms.find(
    (f) => f.destination?.spreadsheetId === spreadsheetId && f.destination.sheetId === sheetId,
  );
  return form ? sheetFormUrl(form) : null;
}
