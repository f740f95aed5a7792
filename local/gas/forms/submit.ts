/**
 * A person submitting a form (not a script call): the answers are checked, recorded as a response,
 * written into the responses sheet, and the spreadsheet's installable form-submit trigger runs with
 * the event object Sheets gives it.
 */
import type { Env } from '../env';
import type { TriggerRecord, TriggerState } from '../script-app';
import type { Ctx, SpreadsheetHooks } from '../spreadsheet/facade/context';
import { rangeFacade } from '../spreadsheet/facade/range';
import { spreadsheetFacade } from '../spreadsheet/facade/spreadsheet';
import type { SheetData } from '../spreadsheet/model/sheet-data';
import type { Workbook } from '../spreadsheet/model/workbook';
import { displayValue } from '../spreadsheet/values/display';
import type { Answer } from './answers';
import { readAnswers } from './answers';
import { answerText, destinationSheet, writeResponse } from './destination';
import type { FormModel, FormsState, ResponseModel } from './model';

export interface SubmitOptions {
  /** When the response arrives (default: the runtime's clock). */
  at?: Date | string;
  /** The respondent's email (needed when the form collects emails or allows one response per person). */
  email?: string;
}

export interface SubmitResult {
  responseId: string;
  /** The responses sheet's row it went into (null when the form sends responses nowhere here). */
  row: number | null;
  /** True when a form-submit trigger ran (every user's runs). */
  triggered: boolean;
  /** The first trigger handler's error, when one threw. */
  error?: string;
}

export interface SubmitHost {
  env: Env;
  state: FormsState;
  wb: Workbook;
  hooks: SpreadsheetHooks;
  triggers: TriggerState;
  now(): Date;
  /** Runs an installable trigger's handler in AuthMode.FULL; returns its error message or null. */
  fire(trigger: TriggerRecord, event: Record<string, unknown>): string | null;
}

/** Records a response to `formId` as the form page would, and fires the form-submit trigger. */
export function submitForm(
  host: SubmitHost,
  formId: string,
  answers: Record<string, Answer>,
  options: SubmitOptions = {},
): SubmitResult {
  const form = host.state.forms.find((f) => f.id === formId);
  if (!form) throw new Error(`No form with id ${formId}`);
  if (!form.acceptingResponses) throw new Error(`The form ${form.title} is no longer accepting responses.`);
  const email = options.email?.trim() ?? '';
  const identified = form.collectEmail || form.limitOneResponsePerUser;
  if (identified && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    throw new Error(`The form ${form.title} needs the respondent's email (sign in): pass options.email`);
  }
  if (form.limitOneResponsePerUser && form.responses.some((r) => r.email === email)) {
    throw new Error("You've already responded: you can fill out this form only once.");
  }
  const at = new Date(options.at ?? host.now());
  if (Number.isNaN(at.getTime())) throw new Error(`submitForm: not a date: ${String(options.at)}`);

  const response: ResponseModel = {
    id: `local-response-${host.state.nextId++}`,
    timestamp: at.toISOString(),
    email: identified ? email : '',
    answers: readAnswers(form, answers),
  };
  form.responses.push(response);
  const row = writeResponse(host.wb, form, response);
  const result: SubmitResult = { responseId: response.id, row, triggered: false };
  const sheet = destinationSheet(host.wb, form);
  // Every installable form-submit trigger on the spreadsheet fires, each as the user who created it
  // ("you could create an installable trigger for each account"; a second coordinator has one too).
  // https://developers.google.com/apps-script/guides/triggers/installable#restrictions
  const triggers = host.triggers.triggers.filter(
    (t) => t.eventType === 'ON_FORM_SUBMIT' && t.source === 'SPREADSHEETS' && t.sourceId === host.wb.id,
  );
  if (row === null || !sheet || triggers.length === 0) return result;
  for (const trigger of triggers) {
    const error = host.fire(trigger, {
      triggerUid: trigger.id,
      ...submitEvent(host, form, response, sheet, row),
    });
    result.triggered = true;
    if (error !== null && result.error === undefined) result.error = error;
  }
  return result;
}

/**
 * The form-submit event Sheets gives: the new row's range, the row as strings (answers as the
 * respondent gave them, the timestamp and dates as the sheet shows them) and the same by header.
 */
function submitEvent(
  host: SubmitHost,
  form: FormModel,
  response: ResponseModel,
  sheet: SheetData,
  row: number,
) {
  const { wb } = host;
  const d = form.destination!;
  const shown = (r: number, c: number) => {
    const cell = sheet.cell(r, c);
    return cell ? displayValue(cell.value, cell.format, wb) : '';
  };
  const values = Array.from({ length: d.width }, (_, i) => {
    const col = i + 1;
    if (col === 1) return shown(row, 1);
    if (col === d.emailColumn) return response.email;
    const itemId = Object.keys(d.columns).find((id) => d.columns[id] === col);
    const answer = response.answers.find((a) => String(a.itemId) === itemId);
    if (!answer) return '';
    const type = form.items.find((it) => it.id === answer.itemId)?.type;
    return type === 'DATE' ? shown(row, col) : answerText(answer.value);
  });
  const namedValues: Record<string, string[]> = {};
  values.forEach((value, i) => {
    const header = shown(1, i + 1);
    if (header !== '') namedValues[header] = [...(namedValues[header] ?? []), value];
  });
  const ctx: Ctx = { env: host.env, wb, hooks: host.hooks };
  return {
    authMode: 'FULL',
    range: rangeFacade(ctx, { sheetId: sheet.id, row, col: 1, numRows: 1, numCols: d.width }),
    source: spreadsheetFacade(ctx),
    values,
    namedValues,
  };
}
