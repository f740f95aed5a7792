/**
 * The assignment flow against the in-memory store: risk computed from the data (never read from
 * the Students sheet's formula cells), the mentoring's start day, and reasons that discriminate.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type DemoSchool, generateDemoSchool } from '../../../local/demo/data';
import type { Student } from '../../../src/core/schema/records';
import { accept, assignmentView, release, suggest } from '../../../src/flows/assign';
import { assessStudents } from '../../../src/flows/snapshot';
import { demoStore } from './demo';

const TODAY = '2026-11-28';
let school: DemoSchool;
beforeAll(() => {
  school = generateDemoSchool({ students: 120 });
});

const studentRow = (store: ReturnType<typeof demoStore>, id: string) =>
  store.read<Student>('students').rows.find((r) => r.record.student_id === id)!;

describe('the sidebar computes risk from the data, whatever its formula cells show', () => {
  it.each(['#REF!', 'Loading...', '#ERROR!', '', 7])(
    'the same students wait when every risk cell shows %j',
    (shown) => {
      const store = demoStore(school);
      const before = assignmentView(store, TODAY);
      expect(before.unassigned.length).toBeGreaterThan(3);
      for (const { row } of store.read<Student>('students').rows)
        for (const key of ['risk_tier', 'risk_score', 'risk_reasons', 'below_passing'])
          store.setCell('students', row, key, shown);
      const after = assignmentView(store, TODAY);
      expect(after).toEqual(before);
      expect(suggest(store, TODAY)).toEqual(suggest(demoStore(school), TODAY));
    },
  );

  it('lists exactly the active Tier 2–3 students without a mentor, as computed from the tables', () => {
    const store = demoStore(school);
    const expected = assessStudents(store, TODAY)
      .filter((r) => (r.assessment.tier ?? 0) >= 2 && !r.student.mentor_id)
      .map((r) => r.student.student_id)
      .sort();
    expect(
      assignmentView(store, TODAY)
        .unassigned.map((s) => s.id)
        .sort(),
    ).toEqual(expected);
  });

  it('computes as of the Settings day the sheet counts back from', () => {
    const store = demoStore(school);
    const row = store.read<{ key: string }>('settings').rows.find((r) => r.record.key === 'as_of_date')!.row;
    const view = assignmentView(store, '2027-03-01');
    expect(assignmentView(store, TODAY)).toEqual(view); // as_of_date still says 28 November
    store.setCell('settings', row, 'value', '');
    expect(assignmentView(store, TODAY)).toEqual(view); // blank: today
  });
});

describe('accepting and releasing', () => {
  it('accepting writes the mentor and the day the mentoring starts; releasing clears both', () => {
    const store = demoStore(school);
    const proposal = suggest(store, TODAY);
    const pair = proposal.pairs[0]!;
    const result = accept(store, [{ studentId: pair.student.id, mentorId: pair.options[0]!.id }], TODAY);
    expect(result.refused).toEqual([]);
    expect(studentRow(store, pair.student.id).record).toMatchObject({
      mentor_id: pair.options[0]!.id,
      mentor_since: TODAY,
    });
    expect(result.view.unassigned.map((s) => s.id)).not.toContain(pair.student.id);
    const mentor = result.view.mentors.find((m) => m.id === pair.options[0]!.id)!;
    expect(mentor.mentees.map((m) => m.id)).toContain(pair.student.id);
    const view = release(store, [pair.student.id], '2026-12-03');
    expect(studentRow(store, pair.student.id).record).toMatchObject({ mentor_id: null, mentor_since: null });
    expect(view.unassigned.map((s) => s.id)).toContain(pair.student.id);
    expect(view.mentors.find((m) => m.id === mentor.id)!.caseload).toBe(mentor.caseload - 1);
  });

  it('writes only the mentor columns, never a computed one', () => {
    const store = demoStore(school);
    const pair = suggest(store, TODAY).pairs[0]!;
    accept(store, [{ studentId: pair.student.id, mentorId: pair.options[0]!.id }], TODAY);
    expect(store.writes).toEqual([{ key: 'students', op: 'update', rows: 1 }]);
  });

  it('refuses a student who no longer waits and a mentor who is unknown, writing nothing for them', () => {
    const store = demoStore(school);
    const assigned = school.students.find((s) => s.mentor_id && s.status === 'active')!;
    const waiting = assignmentView(store, TODAY).unassigned[0]!;
    const result = accept(
      store,
      [
        { studentId: assigned.student_id, mentorId: 'M01' },
        { studentId: waiting.id, mentorId: 'M99' },
      ],
      TODAY,
    );
    expect(result.refused.map((r) => r.studentId)).toEqual([assigned.student_id, waiting.id]);
    expect(store.writes).toEqual([]);
  });
});

describe('the proposal', () => {
  it('gives each card the student as the waiting list shows them, and the suggested mentor first', () => {
    const store = demoStore(school);
    const view = assignmentView(store, TODAY);
    const proposal = suggest(store, TODAY);
    expect(proposal.pairs.length).toBeGreaterThan(0);
    for (const pair of proposal.pairs) {
      expect(view.unassigned).toContainEqual(pair.student);
      expect(new Set(pair.options.map((o) => o.id)).size).toBe(pair.options.length);
    }
  });

  it('shows no reason that every option gives (the language every mentor speaks)', () => {
    const store = demoStore(school);
    for (const pair of suggest(store, TODAY).pairs) {
      const all = pair.options.map((o) => o.reasons);
      for (const reason of all[0]!)
        if (pair.options.length > 1)
          expect(
            all.every((r) => r.includes(reason)),
            reason,
          ).toBe(false);
      expect(all.flat().some((r) => /^Bahasanya sama: Indonesia$/.test(r))).toBe(false);
    }
  });

  it('says so when the rules allow one mentor only', () => {
    const store = demoStore(school);
    const single = suggest(store, TODAY).pairs.filter((p) => p.options.length === 1);
    for (const pair of single)
      expect(pair.options[0]!.reasons).toEqual(['Satu-satunya pendamping yang diizinkan aturan']);
  });
});
