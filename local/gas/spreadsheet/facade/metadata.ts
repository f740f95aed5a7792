/**
 * DeveloperMetadata, its location, and the finder. Metadata sits on the spreadsheet, a sheet, or
 * whole rows or columns; Apps Script refuses any other range with the message emulated here.
 */
import type { GridRect } from '../grid';
import { SheetsError } from '../model/errors';
import type { MetadataEntry, MetadataLocation, MetadataVisibility } from '../model/metadata';
import type { Ctx } from './context';
import { sheetOf } from './context';
import type { Method } from './define';
import { defineFacade, internalOf, isNumber, isString, signatureError } from './define';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility, enumName } from './enums';
import { rangeFacade } from './range';
import { sheetFacade } from './sheet';
import { spreadsheetFacade } from './spreadsheet';

export const ARBITRARY_RANGE_MESSAGE =
  'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.';

/** The row or column location of a range, or the arbitrary-range error. */
export function locationOfRange(ctx: Ctx, rect: GridRect): MetadataLocation {
  const sheet = sheetOf(ctx, rect.sheetId);
  if (rect.row === 1 && rect.numRows >= sheet.maxRows) {
    return { type: 'COLUMN', sheetId: sheet.id, start: rect.col, count: rect.numCols };
  }
  if (rect.col === 1 && rect.numCols >= sheet.maxCols) {
    return { type: 'ROW', sheetId: sheet.id, start: rect.row, count: rect.numRows };
  }
  throw new SheetsError(ARBITRARY_RANGE_MESSAGE);
}

/** addDeveloperMetadata(key[, value][, visibility]) on any of the three owners. */
export function addMetadata(ctx: Ctx, location: MetadataLocation, method: string, args: unknown[]): void {
  const [key, second, third] = args;
  const visibilityOf = (v: unknown) => enumName(DeveloperMetadataVisibility, v);
  let value: string | null = null;
  let visibility: MetadataVisibility = 'DOCUMENT';
  const ok =
    isString(key) &&
    args.length <= 3 &&
    (second === undefined || isString(second) || (visibilityOf(second) && third === undefined)) &&
    (third === undefined || (isString(second) && visibilityOf(third)));
  if (!ok) throw signatureError(method, args);
  if (isString(second)) value = second as string;
  visibility = visibilityOf(third) ?? visibilityOf(second) ?? 'DOCUMENT';
  ctx.wb.metadata.push({ id: ctx.wb.newId(), key: key as string, value, visibility, location });
}

function listOf(ctx: Ctx, entries: MetadataEntry[]): unknown {
  const out = ctx.env.toScript([] as unknown[]);
  for (const entry of entries) out.push(metadataFacade(ctx, entry.id));
  return out;
}

/** getDeveloperMetadata on an owner: the entries a predicate picks. */
export function metadataList(ctx: Ctx, pick: (entry: MetadataEntry) => boolean): unknown {
  return listOf(ctx, ctx.wb.metadata.filter(pick));
}

export function metadataFacade(ctx: Ctx, id: number): object {
  const { env, wb } = ctx;
  const kind = 'DeveloperMetadata';
  const entry = () => {
    const found = wb.metadata.find((m) => m.id === id);
    if (!found) throw new SheetsError('The developer metadata has been removed.');
    return found;
  };
  let self: object;
  const setter =
    (field: 'key' | 'value', method: string) =>
    (...a: unknown[]) => {
      if (a.length !== 1 || !isString(a[0])) throw signatureError(`${kind}.${method}`, a);
      entry()[field] = a[0] as string;
      return self;
    };
  const move = (locate: (arg: unknown) => MetadataLocation): ['write', Method] => [
    'write',
    (arg: unknown) => {
      entry().location = locate(arg);
      return self;
    },
  ];
  const rectArg = (method: string) => (arg: unknown) => {
    const rect = internalOf<GridRect>(arg, 'Range');
    if (!rect) throw signatureError(`${kind}.${method}`, [arg]);
    return rect;
  };
  self = defineFacade(env, kind, {
    getId: ['read', () => entry().id],
    getKey: ['read', () => entry().key],
    getValue: ['read', () => entry().value],
    getVisibility: ['read', () => DeveloperMetadataVisibility[entry().visibility]],
    getLocation: ['read', () => locationFacade(ctx, entry().location)],
    setKey: ['write', setter('key', 'setKey')],
    setValue: ['write', setter('value', 'setValue')],
    setVisibility: [
      'write',
      (v: unknown) => {
        const name = enumName(DeveloperMetadataVisibility, v);
        if (!name) throw signatureError(`${kind}.setVisibility`, [v]);
        entry().visibility = name;
        return self;
      },
    ],
    moveToColumn: move((arg) => {
      const loc = locationOfRange(ctx, rectArg('moveToColumn')(arg));
      if (loc.type !== 'COLUMN') throw new SheetsError(ARBITRARY_RANGE_MESSAGE);
      return loc;
    }),
    moveToRow: move((arg) => {
      const loc = locationOfRange(ctx, rectArg('moveToRow')(arg));
      if (loc.type !== 'ROW') throw new SheetsError(ARBITRARY_RANGE_MESSAGE);
      return loc;
    }),
    moveToSheet: move((arg) => {
      const sheetId = internalOf<number>(arg, 'Sheet');
      if (sheetId === undefined) throw signatureError(`${kind}.moveToSheet`, [arg]);
      return { type: 'SHEET', sheetId };
    }),
    moveToSpreadsheet: move(() => ({ type: 'SPREADSHEET' })),
    remove: [
      'write',
      () => {
        entry();
        wb.metadata = wb.metadata.filter((m) => m.id !== id);
      },
    ],
  });
  return self;
}

