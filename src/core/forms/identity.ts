/**
 * What makes a form response the same response whatever a teacher does to the responses sheet.
 * A response is known by its timestamp as the sheet shows it and its answers, compared as a
 * person reads them (leading zeros and spaces aside): its key. Once taken, its timestamp cell
 * carries a note with that key, and the note moves with the row when rows are sorted, inserted
 * or deleted; editing an answer never moves it. Row numbers are never an identity.
 */

/**
 * A 53-bit hash of a text in base 36 (cyrb53): short enough for a note or a property.
 * @example hashText('0012345678') // 'k32l9zg6u2' (always the same)
 */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * An answer as compared: trimmed, inner spaces single, an all-digit answer without its leading
 * zeros (a number cell dropped them; the text kept them).
 * @example normaliseAnswer(' 0077100002 ') // '77100002'
 */
export function normaliseAnswer(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return /^\d+$/.test(t) ? t.replace(/^0+(?=\d)/, '') : t;
}

/**
 * A response's key: its timestamp as shown, and its answers in column order.
 * @example responseKey('16/11/2026 08:00:00', ['M01', '30']) // '<hash of the stamp>.<hash of the answers>'
 */
export function responseKey(stampText: string, answers: readonly string[]): string {
  return `${hashText(stampText.trim())}.${hashText(answers.map(normaliseAnswer).join('\u0001'))}`;
}

/** The timestamp half of a key: responses that arrived in the same second share it. */
export function stampOfKey(key: string): string {
  return key.slice(0, Math.max(0, key.indexOf('.')));
}

const MARK = 'Pendamping ✓';

/**
 * The note a taken response's timestamp cell carries: where it went, when, its key, and whether it
 * went into a table (else it was kept in Review). A note the teacher wrote there before is kept below.
 * @example markerNote('Sesi', '2026-11-16 08:00', 'a.b', '', true) // 'Pendamping ✓ Sesi · 2026-11-16 08:00\nkey a.b taken'
 */
export function markerNote(
  where: string,
  at: string,
  key: string,
  previous: string,
  inTable: boolean,
): string {
  const mark = `${MARK} ${where} · ${at}\nkey ${key} ${inTable ? 'taken' : 'kept'}`;
  const kept = previous.startsWith(MARK) ? previous.split('\n').slice(2).join('\n') : previous;
  return kept.trim() === '' ? mark : `${mark}\n${kept}`;
}

/**
 * The key in a marker note, or null when the cell carries none (a response not taken yet).
 * @example markerKey('Pendamping ✓ Sesi · 2026-11-16 08:00\nkey a.b taken') // 'a.b'
 */
export function markerKey(note: string): string | null {
  if (!note.startsWith(MARK)) return null;
  const m = /^key (\S+)( taken| kept)?$/m.exec(note);
  return m ? m[1]! : null;
}

/**
 * True when the marker says the response went into a table (not kept in Review).
 * @example markerInTable('Pendamping ✓ Sesi · 2026-11-16 08:00\nkey a.b taken') // true
 */
export function markerInTable(note: string): boolean {
  return markerKey(note) !== null && /^key \S+ taken$/m.test(note);
}

/**
 * How alike two rows of answers are: the number of columns whose answers compare equal.
 * @example matchScore(['0012', 'a'], ['12', 'b']) // 1
 */
export function matchScore(a: readonly string[], b: readonly string[]): number {
  let score = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (normaliseAnswer(a[i]!) === normaliseAnswer(b[i]!)) score++;
  }
  return score;
}

export interface Candidate {
  /** The timestamp as the sheet shows it. */
  stamp: string;
  answers: readonly string[];
  /** The marker's key when taken, else null. */
  key: string | null;
}

/**
 * The row among `rows` that holds the response an event describes: same timestamp, most answers
 * alike (a teacher may have corrected one since), a row not taken yet when two are equally alike.
 * -1 when no row has its timestamp (the row was deleted).
 * @example findRow({ stamp: 't', answers: ['a'], key: null }, [{ stamp: 't', answers: ['a'], key: null }]) // 0
 */
export function findRow(event: Candidate, rows: readonly Candidate[]): number {
  let best = -1;
  let bestScore = -1;
  rows.forEach((row, i) => {
    if (row.stamp.trim() !== event.stamp.trim()) return;
    const score = matchScore(event.answers, row.answers) * 2 + (row.key === null ? 1 : 0);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}
