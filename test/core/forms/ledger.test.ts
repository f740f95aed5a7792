import { describe, expect, it } from 'vitest';
import { responseKey } from '../../../src/core/forms/identity';
import { LEDGER_CHARS, Ledger } from '../../../src/core/forms/ledger';

const key = (stamp: string, answer: string) => responseKey(stamp, [answer]);

describe('Ledger', () => {
  it('remembers the keys taken, through its text', () => {
    const ledger = new Ledger('');
    ledger.add(key('t1', 'a'));
    ledger.add(key('t1', 'a'));
    const again = new Ledger(ledger.toString());
    expect(again.has(key('t1', 'a'))).toBe(true);
    expect(again.has(key('t1', 'b'))).toBe(false);
    expect(again.toString()).toBe(`t:${key('t1', 'a')}`);
  });

  it('reads past anything it did not write', () => {
    expect(new Ledger('xt:a.b').has('a.b')).toBe(false);
    const ledger = new Ledger(`junk t:a.b  x:c.d c:e.f t:`);
    expect(ledger.has('a.b')).toBe(true);
    expect(ledger.has('e.f')).toBe(true);
    expect(ledger.has('c.d')).toBe(false);
    expect(ledger.toString()).toBe('t:a.b c:e.f');
  });

  describe('settle: an event whose row is gone', () => {
    it('was taken when its key is known (a row taken, then deleted, then the event again)', () => {
      const ledger = new Ledger('');
      ledger.add(key('t1', 'a'));
      expect(ledger.settle(key('t1', 'a'), new Set())).toBe(true);
    });

    it('must be taken when nothing of its second was taken (deleted before it was taken)', () => {
      const ledger = new Ledger('');
      ledger.add(key('t0', 'a'));
      expect(ledger.settle(key('t1', 'a'), new Set())).toBe(false);
    });

    it('claims a response of its second that was taken under other answers and whose row is gone', () => {
      const ledger = new Ledger('');
      ledger.add(key('t1', 'corrected')); // taken after a teacher's correction; then the row was deleted
      expect(ledger.settle(key('t1', 'typed'), new Set())).toBe(true);
      // The same event again: known now.
      expect(ledger.settle(key('t1', 'typed'), new Set())).toBe(true);
      // Another event of that second: nothing left to claim.
      expect(ledger.settle(key('t1', 'other'), new Set())).toBe(false);
      expect(new Ledger(ledger.toString()).settle(key('t1', 'other'), new Set())).toBe(false);
    });

    it('claims nothing whose row is still there (that row answers for itself)', () => {
      const ledger = new Ledger('');
      ledger.add(key('t1', 'corrected'));
      expect(ledger.settle(key('t1', 'typed'), new Set([key('t1', 'corrected')]))).toBe(false);
    });
  });

  it('keeps every entry while they fit exactly, and drops the oldest first when they do not', () => {
    const ledger = new Ledger('');
    // 400 entries of 20 characters with 399 spaces between: 8,399 is too long; 380 make 7,979.
    const keys = Array.from({ length: 381 }, (_, i) => `${String(i).padStart(8, '0')}.abcdefghi`);
    for (const k of keys.slice(0, 380)) ledger.add(k);
    const fits = ledger.toString();
    expect(fits.length).toBe(380 * 20 + 379);
    const exact = new Ledger('');
    // Pad the first key so the text is exactly LEDGER_CHARS long: nothing is dropped.
    exact.add(`${'x'.repeat(LEDGER_CHARS - fits.length + 16)}.y`);
    for (const k of keys.slice(1, 380)) exact.add(k);
    expect(exact.toString().length).toBe(LEDGER_CHARS);
    expect(new Ledger(exact.toString()).has(`${'x'.repeat(LEDGER_CHARS - fits.length + 16)}.y`)).toBe(true);
    exact.add(keys[380]!);
    expect(new Ledger(exact.toString()).has(`${'x'.repeat(LEDGER_CHARS - fits.length + 16)}.y`)).toBe(false);
    expect(new Ledger(exact.toString()).has(keys[1]!)).toBe(true);
  });

  it('keeps the newest entries within a property value', () => {
    const ledger = new Ledger('');
    for (let i = 0; i < 1000; i++) ledger.add(key(`t${i}`, 'a'));
    const text = ledger.toString();
    expect(text.length).toBeLessThanOrEqual(LEDGER_CHARS);
    expect(LEDGER_CHARS).toBeLessThan(9 * 1024);
    const kept = new Ledger(text);
    expect(kept.has(key('t999', 'a'))).toBe(true);
    expect(kept.has(key('t0', 'a'))).toBe(false);
    expect(text.length).toBeGreaterThan(LEDGER_CHARS - 30);
  });
});
