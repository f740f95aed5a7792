/**
 * The local runtime's FormApp: forms made by the script, their items and responses, the sheet
 * Google links them to, and a person's submission firing the spreadsheet's form-submit trigger.
 */
export type { Answer } from './answers';
export { createFormApp } from './app';
export type { FormModel, FormsState, ItemModel, ItemType, ResponseModel } from './model';
export { createFormsState, formUrlOfSheet } from './model';
export type { SubmitHost, SubmitOptions, SubmitResult } from './submit';
export { submitForm } from './submit';
export type { FormItemSummary, FormSummary } from './summary';
export { summariseForms } from './summary';
