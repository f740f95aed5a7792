import { describe, expect, it } from 'vitest';
import { demoFacts } from '../../../local/demo/data/facts';
import { generateDemoSchool } from '../../../local/demo/data/school';

describe('the demo school has the promised size', () => {
  it('by default: 300 students, 15 mentors, a semester of records', () => {
    const school = generateDemoSchool();
    const size = (table: keyof typeof school) => (school[table] as unknown[]).length;
    expect(size('students')).toBe(300);
    expect(size('mentors')).toBe(15);
    expect(size('attendance')).toBeGreaterThanOrEqual(1200);
    expect(size('attendance')).toBeLessThanOrEqual(1500);
    expect(size('grades')).toBeGreaterThanOrEqual(400);
    expect(size('incidents')).toBeGreaterThanOrEqual(40);
    expect(size('assessments')).toBeGreaterThanOrEqual(80);
    expect(size('sessions')).toBeGreaterThanOrEqual(150);
    expect(school.school).toEqual({
      name: 'SMP Negeri 3 Kupang',
      city: 'Kupang',
      coordinatorEmails: ['kesiswaan@smpn3kupang-demo.sch.id', 'mariagoreti.bk@smpn3kupang-demo.sch.id'],
    });
  });

  it('in well under a second for 300 students', () => {
    generateDemoSchool({ seed: 99 }); // warm up
    const start = performance.now();
    demoFacts(generateDemoSchool({ seed: 100 }));
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('for 10,000 students, within the mentors’ capacity', () => {
    const school = generateDemoSchool({ students: 10_000 });
    expect(school.students).toHaveLength(10_000);
    expect(new Set(school.students.map((s) => s.student_id)).size).toBe(10_000);
    const capacity = school.mentors.reduce((sum, m) => sum + (m.active ? m.capacity! : 0), 0);
    const mentored = school.students.filter((s) => s.mentor_id).length;
    expect(mentored).toBeLessThanOrEqual(capacity);
    expect(demoFacts(school).tiers[3]).toBeGreaterThan(500);
  });

  it.each([0, 1, 10, 50])('for a tiny school of %i students', (students) => {
    const school = generateDemoSchool({ students });
    const facts = demoFacts(school);
    expect(school.students).toHaveLength(students);
    expect(facts.tiers[1] + facts.tiers[2] + facts.tiers[3]).toBe(facts.active);
  });
});
