import { describe, expect, it } from 'vitest';
import { generateDemoSchool } from '../../../local/demo/data/school';
import { termRank } from '../../../src/core/cells/terms';
import { overageYears } from '../../../src/core/risk/overage';
import { COMPUTED_STUDENT_COLUMNS, sheetDef } from '../../../src/core/schema/sheets';
import type { ColumnDef, SheetKey } from '../../../src/core/schema/types';

const school = generateDemoSchool();
const TABLES = [
  'students',
  'mentors',
  'attendance',
  'grades',
  'incidents',
  'assessments',
  'sessions',
] as const;

const isDay = (v: unknown) =>
  typeof v === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(v) &&
  new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
const inRange = (n: number, c: ColumnDef) => n >= (c.min ?? -Infinity) && n <= (c.max ?? Infinity);

// What a value of each column type must look like (null aside).
const VALID: Partial<Record<ColumnDef['type'], (v: unknown, c: ColumnDef) => boolean>> = {
  id: (v) => typeof v === 'string' && v.trim() === v && v !== '',
  text: (v) => typeof v === 'string' && v.trim() !== '',
  phone: (v) => typeof v === 'string' && /^(0|\+62)8\d{8,11}$/.test(v),
  email: (v) => typeof v === 'string' && /^[a-z.]+@smpn3kupang-demo\.sch\.id$/.test(v),
  int: (v, c) => Number.isInteger(v) && inRange(v as number, c),
  number: (v, c) => typeof v === 'number' && inRange(v, c),
  date: isDay,
  month: (v) => typeof v === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(v),
  term: (v) => typeof termRank(v) === 'number',
  bool: (v) => typeof v === 'boolean',
  enum: (v, c) => c.values!.includes(v as string),
  list: (v, c) =>
    Array.isArray(v) &&
    v.length > 0 &&
    v.every((x) => (c.values ? c.values.includes(x) : Number.isInteger(x) && inRange(x, c))),
};

describe('every value fits its column (src/core/schema/sheets.ts)', () => {
  it.each(TABLES)('%s', (table) => {
    const rows = school[table] as unknown as Record<string, unknown>[];
    const columns = sheetDef(table as SheetKey).columns.filter((c) => !c.computed);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(
        sheetDef(table)
          .columns.map((c) => c.key)
          .sort(),
      );
      for (const c of columns) {
        const value = row[c.key];
        if (value === null) expect(c.required, `${table}.${c.key} is required`).not.toBe(true);
        else expect(VALID[c.type]!(value, c), `${table}.${c.key}: ${JSON.stringify(value)}`).toBe(true);
      }
    }
  });

  it('leaves the computed student columns to the add-on', () => {
    for (const s of school.students)
      for (const c of COMPUTED_STUDENT_COLUMNS) expect(s[c.key as keyof typeof s]).toBeNull();
  });
});

