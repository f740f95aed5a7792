/**
 * The recent responses the add-on took, by key, kept apart from the responses sheet: a teacher
 * may delete a taken row, and Google may then deliver its form-submit event again, late. A
 * response whose row is gone is recognised here. When a teacher corrected the row before it was
 * taken, its key changed; a late event then finds a taken response of its second whose row is
 * gone, and claims it instead of taking the answers twice.
 *
 * Stored as text in one document property (9 KB at most): the oldest entries go first.
 */
import { stampOfKey } from './identity';

/** Room for about 400 entries, under the 9 KB of a property value. */
export const LEDGER_CHARS = 8000;

interface Entry {
  key: string;
  /** 't' taken from its answers; 'c' a late event that claimed a taken response. */
  how: 't' | 'c';
}

export class Ledger {
  private readonly entries: Entry[];

  constructor(text: string) {
    this.entries = text
      .split(' ')
      .map((part) => /^([tc]):(\S+)/.exec(part))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ how: m[1] as 't' | 'c', key: m[2]! }));
  }

  has(key: string): boolean {
    return this.entries.some((e) => e.key === key);
  }

  /** Records a response taken (into a table or into Review). */
  add(key: string): void {
    if (!this.has(key)) this.entries.push({ key, how: 't' });
  }

  /**
   * Decides on an event whose row is gone, given the keys of the rows still there: true when it
   * was taken already (now recorded under this key too), false when it must be taken now.
   */
  settle(key: string, present: ReadonlySet<string>): boolean {
    if (this.has(key)) return true;
    const stamp = stampOfKey(key);
    const same = this.entries.filter((e) => stampOfKey(e.key) === stamp);
    const gone = same.filter((e) => e.how === 't' && !present.has(e.key)).length;
    const claimed = same.filter((e) => e.how === 'c').length;
    if (gone <= claimed) return false;
    this.entries.push({ key, how: 'c' });
    return true;
  }

  /**
   * The ledger as stored, newest last, the oldest dropped to fit.
   * @example const l = new Ledger(''); l.add('a.b'); l.toString() // 't:a.b'
   */
  toString(): string {
    const parts = this.entries.map((e) => `${e.how}:${e.key}`);
    let text = parts.join(' ');
    for (let from = 1; text.length > LEDGER_CHARS; from++) text = parts.slice(from).join(' ');
    return text;
  }
}
