/**
 * Last year's rows, as the school typed them in that year: monthly attendance recaps that
 * follow each student's course, incidents, both terms' grades, intake assessments, and the
 * mentors' sessions. Rows this year's generators already wrote (last spring's intakes, the
 * even term's grades of this year's students) are not written twice.
 */
import { dayNumber } from '../../../src/core/cells/dates';
import type {
  AssessmentRow,
  AttendanceRow,
  GradeRow,
  IncidentRow,
  MentorRow,
  SessionRow,
  SessionType,
} from '../../../src/core/schema/records';
import { noteFor, type Scores, scale, scoresFor } from './assessments';
import { absenceRange, BLANK_ZERO_CLASS, schoolDaysBefore } from './attendance';
import { addDays, isoDay, MIDTERM_DAYS, randomSchoolDay, semesterOf, toSchoolDay } from './calendar';
import { belowPassingFor } from './grades';
import type { Course, PastPupil, PastYear } from './last-year';
import type { Rng } from './random';
import { session } from './sessions';
import { ASPIRATIONS, INCIDENT_NOTES } from './texts';

export interface PastRecords {
  attendance: AttendanceRow[];
  incidents: IncidentRow[];
  grades: GradeRow[];
  assessments: AssessmentRow[];
  sessions: SessionRow[];
}

function attendance(rng: Rng, past: PastYear): AttendanceRow[] {
  const rows: AttendanceRow[] = [];
  for (const m of past.months) {
    for (const p of past.pupils) {
      const level = p.levels.get(m.month);
      const days = p.left && p.left <= m.last ? schoolDaysBefore(m, p.left) : m.schoolDays;
      if (level === undefined || days === 0) continue;
      const [low, high] = absenceRange(level, days);
      const absent = rng.int(low, high);
      const red = level === 'high' || level === 'critical';
      const wanted = red
        ? rng.int(p.course === 'fading' ? 3 : 1, Math.max(3, Math.ceil(absent / 2)))
        : rng.int(0, 1);
      const unexcused = Math.min(absent, level === 'ok' && rng.chance(0.85) ? 0 : wanted);
      const sick = rng.int(Math.ceil((absent - unexcused) / 3), absent - unexcused);
      const blank = `${p.grade}${p.student.class!.slice(1)}` === BLANK_ZERO_CLASS;
      const cell = (n: number) => (blank && n === 0 ? null : n);
      rows.push({
        student_id: p.student.student_id,
        month: m.month,
        school_days: days,
        sick: cell(sick),
        excused: cell(absent - unexcused - sick),
        unexcused: cell(unexcused),
      });
    }
  }
  return rows;
}

