import { describe, expect, it } from 'vitest';
import { greedyMatch } from '../../../src/core/matching/greedy';
import { matchMentors } from '../../../src/core/matching/match';
import type { BlockReason, Mentor, StudentToPlace } from '../../../src/core/matching/types';
import { maxPlaceable, mentor, options, randomInstance, student } from './fixtures';

const pairsOf = (result: ReturnType<typeof matchMentors>) =>
  result.suggestions.map(({ studentId, mentorId }) => `${studentId}→${mentorId}`);

describe('matchMentors: priority', () => {
  it('places Tier 3 before Tier 2, then the higher score, then the earlier student', () => {
    const students = [
      student({ id: 'a', tier: 2, score: 95 }),
      student({ id: 'b', tier: 3, score: 40 }),
      student({ id: 'c', tier: 3, score: 60 }),
      student({ id: 'd', tier: 3, score: 60 }),
    ];
    const result = matchMentors(students, [mentor({ id: 'm', capacity: 2 })], [], options());
    expect(pairsOf(result)).toEqual(['c→m', 'd→m']);
    expect(result.unplaced).toEqual([
      { studentId: 'b', blockedBy: { kind: 'capacity' } },
      { studentId: 'a', blockedBy: { kind: 'capacity' } },
    ]);
  });

  it('moves a higher-priority student to another mentor to make room, rather than leave someone out', () => {
    // a prefers m1 (strength), but b can only go to m1 (grade): both are placed.
    const mentors = [
      mentor({ id: 'm1', capacity: 1, grades: [7, 8], strengths: ['academic'] }),
      mentor({ id: 'm2', capacity: 1, grades: [8] }),
    ];
    const students = [
      student({ id: 'a', tier: 3, grade: 8, needs: ['academic'] }),
      student({ id: 'b', tier: 2, grade: 7 }),
    ];
    expect(pairsOf(matchMentors(students, mentors, [], options()))).toEqual(['a→m2', 'b→m1']);
  });

  it('optimises the whole set where first-come greedy would not', () => {
    // Greedy gives a its favourite (m1: strength and language, 5) and b nothing it needs (0);
    // a with m2 (strength, 3) and b with m1 (strength, 3) is worth more.
    const mentors = [
      mentor({ id: 'm1', capacity: 1, strengths: ['academic', 'family_economic'], languages: ['Jawa'] }),
      mentor({ id: 'm2', capacity: 1, strengths: ['academic'] }),
    ];
    const students = [
      student({ id: 'a', tier: 3, needs: ['academic'], languages: ['Jawa'] }),
      student({ id: 'b', tier: 2, needs: ['family_economic'] }),
    ];
    const noBalance = options({ weights: { strengths: 3, language: 2, continuity: 2, balance: 0 } });
    const result = matchMentors(students, mentors, [], noBalance);
    expect(pairsOf(result)).toEqual(['a→m2', 'b→m1']);
    expect(result.totalPreference).toBe(6);
    expect(greedyMatch(students, mentors, [], noBalance)).toEqual({
      pairs: [
        { studentId: 'a', mentorId: 'm1' },
        { studentId: 'b', mentorId: 'm2' },
      ],
      totalPreference: 5,
    });
  });
});

describe('matchMentors: preferences and reasons', () => {
  const existing = [
    { studentId: 'old1', mentorId: 'mClass', className: '8A', familyKey: null },
    { studentId: 'old2', mentorId: 'mSib', className: '9B', familyKey: '0812' },
  ];
  const mentors = [mentor({ id: 'mClass' }), mentor({ id: 'mSib' }), mentor({ id: 'mNone' })];

  it('prefers the mentor of a sibling over the mentor of a classmate', () => {
    const result = matchMentors(
      [student({ id: 's', className: '8A', familyKey: '0812' })],
      mentors,
      existing,
      options(),
    );
    expect(result.suggestions).toEqual([
      {
        studentId: 's',
        mentorId: 'mSib',
        reasons: [{ kind: 'sibling' }, { kind: 'balance', caseloadAfter: 1, capacity: 10 }],
      },
    ]);
  });

  it('prefers the mentor of a classmate when no sibling is mentored', () => {
    const result = matchMentors([student({ id: 's', className: '8A' })], mentors, existing, options());
    expect(result.suggestions[0]?.mentorId).toBe('mClass');
    expect(result.suggestions[0]?.reasons[0]).toEqual({ kind: 'classmate' });
  });

  it('prefers more needs met, then a shared language (any case), and names them', () => {
    const result = matchMentors(
      [student({ id: 's', needs: ['academic', 'social_emotional'], languages: ['Sunda', 'Jawa'] })],
      [
        mentor({ id: 'one', strengths: ['academic'], languages: ['jawa'] }),
        mentor({ id: 'two', strengths: ['social_emotional', 'academic'], languages: [' JAWA '] }),
      ],
      [],
      options(),
    );
    expect(result.suggestions[0]).toEqual({
      studentId: 's',
      mentorId: 'two',
      reasons: [
        { kind: 'strengths', needs: ['academic', 'social_emotional'] },
        { kind: 'language', language: 'Jawa' },
        { kind: 'balance', caseloadAfter: 1, capacity: 10 },
      ],
    });
  });

  it('gives no reason for a preference weighted 0', () => {
    const off = options({ weights: { strengths: 0, language: 0, continuity: 0, balance: 0 } });
    const result = matchMentors(
      [student({ id: 's', needs: ['academic'], languages: ['Jawa'], familyKey: '0812' })],
      [mentor({ id: 'mSib', strengths: ['academic'], languages: ['Jawa'] })],
      existing,
      off,
    );
    expect(result.suggestions).toEqual([{ studentId: 's', mentorId: 'mSib', reasons: [] }]);
    expect(result.totalPreference).toBe(0);
  });

  it('spreads load convexly, relative to capacity', () => {
    const students = Array.from({ length: 9 }, (_, i) => student({ id: `s${i}` }));
    const result = matchMentors(
      students,
      [mentor({ id: 'small', capacity: 5 }), mentor({ id: 'big', capacity: 10, caseload: 4 })],
      [],
      options(),
    );
    const to = (id: string) => result.suggestions.filter((x) => x.mentorId === id);
    // Each next mentee costs (2c + 1) / capacity: the nine cheapest steps leave small at 4 of 5
    // and big at 9 of 10, rather than filling either one first.
    expect([to('small').length, to('big').length]).toEqual([4, 5]);
    expect(to('small')[0]?.reasons).toEqual([{ kind: 'balance', caseloadAfter: 4, capacity: 5 }]);
    expect(to('big')[0]?.reasons).toEqual([{ kind: 'balance', caseloadAfter: 9, capacity: 10 }]);
    expect(result.totalPreference).toBeCloseTo(-(0.2 + 0.6 + 1 + 1.4) - (0.9 + 1.1 + 1.3 + 1.5 + 1.7), 9);
  });

  it('is deterministic and breaks exact ties by mentor order', () => {
    const twins = [mentor({ id: 'x' }), mentor({ id: 'y' })];
    const result = matchMentors([student({ id: 's' })], twins, [], options());
    expect(result.suggestions[0]?.mentorId).toBe('x');
    const instance = randomInstance(42, { students: 50, mentors: 6, maxCapacity: 8 });
    const run = () => matchMentors(instance.students, instance.mentors, instance.existing, instance.options);
    expect(run()).toEqual(run());
  });
});

