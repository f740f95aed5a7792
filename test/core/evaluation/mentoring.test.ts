import { describe, expect, it } from 'vitest';
import { attendanceSection, monthlyRates } from '../../../src/core/evaluation/attendance';
import { baselinesOf } from '../../../src/core/evaluation/baselines';
import { CONTACT_TARGET, mentoredFrom, mentoringSection } from '../../../src/core/evaluation/mentoring';
import {
  ATTENDANCE,
  baseline,
  HISTORY,
  recap,
  SESSIONS,
  STUDENTS,
  session,
  student,
  TODAY,
  YEAR,
} from './fixtures';

// Computed inside each test: a mutant that throws must fail a test, not the file's collection.
const section = () => mentoringSection(YEAR, STUDENTS, SESSIONS, baselinesOf(HISTORY), TODAY);
const reachOf = (month: string) => section().reach.find((r) => r.month === month)!.share;
const doseOf = (month: string) => section().dose.find((d) => d.month === month)!;

describe('mentoredFrom', () => {
  it('starts at the assignment or the first session of the year, whichever comes first', () => {
    const from = mentoredFrom(YEAR, STUDENTS, SESSIONS);
    expect(from.get('S6')).toBe('2025-09-15'); // assigned 15 September, first session the 20th
    expect(from.get('S2')).toBe('2026-01-08'); // no "mentor since": the first session
    expect(from.has('S1')).toBe(false); // a session of last school year does not count
  });

  it('takes a session before the assignment date as the start, and one on 1 July as in the year', () => {
    const students = [student({ student_id: 'E', mentor_id: 'M1', mentor_since: '2025-10-01' })];
    expect(mentoredFrom(YEAR, students, [session('E', '2025-09-20')]).get('E')).toBe('2025-09-20');
    expect(mentoredFrom(YEAR, [], [session('F', '2025-07-01')]).get('F')).toBe('2025-07-01');
  });

  it('ignores a "mentor since" without a mentor (released) and sessions after the year', () => {
    const students = [student({ student_id: 'R', mentor_since: '2025-08-01' })];
    expect(mentoredFrom(YEAR, students, [session('R', '2026-07-01')]).has('R')).toBe(false);
    expect(mentoredFrom(YEAR, students, [session('R', '2026-06-30')]).get('R')).toBe('2026-06-30');
  });
});

describe('reach: Tier 2–3 students with a mentor by the month’s end', () => {
  it('counts a student assigned on the month’s last day as reached that month', () => {
    const rows = baselinesOf([baseline('T', '2025-10', 2), baseline('T', '2025-11', 2)]);
    const students = [student({ student_id: 'T', mentor_id: 'M', mentor_since: '2025-10-31' })];
    const reach = mentoringSection(YEAR, students, [], rows, TODAY).reach;
    expect(reach.map((r) => r.share.part)).toEqual([1, 1]);
    const later = [student({ student_id: 'T', mentor_id: 'M', mentor_since: '2025-11-01' })];
    expect(mentoringSection(YEAR, later, [], rows, TODAY).reach.map((r) => r.share.part)).toEqual([0, 1]);
  });

  it('follows the hand count month by month', () => {
    expect(reachOf('2025-07')).toEqual({ value: null, part: 0, n: 0 });
    expect(reachOf('2025-08')).toEqual({ value: 0, part: 0, n: 2 }); // S4, S5: no mentor
    expect(reachOf('2025-09')).toEqual({ value: 0.5, part: 1, n: 2 }); // S6 assigned on the 15th
    expect(reachOf('2025-12')).toEqual({ value: 0.5, part: 1, n: 2 }); // S2 first met in January
    expect(reachOf('2026-01')).toEqual({ value: 1, part: 2, n: 2 });
    expect(reachOf('2026-06')).toEqual({ value: 1, part: 1, n: 1 });
    expect(section().reach).toHaveLength(12);
  });
});

