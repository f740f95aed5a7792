/**
 * summary.build.ms@5000: every email of a month for 5,000 students, 60,000 sessions and 300
 * mentors (pure work); monthly.calls@N: spreadsheet service calls of a monthly run, mail not
 * counted; forms.links.calls@300: the Forms calls that make the emails' pre-filled session links
 * (one toPrefilledUrl per link, about six calls a link).
 */
import { generateDemoSchool } from '../local/demo/data';
import { createDemoRuntime } from '../local/demo/school';
import type { SessionRow, Student } from '../src/core/schema/records';
import type { SummaryInput } from '../src/core/summary';
import { buildEmails } from '../src/flows/monthly-report';
import { medianMs, type Result } from './measure';
import { demo } from './workbook';

export function benchSummaryBuild(): Result[] {
  const school = generateDemoSchool({ students: 5000, history: false }); // this year's roster alone
  const mentors = Array.from({ length: 300 }, (_, i) => ({
    ...school.mentors[i % school.mentors.length]!,
    mentor_id: `M${String(i + 1).padStart(3, '0')}`,
    email: `mentor${i + 1}@sekolah.sch.id`,
    active: true,
  }));
  const students: Student[] = school.students.map((s, i) => ({
    ...s,
    mentor_id: i % 3 === 0 ? mentors[i % 300]!.mentor_id : null,
  }));
  const types = ['individual', 'counselling', 'group', 'family', 'home_visit'] as const;
  const sessions: SessionRow[] = Array.from({ length: 60_000 }, (_, i) => {
    const s = students[i % students.length]!;
    return {
      date: `2026-${String(7 + (i % 5)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`,
      student_id: s.student_id,
      mentor_id: s.mentor_id ?? 'M001',
      type: types[i % 5]!,
      minutes: 30,
      attended: i % 9 !== 0,
      topics: null,
      follow_up: null,
      next_check: i % 4 === 0 ? '2026-11-20' : null,
      notes: null,
    };
  });
  const risk = new Map(
    students.map((s, i) => [
      s.student_id,
      { tier: ((i % 3) + 1) as 1 | 2 | 3, score: (i * 7) % 100, reasons: 'Kehadiran 86% (< 90%)' },
    ]),
  );
  const previousRisk = new Map(
    students.map((s, i) => [s.student_id, { tier: (((i + 1) % 3) + 1) as 1 | 2 | 3, score: 50 }]),
  );
  const input: SummaryInput = {
    lang: 'id',
    school: school.school.name,
    month: '2026-11',
    asOf: '2026-11-30',
    intervals: { 3: 7, 2: 30, other: 30 },
    students,
    risk,
    previousRisk,
    baselines: {
      now: { month: '2026-12', takenOn: '2026-12-01' },
      previous: { month: '2026-11', takenOn: null },
    },
    sessions,
    needs: new Map(students.map((s, i) => [s.student_id, { economicHardship: i % 5 === 0 }])),
    mentors,
    attendanceTrend: [{ month: '2026-10', rate: 0.94 }],
    reviewOpen: 12,
  };
  return [
    {
      name: 'summary.build.ms@5000',
      value: medianMs(() => buildEmails(input, ['koordinator@sekolah.sch.id']), 3),
      unit: 'ms',
    },
  ];
}

const FORMS = /^(FormApp|Form|Item|ListItem|MultipleChoiceItem|FormResponse|ItemResponse)\./;

export function benchMonthlyCalls(): Result[] {
  return [100, 10_000].map((n) => {
    const rt = demo(n);
    rt.advanceTo('2026-12-01T06:00:00+07:00');
    const { calls } = rt.measure(() => rt.advanceTo('2026-12-01T08:00:00+07:00'));
    // Spreadsheet and script services only: mail is counted by the quota, and the Forms calls of
    // the session links (one per named mentee, not per row) by forms.links.calls@300.
    const spreadsheet = Object.entries(calls)
      .filter(([method]) => !method.startsWith('MailApp.') && !FORMS.test(method))
      .reduce((sum, [, count]) => sum + count, 0);
    return { name: `monthly.calls@${n}`, value: spreadsheet, unit: 'calls' as const };
  });
}

export function benchFormsCalls(): Result[] {
  const rt = createDemoRuntime({ students: 300, history: false });
  rt.call('createSessionForm');
  rt.advanceTo('2026-12-01T06:00:00+07:00');
  const { calls } = rt.measure(() => rt.advanceTo('2026-12-01T08:00:00+07:00'));
  const forms = Object.entries(calls)
    .filter(([method]) => FORMS.test(method))
    .reduce((sum, [, count]) => sum + count, 0);
  return [{ name: 'forms.links.calls@300', value: forms, unit: 'calls' }];
}
