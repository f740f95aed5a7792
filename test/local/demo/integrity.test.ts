import { describe, expect, it } from 'vitest';
import { generateDemoSchool } from '../../../local/demo/data/school';

const school = generateDemoSchool();
const { students, mentors, asOf } = school;
const byId = new Map(students.map((s) => [s.student_id, s]));
const mentorById = new Map(mentors.map((m) => [m.mentor_id, m]));

describe('the demo school holds together', () => {
  it('has unique student and mentor IDs', () => {
    expect(byId.size).toBe(students.length);
    expect(mentorById.size).toBe(mentors.length);
  });

  it('names only students that exist, in every table', () => {
    for (const table of ['attendance', 'grades', 'incidents', 'assessments', 'sessions'] as const)
      for (const row of school[table])
        expect(byId.has(row.student_id), `${table} ${row.student_id}`).toBe(true);
  });

  it('names only mentors that exist, in sessions and on students', () => {
    for (const row of school.sessions) expect(mentorById.has(row.mentor_id)).toBe(true);
    for (const s of students) if (s.mentor_id) expect(mentorById.has(s.mentor_id)).toBe(true);
  });

  it('assigns within each mentor’s capacity and grades, and only to active mentors', () => {
    for (const m of mentors) {
      const mentees = students.filter((s) => s.mentor_id === m.mentor_id);
      expect(mentees.length, m.mentor_id).toBeLessThanOrEqual(m.capacity!);
      for (const s of mentees) expect(m.grades).toContain(s.grade);
      if (!m.active) expect(mentees).toEqual([]);
    }
  });

  it('keeps one recap per student and month, and one result per student and term', () => {
    const keys = (rows: { student_id: string }[], field: string) =>
      new Set(rows.map((r) => `${r.student_id} ${(r as unknown as Record<string, string>)[field]}`)).size;
    expect(keys(school.attendance, 'month')).toBe(school.attendance.length);
    expect(keys(school.grades, 'term')).toBe(school.grades.length);
  });

  it('dates nothing on or after asOf', () => {
    const days = [
      ...school.incidents.map((r) => r.date),
      ...school.assessments.map((r) => r.date),
      ...school.sessions.map((r) => r.date),
      ...students.flatMap((s) => (s.status_date ? [s.status_date] : [])),
    ];
    for (const day of days) expect(day < asOf, day).toBe(true);
    for (const r of school.attendance) expect(r.month <= asOf.slice(0, 7)).toBe(true);
  });

  it('keeps a student who left out of the records after leaving', () => {
    const left = students.filter((s) => s.status !== 'active');
    expect(left.length).toBeGreaterThan(0);
    for (const s of left) {
      const isLater = (day: string) => day >= s.status_date!;
      expect(
        school.attendance.filter(
          (r) => r.student_id === s.student_id && r.month > s.status_date!.slice(0, 7),
        ),
      ).toEqual([]);
      expect(school.sessions.filter((r) => r.student_id === s.student_id && isLater(r.date))).toEqual([]);
      expect(school.incidents.filter((r) => r.student_id === s.student_id && isLater(r.date))).toEqual([]);
    }
  });

  it('holds sessions only for students who have (or had) a mentor, after their intake', () => {
    const firstIntake = new Map<string, string>();
    for (const a of school.assessments)
      if (!firstIntake.has(a.student_id)) firstIntake.set(a.student_id, a.date);
    for (const r of school.sessions) {
      // Last school year's mentoring ended with it: those students need no mentor now.
      if (r.date >= '2026-07-01') expect(byId.get(r.student_id)!.mentor_id, r.student_id).not.toBeNull();
      const intake = firstIntake.get(r.student_id);
      if (intake) expect(intake <= r.date, `${r.student_id} ${intake} ${r.date}`).toBe(true);
    }
  });

  it('has siblings: one guardian name and phone for children in different grades', () => {
    const groups = new Map<string, typeof students>();
    for (const s of students.filter((x) => x.guardian_phone)) {
      const key = `${s.guardian_name}|${s.guardian_phone}`;
      groups.set(key, [...(groups.get(key) ?? []), s]);
    }
    const siblings = [...groups.values()].filter((g) => g.length > 1);
    expect(siblings.length).toBeGreaterThanOrEqual(3);
    for (const g of siblings) expect(new Set(g.map((s) => s.grade)).size).toBeGreaterThan(1);
  });
});
