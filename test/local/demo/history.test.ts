import { describe, expect, it } from 'vitest';
import { generateDemoSchool } from '../../../local/demo/data/school';
import { evaluateSchoolYear } from '../../../src/core/evaluation/evaluate';
import { assessRisk } from '../../../src/core/risk/assess';
import { attendanceRate } from '../../../src/core/risk/attendance';
import { RISK_INPUT_KEYS } from '../../../src/core/risk/model';
import { describeRisk } from '../../../src/core/risk/reasons';

const school = generateDemoSchool();
const evaluate = (year: number, s = school) =>
  evaluateSchoolYear({
    year,
    today: s.asOf,
    lang: 'id',
    students: s.students,
    history: s.history,
    sessions: s.sessions,
    attendance: s.attendance,
    settings: {},
  });
const lastYear = evaluate(2025);

describe('Risk history: the monthly baselines since last July', () => {
  it('holds one baseline a month from July 2025 to October 2026, one row per student, taken on the 1st at 07:00 WIB', () => {
    const months = [...new Set(school.history.map((r) => r.month))];
    expect(months[0]).toBe('2025-07');
    expect(months.at(-1)).toBe('2026-10'); // November's is the add-on's own, taken as the demo loads
    expect(months).toHaveLength(16);
    const keys = school.history.map((r) => `${r.month} ${r.student_id}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of school.history) {
      expect(r.kind).toBe('baseline');
      expect(r.taken_at).toBe(new Date(`${r.month}-01T07:00:00+07:00`).toISOString());
    }
  });

  it('gives each row the tier, score and reasons its eight indicator values give', () => {
    for (const r of school.history) {
      const assessment = assessRisk(Object.fromEntries(RISK_INPUT_KEYS.map((k) => [k, r[k]])));
      expect([r.tier, r.score, r.reasons]).toEqual([
        assessment.tier,
        assessment.score,
        describeRisk(assessment, 'id'),
      ]);
    }
  });

  it('has in each month exactly the students at school on its first day', () => {
    const byId = new Map(school.students.map((s) => [s.student_id, s]));
    for (const r of school.history) {
      const s = byId.get(r.student_id)!;
      if (s.status_date) expect(s.status_date > `${r.month}-01`, `${s.student_id} ${r.month}`).toBe(true);
    }
    const graduates = new Set(
      school.students.filter((s) => s.status === 'graduated').map((s) => s.student_id),
    );
    const june = school.history.filter((r) => r.month === '2026-06' && graduates.has(r.student_id));
    const july = school.history.filter((r) => r.month === '2026-07' && graduates.has(r.student_id));
    expect([june.length, july.length]).toEqual([graduates.size, 0]);
    // This year's grade 7 arrived in July 2026.
    const seventh = new Set(
      school.students.filter((s) => s.grade === 7 && s.status === 'active').map((s) => s.student_id),
    );
    expect(school.history.some((r) => r.month < '2026-07' && seventh.has(r.student_id))).toBe(false);
    expect(school.history.filter((r) => r.month === '2026-07' && seventh.has(r.student_id)).length).toBe(
      seventh.size,
    );
  });

  it('starts with little to say: in July 2025 nothing but age was on record yet', () => {
    const july = school.history.filter((r) => r.month === '2025-07');
    expect(july.every((r) => r.attendance === null && r.average === null && r.overage !== null)).toBe(true);
    const october = school.history.filter((r) => r.month === '2025-10');
    expect(october.filter((r) => r.attendance !== null).length / october.length).toBeGreaterThan(0.9);
    expect(october.filter((r) => r.average !== null).length / october.length).toBeGreaterThan(0.8);
  });
});

describe('last year’s leavers follow the courses schools see', () => {
  const dropouts = school.students.filter((s) => s.status === 'dropped_out' && s.status_date! < '2026-07-01');
  const rates = (id: string) =>
    school.attendance
      .filter((r) => r.student_id === id)
      .sort((a, b) => (a.month < b.month ? -1 : 1))
      .map((r) => attendanceRate(r)!);

  it('most lose attendance over the months before they go, and some had incidents first', () => {
    const fading = dropouts.filter((s) => {
      const r = rates(s.student_id);
      return r.length >= 4 && Math.max(...r.slice(-3, -1)) < Math.min(...r.slice(0, -4), 1);
    });
    expect(fading.length).toBeGreaterThanOrEqual(dropouts.length / 3);
    const incidents = new Set(school.incidents.map((i) => i.student_id));
    expect(dropouts.filter((s) => incidents.has(s.student_id)).length).toBeGreaterThanOrEqual(2);
  });

  it('some leave from a clean record or in the first weeks, which no flag could see', () => {
    expect(lastYear.flags.missed.length).toBeGreaterThanOrEqual(2);
    expect(lastYear.flags.missed.some((l) => l.tiers[0] === null)).toBe(true); // no snapshot before
    expect(lastYear.flags.missed.some((l) => l.tiers[0] === 1)).toBe(true); // flagged Tier 1 only
    expect(lastYear.flags.leavers.some((l) => l.status_date < '2025-08-01')).toBe(true); // the first month
  });
});

describe('the flags are not perfect, and the evaluation has something to say', () => {
  it.each([3, 1, 42])('seed %i: caught some leavers ahead, missed some, with many false alarms', (seed) => {
    const e = seed === 3 ? lastYear : evaluate(2025, generateDemoSchool({ seed }));
    expect(e.flags.recall1.value!).toBeGreaterThan(0);
    expect(e.flags.recall1.value!).toBeLessThan(1);
    expect(e.flags.recall3.value!).toBeLessThanOrEqual(e.flags.recall1.value!);
    expect(e.flags.precision.value!).toBeLessThan(0.5);
    expect(e.flags.alertLoadYear.value!).toBeGreaterThan(0.05);
    expect(e.flags.alertLoadYear.value!).toBeLessThan(0.5);
  });

  it('holds last year’s mentoring: reach, sessions, family contact, attendance before and after', () => {
    expect(lastYear.mentoring.reach.some((m) => (m.share.value ?? 0) > 0)).toBe(true);
    expect(lastYear.mentoring.dose.some((m) => m.tier3.mentees + m.tier2.mentees > 0)).toBe(true);
    expect(lastYear.mentoring.familyTotal + lastYear.mentoring.homeVisitTotal).toBeGreaterThan(0);
    expect(lastYear.attendance.n).toBeGreaterThanOrEqual(5);
  });

  it('lets this year be compared with the last', () => {
    const thisYear = evaluate(2026);
    expect(thisYear.dropout.previous?.enrolled).toBe(lastYear.dropout.year.enrolled);
    expect(thisYear.dropout.previousSameMonths?.months).toBe(5);
    expect(thisYear.flags.leavers.length).toBeGreaterThanOrEqual(3);
  });
});
