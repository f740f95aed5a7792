import { describe, expect, it } from 'vitest';
import {
  balanceCost,
  indexContinuity,
  preferenceScore,
  scorePair,
} from '../../../src/core/matching/preference';
import { mentor, options, student } from './fixtures';

const weights = options().weights;

describe('scorePair', () => {
  const continuity = indexContinuity([
    { studentId: 'o1', mentorId: 'm', className: '8A', familyKey: 'fam' },
    { studentId: 'o2', mentorId: 'm', className: '', familyKey: null },
  ]);

  it('adds each preference that applies, with its reason', () => {
    const s = student({
      id: 's',
      needs: ['academic', 'family_economic'],
      languages: ['Bugis'],
      className: '8A',
    });
    const m = mentor({ id: 'm', strengths: ['family_economic', 'academic'], languages: ['bugis'] });
    expect(scorePair(s, m, continuity, weights)).toEqual({
      score: 3 * 2 + 2 + 2 / 2,
      reasons: [
        { kind: 'strengths', needs: ['academic', 'family_economic'] },
        { kind: 'language', language: 'Bugis' },
        { kind: 'classmate' },
      ],
    });
  });

  it('counts a sibling in full and does not add the classmate on top', () => {
    const s = student({ id: 's', className: '8A', familyKey: 'fam' });
    expect(scorePair(s, mentor({ id: 'm' }), continuity, weights)).toEqual({
      score: 2,
      reasons: [{ kind: 'sibling' }],
    });
  });

  it('joins nobody on a blank class or family key', () => {
    const s = student({ id: 's', className: '', familyKey: null });
    expect(scorePair(s, mentor({ id: 'm' }), continuity, weights)).toEqual({ score: 0, reasons: [] });
  });

  it('is not fooled by keys that name Object properties', () => {
    const s = student({ id: 's', className: 'constructor', familyKey: '__proto__' });
    expect(scorePair(s, mentor({ id: 'm' }), indexContinuity([]), weights).score).toBe(0);
  });
});

describe('balanceCost', () => {
  it.each([
    [0, 10, 1, 0.1],
    [4, 10, 1, 0.9],
    [9, 10, 1, 1.9],
    [4, 5, 2, 3.6],
    [3, 0, 1, 7], // capacity 0 is read as 1; such a mentor has no room anyway
    [3, 10, 0, 0],
    [3, 10, -1, 0],
    [3, 10, Number.NaN, 0],
  ])('(%d → +1 of %d, weight %d) = %d', (before, capacity, weight, cost) => {
    expect(balanceCost(before, capacity, weight)).toBeCloseTo(cost, 12);
  });

  it('grows with every extra mentee (convex total)', () => {
    const steps = Array.from({ length: 10 }, (_, k) => balanceCost(k, 10, 1));
    for (let k = 1; k < steps.length; k++) expect(steps[k]!).toBeGreaterThan(steps[k - 1]!);
  });
});

describe('preferenceScore', () => {
  it('is the pair score minus the cost of one more mentee', () => {
    const s = student({ id: 's', needs: ['academic'], familyKey: 'fam' });
    const m = mentor({ id: 'm', strengths: ['academic'], capacity: 10 });
    const existing = [{ studentId: 'o', mentorId: 'm', className: '9C', familyKey: 'fam' }];
    expect(preferenceScore(s, m, 4, existing, options())).toBeCloseTo(3 + 2 - 0.9, 12);
  });
});
