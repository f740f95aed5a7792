/**
 * Utilities.formatDate: Java SimpleDateFormat patterns rendered in a time zone, the subset
 * an add-on uses (y, M, d, H, h, m, s, S, E, a, Z, X, and 'quoted text').
 */
import { type ZonedParts, zonedParts } from './spreadsheet/values/zoned';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The wall-clock fields of an instant, and its offset from UTC in minutes. */
type Parts = ZonedParts & { offsetMinutes: number };

function partsOf(date: Date, timeZone: string): Parts {
  const p = zonedParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return { ...p, offsetMinutes: Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000) };
}

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');

function field(letter: string, count: number, p: Parts, ms: number): string {
  switch (letter) {
    case 'y':
      return count === 2 ? pad(p.year % 100, 2) : pad(p.year, count);
    case 'M':
      if (count >= 4) return MONTHS[p.month - 1]!;
      if (count === 3) return MONTHS[p.month - 1]!.slice(0, 3);
      return pad(p.month, count);
    case 'd':
      return pad(p.day, count);
    case 'H':
      return pad(p.hour, count);
    case 'h':
      return pad(p.hour % 12 || 12, count);
    case 'm':
      return pad(p.minute, count);
    case 's':
      return pad(p.second, count);
    case 'S':
      return pad(ms, 3).slice(0, Math.max(count, 3));
    case 'E':
      return count >= 4 ? DAYS[p.weekday]! : DAYS[p.weekday]!.slice(0, 3);
    case 'a':
      return p.hour < 12 ? 'AM' : 'PM';
    case 'Z':
    case 'X': {
      if (letter === 'X' && p.offsetMinutes === 0) return 'Z';
      const sign = p.offsetMinutes < 0 ? '-' : '+';
      const h = pad(Math.floor(Math.abs(p.offsetMinutes) / 60), 2);
      const m = pad(Math.abs(p.offsetMinutes) % 60, 2);
      return letter === 'X' && count >= 3 ? `${sign}${h}:${m}` : `${sign}${h}${m}`;
    }
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

/**
 * @example formatDate(new Date('2026-09-01T00:00:00Z'), 'Asia/Jakarta', 'yyyy-MM-dd HH:mm') // '2026-09-01 07:00'
 */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const p = partsOf(date, timeZone);
  const ms = date.getTime() % 1000;
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i]!;
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      const text = pattern.slice(i + 1, end === -1 ? pattern.length : end);
      out += text === '' ? "'" : text;
      i = end === -1 ? pattern.length : end + 1;
    } else if (/[a-zA-Z]/.test(ch)) {
      let j = i;
      while (pattern[j] === ch) j++;
      out += field(ch, j - i, p, ms);
      i = j;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
