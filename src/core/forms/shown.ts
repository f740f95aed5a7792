/**
 * Dates and times as a responses sheet shows them (and as the form-submit event passes them):
 * in the spreadsheet locale's order, "16/11/2026 08:04:00" in Indonesia, "11/16/2026 8:04:00" in
 * the United States. Read back only when the cell itself is gone (a row deleted before its event
 * arrived); otherwise the cell's own date is read.
 */

export type DayOrder = 'dmy' | 'mdy';

/**
 * The day order of a spreadsheet locale's default date format.
 * @example dayOrderOf('en_US') // 'mdy'; dayOrderOf('id_ID') // 'dmy'
 */
export function dayOrderOf(locale: string): DayOrder {
  return /^en(_US)?$/i.test(locale) ? 'mdy' : 'dmy';
}

const pad = (n: number) => String(n).padStart(2, '0');

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function readWall(text: string, order: DayOrder): Wall | null {
  const m =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim()) ??
    /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
  if (!m) return null;
  const iso = m[1]!.length === 4;
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [year, month, day] = iso ? [a, b, c] : order === 'mdy' ? [c, a, b] : [c, b, a];
  const wall = {
    year,
    month,
    day,
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
  };
  // A day past the month's end (or 0) rolls into another month.
  const real = new Date(Date.UTC(year, month - 1, day)).getUTCMonth() === month - 1;
  return real && wall.hour < 24 && wall.minute < 60 && wall.second < 60 ? wall : null;
}

/**
 * A shown day as yyyy-mm-dd, or null when the text is not a day.
 * @example readShownDay('11/16/2026', 'mdy') // '2026-11-16'
 */
export function readShownDay(text: string, order: DayOrder): string | null {
  const w = readWall(text, order);
  return w ? `${w.year}-${pad(w.month)}-${pad(w.day)}` : null;
}

/** The wall-clock time an instant shows in a time zone, as if it were UTC (milliseconds). */
function wallMillis(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hour12: false,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  for (const p of format.formatToParts(instant)) parts[p.type] = Number(p.value);
  // Some engines write midnight as hour 24 without hourCycle.
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour! % 24, parts.minute!, parts.second!);
}

/**
 * A shown date and time, read in the spreadsheet's time zone, as an ISO instant; null when not one.
 * @example readShownInstant('16/11/2026 08:04:00', 'dmy', 'Asia/Jakarta') // '2026-11-16T01:04:00.000Z'
 */
export function readShownInstant(text: string, order: DayOrder, timeZone: string): string | null {
  const w = readWall(text, order);
  if (!w) return null;
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  // The zone's offset at that moment, found from a first guess and corrected once (daylight saving).
  let instant = wall - (wallMillis(wall, timeZone) - wall);
  instant = wall - (wallMillis(instant, timeZone) - instant);
  return new Date(instant).toISOString();
}
