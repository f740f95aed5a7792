/**
 * The text Sheets shows for a value: what getDisplayValue(s) returns. Formats decide; without one,
 * numbers use the general format and dates the locale's date (and time, when it is not midnight).
 */
import type { CellValue } from '../model/cell';
import { isDate } from '../model/cell';
import { formatDate, isDatePattern } from './date-format';
import { defaultDatePattern, separators } from './locale';
import { formatGeneral, formatNumber, isNumberPattern } from './number-format';
import { fromSerial, toSerial, zonedParts } from './zoned';

export interface DisplayContext {
  locale: string;
  timeZone: string;
}

/** The display text of a value under a number format (undefined or 'General' for none). */
export function displayValue(value: CellValue, format: string | undefined, ctx: DisplayContext): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const pattern = format && !/^general$/i.test(format) && format !== '@' ? format : undefined;
  const seps = separators(ctx.locale);
  if (isDate(value)) {
    if (pattern && isNumberPattern(pattern))
      return formatNumber(toSerial(value, ctx.timeZone), pattern, seps);
    if (pattern && isDatePattern(pattern)) return formatDate(value, pattern, ctx.locale, ctx.timeZone);
    return formatDate(value, defaultDateTimePattern(value, ctx), ctx.locale, ctx.timeZone);
  }
  if (pattern && isDatePattern(pattern)) {
    return formatDate(fromSerial(value, ctx.timeZone), pattern, ctx.locale, ctx.timeZone);
  }
  if (pattern && isNumberPattern(pattern)) return formatNumber(value, pattern, seps);
  return formatGeneral(value, seps);
}

function defaultDateTimePattern(value: Date, ctx: DisplayContext): string {
  const p = zonedParts(value, ctx.timeZone);
  const date = defaultDatePattern(ctx.locale);
  return p.hour === 0 && p.minute === 0 && p.second === 0 ? date : `${date} h:mm:ss`;
}