function incidents(rng: Rng, past: PastYear): IncidentRow[] {
  const start = past.months[0]!.first;
  const end = past.months[past.months.length - 1]!.last;
  const rows: IncidentRow[] = [];
  const minor = (): IncidentRow['kind'] => (rng.chance(0.7) ? 'referral' : 'other');
  for (const p of past.pupils) {
    const until = p.left ?? end;
    const add = (date: string, kind: IncidentRow['kind']) => {
      if (date < start || date >= until) return;
      rows.push({
        date,
        student_id: p.student.student_id,
        kind,
        note: rng.chance(0.9) ? rng.pick(INCIDENT_NOTES[kind]) : null,
      });
    };
    const before = (from: number, to: number) => toSchoolDay(addDays(until, -rng.int(from, to)), -1);
    const any = () => randomSchoolDay(rng, start, until);
    switch (p.course) {
      case 'fading':
        for (let i = rng.int(1, 2); i > 0; i--) add(before(3, 40), rng.chance(0.3) ? 'suspension' : minor());
        break;
      case 'slipping':
        add(before(10, 50), minor());
        break;
      case 'quiet':
        if (rng.chance(0.5)) add(before(10, 25), minor());
        break;
      case 'chronic':
        for (let i = rng.int(0, 2); i > 0; i--) add(any(), minor());
        break;
      case 'mild':
      case 'clean':
        if (rng.chance(p.course === 'mild' ? 0.25 : 0.05)) add(any(), minor());
        break;
    }
  }
  return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const AVERAGES: Record<Course, [number, number]> = {
  clean: [80.5, 93],
  mild: [74, 84],
  chronic: [66, 78],
  slipping: [72, 82],
  fading: [62, 74],
  sudden: [76, 88],
  quiet: [73, 80],
  early: [70, 85],
  moved: [76, 90],
};
const round1 = (n: number) => Math.round(Math.min(97, Math.max(50, n)) * 10) / 10;

function grades(rng: Rng, past: PastYear, existing: readonly GradeRow[]): GradeRow[] {
  const have = new Map(existing.map((g) => [`${g.student_id} ${g.term}`, g]));
  const terms = ([1, 2] as const).map((half) => {
    const { term, start } = semesterOf(past.year, half);
    return { term, from: isoDay(dayNumber(start) + MIDTERM_DAYS) };
  });
  const rows: GradeRow[] = [];
  for (const p of past.pupils) {
    if (!p.graded) continue;
    const id = p.student.student_id;
    const later = have.get(`${id} ${terms[1]!.term}`)?.average;
    const [low, high] = AVERAGES[p.course];
    const first =
      later === undefined || later === null
        ? rng.float(low, high)
        : round1(later + (p.course === 'slipping' ? rng.float(3, 7) : rng.float(-3, 4)));
    const second = round1(first + (p.course === 'fading' ? -rng.float(4, 10) : rng.float(-3, 3)));
    [first, second].forEach((average, i) => {
      const { term, from } = terms[i]!;
      if ((p.left !== null && p.left <= from) || have.has(`${id} ${term}`)) return;
      rows.push({ student_id: id, term, average, below_passing: belowPassingFor(rng, average) });
    });
  }
  return rows;
}

const INTAKE: Partial<Record<Course, { chance: number; needs: ReadonlyArray<readonly [number, number]> }>> = {
  fading: {
    chance: 0.8,
    needs: [
      [1, 40],
      [2, 45],
      [3, 15],
    ],
  },
  chronic: {
    chance: 0.7,
    needs: [
      [0, 10],
      [1, 50],
      [2, 40],
    ],
  },
  quiet: { chance: 0.6, needs: [[1, 1]] },
  mild: {
    chance: 0.3,
    needs: [
      [0, 1],
      [1, 1],
    ],
  },
  sudden: {
    chance: 0.2,
    needs: [
      [0, 3],
      [1, 2],
    ],
  },
};

function assessments(
  rng: Rng,
  past: PastYear,
  existing: readonly AssessmentRow[],
  mentors: readonly MentorRow[],
) {
  const assessors = mentors.filter((m) => m.active && m.role !== 'volunteer').map((m) => m.name);
  const earliest = new Map<string, AssessmentRow>();
  for (const a of existing)
    if ((earliest.get(a.student_id)?.date ?? '9999') > a.date) earliest.set(a.student_id, a);
  const start = past.months[0]!.first;
  const rows: AssessmentRow[] = [];
  const intake = (p: PastPupil, date: string, scores: Scores) =>
    rows.push({
      date,
      student_id: p.student.student_id,
      assessor: rng.pick(assessors),
      ...scores,
      motivation: scale(rng, true),
      wellbeing: scale(rng, true),
      aspirations: rng.chance(0.9) ? rng.pick(ASPIRATIONS) : null,
      notes: noteFor(rng, scores),
    });
  for (const p of past.pupils) {
    const first = p.mentoring?.from;
    const known = earliest.get(p.student.student_id);
    if (!p.former) {
      // A mentee of last year was assessed before their first session.
      if (first && known && known.date > first) {
        const scores = {
          social_pressure: known.social_pressure ?? 0,
          economic_hardship: known.economic_hardship ?? 0,
          low_home_support: known.low_home_support ?? 0,
        };
        intake(p, randomSchoolDay(rng, addDays(first, -20), addDays(first, -3)), scores);
      }
      continue;
    }
    const plan = INTAKE[p.course];
    if (!plan || !rng.chance(plan.chance)) continue;
    const limits = [addDays(start, 80), p.left && addDays(p.left, -10), first && addDays(first, -3)].filter(
      Boolean,
    ) as string[];
    const to = limits.sort()[0]!;
    if (to <= addDays(start, 5)) continue;
    intake(p, randomSchoolDay(rng, addDays(start, 5), to), scoresFor(rng, rng.weighted(plan.needs)));
  }
  return rows;
}

const PACE: Partial<Record<Course, [number, number]>> = {
  fading: [6, 10],
  slipping: [6, 10],
  chronic: [9, 18],
  mild: [14, 25],
};

function sessions(rng: Rng, past: PastYear): SessionRow[] {
  const yearEnd = past.months[past.months.length - 1]!.last;
  const rows: SessionRow[] = [];
  for (const p of past.pupils) {
    if (!p.mentoring) continue;
    const { mentor, from } = p.mentoring;
    const pace = PACE[p.course] ?? [14, 25];
    const end = toSchoolDay(addDays(p.left ?? yearEnd, -rng.int(2, 8)), -1);
    const dates: string[] = [];
    for (let d = from; d <= end || dates.length === 0; d = toSchoolDay(addDays(d, rng.int(...pace)), 1))
      dates.push(d);
    const intensive = p.course !== 'mild';
    dates.forEach((date, i) => {
      let type: SessionType = mentor.role === 'counsellor' ? 'counselling' : 'individual';
      if (intensive && dates.length >= 4 && i === Math.floor(dates.length / 2)) type = 'home_visit';
      else if (intensive && dates.length >= 4 && i === 1 && rng.chance(0.6)) type = 'family';
      else if (i > 0 && mentor.role !== 'counsellor' && rng.chance(0.05)) type = 'family';
      const row = session(rng, date, p.student.student_id, mentor, type, i === 0);
      const next = dates[i + 1];
      row.next_check = next ? toSchoolDay(addDays(date, pace[1]), 1) : null;
      rows.push(row);
    });
  }
  return rows;
}

/** Every row of last year, given this year's grades and assessments (so none is written twice). */
export function pastRecords(
  rng: Rng,
  past: PastYear,
  existing: { grades: readonly GradeRow[]; assessments: readonly AssessmentRow[] },
  mentors: readonly MentorRow[],
): PastRecords {
  return {
    attendance: attendance(rng.fork('attendance'), past),
    incidents: incidents(rng.fork('incidents'), past),
    grades: grades(rng.fork('grades'), past, existing.grades),
    assessments: assessments(rng.fork('assessments'), past, existing.assessments, mentors),
    sessions: sessions(rng.fork('sessions'), past),
  };
}
