/**
 * Numbers shown through a number format: Sheets' general format and the common patterns
 * ('0', '0.00', '#,##0', '0%', '0.0%', '"Rp "#,##0', '[$Rp-421]#,##0'), in the locale's separators.
 */
import type { Separators } from './locale';

/** A number as the general format shows it: up to ten significant decimals, no grouping. */
export function formatGeneral(n: number, seps: Separators): string {
  if (!Number.isFinite(n)) return '#NUM!';
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-9)) {
    const [mantissa, exp] = n.toExponential(9).split('e') as [string, string];
    const m = mantissa.replace(/\.?0+$/, '').replace('.', seps.decimal);
    const e = Number(exp);
    return `${m}E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  const intDigits = abs < 1 ? 0 : Math.floor(Math.log10(abs)) + 1;
  const fixed = n.toFixed(Math.max(0, 10 - intDigits));
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return (trimmed === '-0' ? '0' : trimmed).replace('.', seps.decimal);
}

interface Section {
  prefix: string;
  suffix: string;
  core: string;
  percent: number;
}

function splitSection(section: string): Section {
  const items: ({ lit: string } | { core: string })[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i]!;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      items.push({ lit: section.slice(i + 1, stop) });
      i = stop;
    } else if (ch === '\\') {
      items.push({ lit: section[i + 1] ?? '' });
      i++;
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      const stop = end < 0 ? section.length : end;
      const currency = /^\[\$([^-\]]*)/.exec(section.slice(i, stop + 1));
      if (currency) items.push({ lit: currency[1]! });
      i = stop;
    } else if (ch === '_' || ch === '*') {
      if (ch === '_') items.push({ lit: ' ' });
      i++;
    } else if ('0#?,.'.includes(ch)) {
      items.push({ core: ch });
    } else {
      items.push({ lit: ch });
    }
  }
  const first = items.findIndex((t) => 'core' in t);
  const last = items.length - 1 - [...items].reverse().findIndex((t) => 'core' in t);
  const text = (list: typeof items) => list.map((t) => ('lit' in t ? t.lit : t.core)).join('');
  const prefix = first < 0 ? text(items) : text(items.slice(0, first));
  const suffix = first < 0 ? '' : text(items.slice(last + 1));
  const core =
    first < 0
      ? ''
      : items
          .slice(first, last + 1)
          .map((t) => ('core' in t ? t.core : ''))
          .join('');
  const percent = (prefix + suffix).split('%').length - 1;
  return { prefix, suffix, core, percent };
}

/** A number through a numeric pattern: formatNumber(1234.5, '#,##0.00', id) → '1.234,50'. */
export function formatNumber(n: number, pattern: string, seps: Separators): string {
  const sections = pattern.split(';');
  let section = sections[0]!;
  let value = n;
  let signed = true;
  if (n < 0 && sections[1] !== undefined) {
    section = sections[1];
    value = -n;
    signed = false;
  } else if (n === 0 && sections[2] !== undefined) {
    section = sections[2];
  }
  const { prefix, suffix, core, percent } = splitSection(section);
  if (core === '') return prefix + suffix;
  value *= 100 ** percent;
  const [intPattern = '', decPattern = ''] = core.split('.');
  const minInt = (intPattern.match(/0/g) ?? []).length;
  const minDec = (decPattern.match(/0/g) ?? []).length;
  const maxDec = (decPattern.match(/[0#?]/g) ?? []).length;
  const fixed = Math.abs(value).toFixed(maxDec);
  let [int = '', dec = ''] = fixed.split('.');
  while (dec.length > minDec && dec.endsWith('0')) dec = dec.slice(0, -1);
  int = int.replace(/^0+/, '').padStart(minInt, '0');
  if (intPattern.includes(',')) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, seps.group);
  const negative = signed && value < 0 && Number(fixed) !== 0;
  return `${negative ? '-' : ''}${prefix}${int}${dec ? seps.decimal + dec : ''}${suffix}`;
}

/** True when a pattern formats numbers (has digit placeholders) rather than dates. */
export function isNumberPattern(pattern: string): boolean {
  return /[0#]/.test(pattern.replace(/"[^"]*"/g, ''));
}
