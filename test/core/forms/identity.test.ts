import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findRow,
  hashText,
  markerInTable,
  markerKey,
  markerNote,
  matchScore,
  normaliseAnswer,
  responseKey,
  stampOfKey,
} from '../../../src/core/forms/identity';

describe('hashText', () => {
  it('is stable, short, and tells texts apart', () => {
    expect(hashText('0012345678')).toBe('k32l9zg6u2');
    expect(hashText('')).toBe(hashText(''));
    expect(hashText('a')).not.toBe(hashText('b'));
    expect(hashText('ab')).not.toBe(hashText('ba'));
    expect(hashText('x'.repeat(500))).toMatch(/^[0-9a-z]{1,11}$/);
  });

  it('has no collision among 20,000 distinct answers (property)', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) seen.add(hashText(`${i}`));
    expect(seen.size).toBe(20_000);
  });
});

describe('normaliseAnswer', () => {
  it.each([
    [' 0077100002 ', '77100002'],
    ['0000', '0'],
    ['0', '0'],
    ['007A', '007A'],
    ['Bu  Sari\n', 'Bu Sari'],
    ['+62812', '+62812'],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(normaliseAnswer(text)).toBe(expected);
  });
});

describe('responseKey', () => {
  it('is the same for the same timestamp and answers read alike, and differs otherwise', () => {
    const key = responseKey('16/11/2026 08:00:00', ['0012345678', 'Sinta']);
    expect(key).toBe(responseKey(' 16/11/2026 08:00:00 ', ['12345678', ' Sinta']));
    expect(key).not.toBe(responseKey('16/11/2026 08:00:01', ['0012345678', 'Sinta']));
    expect(key).not.toBe(responseKey('16/11/2026 08:00:00', ['0012345678', 'Santi']));
    // Column boundaries count: ['a b', ''] and ['a', 'b'] are different answers.
    expect(responseKey('t', ['ab', 'c'])).not.toBe(responseKey('t', ['a', 'bc']));
    expect(stampOfKey(key)).toBe(hashText('16/11/2026 08:00:00'));
    expect(stampOfKey(key)).toBe(stampOfKey(responseKey('16/11/2026 08:00:00', ['lain'])));
  });
});

describe('marker notes', () => {
  it('say where and when, carry the key and whether it went into a table, and keep a note a teacher wrote', () => {
    const taken = markerNote('Sesi', '2026-11-16 08:00', 'a.b', '', true);
    expect(taken).toBe('Pendamping ✓ Sesi · 2026-11-16 08:00\nkey a.b taken');
    expect([markerKey(taken), markerInTable(taken)]).toEqual(['a.b', true]);
    const kept = markerNote('Periksa', '2026-11-16 08:00', 'c.d', 'cek dengan wali kelas', false);
    expect(kept).toBe('Pendamping ✓ Periksa · 2026-11-16 08:00\nkey c.d kept\ncek dengan wali kelas');
    expect([markerKey(kept), markerInTable(kept)]).toEqual(['c.d', false]);
    // Marked again: the old marker is replaced, the teacher's note kept.
    expect(markerNote('Sesi', 'x', 'e.f', kept, true)).toBe(
      'Pendamping ✓ Sesi · x\nkey e.f taken\ncek dengan wali kelas',
    );
    expect(markerNote('Sesi', 'x', 'e.f', taken, true)).toBe('Pendamping ✓ Sesi · x\nkey e.f taken');
  });

  it('are the only notes read as taken', () => {
    const notes = [
      '',
      'key a.b taken',
      'catatan: Pendamping ✓ key a.b',
      'Pendamping ✓ Sesi',
      'Pendamping ✓ x\nkey a.b lost',
    ];
    for (const note of notes) {
      expect(markerKey(note), note).toBeNull();
      expect(markerInTable(note), note).toBe(false);
    }
    // A marker without the outcome reads as taken, not as in a table.
    const bare = 'Pendamping ✓ Sesi · x\nkey a.b';
    expect([markerKey(bare), markerInTable(bare)]).toEqual(['a.b', false]);
  });

  it('round-trip any key and any earlier note (property)', () => {
    const key = fc.stringMatching(/^[0-9a-z]{1,11}\.[0-9a-z]{1,11}$/);
    fc.assert(
      fc.property(key, fc.string(), fc.boolean(), (k, previous, inTable) => {
        const note = markerNote('Sesi', 'x', k, previous, inTable);
        expect(markerKey(note)).toBe(k);
        expect(markerInTable(note)).toBe(inTable);
      }),
    );
  });
});

