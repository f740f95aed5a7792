/**
 * The Sessions sheet: each mentorship's sessions from its start, at a pace that follows the
 * tier (weekly for Tier 3, about monthly for Tier 2), ending as its rhythm says (see Rhythm).
 * Tier 3 mentees also get a home visit, a family meeting and a counselling referral; mentors
 * hold group sessions; the teacher now on leave held the first sessions of some mentees. Every
 * note carries a 'RAHASIA-S…' marker.
 */
import { dayNumber } from '../../../src/core/cells/dates';
import type { MentorRow, SessionRow, SessionType } from '../../../src/core/schema/records';
import type { Mentorship } from './assign';
import { addDays, type DemoCalendar, isoDay, randomSchoolDay, toSchoolDay } from './calendar';
import type { Rng } from './random';
import { FIRST_TOPIC, FOLLOW_UPS, SESSION_NOTES, TOPICS } from './texts';

const MINUTES: Record<SessionType, readonly number[]> = {
  individual: [15, 20, 30, 30, 40, 45],
  counselling: [30, 45, 45, 60],
  group: [60, 75, 90],
  family: [45, 60, 90],
  home_visit: [60, 75, 90],
};

/** One session as a mentor logs it: family contacts always happen, a student misses one in ten. */
export function session(
  rng: Rng,
  date: string,
  studentId: string,
  mentor: MentorRow,
  type: SessionType,
  first = false,
): SessionRow {
  const attended = type === 'family' || type === 'home_visit' || rng.chance(0.9);
  return {
    date,
    student_id: studentId,
    mentor_id: mentor.mentor_id,
    type,
    minutes: attended ? rng.pick(MINUTES[type]) : null,
    attended,
    topics: attended ? (first ? FIRST_TOPIC : rng.pick(TOPICS[type])) : 'Siswa tidak hadir',
    follow_up: attended ? (rng.chance(0.85) ? rng.pick(FOLLOW_UPS) : null) : 'Jadwalkan ulang',
    next_check: null,
    notes: attended && rng.chance(0.8) ? rng.pick(SESSION_NOTES) : null,
  };
}

// The day of the last session, by rhythm; before leaving, for a student who left.
function lastDay(rng: Rng, m: Mentorship, cal: DemoCalendar): string {
  const back = (days: number) => toSchoolDay(addDays(cal.asOf, -days), -1);
  const left = m.pupil.student.status_date;
  const day = left
    ? toSchoolDay(addDays(left, -rng.int(2, 10)), -1)
    : m.rhythm === 'regular'
      ? back(rng.int(1, 12))
      : m.rhythm === 'checkPassed'
        ? back(rng.int(10, 25))
        : back(rng.int(35, 55));
  return day > m.since ? day : toSchoolDay(addDays(m.since, 1), 1);
}

function finalCheck(m: Mentorship, last: string): string | null {
  if (m.pupil.student.status_date) return null;
  if (m.rhythm === 'checkPassed') return toSchoolDay(addDays(last, 7), -1);
  return toSchoolDay(addDays(last, 14), 1);
}

function typeOf(rng: Rng, m: Mentorship, mentor: MentorRow, i: number, count: number): SessionType {
  const counsellor = mentor.role === 'counsellor';
  const intensive = m.pupil.plan.tier === 3 || m.pupil.student.status_date !== null;
  if (i === 0) return counsellor ? 'counselling' : 'individual';
  if (
    intensive &&
    count >= 3 &&
    (i === Math.floor(count / 2) || (m.pupil.student.status_date && i === count - 1))
  )
    return 'home_visit';
  if (intensive && count >= 4 && i === 1) return 'family';
  if (counsellor && rng.chance(0.7)) return 'counselling';
  return rng.chance(0.05) ? 'family' : 'individual';
}

function mentorshipSessions(
  rng: Rng,
  m: Mentorship,
  mentors: readonly MentorRow[],
  cal: DemoCalendar,
): SessionRow[] {
  const tier = m.pupil.plan.tier ?? 3;
  const pace: [number, number] = tier === 3 ? [7, 12] : tier === 2 ? [12, 25] : [18, 30];
  const last = lastDay(rng, m, cal);
  const dates: string[] = [];
  for (
    let d = toSchoolDay(addDays(m.since, rng.int(1, 5)), 1);
    d < addDays(last, -3);
    d = toSchoolDay(addDays(d, rng.int(...pace)), 1)
  )
    dates.push(d);
  dates.push(last);
  const onLeave = mentors.find((x) => !x.active && x.grades?.includes(m.pupil.student.grade!));
  const handover = onLeave && dayNumber(m.since) < dayNumber(cal.start) + 40 && rng.chance(0.5);
  const rows = dates.map((date, i) => {
    const mentor = handover && dayNumber(date) < dayNumber(cal.start) + 45 ? onLeave : m.mentor;
    const row = session(
      rng,
      date,
      m.pupil.student.student_id,
      mentor,
      typeOf(rng, m, mentor, i, dates.length),
      i === 0,
    );
    const next = dates[i + 1];
    row.next_check = next ? toSchoolDay(addDays(date, pace[1]), 1) : finalCheck(m, date);
    return row;
  });
  const counsellors = mentors.filter((x) => x.active && x.role === 'counsellor');
  if (tier === 3 && m.mentor.role !== 'counsellor' && dates.length >= 2)
    rows.push(
      session(
        rng,
        randomSchoolDay(rng, dates[0]!, last),
        m.pupil.student.student_id,
        rng.pick(counsellors),
        'counselling',
      ),
    );
  return rows;
}

// Each mentor's group sessions: a Friday about every four weeks; a mentee joins about half.
function groupSessions(rng: Rng, ms: readonly Mentorship[], cal: DemoCalendar): SessionRow[] {
  const rows: SessionRow[] = [];
  for (let day = dayNumber(cal.start) + 25; day < dayNumber(cal.asOf); day += 28) {
    const friday = toSchoolDay(isoDay(day + ((5 - new Date(day * 86400000).getUTCDay() + 7) % 7)), -1);
    for (const m of ms) {
      const until = m.pupil.student.status_date ?? cal.asOf;
      if (m.rhythm === 'lapsed' || friday <= addDays(m.since, 7) || friday >= until || !rng.chance(0.5))
        continue;
      rows.push({ ...session(rng, friday, m.pupil.student.student_id, m.mentor, 'group'), next_check: null });
    }
  }
  return rows;
}

/**
 * Sorts session rows by date (then mentor, then student) and marks their notes 'RAHASIA-S00001'
 * … in that order, so that a test can prove no note leaks.
 */
export function markSessionNotes(rows: SessionRow[]): SessionRow[] {
  const key = (r: SessionRow) => `${r.date} ${r.mentor_id} ${r.student_id}`;
  rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  let marker = 0;
  for (const row of rows)
    if (row.notes) row.notes = `${row.notes} RAHASIA-S${String(++marker).padStart(5, '0')}`;
  return rows;
}

/** This school year's session rows, unmarked (see markSessionNotes). */
export function logSessions(
  rng: Rng,
  mentorships: readonly Mentorship[],
  mentors: readonly MentorRow[],
  cal: DemoCalendar,
): SessionRow[] {
  const rows = mentorships
    .filter((m) => m.rhythm !== 'none')
    .flatMap((m) => mentorshipSessions(rng, m, mentors, cal));
  rows.push(
    ...groupSessions(
      rng,
      mentorships.filter((m) => m.rhythm !== 'none'),
      cal,
    ),
  );
  return rows;
}
