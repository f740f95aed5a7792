/**
 * The in-memory SpreadsheetApp of the local runtime: a workbook model with a user-level API
 * (Workbook, UserSheet) and the facade the add-on's script calls (createSpreadsheetApp), strict
 * where Apps Script is strict and counting every call.
 */

export { createSpreadsheetApp, createSpreadsheetFacade } from './facade/app';
export { createCharts } from './facade/chart';
export type { SpreadsheetHooks } from './facade/context';
export type { CustomFunctionOutcome, CustomFunctions } from './formulas/recalc';
export { LOADING } from './formulas/recalc';
export type { CellValue } from './model/cell';
export { SheetsError } from './model/errors';
export type { WorkbookJSON } from './model/json';
export type { WorkbookOptions } from './model/workbook';
export { Workbook } from './model/workbook';
export type { EffectiveFormat } from './user/effective-format';
export type { CellView, ChartView, SheetView } from './user/sheet-grid';
export type { CellSnapshot, EditResult, PasteOptions, Verdict } from './user/sheet-view';
export { UserSheet } from './user/sheet-view';
