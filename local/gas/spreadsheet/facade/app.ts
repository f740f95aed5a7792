/**
 * SpreadsheetApp: the entry point the script sees. Its enums are properties (not counted); every
 * method is counted. getUi is the runtime's Ui, reachable in AuthMode.NONE for building menus.
 */
import type { Env } from '../../env';
import { SheetsError } from '../model/errors';
import type { Workbook } from '../model/workbook';
import { conditionalRuleBuilder } from './conditional';
import type { Ctx, SpreadsheetHooks } from './context';
import { defineFacade, expectArgs, isString } from './define';
import {
  BooleanCriteria,
  BorderStyle,
  DataValidationCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  Dimension,
  ProtectionType,
  ValueType,
  WrapStrategy,
} from './enums';
import { sheetFacade } from './sheet';
import { spreadsheetFacade } from './spreadsheet';
import { validationBuilder } from './validation';

/** The Spreadsheet object of a workbook, as a trigger's `e.source` carries it. */
export function createSpreadsheetFacade(env: Env, workbook: Workbook, hooks: SpreadsheetHooks = {}): object {
  return spreadsheetFacade({ env, wb: workbook, hooks });
}

/**
 * The SpreadsheetApp global for one workbook. Also attaches the hooks' custom functions to the
 * workbook, so that formulas such as =RISK_SCORE(…) evaluate when values are read.
 */
export function createSpreadsheetApp(env: Env, workbook: Workbook, hooks: SpreadsheetHooks = {}): object {
  const ctx: Ctx = { env, wb: workbook, hooks };
  workbook.calcOptions = {
    customFunctions: hooks.customFunctions,
    outcome: hooks.customFunctionOutcome,
    toScript: (v) => env.toScript(v),
    fromScript: (v) => env.fromScript(v),
    now: () => env.now(),
  };
  workbook.calculatedRevision = -1;
  // Outside a document (an add-on's time-driven trigger) there is no active spreadsheet: reported
  // in public threads (e.g. https://github.com/mogsdad/SheetConverter/issues/2), and the reference
  // says these give the spreadsheet "to which the script is bound" or "the active spreadsheet".
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveSpreadsheet()
  const active = <T>(make: () => T): T | null => (env.hasDocument ? make() : null);
  const app = defineFacade(env, 'SpreadsheetApp', {
    getActiveSpreadsheet: ['read', () => active(() => spreadsheetFacade(ctx))],
    getActive: ['read', () => active(() => spreadsheetFacade(ctx))],
    getActiveSheet: [
      'read',
      () =>
        active(() =>
          sheetFacade(ctx, (workbook.sheetById(workbook.activeSheetId) ?? workbook.sheets[0]!).id),
        ),
    ],
    openById: [
      'read',
      (...a: unknown[]) => {
        expectArgs('SpreadsheetApp.openById', a, isString);
        if (a[0] !== workbook.id)
          throw new SheetsError(
            'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
          );
        return spreadsheetFacade(ctx);
      },
    ],
    flush: ['read', () => undefined],
    getUi: [
      'menu',
      () => {
        if (!env.hasDocument) throw new SheetsError('Cannot call SpreadsheetApp.getUi() from this context.');
        return hooks.getUi?.() ?? null;
      },
    ],
    newDataValidation: ['read', () => validationBuilder(ctx)],
    newConditionalFormatRule: ['read', () => conditionalRuleBuilder(ctx)],
  });
  return Object.assign(app, {
    ProtectionType,
    DeveloperMetadataVisibility,
    DeveloperMetadataLocationType,
    DataValidationCriteria,
    BooleanCriteria,
    Dimension,
    WrapStrategy,
    BorderStyle,
    ValueType,
  });
}