describe('dose: sessions per mentee against the tier’s contact target', () => {
  it('targets weekly contact for Tier 3 (4 a month) and monthly for Tier 2', () => {
    expect(CONTACT_TARGET).toEqual({ 3: 4, 2: 1 });
  });

  it('counts sessions held, not those marked absent: S2 in February had 3 of 4', () => {
    expect(doseOf('2026-02').tier3).toEqual({
      mentees: 1,
      sessions: 3,
      perMentee: 3,
      metTarget: { value: 0, part: 0, n: 1 },
    });
    expect(doseOf('2026-02').tier2).toEqual({
      mentees: 1,
      sessions: 1,
      perMentee: 1,
      metTarget: { value: 1, part: 1, n: 1 },
    });
  });

  it('in January: S2 (1 session) and S6 (none) at Tier 2; nobody mentored at Tier 3', () => {
    expect(doseOf('2026-01').tier2).toEqual({
      mentees: 2,
      sessions: 1,
      perMentee: 0.5,
      metTarget: { value: 0.5, part: 1, n: 2 },
    });
    expect(doseOf('2026-01').tier3).toEqual({
      mentees: 0,
      sessions: 0,
      perMentee: null,
      metTarget: { value: null, part: 0, n: 0 },
    });
  });

  it('leaves students without a mentor out: S4 and S5 in August', () => {
    expect(doseOf('2025-08').tier2.mentees).toBe(0);
    const rows = baselinesOf([baseline('U', '2025-10', 3), baseline('M', '2025-10', 3)]);
    const students = [
      student({ student_id: 'U' }),
      student({ student_id: 'M', mentor_id: 'M1', mentor_since: '2025-09-01' }),
    ];
    expect(mentoringSection(YEAR, students, [], rows, TODAY).dose[0]!.tier3.mentees).toBe(1);
  });

  it('counts a Tier 3 mentee who met weekly as on target', () => {
    const rows = baselinesOf([baseline('T', '2025-10', 3)]);
    const students = [student({ student_id: 'T', mentor_id: 'M', mentor_since: '2025-09-01' })];
    const weekly = ['2025-10-02', '2025-10-09', '2025-10-16', '2025-10-23'].map((d) => session('T', d));
    const dose = mentoringSection(YEAR, students, weekly, rows, TODAY).dose[0]!.tier3;
    expect(dose.metTarget).toEqual({ value: 1, part: 1, n: 1 });
    const three = mentoringSection(YEAR, students, weekly.slice(1), rows, TODAY).dose[0]!.tier3;
    expect(three.metTarget.part).toBe(0);
  });
});

describe('family sessions and home visits', () => {
  it('are counted by month, held ones only, with the students who had one', () => {
    expect(section().family.find((m) => m.month === '2026-02')).toEqual({
      month: '2026-02',
      family: 1,
      homeVisits: 1,
    });
    expect(section().family.filter((m) => m.family + m.homeVisits > 0)).toHaveLength(1);
    expect([section().familyTotal, section().homeVisitTotal, section().familyStudents]).toEqual([1, 1, 1]);
    const missed = [session('S2', '2026-03-02', { type: 'home_visit', attended: false })];
    const none = mentoringSection(YEAR, STUDENTS, missed, baselinesOf([]), TODAY);
    expect([none.homeVisitTotal, none.familyStudents]).toEqual([0, 0]);
  });

  it('count each student who had either kind, and sessions on the year’s first and last days counted', () => {
    const sessions = [
      session('A', '2025-07-01', { type: 'family' }),
      session('B', '2025-08-05', { type: 'home_visit' }),
      session('C', '2025-06-30', { type: 'family' }),
      session('D', '2025-09-10', { type: 'home_visit' }),
    ];
    const to = mentoringSection(YEAR, STUDENTS, sessions, baselinesOf([]), '2025-09-10');
    expect([to.familyTotal, to.homeVisitTotal, to.familyStudents]).toEqual([1, 2, 3]);
    const before = mentoringSection(YEAR, STUDENTS, sessions, baselinesOf([]), '2025-09-09');
    expect([before.homeVisitTotal, before.familyStudents]).toEqual([1, 2]);
  });

  it('list the months of the year up to the day', () => {
    const early = mentoringSection(YEAR, STUDENTS, SESSIONS, baselinesOf(HISTORY), '2025-09-10');
    expect(early.family.map((m) => m.month)).toEqual(['2025-07', '2025-08', '2025-09']);
    expect(early.reach.map((m) => m.month)).toEqual(['2025-07', '2025-08', '2025-09']);
  });
});

