/**
 * Range methods for how cells look: number formats, background, font colour and weight are kept
 * (the preview shows them); wrap, alignment, borders, font size and family are accepted and
 * counted but not kept.
 */
import type { Access } from '../../env';
import type { GridRect } from '../grid';
import type { Cell } from '../model/cell';
import { SheetsError } from '../model/errors';
import { expectGrid } from './cells';
import type { Ctx } from './context';
import { eachCell, gridOf, sheetOf } from './context';
import type { Method } from './define';
import { expectArgs, isNumber, isString } from './define';

const named: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
  purple: '#800080',
};

/** A colour as Apps Script reports it back: lower-case #rrggbb where it can tell. */
export function normaliseColor(color: string): string {
  const c = color.trim().toLowerCase();
  if (named[c]) return named[c];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : c;
}

const isTextOrNull = (v: unknown) => v === null || typeof v === 'string';

type Field = 'format' | 'background' | 'fontColor' | 'fontWeight';

export function formatMethods(ctx: Ctx, ref: GridRect, self: () => object): Record<string, [Access, Method]> {
  const { env } = ctx;
  const sheet = () => sheetOf(ctx, ref.sheetId);
  const get = (field: Field, fallback: string) => (r: number, c: number) =>
    sheet().cell(r, c)?.[field] ?? fallback;
  const put = (cell: Cell, field: Field, value: string | null) => {
    if (value === null || (field === 'fontWeight' && value === 'normal')) delete cell[field];
    else cell[field] = field === 'background' || field === 'fontColor' ? normaliseColor(value) : value;
  };
  const setOne =
    (method: string, field: Field) =>
    (...args: unknown[]) => {
      expectArgs(`Range.${method}`, args, isTextOrNull);
      eachCell(ref, (r, c) => put(sheet().ensureCell(r, c), field, args[0] as string | null));
      return self();
    };
  const setMany = (method: string, field: Field) => (values: unknown) => {
    const data = expectGrid(`Range.${method}`, env.fromScript(values), ref.numRows, ref.numCols);
    eachCell(ref, (r, c, i, j) =>
      put(sheet().ensureCell(r, c), field, (data[i]![j] as string | null) ?? null),
    );
    return self();
  };
  const one = (field: Field, fallback: string) => () => get(field, fallback)(ref.row, ref.col);
  const many = (field: Field, fallback: string) => () => env.toScript(gridOf(ref, get(field, fallback)));
  const noop = () => self();
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setFontSize(Integer):
  // the size is an Integer of points; kept nowhere, but a wrong type fails as in Apps Script.
  const setFontSize = (...args: unknown[]) => {
    expectArgs('Range.setFontSize', args, isNumber);
    return self();
  };
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setFontWeight(String):
  // "either 'bold' or 'normal'; a null value resets the font weight". Anything else is refused
  // (the stricter reading: the page names no other weight).
  const setFontWeight = (...args: unknown[]) => {
    const weight = args[0];
    if (args.length === 1 && typeof weight === 'string' && weight !== 'bold' && weight !== 'normal')
      throw new SheetsError('Invalid argument: fontWeight');
    return setOne('setFontWeight', 'fontWeight')(...args);
  };

  return {
    getNumberFormat: ['read', one('format', 'General')],
    getNumberFormats: ['read', many('format', 'General')],
    setNumberFormat: [
      'write',
      (...args: unknown[]) => {
        expectArgs('Range.setNumberFormat', args, isString);
        return setOne('setNumberFormat', 'format')(...args);
      },
    ],
    setNumberFormats: ['write', setMany('setNumberFormats', 'format')],
    getBackground: ['read', one('background', '#ffffff')],
    getBackgrounds: ['read', many('background', '#ffffff')],
    setBackground: ['write', setOne('setBackground', 'background')],
    setBackgrounds: ['write', setMany('setBackgrounds', 'background')],
    getFontColor: ['read', one('fontColor', '#000000')],
    getFontColors: ['read', many('fontColor', '#000000')],
    setFontColor: ['write', setOne('setFontColor', 'fontColor')],
    setFontColors: ['write', setMany('setFontColors', 'fontColor')],
    getFontWeight: ['read', one('fontWeight', 'normal')],
    getFontWeights: ['read', many('fontWeight', 'normal')],
    setFontWeight: ['write', setFontWeight],
    setFontWeights: ['write', setMany('setFontWeights', 'fontWeight')],
    setFontStyle: ['write', noop],
    setFontSize: ['write', setFontSize],
    setFontFamily: ['write', noop],
    setWrap: ['write', noop],
    setWrapStrategy: ['write', noop],
    setHorizontalAlignment: ['write', noop],
    setHorizontalAlignments: ['write', noop],
    setVerticalAlignment: ['write', noop],
    setBorder: ['write', noop],
    setTextRotation: ['write', noop],
  };
}