describe('matchScore and findRow', () => {
  it('count the columns whose answers compare equal', () => {
    expect(matchScore(['0012', 'a', 'b'], ['12', 'a', 'c'])).toBe(2);
    expect(matchScore(['a'], ['a', 'b'])).toBe(1);
    expect(matchScore([], ['a'])).toBe(0);
  });

  const row = (stamp: string, answers: string[], key: string | null = null) => ({ stamp, answers, key });

  it('finds the row with the same timestamp and the most answers alike', () => {
    const rows = [row('t1', ['a', 'b']), row('t2', ['a', 'b']), row('t2', ['a', 'x']), row('t2', ['y', 'x'])];
    expect(findRow(row('t2', ['a', 'x']), rows)).toBe(2);
    expect(findRow(row('t2', ['a', 'b']), rows)).toBe(1);
    // A teacher corrected one answer since: still its row.
    expect(findRow(row('t1', ['a', 'c']), rows)).toBe(0);
    expect(findRow(row(' t1 ', ['a', 'b']), rows)).toBe(0);
  });

  it('prefers a row not taken yet among equally alike ones, but never over a closer match', () => {
    expect(findRow(row('t', ['a']), [row('t', ['a'], 'k'), row('t', ['a'])])).toBe(1);
    expect(findRow(row('t', ['a']), [row('t', ['a']), row('t', ['a'], 'k')])).toBe(0);
    expect(findRow(row('t', ['a', 'b']), [row('t', ['a', 'b'], 'k'), row('t', ['a', 'c'])])).toBe(0);
  });

  it('gives -1 when no row has the timestamp (the row was deleted)', () => {
    expect(findRow(row('t3', ['a']), [row('t1', ['a'])])).toBe(-1);
    expect(findRow(row('t3', ['a']), [])).toBe(-1);
  });
});

describe('edges that matter', () => {
  it('normaliseAnswer strips zeros only from an all-digit answer, and only leading ones', () => {
    expect(normaliseAnswer('00a1')).toBe('00a1');
    expect(normaliseAnswer('1007')).toBe('1007');
    expect(normaliseAnswer('a007')).toBe('a007');
  });

  it('stampOfKey is the part before the dot', () => {
    expect(stampOfKey('abc.def')).toBe('abc');
    expect(stampOfKey('nodot')).toBe('');
  });

  it('markerNote keeps a teacher note of several lines whole, and drops one of spaces only', () => {
    const before = markerNote('Sesi', 'y', 'a.b', 'baris satu\nbaris dua', true);
    expect(markerNote('Sesi', 'x', 'c.d', before, false)).toBe(
      'Pendamping ✓ Sesi · x\nkey c.d kept\nbaris satu\nbaris dua',
    );
    expect(markerNote('Sesi', 'x', 'c.d', '   ', true)).toBe('Pendamping ✓ Sesi · x\nkey c.d taken');
  });

  it('markerKey and markerInTable read only whole key lines', () => {
    expect(markerKey('Pendamping ✓ Sesi\nno key a.b')).toBeNull();
    expect(markerInTable('Pendamping ✓ S\nkey a.b kept\nkey c.d takenx')).toBe(false);
    expect(markerInTable('Pendamping ✓ S\nkey a.b kept\ncatatan: key c.d taken')).toBe(false);
  });

  it('findRow takes a row with the same timestamp even when no answer is alike, and the first of equals', () => {
    const row = (stamp: string, answers: string[], key: string | null = null) => ({ stamp, answers, key });
    expect(findRow(row('t', ['x']), [row('t', ['y'], 'k')])).toBe(0);
    expect(findRow(row('t', ['a']), [row('u', ['a']), row('t', ['a']), row('t', ['a'])])).toBe(1);
    expect(findRow(row('t1', ['a']), [row(' t1 ', ['a'])])).toBe(0);
  });
});
