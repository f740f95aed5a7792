import { describe, expect, it } from 'vitest';
import { termRank } from '../../../src/core/cells/terms';
import { termRule } from '../../../src/core/risk/cells';

describe('termRank', () => {
  it.each<[unknown, unknown]>([
    ['2026-1', 20261],
    ['2026-2', 20262],
    ['2025/2026-1', 20251],
    ['2025/2026 - 2', 20252],
    ['2025/2026 Genap', 20252],
    ['2025/2026 ganjil', 20251],
    ['2026 semester 1', 20261],
    ['2026/1', 20261],
    [new Date(2026, 0, 1), 20261],
    [new Date(2026, 1, 1), 20262],
    [new Date(2026, 5, 1), undefined],
    [new Date(2026, 0, 2), undefined],
    ['2025/2027-1', undefined],
    ['2026-5', undefined],
    ['semester 1', undefined],
    [2026, undefined],
    ['', null],
  ])('%j → %j', (raw, rank) => {
    expect(termRank(raw)).toBe(rank);
  });

  it('orders terms in time', () => {
    const terms = ['2026-1', '2025-2', '2025/2026-2', '2024/2025-1', '2025-1'];
    const sorted = terms.slice().sort((a, b) => termRank(a)! - termRank(b)!);
    expect(sorted).toEqual(['2024/2025-1', '2025-1', '2025-2', '2025/2026-2', '2026-1']);
  });

  it('writes a term the one way back', () => {
    expect(termRule().read('2025/2026 Genap')).toBe('2025-2');
    expect(termRule().read('nope')).toBeUndefined();
  });
});