describe('matchMentors: existing assignments', () => {
  it('counts the caseload against capacity and never suggests for an assigned student', () => {
    const mentors = [
      mentor({ id: 'm1', capacity: 3, caseload: 2 }),
      mentor({ id: 'm2', capacity: 3, caseload: 3 }),
    ];
    const existing = [{ studentId: 'old', mentorId: 'm2', className: '8A', familyKey: null }];
    const students = [student({ id: 'old', tier: 3 }), student({ id: 'a' }), student({ id: 'b' })];
    const result = matchMentors(students, mentors, existing, options());
    expect(pairsOf(result)).toEqual(['a→m1']);
    expect(result.unplaced).toEqual([
      { studentId: 'old', blockedBy: { kind: 'assigned', mentorId: 'm2' } },
      { studentId: 'b', blockedBy: { kind: 'capacity' } },
    ]);
  });
});

describe('matchMentors: why a student is not placed', () => {
  const gendered = options({ sameGender: true });
  const cases: [string, StudentToPlace, Mentor[], BlockReason, boolean?][] = [
    ['no mentors at all', student({ id: 's' }), [], { kind: 'no_active_mentor' }],
    [
      'only inactive mentors',
      student({ id: 's' }),
      [mentor({ id: 'm', active: false })],
      { kind: 'no_active_mentor' },
    ],
    [
      'grade not taught (an inactive mentor who would fit does not count)',
      student({ id: 's', grade: 8 }),
      [mentor({ id: 'm1', grades: [7, 9] }), mentor({ id: 'm2', active: false })],
      { kind: 'grade', grade: 8 },
    ],
    [
      'grade unknown and every mentor has a grade limit',
      student({ id: 's', grade: null }),
      [mentor({ id: 'm', grades: [7] })],
      { kind: 'grade', grade: null },
    ],
    [
      'no mentor of the same gender',
      student({ id: 's', gender: 'L' }),
      [mentor({ id: 'm1', gender: 'P' }), mentor({ id: 'm2', gender: null })],
      { kind: 'gender', gender: 'L' },
      true,
    ],
    [
      'gender unknown under the same-gender rule',
      student({ id: 's', gender: null }),
      [mentor({ id: 'm', gender: 'P' })],
      { kind: 'gender', gender: null },
      true,
    ],
    [
      'the rule that removes the last candidates (grade keeps m2, gender removes it)',
      student({ id: 's', grade: 8, gender: 'P' }),
      [mentor({ id: 'm1', grades: [7], gender: 'P' }), mentor({ id: 'm2', grades: [8], gender: 'L' })],
      { kind: 'gender', gender: 'P' },
      true,
    ],
    [
      'every suitable mentor full before this run',
      student({ id: 's' }),
      [mentor({ id: 'm1', capacity: 4, caseload: 4 }), mentor({ id: 'm2', grades: [7] })],
      { kind: 'full' },
    ],
  ];
  it.each(cases)('%s', (_, s, mentors, blockedBy, sameGender) => {
    const result = matchMentors([s], mentors, [], sameGender ? gendered : options());
    expect(result).toEqual({
      suggestions: [],
      unplaced: [{ studentId: 's', blockedBy }],
      totalPreference: 0,
    });
  });
});

describe('matchMentors at school scale', () => {
  it('places everyone it can for 400 students and 40 mentors of capacity 10', () => {
    const instance = randomInstance(2026, { students: 400, mentors: 40, maxCapacity: 10, grades: [7, 8, 9] });
    for (const m of instance.mentors) {
      m.capacity = 10;
      m.caseload = m.caseload % 3;
    }
    const { students, mentors, existing, options: o } = instance;
    const result = matchMentors(students, mentors, existing, o);
    expect(result.suggestions.length).toBe(maxPlaceable(instance));
    expect(result.suggestions.length + result.unplaced.length).toBe(400);
    expect(result.suggestions.length).toBeGreaterThan(200);
  });
});