describe('the students are plausible', () => {
  const { students } = school;
  const active = students.filter((s) => s.status === 'active');
  // This year's roster; the rest are last year's graduates and leavers, whose grade and class
  // are those of their last year here (2025/2026).
  const roster = students.filter((s) => s.status_date === null || s.status_date >= '2026-07-01');
  const former = students.filter((s) => !roster.includes(s));

  it('have 10-digit NISNs that start with the birth year, so all with a leading zero', () => {
    for (const s of students) {
      expect(s.student_id).toMatch(/^0\d{9}$/);
      expect(s.student_id.slice(1, 3)).toBe(s.birth_date!.slice(2, 4));
    }
  });

  it('are in classes 7A–9E that match their grade, boys and girls in balance', () => {
    for (const s of students) expect(s.class).toMatch(new RegExp(`^${s.grade}[A-E]$`));
    expect(new Set(students.map((s) => s.class)).size).toBe(15);
    expect(Math.abs(roster.filter((s) => s.gender === 'L').length - roster.length / 2)).toBeLessThanOrEqual(
      1,
    );
  });

  it('are mostly of the expected age, about one in ten a year over, a few two years', () => {
    const overage = [
      ...roster.map((s) => overageYears(s.grade!, s.birth_date!, school.asOf)),
      ...former.map((s) => overageYears(s.grade!, s.birth_date!, '2026-01-15')),
    ];
    const share = (years: number) => overage.filter((y) => y === years).length / students.length;
    expect(share(0)).toBeGreaterThan(0.8);
    expect(share(1)).toBeGreaterThan(0.06);
    expect(share(1)).toBeLessThan(0.16);
    expect(share(2)).toBeGreaterThan(0);
    expect(share(2)).toBeLessThan(0.05);
    expect(Math.max(...overage)).toBe(2);
  });

  it('are mostly active, a few dropped out this school year or transferred, none graduated', () => {
    expect(active.length / roster.length).toBeGreaterThan(0.95);
    for (const s of students) expect(s.status_date === null).toBe(s.status === 'active');
    for (const s of roster.filter((x) => x.status !== 'active'))
      expect(s.status_date! >= '2026-07-13').toBe(true);
    expect(roster.filter((s) => s.status === 'graduated')).toEqual([]);
  });

  it('were last year’s grade 9 who graduated on its last day, and students who left during it', () => {
    const graduates = former.filter((s) => s.status === 'graduated');
    expect(graduates.length / roster.length).toBeGreaterThan(0.3);
    for (const s of graduates) expect([s.grade, s.status_date]).toEqual([9, '2026-06-19']);
    const left = former.filter((s) => s.status !== 'graduated');
    expect(new Set(left.map((s) => s.status))).toEqual(new Set(['dropped_out', 'transferred']));
    for (const s of left) expect(s.status_date! >= '2025-07-14' && s.status_date! < '2026-06-19').toBe(true);
    for (const s of former) expect(s.mentor_id).toBeNull(); // their mentoring ended with the year
  });

  it('mostly have consent (about 8% not) and one in five holds PIP', () => {
    const share = (test: (s: (typeof students)[number]) => boolean) =>
      students.filter(test).length / students.length;
    expect(share((s) => s.consent === false)).toBeCloseTo(0.08, 1);
    expect(share((s) => s.pip === true)).toBeGreaterThan(0.12);
    expect(share((s) => s.pip === true)).toBeLessThan(0.3);
  });

  it('have names from several regions, some single, some with an apostrophe', () => {
    const names = students.map((s) => s.name);
    expect(names.some((n) => n.startsWith('I ') || n.startsWith('Ni '))).toBe(true); // Balinese
    expect(names.some((n) => /(Manafe|Tefa|Bana|Tanesib|Benu|Selan)$/.test(n))).toBe(true); // Timorese
    expect(names.some((n) => !n.includes(' '))).toBe(true);
    expect([...names, ...students.map((s) => s.guardian_name)].some((n) => n?.includes("'"))).toBe(true);
    expect(new Set(students.map((s) => s.languages)).size).toBeGreaterThan(8);
  });

  it('have guardians with Indonesian mobile numbers, some written +62', () => {
    const phones = students.map((s) => s.guardian_phone).filter((p) => p !== null);
    expect(phones.some((p) => p.startsWith('+62'))).toBe(true);
    expect(phones.filter((p) => p.startsWith('08')).length / phones.length).toBeGreaterThan(0.8);
  });
});

describe('the other tables are plausible', () => {
  it('has 15 mentors: 2–3 counsellors, a few volunteers, one inactive, capacities 8–25', () => {
    const { mentors } = school;
    const role = (r: string) => mentors.filter((m) => m.role === r).length;
    expect(mentors).toHaveLength(15);
    expect(role('counsellor')).toBeGreaterThanOrEqual(2);
    expect(role('counsellor')).toBeLessThanOrEqual(3);
    expect(role('volunteer')).toBeGreaterThanOrEqual(2);
    expect(mentors.filter((m) => !m.active)).toHaveLength(1);
    for (const m of mentors) expect(m.capacity! >= 8 && m.capacity! <= 25).toBe(true);
    expect(new Set(mentors.map((m) => m.gender))).toEqual(new Set(['L', 'P']));
  });

  it('recaps attendance that adds up: S + I + A never above the school days', () => {
    for (const r of school.attendance) {
      expect((r.sick ?? 0) + (r.excused ?? 0) + (r.unexcused ?? 0)).toBeLessThanOrEqual(r.school_days);
      expect(r.school_days).toBeGreaterThan(0);
    }
  });

  it('reports averages of 55–100 with more subjects below passing where the average is low', () => {
    for (const g of school.grades) {
      expect(g.average! >= 50 && g.average! <= 100).toBe(true);
      if (g.average! < 75) expect(g.below_passing).toBeGreaterThanOrEqual(1);
      if (g.average! >= 85) expect(g.below_passing).toBe(0);
    }
  });

  it('logs sessions of 15–90 minutes, mostly attended, none timed when missed', () => {
    const { sessions } = school;
    for (const r of sessions) {
      if (r.attended) expect(r.minutes! >= 15 && r.minutes! <= 90).toBe(true);
      else expect(r.minutes).toBeNull();
      if (r.next_check) expect(r.next_check > r.date).toBe(true);
    }
    expect(sessions.filter((r) => r.attended).length / sessions.length).toBeGreaterThan(0.8);
  });

  it('marks every confidential note RAHASIA-, each marker once', () => {
    const notes = [...school.assessments, ...school.sessions].map((r) => r.notes).filter((n) => n !== null);
    expect(notes.length).toBeGreaterThan(100);
    const markers = notes.map((n) => /RAHASIA-[AS]\d+/.exec(n)?.[0]);
    expect(markers.every((m) => m !== undefined)).toBe(true);
    expect(new Set(markers).size).toBe(notes.length);
    for (const r of school.incidents) expect(r.note ?? '').not.toMatch(/RAHASIA/);
  });
});
