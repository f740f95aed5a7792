import { describe, expect, it } from 'vitest';
import { demoFacts } from '../../../local/demo/data/facts';
import { generateDemoSchool } from '../../../local/demo/data/school';
import { attendanceRate } from '../../../src/core/risk/attendance';
import { INDICATOR_KEYS } from '../../../src/core/risk/model';
import { SESSION_TYPE } from '../../../src/core/schema/sheets';

const school = generateDemoSchool();
const facts = demoFacts(school);

describe('every case the add-on must show occurs (SPEC §3, §6)', () => {
  it('spreads the active students over the tiers: most 1, a fifth 2, a tenth 3', () => {
    const share = (tier: 1 | 2 | 3) => facts.tiers[tier] / facts.active;
    expect(share(1)).toBeGreaterThan(0.6);
    expect(share(2)).toBeGreaterThan(0.12);
    expect(share(3)).toBeGreaterThan(0.06);
    expect(share(3)).toBeLessThan(share(2));
  });

  it.each([1, 2, 42, 2026])(
    'raises every indicator at watch and high, and critical attendance (seed %i)',
    (seed) => {
      const { flags } = seed === 1 ? facts : demoFacts(generateDemoSchool({ seed }));
      for (const indicator of INDICATOR_KEYS) {
        expect(flags[indicator].watch, `${indicator} watch`).toBeGreaterThanOrEqual(3);
        expect(flags[indicator].high, `${indicator} high`).toBeGreaterThanOrEqual(3);
      }
      expect(flags.attendance.critical).toBeGreaterThanOrEqual(3);
    },
  );

  it('has students without attendance, grades, a previous term or an assessment', () => {
    expect(facts.unknown.attendance).toBeGreaterThanOrEqual(3);
    expect(facts.unknown.grades).toBeGreaterThanOrEqual(3);
    expect(facts.unknown.previousGrades).toBeGreaterThan(50); // grade 7 was in primary school
    expect(facts.unknown.assessment).toBeGreaterThan(facts.active / 2);
  });

  it('gives the mentor emails every case: worse, better, overdue, never met, PIP check, no consent', () => {
    const { mentees } = facts;
    expect(mentees.active).toBeGreaterThanOrEqual(20);
    expect(mentees.worse).toBeGreaterThanOrEqual(1);
    expect(mentees.better).toBeGreaterThanOrEqual(1);
    expect(mentees.noSessionIn30Days).toBeGreaterThanOrEqual(2);
    expect(mentees.checkPassed).toBeGreaterThanOrEqual(2);
    expect(mentees.neverMet).toBeGreaterThanOrEqual(1);
    expect(mentees.pipCheck).toBeGreaterThanOrEqual(2);
    expect(mentees.noConsent).toBeGreaterThanOrEqual(1);
    expect(facts.sessionsThisMonth).toBeGreaterThan(0);
  });

  it('gives the coordinator email its picture', () => {
    expect(facts.unassignedAtRisk).toBeGreaterThan(facts.mentees.active); // the sidebar has work
    expect(facts.tierChanges.worse).toBeGreaterThan(0);
    expect(facts.fullMentors).toBeGreaterThanOrEqual(1);
    expect(facts.inactiveMentors).toBe(1);
    expect(facts.droppedOut).toBeGreaterThanOrEqual(3);
    expect(facts.droppedOutThisMonth).toBeGreaterThanOrEqual(1);
    expect(facts.transferred).toBeGreaterThanOrEqual(2);
    // Nobody graduates mid-year; last year's grade 9 graduated in June and stay on the sheet.
    expect(facts.lastYear.graduated).toBeGreaterThan(80);
    expect(facts.lastYear.droppedOut).toBeGreaterThanOrEqual(4);
    expect(facts.lastYear.transferred).toBeGreaterThanOrEqual(2);
    for (const type of SESSION_TYPE) expect(facts.sessionsByType[type], type).toBeGreaterThan(0);
    expect(facts.suspensionsLast30Days).toBeGreaterThanOrEqual(3);
    expect(facts.incidentsLast30Days).toBeGreaterThan(facts.suspensionsLast30Days);
  });

  it('holds the edge cases: leading zeros, formula-like text, apostrophes, blank S/I/A, siblings, no consent', () => {
    expect(facts.leadingZeroIds).toBeGreaterThan(0);
    expect(facts.formulaLikeTexts).toBeGreaterThanOrEqual(3);
    expect(facts.apostropheNames).toBeGreaterThanOrEqual(2);
    expect(facts.blankRecaps).toBeGreaterThanOrEqual(1);
    expect(facts.siblingGroups).toBeGreaterThanOrEqual(3);
    expect(facts.noConsentAtRisk).toBeGreaterThanOrEqual(2);
    expect(facts.pipCheck).toBeGreaterThanOrEqual(facts.mentees.pipCheck);
  });

  it('marks every confidential note', () => {
    expect(facts.confidentialNotes).toBeGreaterThan(100);
    expect(facts.unmarkedNotes).toBe(0);
  });
});

describe('demoFacts counts what the records say', () => {
  it('critical attendance: the latest month’s rate below 80%', () => {
    const latest = new Map<string, (typeof school.attendance)[number]>();
    for (const r of school.attendance) latest.set(r.student_id, r);
    const active = new Set(school.students.filter((s) => s.status === 'active').map((s) => s.student_id));
    const critical = [...latest.values()].filter((r) => active.has(r.student_id) && attendanceRate(r)! < 0.8);
    expect(facts.flags.attendance.critical).toBe(critical.length);
  });

  it('suspensions in the 30 days before asOf', () => {
    const from = new Date(Date.parse(`${school.asOf}T00:00:00Z`) - 30 * 86400000).toISOString().slice(0, 10);
    const recent = school.incidents.filter((r) => r.kind === 'suspension' && r.date > from);
    expect(facts.suspensionsLast30Days).toBe(recent.length);
  });
});
