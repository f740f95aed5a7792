/**
 * One rule for a student ID typed by a person, in the forms and in the import alike. A NISN has
 * 10 digits. An all-digit ID that lost leading zeros (Sheets drops them from a number; a person
 * forgets them) attaches to the student it names once the zeros are restored, and says so. Any
 * other all-digit ID that is not 10 digits is a malformed NISN: the input goes whole to Review.
 * Where the source asks for another school number (an import column "NIS"), such numbers pass.
 */

/** Why an ID cannot be taken: blank, a malformed NISN, or not an ID at all. */
export type IdProblem = 'missing' | 'bad_nisn' | 'bad_id';

export type IdResolution =
  | {
      ok: true;
      id: string /** What was typed, when zeros were restored to find the student. */;
      repairedFrom?: string;
    }
  | { ok: false; problem: IdProblem; id: string };

const DIGITS = /^\d+$/;
/** A school number as schools write it: letters, digits and . / - (3 to 25 of them). */
const SCHOOL_NUMBER = /^[0-9A-Za-z][0-9A-Za-z./-]{2,24}$/;

/**
 * The form two IDs are compared in: an all-digit ID with its leading zeros restored to 10 digits.
 * @example canonicalId('115550102') // '0115550102'; canonicalId('7A-12') // '7A-12'
 */
export function canonicalId(id: string): string {
  // padStart leaves 10 digits and more as they are.
  return DIGITS.test(id) ? id.padStart(10, '0') : id;
}

/**
 * The roster's IDs by their canonical form, to find a student whatever zeros were lost.
 * @example rosterIndex(['0115550102']).get('0115550102') // '0115550102'
 */
export function rosterIndex(ids: Iterable<string>): Map<string, string> {
  const index = new Map<string, string>();
  for (const id of ids) if (id !== '' && !index.has(canonicalId(id))) index.set(canonicalId(id), id);
  return index;
}

/**
 * Reads a typed student ID against the roster. `nisnOnly`: the question asked for a NISN, so any
 * ID that is neither 10 digits nor already on the roster is malformed.
 * @example resolveStudentId('115550102', rosterIndex(['0115550102']), true)
 * // { ok: true, id: '0115550102', repairedFrom: '115550102' }
 */
export function resolveStudentId(raw: string, roster: Map<string, string>, nisnOnly: boolean): IdResolution {
  const text = raw.trim();
  if (text === '') return { ok: false, problem: 'missing', id: text };
  const known = roster.get(canonicalId(text));
  if (known !== undefined)
    return known === text ? { ok: true, id: text } : { ok: true, id: known, repairedFrom: text };
  if (DIGITS.test(text)) {
    if (text.length === 10) return { ok: true, id: text };
    if (nisnOnly || text.length > 25) return { ok: false, problem: 'bad_nisn', id: text };
  } else if (nisnOnly) {
    return { ok: false, problem: 'bad_nisn', id: text };
  }
  return SCHOOL_NUMBER.test(text) ? { ok: true, id: text } : { ok: false, problem: 'bad_id', id: text };
}

/**
 * A NISN the sheet stored as a number, its leading zeros gone: 8 or 9 digits. (A NISN is 10 digits,
 * the first three the birth year's last three: students born 2008–2019 have 1 or 2 leading zeros,
 * which Sheets drops when pasted text becomes a number.) Anything else is null: a short number
 * is not a NISN that lost zeros, and text keeps the strict rule.
 * @example nisnOfNumber(12345678) // '0012345678'; nisnOfNumber(12345) // null; nisnOfNumber('12345678') // null
 */
export function nisnOfNumber(raw: unknown): string | null {
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw <= 0) return null;
  const digits = String(raw);
  return digits.length === 8 || digits.length === 9 ? digits.padStart(10, '0') : null;
}
