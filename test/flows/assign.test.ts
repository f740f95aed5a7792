import { describe, expect, it } from 'vitest';
import type { AcceptResult, AssignmentView, Proposal } from '../../sidebar/contract';
import { columnLabel } from '../../src/core/schema/labels';
import { schoolWithMentors } from '../helpers/school';
import { sheetOf } from '../helpers/workbook';

function column(rt: ReturnType<typeof schoolWithMentors>['rt'], lang: 'id' | 'en', key: string) {
  const values = sheetOf(rt, 'students', lang).values();
  const id = values[0]!.indexOf(columnLabel('students', 'student_id', lang));
  const at = values[0]!.indexOf(columnLabel('students', key, lang));
  return Object.fromEntries(values.slice(1, 7).map((r) => [r[id], r[at]]));
}
const mentorIds = (rt: ReturnType<typeof schoolWithMentors>['rt'], lang: 'id' | 'en') =>
  column(rt, lang, 'mentor_id');
const pairsOf = (proposal: Proposal) =>
  proposal.pairs.map((p) => ({ studentId: p.student.id, mentorId: p.options[0]!.id }));

describe('mentor assignment (sidebar server functions, through the built add-on)', () => {
  it('lists unassigned Tier 2 and 3 students, highest tier and score first, and caseloads', () => {
    const { rt } = schoolWithMentors();
    const view = rt.callFromPage('getAssignmentView', []) as AssignmentView;
    expect(view.unassigned.map((s) => [s.name, s.tier])).toEqual([
      ['Eli', 3],
      ['Beni', 3],
      ['Dodi', 3],
      ['Cici', 2],
    ]);
    expect(view.unassigned.map((s) => s.score)).toEqual(
      [...view.unassigned.map((s) => s.score)].sort((a, b) => b - a),
    );
    expect(view.mentors.map((m) => [m.id, m.caseload, m.capacity, m.active])).toEqual([
      ['M01', 0, 2, true],
      ['M02', 0, 1, true],
      ['M03', 0, 1, false],
      ['M04', 0, 1, true],
    ]);
  });

  it('suggests an assignment for everyone it can place, with reasons, and writes nothing', () => {
    const { rt, lang } = schoolWithMentors();
    const { result: proposal, calls } = rt.measure(() => rt.callFromPage('suggestMentors', []) as Proposal);
    expect(proposal.pairs.map((p) => p.student.name).sort()).toEqual(['Beni', 'Dodi', 'Eli']);
    expect(new Set(proposal.pairs.map((p) => p.options[0]!.id))).toEqual(new Set(['M01', 'M04']));
    expect(proposal.unplaced).toEqual([
      {
        studentId: '0010000003',
        studentName: 'Cici',
        reason: 'Tempat yang tersisa sudah diberikan kepada siswa dengan prioritas lebih tinggi',
      },
    ]);
    // Each card shows the student's tier, score and risk reasons beside the mentors to choose from.
    for (const pair of proposal.pairs) {
      expect([2, 3]).toContain(pair.student.tier);
      expect(pair.student.reasons).not.toBe('');
      expect(pair.options.map((o) => o.id).sort()).toEqual(['M01', 'M04']);
    }
    // Bu Sari's strength (family/economic) sets her apart only for a student who needs it; nobody here does.
    for (const option of proposal.pairs.flatMap((p) => p.options)) expect(option.reasons).toEqual([]);
    expect(Object.keys(calls).filter((m) => /^Range\.set/.test(m))).toEqual([]);
    expect(Object.values(mentorIds(rt, lang)).every((m) => m === '')).toBe(true);
  });

  it('accepts all pairs in one write per column (mentor, start day), and the lists refresh', () => {
    const { rt, lang } = schoolWithMentors();
    const proposal = rt.callFromPage('suggestMentors', []) as Proposal;
    const pairs = pairsOf(proposal);
    const { result, calls } = rt.measure(() => rt.callFromPage('acceptMentors', [pairs]) as AcceptResult);
    expect(result.refused).toEqual([]);
    expect(calls['Range.setValues']).toBe(2);
    const written = mentorIds(rt, lang);
    for (const p of pairs) expect(written[p.studentId]).toBe(p.mentorId);
    expect(result.view.unassigned.map((s) => s.name)).toEqual(['Cici']);
    expect(result.view.mentors.find((m) => m.id === 'M01')!.caseload).toBe(2);
    expect(result.view.mentors.find((m) => m.id === 'M01')!.mentees).toHaveLength(2);
    // The mentoring starts today: the clock of "overdue" starts here.
    const since = column(rt, lang, 'mentor_since');
    for (const p of pairs) expect(since[p.studentId]).toEqual(new Date('2026-11-16T00:00:00+07:00'));
  });

  it('accepts one pair with another mentor, and refuses a pair a rule no longer allows', () => {
    const { rt, lang } = schoolWithMentors();
    const dodi = (rt.callFromPage('suggestMentors', []) as Proposal).pairs.find(
      (p) => p.student.name === 'Dodi',
    )!;
    const other = dodi.options[0]!.id === 'M01' ? 'M04' : 'M01';
    expect(dodi.options.map((a) => a.id)).toContain(other);
    expect(dodi.options.map((a) => a.id)).not.toContain('M02'); // grades 8–9 only
    expect(dodi.options.map((a) => a.id)).not.toContain('M03'); // inactive
    const first = rt.callFromPage('acceptMentors', [
      [{ studentId: dodi.student.id, mentorId: other }],
    ]) as AcceptResult;
    expect(first.refused).toEqual([]);
    expect(mentorIds(rt, lang)[dodi.student.id]).toBe(other);
    // M04 has room for one: a second student for it is refused, and nothing is written for them.
    const full = rt.callFromPage('acceptMentors', [
      [
        { studentId: '0010000002', mentorId: 'M04' },
        { studentId: '0010000005', mentorId: 'M04' },
      ],
    ]) as AcceptResult;
    const refusedIds = full.refused.map((r) => r.studentId);
    expect(refusedIds.length).toBeGreaterThanOrEqual(1);
    for (const id of refusedIds) expect(mentorIds(rt, lang)[id]).toBe('');
  });

  it('keeps existing assignments unless released, and releases one', () => {
    const { rt, lang } = schoolWithMentors();
    rt.callFromPage('acceptMentors', [[{ studentId: '0010000002', mentorId: 'M04' }]]);
    const proposal = rt.callFromPage('suggestMentors', []) as Proposal;
    expect(proposal.pairs.map((p) => p.student.id)).not.toContain('0010000002');
    expect(proposal.pairs.map((p) => p.options[0]!.id)).not.toContain('M04'); // full now
    expect(column(rt, lang, 'mentor_since')['0010000002']).not.toBe('');
    const view = rt.callFromPage('releaseStudents', [['0010000002']]) as AssignmentView;
    expect(mentorIds(rt, lang)['0010000002']).toBe('');
    expect(column(rt, lang, 'mentor_since')['0010000002']).toBe('');
    expect(view.unassigned.map((s) => s.id)).toContain('0010000002');
  });

  it('loses no student when the risk columns show an error: it computes risk from the data', () => {
    const { rt, lang } = schoolWithMentors();
    const before = rt.callFromPage('getAssignmentView', []) as AssignmentView;
    // A value typed into the risk_tier column blocks its formula's spill: the column shows #REF!.
    const students = sheetOf(rt, 'students', lang);
    const tierColumn = students.values()[0]!.indexOf(columnLabel('students', 'risk_tier', lang));
    const scoreColumn = students.values()[0]!.indexOf(columnLabel('students', 'risk_score', lang));
    const letter = (i: number) => String.fromCharCode(65 + i);
    students.setCell(`${letter(tierColumn)}9`, 'x');
    students.setCell(`${letter(scoreColumn)}9`, 'x');
    expect(students.values()[1]![tierColumn]).toBe('#REF!');
    const after = rt.callFromPage('getAssignmentView', []) as AssignmentView;
    expect(after.unassigned).toEqual(before.unassigned);
    expect((rt.callFromPage('suggestMentors', []) as Proposal).pairs).toHaveLength(3);
  });
});
