/**
 * Last year's rows, as the school typed them in that year: monthly attendance recaps that
 * follow each student's course, incidents and both terms' grades (and, from last-year-care.ts,
 * intakes and sessions). Rows this year's generators already wrote (last spring's intakes, the
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
} from '../../../src/core/schema/records';
import { absenceRange, BLANK_ZERO_CLASS, schoolDaysBefore } from './attendance';
import { addDays, isoDay, MIDTERM_DAYS, randomSchoolDay, semesterOf, toSchoolDay } from './calendar';
import { belowPassingFor } from './grades';
import type { Course, PastYear } from './last-year';
import { pastIntakes, pastSessions } from './last-year-care';
import type { Rng } from './random';
import { INCIDENT_NOTES } from './texts';

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
    assessments: pastIntakes(rng.fork('assessments'), past, existing.assessments, mentors),
    sessions: pastSessions(rng.fork('sessions'), past),
  };
}
