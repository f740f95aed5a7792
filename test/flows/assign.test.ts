import { describe, expect, it } from 'vitest';
import type { AcceptResult, AssignmentView, Proposal } from '../../sidebar/contract';
import { columnLabel } from '../../src/core/schema/labels';
import { schoolWithMentors } from '../helpers/school';
import { sheetOf } from '../helpers/workbook';

function mentorIds(rt: ReturnType<typeof schoolWithMentors>['rt'], lang: 'id' | 'en') {
  const values = sheetOf(rt, 'students', lang).values();
  const id = values[0]!.indexOf(columnLabel('students', 'student_id', lang));
  const mentor = values[0]!.indexOf(columnLabel('students', 'mentor_id', lang));
  return Object.fromEntries(values.slice(1, 7).map((r) => [r[id], r[mentor]]));
}

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
    expect(proposal.pairs.map((p) => p.studentName).sort()).toEqual(['Beni', 'Dodi', 'Eli']);
    expect(new Set(proposal.pairs.map((p) => p.mentorId))).toEqual(new Set(['M01', 'M04']));
    expect(proposal.unplaced).toEqual([
      {
        studentId: '0010000003',
        studentName: 'Cici',
        reason: 'Tempat yang tersisa sudah diberikan kepada siswa dengan prioritas lebih tinggi',
      },
    ]);
    for (const pair of proposal.pairs) expect(pair.reasons.length).toBeGreaterThan(0);
    expect(Object.keys(calls).filter((m) => /^Range\.set/.test(m))).toEqual([]);
    expect(Object.values(mentorIds(rt, lang)).every((m) => m === '')).toBe(true);
  });

  it('accepts all pairs in one write, and the lists refresh', () => {
    const { rt, lang } = schoolWithMentors();
    const proposal = rt.callFromPage('suggestMentors', []) as Proposal;
    const pairs = proposal.pairs.map((p) => ({ studentId: p.studentId, mentorId: p.mentorId }));
    const { result, calls } = rt.measure(() => rt.callFromPage('acceptMentors', [pairs]) as AcceptResult);
    expect(result.refused).toEqual([]);
    expect(calls['Range.setValues']).toBe(1);
    const written = mentorIds(rt, lang);
    for (const p of pairs) expect(written[p.studentId]).toBe(p.mentorId);
    expect(result.view.unassigned.map((s) => s.name)).toEqual(['Cici']);
    expect(result.view.mentors.find((m) => m.id === 'M01')!.caseload).toBe(2);
    expect(result.view.mentors.find((m) => m.id === 'M01')!.mentees).toHaveLength(2);
  });

  it('accepts one pair with another mentor, and refuses a pair a rule no longer allows', () => {
    const { rt, lang } = schoolWithMentors();
    const dodi = (rt.callFromPage('suggestMentors', []) as Proposal).pairs.find(
      (p) => p.studentName === 'Dodi',
    )!;
    const other = dodi.mentorId === 'M01' ? 'M04' : 'M01';
    expect(dodi.alternatives.map((a) => a.id)).toContain(other);
    expect(dodi.alternatives.map((a) => a.id)).not.toContain('M02'); // grades 8–9 only
    expect(dodi.alternatives.map((a) => a.id)).not.toContain('M03'); // inactive
    const first = rt.callFromPage('acceptMentors', [
      [{ studentId: dodi.studentId, mentorId: other }],
    ]) as AcceptResult;
    expect(first.refused).toEqual([]);
    expect(mentorIds(rt, lang)[dodi.studentId]).toBe(other);
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
    expect(proposal.pairs.map((p) => p.studentId)).not.toContain('0010000002');
    expect(proposal.pairs.map((p) => p.mentorId)).not.toContain('M04'); // full now
    const view = rt.callFromPage('releaseStudents', [['0010000002']]) as AssignmentView;
    expect(mentorIds(rt, lang)['0010000002']).toBe('');
    expect(view.unassigned.map((s) => s.id)).toContain('0010000002');
  });
});
