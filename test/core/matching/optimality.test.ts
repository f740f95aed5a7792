import { describe, expect, it } from 'vitest';
import { greedyMatch } from '../../../src/core/matching/greedy';
import { matchMentors } from '../../../src/core/matching/match';
import { preferenceScore } from '../../../src/core/matching/preference';
import type { MatchResult } from '../../../src/core/matching/types';
import { fitsHardRules, type Instance, maxPlaceable, priorityOrder, randomInstance } from './fixtures';

/** Total preference of a suggestion list, recomputed from the exported per-pair score. */
function totalOf(instance: Instance, pairs: readonly { studentId: string; mentorId: string }[]): number {
  const added = new Map<string, number>();
  let total = 0;
  for (const pair of pairs) {
    const s = instance.students.find((x) => x.id === pair.studentId)!;
    const m = instance.mentors.find((x) => x.id === pair.mentorId)!;
    const k = added.get(m.id) ?? 0;
    added.set(m.id, k + 1);
    total += preferenceScore(s, m, m.caseload + k, instance.existing, instance.options);
  }
  return total;
}

/** Every complete assignment; keeps the most placed, then best by priority, then most preferred. */
function bruteForce(instance: Instance): { placed: Set<string>; total: number } {
  const { students, mentors, existing, options } = instance;
  const order = priorityOrder(students);
  const room = mentors.map((m) => Math.max(0, m.capacity - m.caseload));
  const used = mentors.map(() => 0);
  const choice: number[] = students.map(() => -1);
  // score[s][m][k]: preference of student s as mentor m's k-th new mentee
  const score = students.map((s) =>
    mentors.map((m) =>
      Array.from({ length: 8 }, (_, k) => preferenceScore(s, m, m.caseload + k, existing, options)),
    ),
  );
  let best: { key: number[]; total: number; placed: Set<string> } | null = null;
  const better = (key: number[], total: number) => {
    if (!best) return true;
    for (let i = 0; i < key.length; i++) if (key[i] !== best.key[i]) return key[i]! > best.key[i]!;
    return total > best.total + 1e-9;
  };
  const visit = (depth: number, total: number) => {
    if (depth === order.length) {
      const flags = order.map((i) => (choice[i]! >= 0 ? 1 : 0));
      const key = [flags.reduce((a: number, b) => a + b, 0), ...flags];
      if (better(key, total)) {
        best = { key, total, placed: new Set(students.filter((_, i) => choice[i]! >= 0).map((s) => s.id)) };
      }
      return;
    }
    const si = order[depth]!;
    visit(depth + 1, total);
    mentors.forEach((m, mi) => {
      if (used[mi]! >= room[mi]! || !fitsHardRules(students[si]!, m, options.sameGender)) return;
      choice[si] = mi;
      const gain = score[si]![mi]![used[mi]!]!;
      used[mi]!++;
      visit(depth + 1, total + gain);
      used[mi]!--;
      choice[si] = -1;
    });
  };
  visit(0, 0);
  const found = best as unknown as { total: number; placed: Set<string> };
  return { placed: found.placed, total: found.total };
}

/** Checks every suggestion against every hard rule and capacity, and that each student appears once. */
function expectValid(instance: Instance, result: MatchResult): void {
  const { students, mentors, options } = instance;
  const ids = [...result.suggestions.map((x) => x.studentId), ...result.unplaced.map((x) => x.studentId)];
  expect(ids.slice().sort()).toEqual(students.map((s) => s.id).sort());
  const added = new Map<string, number>();
  for (const suggestion of result.suggestions) {
    const s = students.find((x) => x.id === suggestion.studentId)!;
    const m = mentors.find((x) => x.id === suggestion.mentorId)!;
    expect(fitsHardRules(s, m, options.sameGender)).toBe(true);
    added.set(m.id, (added.get(m.id) ?? 0) + 1);
  }
  for (const m of mentors) expect(m.caseload + (added.get(m.id) ?? 0)).toBeLessThanOrEqual(m.capacity);
  for (const { studentId, blockedBy } of result.unplaced) {
    const s = students.find((x) => x.id === studentId)!;
    const eligible = mentors.filter(
      (m) => fitsHardRules(s, m, options.sameGender) && m.caseload < m.capacity,
    );
    if (blockedBy.kind === 'capacity') {
      expect(eligible.length).toBeGreaterThan(0);
      for (const m of eligible) expect(m.caseload + (added.get(m.id) ?? 0)).toBe(m.capacity);
    } else {
      expect(eligible).toEqual([]);
    }
  }
}

describe('matchMentors is optimal', () => {
  it('matches exhaustive search on 200 small random instances', () => {
    let contested = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const size = { students: 2 + (seed % 5), mentors: 1 + (Math.floor(seed / 5) % 3), maxCapacity: 3 };
      const instance = randomInstance(seed, size);
      const result = matchMentors(instance.students, instance.mentors, instance.existing, instance.options);
      const brute = bruteForce(instance);
      expectValid(instance, result);
      expect(new Set(result.suggestions.map((x) => x.studentId)), `seed ${seed}`).toEqual(brute.placed);
      expect(result.totalPreference, `seed ${seed}`).toBeCloseTo(brute.total, 9);
      expect(totalOf(instance, result.suggestions)).toBeCloseTo(result.totalPreference, 9);
      if (result.suggestions.length > 0 && result.unplaced.some((x) => x.blockedBy.kind === 'capacity')) {
        contested++;
      }
    }
    // Not trivially easy: in many instances some students compete for too few places.
    expect(contested).toBeGreaterThan(40);
  });

  it('is never worse than greedy on 60 × 8 instances, and often better', () => {
    let strictlyBetter = 0;
    for (let seed = 1000; seed < 1060; seed++) {
      const instance = randomInstance(seed, { students: 60, mentors: 8, maxCapacity: 10 });
      const { students, mentors, existing, options } = instance;
      const result = matchMentors(students, mentors, existing, options);
      const greedy = greedyMatch(students, mentors, existing, options);
      expect(result.suggestions.length).toBeGreaterThanOrEqual(greedy.pairs.length);
      expect(result.suggestions.length).toBe(maxPlaceable(instance));
      // Same students for both, so that the preference totals compare like with like.
      const placed = new Set(result.suggestions.map((x) => x.studentId));
      const sameSet = greedyMatch(
        students.filter((s) => placed.has(s.id)),
        mentors,
        existing,
        options,
      );
      if (sameSet.pairs.length === placed.size) {
        expect(result.totalPreference).toBeGreaterThanOrEqual(sameSet.totalPreference - 1e-9);
        if (result.totalPreference > sameSet.totalPreference + 1e-9) strictlyBetter++;
      }
    }
    expect(strictlyBetter).toBeGreaterThan(10);
  });

  it('never breaks a hard rule or a capacity on 300 random instances', () => {
    for (let seed = 5000; seed < 5300; seed++) {
      const instance = randomInstance(seed, {
        students: 1 + (seed % 40),
        mentors: 1 + (seed % 9),
        maxCapacity: 1 + (seed % 12),
      });
      const result = matchMentors(instance.students, instance.mentors, instance.existing, instance.options);
      expectValid(instance, result);
      expect(result.suggestions.length).toBe(maxPlaceable(instance));
    }
  });
});
