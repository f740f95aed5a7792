import { describe, expect, it } from 'vitest';
import { takenByNumber } from '../../../src/core/forms/rows';

describe('takenByNumber (what an older version kept)', () => {
  it('reads ranges and single rows, bounds included', () => {
    const taken = takenByNumber('2-4, 9,12-12');
    expect([1, 2, 3, 4, 5, 8, 9, 10, 12, 13].map(taken)).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
      true,
      false,
      true,
      false,
    ]);
  });

  it('reads past anything else', () => {
    const taken = takenByNumber('x,3-,-5,7a,,6');
    expect([3, 5, 6, 7].map(taken)).toEqual([false, false, true, false]);
    expect(takenByNumber('')(2)).toBe(false);
  });
});
