import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../local/demo/data/random';
import { DEMO_AS_OF, DEMO_SEED, generateDemoSchool } from '../../../local/demo/data/school';

const DIR = 'local/demo/data';

describe('the demo school is deterministic', () => {
  it('gives the same school for the same options, to the last field', () => {
    expect(generateDemoSchool({ seed: 11 })).toEqual(generateDemoSchool({ seed: 11 }));
    expect(generateDemoSchool()).toEqual(
      generateDemoSchool({ seed: DEMO_SEED, asOf: DEMO_AS_OF, students: 300 }),
    );
  });

  it('gives another school for another seed, with the same mentors', () => {
    const [a, b] = [generateDemoSchool({ seed: 1 }), generateDemoSchool({ seed: 2 })];
    expect(a.students.map((s) => s.student_id)).not.toEqual(b.students.map((s) => s.student_id));
    expect(a.students.map((s) => s.name)).not.toEqual(b.students.map((s) => s.name));
    expect(a.attendance).not.toEqual(b.attendance);
    expect(a.sessions).not.toEqual(b.sessions);
    expect(a.mentors).toEqual(b.mentors);
  });

  it('describes the day it is asked for', () => {
    const school = generateDemoSchool({ asOf: '2027-01-10' });
    expect(school.asOf).toBe('2027-01-10');
    expect(school.attendance.at(-1)?.month).toBe('2026-12');
    expect(() => generateDemoSchool({ asOf: '28/11/2026' })).toThrow(/YYYY-MM-DD/);
  });

  it('returns fresh records: changing one school leaves the next untouched', () => {
    const first = generateDemoSchool();
    first.students[0]!.name = 'changed';
    first.mentors[0]!.grades!.push(12);
    const second = generateDemoSchool();
    expect(second.students[0]!.name).not.toBe('changed');
    expect(second.mentors[0]!.grades).not.toContain(12);
  });

  it('reads no clock and no Math.random', () => {
    for (const file of readdirSync(DIR)) {
      // Comments may mention them; the code may not.
      const code = readFileSync(join(DIR, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
      expect(code, file).not.toMatch(/Math\.random|Date\.now\(|new Date\(\)|performance\.now/);
    }
  });
});

describe('createRng', () => {
  it('repeats its draws for a seed and stays within bounds', () => {
    const draws = (seed: number) => Array.from({ length: 50 }, (_, i) => createRng(seed + i).int(1, 6));
    expect(draws(5)).toEqual(draws(5));
    expect(new Set(draws(5))).toEqual(new Set([1, 2, 3, 4, 5, 6]));
  });

  it('forks independent streams: a draw on one does not shift another', () => {
    const a = createRng(9);
    const b = createRng(9);
    a.fork('x').next();
    expect(a.fork('y').next()).toBe(b.fork('y').next());
    expect(a.fork('x').next()).not.toBe(a.fork('y').next());
  });

  it('picks by weight and shuffles into a permutation', () => {
    const rng = createRng(1);
    const picks = Array.from({ length: 1000 }, () =>
      rng.weighted([
        ['a', 9],
        ['b', 1],
      ] as const),
    );
    expect(picks.filter((p) => p === 'a').length).toBeGreaterThan(850);
    expect(rng.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
