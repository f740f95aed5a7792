import { describe, expect, it } from 'vitest';
import { demoFacts } from '../../../local/demo/data/facts';
import { generateDemoSchool } from '../../../local/demo/data/school';

describe('the demo school has the promised size', () => {
  it('by default: 300 students, 15 mentors, a semester of records, and last year behind them', () => {
    const school = generateDemoSchool();
    const facts = demoFacts(school);
    const size = (table: keyof typeof school) => (school[table] as unknown[]).length;
    // The roster is this year's 300; last year's graduates and leavers stay on the Students sheet.
    expect(facts.roster).toBe(300);
    expect(size('students')).toBe(
      300 + facts.lastYear.graduated + facts.lastYear.droppedOut + facts.lastYear.transferred,
    );
    expect(size('mentors')).toBe(15);
    const thisYear = school.attendance.filter((r) => r.month >= '2026-07').length;
    expect(thisYear).toBeGreaterThanOrEqual(1200);
    expect(thisYear).toBeLessThanOrEqual(1500);
    // About 300 students a month for the twelve months of last year.
    expect(size('attendance') - thisYear).toBeGreaterThan(3000);
    expect(facts.history.months).toBe(16); // July 2025 to October 2026
    expect(facts.history.rows).toBeGreaterThan(16 * 280);
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
    // This year's roster alone: bench/evaluate.ts generates last year's history at scale.
    const school = generateDemoSchool({ students: 10_000, history: false });
    expect(demoFacts(school).roster).toBe(10_000);
    expect(school.history).toEqual([]);
    expect(new Set(school.students.map((s) => s.student_id)).size).toBe(school.students.length);
    const capacity = school.mentors.reduce((sum, m) => sum + (m.active ? m.capacity! : 0), 0);
    const mentored = school.students.filter((s) => s.mentor_id).length;
    expect(mentored).toBeLessThanOrEqual(capacity);
    expect(demoFacts(school).tiers[3]).toBeGreaterThan(500);
  });

  it.each([0, 1, 10, 50])('for a tiny school of %i students', (students) => {
    const school = generateDemoSchool({ students });
    const facts = demoFacts(school);
    expect(facts.roster).toBe(students);
    expect(facts.tiers[1] + facts.tiers[2] + facts.tiers[3]).toBe(facts.active);
  });
});
