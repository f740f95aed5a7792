import { dayOf, isDate } from './dates';

/**
 * Reads a term such as "2026-1", "2025/2026-2", "2025/2026 Genap" or "2026 semester 1" and
 * gives it a rank that sorts terms in time. The rank is start year × 10 + term number, so the
 * year in "2026-1" is read as the year its school year starts and "2025/2026-2" comes before it.
 * A Date is read back as the term Sheets took for a date ("2026-1" typed into an unformatted
 * cell becomes 1 January 2026). Null when blank, undefined when not a term.
 * @example termRank('2025/2026-2') // 20252
 */
export function termRank(raw: unknown, timeZone?: string): number | null | undefined {
  if (raw === null || raw === undefined) return null;
  if (isDate(raw)) {
    const [year, month, day] = (dayOf(raw, timeZone) ?? '').split('-').map(Number);
    const ok = year !== undefined && month !== undefined && month <= 4 && day === 1;
    return ok ? year * 10 + month : undefined;
  }
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim().toLowerCase();
  if (text === '') return null;
  const match =
    /^(\d{4})(?:\s*\/\s*(\d{4}))?\s*[-/\s]\s*(?:semester\s*|sem\.?\s*)?([1-4]|ganjil|genap|odd|even)$/.exec(
      text,
    );
  if (!match) return undefined;
  const start = Number(match[1]);
  if (match[2] !== undefined && Number(match[2]) !== start + 1) return undefined;
  const part = match[3]!;
  const number =
    part === 'ganjil' || part === 'odd' ? 1 : part === 'genap' || part === 'even' ? 2 : Number(part);
  return start * 10 + number;
}
