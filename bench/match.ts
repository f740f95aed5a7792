/** match.ms@400x40: the optimal matcher on 400 at-risk students and 40 mentors of capacity 10. */
import { matchMentors } from '../src/core/matching/match';
import { DEFAULT_MATCH_OPTIONS } from '../src/core/matching/settings';
import type { Mentor, Need, StudentToPlace } from '../src/core/matching/types';
import { medianMs, type Result } from './measure';

const NEEDS: Need[] = ['academic', 'social_emotional', 'family_economic'];

export function benchMatch(): Result[] {
  const mentors: Mentor[] = Array.from({ length: 40 }, (_, i) => ({
    id: `M${i}`,
    name: `Mentor ${i}`,
    active: true,
    capacity: 10,
    caseload: i % 4,
    grades: i % 3 === 0 ? [] : [7 + (i % 3)],
    gender: i % 2 ? 'L' : 'P',
    strengths: [NEEDS[i % 3]!],
    languages: i % 5 === 0 ? ['indonesia', 'jawa'] : ['indonesia'],
  }));
  const students: StudentToPlace[] = Array.from({ length: 400 }, (_, i) => ({
    id: `S${i}`,
    name: `Student ${i}`,
    grade: 7 + (i % 3),
    gender: i % 2 ? 'P' : 'L',
    tier: i % 4 === 0 ? 3 : 2,
    score: 34 + ((i * 7) % 66),
    needs: NEEDS.filter((_, k) => (i + k) % 3 === 0),
    languages: i % 7 === 0 ? ['jawa'] : ['indonesia'],
    className: `${7 + (i % 3)}${'ABCDE'[i % 5]}`,
    familyKey: i % 50 === 0 ? 'family' : null,
  }));
  return [
    {
      name: 'match.ms@400x40',
      value: medianMs(() => matchMentors(students, mentors, [], DEFAULT_MATCH_OPTIONS), 7),
      unit: 'ms',
    },
  ];
}