function locationFacade(ctx: Ctx, location: MetadataLocation): object {
  const dimension = (type: 'ROW' | 'COLUMN') => () => {
    if (location.type !== type) return null;
    const sheet = sheetOf(ctx, location.sheetId);
    return type === 'COLUMN'
      ? rangeFacade(ctx, {
          sheetId: sheet.id,
          row: 1,
          col: location.start,
          numRows: sheet.maxRows,
          numCols: location.count,
        })
      : rangeFacade(ctx, {
          sheetId: sheet.id,
          row: location.start,
          col: 1,
          numRows: location.count,
          numCols: sheet.maxCols,
        });
  };
  return defineFacade(ctx.env, 'DeveloperMetadataLocation', {
    getLocationType: ['read', () => DeveloperMetadataLocationType[location.type]],
    getColumn: ['read', dimension('COLUMN')],
    getRow: ['read', dimension('ROW')],
    getSheet: ['read', () => (location.type === 'SPREADSHEET' ? null : sheetFacade(ctx, location.sheetId))],
    getSpreadsheet: ['read', () => (location.type === 'SPREADSHEET' ? spreadsheetFacade(ctx) : null)],
  });
}

/**
 * A DeveloperMetadataFinder over the entries in scope; `intersecting` widens a range's scope from
 * "wholly inside" to "touching" (onIntersectingLocations).
 */
export function metadataFinder(
  ctx: Ctx,
  inScope: (entry: MetadataEntry, intersecting: boolean) => boolean,
): object {
  const kind = 'DeveloperMetadataFinder';
  const filters: ((entry: MetadataEntry) => boolean)[] = [];
  let intersecting = false;
  let self: object;
  const add = (
    method: string,
    check: (v: unknown) => boolean,
    make: (v: unknown) => (e: MetadataEntry) => boolean,
  ) =>
    [
      'read',
      (...a: unknown[]) => {
        if (a.length !== 1 || !check(a[0])) throw signatureError(`${kind}.${method}`, a);
        filters.push(make(a[0]));
        return self;
      },
    ] as ['read', Method];
  self = defineFacade(ctx.env, kind, {
    withKey: add('withKey', isString, (v) => (e) => e.key === v),
    withValue: add('withValue', isString, (v) => (e) => e.value === v),
    withId: add('withId', isNumber, (v) => (e) => e.id === v),
    withLocationType: add(
      'withLocationType',
      (v) => enumName(DeveloperMetadataLocationType, v) !== undefined,
      (v) => (e) => e.location.type === String(v),
    ),
    withVisibility: add(
      'withVisibility',
      (v) => enumName(DeveloperMetadataVisibility, v) !== undefined,
      (v) => (e) => e.visibility === String(v),
    ),
    onIntersectingLocations: [
      'read',
      () => {
        intersecting = true;
        return self;
      },
    ],
    find: [
      'read',
      () =>
        listOf(
          ctx,
          ctx.wb.metadata.filter((e) => inScope(e, intersecting) && filters.every((f) => f(e))),
        ),
    ],
  });
  return self;
}