describe('attendance before and after the first session', () => {
  it('S6 (first met in September): 85% in July–August, 97.5% in October–November; S2: 90% then 50%', () => {
    const a = attendanceSection(YEAR, SESSIONS, ATTENDANCE, TODAY);
    expect([a.firstSessions, a.n]).toEqual([2, 2]);
    expect(a.before).toBeCloseTo(0.875, 9);
    expect(a.after).toBeCloseTo(0.7375, 9);
    expect(a.change).toBeCloseTo(-0.1375, 9);
  });

  it('leaves out a student without recaps on both sides, and one first met in an earlier year', () => {
    const a = attendanceSection(YEAR, [...SESSIONS, session('N', '2025-10-01')], ATTENDANCE, TODAY);
    expect([a.firstSessions, a.n]).toEqual([3, 2]);
    const onlyBefore = attendanceSection(
      YEAR,
      [session('S2', '2026-01-08')],
      [recap('S2', '2025-11', 20, 2)],
      TODAY,
    );
    expect(onlyBefore).toEqual({ firstSessions: 1, n: 0, before: null, after: null, change: null });
  });

  it('takes the first session held: one marked absent does not start the count', () => {
    const sessions = [session('S6', '2025-08-05', { attended: false }), ...SESSIONS];
    expect(attendanceSection(YEAR, sessions, ATTENDANCE, TODAY).before).toBeCloseTo(0.875, 9);
    const held = [session('S6', '2025-08-05'), ...SESSIONS];
    // S6 now first met in August: before is July only (90%), after October only (95%).
    const moved = attendanceSection(YEAR, held, ATTENDANCE, TODAY);
    expect(moved.n).toBe(2);
    expect(moved.before).toBeCloseTo((0.9 + 0.9) / 2, 9);
    expect(moved.after).toBeCloseTo((0.95 + 0.5) / 2, 9);
  });

  it('takes the earliest session wherever it stands in the sheet, and one on 1 July as in the year', () => {
    const unsorted = [session('S6', '2025-10-15'), session('S6', '2025-09-20')];
    const a = attendanceSection(YEAR, unsorted, ATTENDANCE, TODAY);
    expect(a.before).toBeCloseTo(0.85, 9); // first met in September: July and August before
    const july = attendanceSection(
      YEAR,
      [session('J', '2025-07-01')],
      [recap('J', '2025-05', 20, 0), recap('J', '2025-08', 20, 2)],
      TODAY,
    );
    expect(july).toMatchObject({ firstSessions: 1, n: 1, before: 1, after: 0.9 });
    expect(july.change).toBeCloseTo(-0.1, 9);
  });

  it('averages the months on each side, and the students', () => {
    const recaps = [
      recap('K', '2025-08', 20, 0),
      recap('K', '2025-09', 20, 4),
      recap('K', '2025-11', 20, 2),
      recap('K', '2025-12', 10, 1),
    ];
    const one = attendanceSection(YEAR, [session('K', '2025-10-02')], recaps, TODAY);
    expect([one.before, one.after]).toEqual([0.9, 0.9]);
  });

  it('counts first sessions up to the day only', () => {
    expect(attendanceSection(YEAR, SESSIONS, ATTENDANCE, '2025-12-31').firstSessions).toBe(1);
  });

  it('reads each month’s recap, a correction over the first', () => {
    const rates = monthlyRates([
      recap('A', '2025-09', 20, 2),
      recap('A', '2025-09', 20, 0),
      recap('A', '2025-10', 0, 0),
    ]);
    expect(rates.get('A')?.get('2025-09')).toBe(1);
    expect(rates.get('A')?.get('2025-10')).toBeNull();
  });
});
