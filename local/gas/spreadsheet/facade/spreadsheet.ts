/** Spreadsheet: the document — its sheets, locale and time zone, ranges by A1, metadata, toasts. */
import { SheetsError } from '../model/errors';
import type { Ctx } from './context';
import { defineFacade, expectArgs, internalOf, isNumber, isString, optional, signatureError } from './define';
import { enumName, ProtectionType } from './enums';
import { addMetadata, metadataFinder, metadataList } from './metadata';
import { protectionFacade } from './protection';
import { rangeFacade } from './range';
import { checkInside, parseA1OrFail, rectOfRef } from './range-args';
import { sheetFacade } from './sheet';

export function spreadsheetFacade(ctx: Ctx): object {
  const { env, wb } = ctx;
  const kind = 'Spreadsheet';
  let self: object;
  const active = () => wb.sheetById(wb.activeSheetId) ?? wb.sheets[0]!;
  const sheetArg = (value: unknown, method: string) => {
    const id = internalOf<number>(value, 'Sheet');
    const sheet = id === undefined ? undefined : wb.sheetById(id);
    if (!sheet) throw signatureError(`${kind}.${method}`, [value]);
    return sheet;
  };

  self = defineFacade(env, kind, {
    getId: ['read', () => wb.id],
    getName: ['read', () => wb.name],
    rename: [
      'write',
      (...a: unknown[]) => {
        expectArgs(`${kind}.rename`, a, isString);
        wb.name = a[0] as string;
      },
    ],
    getUrl: ['read', () => `https://docs.google.com/spreadsheets/d/${wb.id}/edit`],
    // With several forms, Apps Script says which one it returns is indeterminate: here the first tab's.
    getFormUrl: [
      'read',
      () => wb.sheets.map((s) => ctx.hooks.formUrl?.(s.id) ?? null).find((url) => url !== null) ?? null,
    ],
    getSpreadsheetLocale: ['read', () => wb.locale],
    setSpreadsheetLocale: [
      'write',
      (...a: unknown[]) => {
        expectArgs(`${kind}.setSpreadsheetLocale`, a, isString);
        wb.locale = a[0] as string;
        wb.changed();
      },
    ],
    getSpreadsheetTimeZone: ['read', () => wb.timeZone],
    setSpreadsheetTimeZone: [
      'write',
      (...a: unknown[]) => {
        expectArgs(`${kind}.setSpreadsheetTimeZone`, a, isString);
        wb.timeZone = a[0] as string;
        wb.changed();
      },
    ],
    getSheets: [
      'read',
      () => {
        const out = env.toScript([] as unknown[]);
        for (const s of wb.sheets) out.push(sheetFacade(ctx, s.id));
        return out;
      },
    ],
    getNumSheets: ['read', () => wb.sheets.length],
    getSheetByName: [
      'read',
      (...a: unknown[]) => {
        expectArgs(`${kind}.getSheetByName`, a, isString);
        const sheet = wb.sheetByName(a[0] as string);
        return sheet ? sheetFacade(ctx, sheet.id) : null;
      },
    ],
    getSheetById: [
      'read',
      (...a: unknown[]) => {
        expectArgs(`${kind}.getSheetById`, a, isNumber);
        const sheet = wb.sheetById(a[0] as number);
        return sheet ? sheetFacade(ctx, sheet.id) : null;
      },
    ],
    getActiveSheet: ['read', () => sheetFacade(ctx, active().id)],
    setActiveSheet: [
      'write',
      (sheet: unknown) => {
        const s = sheetArg(sheet, 'setActiveSheet');
        wb.activeSheetId = s.id;
        return sheetFacade(ctx, s.id);
      },
    ],
    insertSheet: [
      'write',
      (...a: unknown[]) => {
        let name: string | undefined;
        let index: number | undefined;
        if (a.length === 1 && isNumber(a[0])) index = a[0] as number;
        else {
          expectArgs(`${kind}.insertSheet`, a, optional(isString), optional(isNumber));
          [name, index] = a as [string | undefined, number | undefined];
        }
        if (index !== undefined && (index < 0 || index > wb.sheets.length)) {
          throw new SheetsError(`The sheet index ${index} is out of range.`);
        }
        const sheet = wb.insertSheet(name ?? wb.nextSheetName(), index ?? wb.sheets.indexOf(active()) + 1);
        wb.activeSheetId = sheet.id;
        return sheetFacade(ctx, sheet.id);
      },
    ],
    deleteSheet: [
      'write',
      (sheet: unknown) => {
        wb.removeSheet(sheetArg(sheet, 'deleteSheet'));
      },
    ],
    getRange: [
      'read',
      (...a: unknown[]) => {
        expectArgs(`${kind}.getRange`, a, isString);
        const ref = parseA1OrFail(a[0] as string);
        const sheet = ref.sheet === undefined ? active() : wb.sheetByName(ref.sheet);
        if (!sheet) throw new SheetsError('Range not found');
        const { notation, ...rect } = checkInside(rectOfRef(ref, sheet), sheet);
        return rangeFacade(ctx, { sheetId: sheet.id, ...rect }, notation);
      },
    ],
    getProtections: [
      'read',
      (type: unknown) => {
        const name = enumName(ProtectionType, type);
        if (!name) throw signatureError(`${kind}.getProtections`, [type]);
        const out = env.toScript([] as unknown[]);
        for (const p of wb.protections) if (p.type === name) out.push(protectionFacade(ctx, p.id));
        return out;
      },
    ],
    addDeveloperMetadata: [
      'write',
      (...args: unknown[]) => {
        addMetadata(ctx, { type: 'SPREADSHEET' }, `${kind}.addDeveloperMetadata`, args);
        return self;
      },
    ],
    getDeveloperMetadata: ['read', () => metadataList(ctx, (e) => e.location.type === 'SPREADSHEET')],
    createDeveloperMetadataFinder: ['read', () => metadataFinder(ctx, () => true)],
    toast: [
      'ui',
      (message: unknown, title?: unknown, seconds?: unknown) => {
        ctx.hooks.toast?.(
          String(message),
          title === undefined ? undefined : String(title),
          seconds as number,
        );
      },
    ],
  });
  return self;
}
