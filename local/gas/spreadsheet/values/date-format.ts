/**
 * Dates shown through a date pattern ('yyyy-mm-dd', 'dd/mm/yyyy', 'd mmm yyyy', 'yyyy-mm',
 * 'dddd, d mmmm yyyy hh:mm') in the spreadsheet's time zone and locale.
 */
import { calendarName } from './locale';
import { zonedParts } from './zoned';

type Token = { lit: string } | { field: string };

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  const fieldPattern = /^(am\/pm|a\/p|y+|m+|d+|h+|s+)/i;
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i]!;
    if (ch === '"') {
      const end = pattern.indexOf('"', i + 1);
      const stop = end < 0 ? pattern.length : end;
      tokens.push({ lit: pattern.slice(i + 1, stop) });
      i = stop + 1;
      continue;
    }
    if (ch === '\\') {
      tokens.push({ lit: pattern[i + 1] ?? '' });
      i += 2;
      continue;
    }
    const m = fieldPattern.exec(pattern.slice(i));
    if (m) {
      tokens.push({ field: m[1]!.toLowerCase() });
      i += m[1]!.length;
      continue;
    }
    tokens.push({ lit: ch });
    i++;
  }
  return tokens;
}

/** 'm'/'mm' mean minutes right after an hour field or right before a seconds field. */
function isMinute(tokens: Token[], index: number): boolean {
  const fields = tokens.map((t, i) => ('field' in t ? { f: t.field, i } : null)).filter((x) => x !== null);
  const at = fields.findIndex((x) => x.i === index);
  const before = fields[at - 1]?.f ?? '';
  const after = fields[at + 1]?.f ?? '';
  return before.startsWith('h') || after.startsWith('s');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A date through a pattern: formatDate(d, 'd mmm yyyy', 'id_ID', 'Asia/Jakarta') → '15 Sep 2026'. */
export function formatDate(date: Date, pattern: string, locale: string, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  const tokens = tokenize(pattern);
  const twelve = tokens.some((t) => 'field' in t && (t.field === 'am/pm' || t.field === 'a/p'));
  return tokens
    .map((t, i) => {
      if ('lit' in t) return t.lit;
      const f = t.field;
      const hour12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
      switch (f[0]) {
        case 'y':
          return f.length <= 2 ? pad(p.year % 100) : String(p.year);
        case 'd':
          if (f.length >= 4) return calendarName(locale, 'weekday', p.weekday, 'long');
          if (f.length === 3) return calendarName(locale, 'weekday', p.weekday, 'short');
          return f.length === 2 ? pad(p.day) : String(p.day);
        case 'h': {
          const h = twelve ? hour12 : p.hour;
          return f.length >= 2 ? pad(h) : String(h);
        }
        case 's':
          return f.length >= 2 ? pad(p.second) : String(p.second);
        case 'a':
          return f === 'a/p' ? (p.hour < 12 ? 'a' : 'p') : p.hour < 12 ? 'AM' : 'PM';
        default:
          if (f.length <= 2 && isMinute(tokens, i)) return f.length === 2 ? pad(p.minute) : String(p.minute);
          if (f.length >= 5) return calendarName(locale, 'month', p.month, 'long').slice(0, 1);
          if (f.length === 4) return calendarName(locale, 'month', p.month, 'long');
          if (f.length === 3) return calendarName(locale, 'month', p.month, 'short').replace(/\.$/, '');
          return f.length === 2 ? pad(p.month) : String(p.month);
      }
    })
    .join('');
}

/** True when a pattern has date or time fields and no digit placeholders. */
export function isDatePattern(pattern: string): boolean {
  const bare = pattern.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /[ydmhs]/i.test(bare) && !/[0#]/.test(bare) && !/^general$/i.test(bare);
}
