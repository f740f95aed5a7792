/**
 * What the monthly monitoring sheet holds (the paper record Check & Connect mentors keep), per
 * mentor and mentee: the last three months' indicators, tier and reasons as the monthly
 * baselines of Risk history recorded them (never the sheet's computed cells), the sessions held
 * (date and type only: topics, follow-up and notes stay in their sheet), the next step for the
 * tier, and a WhatsApp link to the family. A mentee without recorded consent is shown by ID only.
 */
import { whatsappLink } from '../family/whatsapp';
import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/messages';
import { previousMonth } from '../metrics/month';
import { type ContactIntervals, intervalFor } from '../metrics/overdue';
import { menteesOf } from '../metrics/roster';
import { isHeld } from '../metrics/sessions';
import type { MentorRow, RiskHistoryRow, SessionRow, SessionType, Student } from '../schema/records';
import { SUMMARY_MESSAGES } from '../summary/messages';
import { mayName } from '../summary/roster';
import type { Tier } from '../summary/types';

export interface MonitoringInput {
  lang: Lang;
  school: string;
  /** 'YYYY-MM-DD': the day printed; its month is the last of the three. */
  today: string;
  intervals: ContactIntervals;
  mentors: MentorRow[];
  students: Student[];
  history: RiskHistoryRow[];
  sessions: SessionRow[];
}

/** A month's baseline values for one student; null when the month has no baseline for them. */
export interface MonthValues {
  month: string;
  values: Pick<
    RiskHistoryRow,
    'attendance' | 'unexcused' | 'incidents' | 'below_passing' | 'tier' | 'reasons'
  > | null;
}

export interface MenteeSheet {
  studentId: string;
  /** The name, or null when the student may not be named. */
  name: string | null;
  className: string | null;
  months: MonthValues[];
  sessions: Array<{ date: string; type: SessionType }>;
  /** The tier of the latest month with a baseline. */
  tier: Tier | null;
  nextStep: string;
  whatsapp: string | null;
}

export interface MentorSheet {
  mentorId: string;
  name: string;
  mentees: MenteeSheet[];
}

/**
 * The three months a sheet printed on `today` covers, oldest first.
 * @example monthsOf('2026-12-02') // ['2026-10', '2026-11', '2026-12']
 */
export function monthsOf(today: string): string[] {
  const last = today.slice(0, 7);
  const middle = previousMonth(last);
  return [previousMonth(middle), middle, last];
}

const asTier = (n: number | null | undefined): Tier | null => (n === 1 || n === 2 || n === 3 ? n : null);

/** Baseline rows by student and month (a manual snapshot never counts; of two baselines the later wins). */
function baselines(history: readonly RiskHistoryRow[]): Map<string, RiskHistoryRow> {
  const out = new Map<string, RiskHistoryRow>();
  for (const row of history) {
    if (row.kind === 'manual') continue;
    const key = `${row.student_id}\u0001${row.month}`;
    const before = out.get(key);
    if (!before || (row.taken_at ?? '') >= (before.taken_at ?? '')) out.set(key, row);
  }
  return out;
}

function menteeSheet(
  student: Student,
  mentor: MentorRow,
  input: MonitoringInput,
  rows: Map<string, RiskHistoryRow>,
): MenteeSheet {
  const named = mayName(student);
  const months = monthsOf(input.today).map((month): MonthValues => {
    const row = rows.get(`${student.student_id}\u0001${month}`);
    if (!row) return { month, values: null };
    const { attendance, unexcused, incidents, below_passing, tier, reasons } = row;
    return { month, values: { attendance, unexcused, incidents, below_passing, tier, reasons } };
  });
  const latest = [...months].reverse().find((m) => m.values !== null);
  const tier = asTier(latest?.values?.tier);
  const from = `${months[0]!.month}-01`;
  const sessions = input.sessions
    .filter(
      (s) => s.student_id === student.student_id && s.date >= from && s.date <= input.today && isHeld(s),
    )
    .map((s) => ({ date: s.date, type: s.type }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const guide = tier === null ? 'guide_unknown' : (`guide_${tier}` as const);
  const greeting = { mentor: mentor.name, school: input.school, student: student.name };
  return {
    studentId: student.student_id,
    name: named ? student.name : null,
    className: named ? student.class : null,
    months,
    sessions,
    tier,
    nextStep: translator(SUMMARY_MESSAGES, input.lang)(guide, { days: intervalFor(input.intervals, tier) }),
    whatsapp: named ? whatsappLink(student.guardian_phone, greeting, input.lang) : null,
  };
}

/** Named mentees by class, then name; those shown by ID only after them, by ID. */
function byClassAndName(a: MenteeSheet, b: MenteeSheet): number {
  const key = (m: MenteeSheet) =>
    [m.name === null ? 1 : 0, m.className ?? '', m.name ?? m.studentId] as const;
  const [ka, kb] = [key(a), key(b)];
  return ka[0] - kb[0] || ka[1].localeCompare(kb[1]) || ka[2].localeCompare(kb[2]);
}

/**
 * The sheets of the active mentors (or of those asked for) that have active mentees.
 * @example monitoringSheets(input, ['M01'])[0].mentees[0].months.map((m) => m.month) // ['2026-10', '2026-11', '2026-12']
 */
export function monitoringSheets(input: MonitoringInput, mentorIds?: readonly string[]): MentorSheet[] {
  const rows = baselines(input.history);
  const out: MentorSheet[] = [];
  for (const mentor of input.mentors) {
    if (mentor.active === false) continue;
    if (mentorIds && !mentorIds.includes(mentor.mentor_id)) continue;
    const mentees = menteesOf(input.students, mentor.mentor_id, input.today)
      .map((s) => menteeSheet(s, mentor, input, rows))
      .sort(byClassAndName);
    if (mentees.length) out.push({ mentorId: mentor.mentor_id, name: mentor.name, mentees });
  }
  return out;
}
