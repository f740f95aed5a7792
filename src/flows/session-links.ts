/**
 * Which pre-filled session-log links the monthly emails carry: one per active mentor with an
 * address (only the mentor chosen), one per active mentee the email may name (the mentor and the
 * student chosen). The links themselves come from a port (FormApp on Apps Script), asked only for
 * these, so that no link is made for a student an email may not name.
 */
import { menteesOf } from '../core/metrics/roster';
import type { MentorRow, Student } from '../core/schema/records';
import type { SessionLinks, SummaryInput } from '../core/summary';
import { mayName } from '../core/summary/roster';

/** Makes pre-filled links to the session-log form; null when it cannot (no form, a stale list). */
export interface SessionLinkMaker {
  general(mentor: MentorRow): string | null;
  mentee(mentor: MentorRow, student: Student): string | null;
}

/**
 * The links the emails of `input` need, made by `maker`.
 * @example sessionLinks(input, maker).mentee.get('0012345678') // 'https://docs.google.com/forms/d/e/…/viewform?usp=pp_url&…'
 */
export function sessionLinks(
  input: Pick<SummaryInput, 'mentors' | 'students' | 'asOf'>,
  maker: SessionLinkMaker,
): SessionLinks {
  const out: SessionLinks = { general: new Map(), mentee: new Map() };
  for (const mentor of input.mentors) {
    if (mentor.active === false || !(mentor.email ?? '').trim()) continue;
    const general = maker.general(mentor);
    if (general) out.general.set(mentor.mentor_id, general);
    for (const student of menteesOf(input.students, mentor.mentor_id, input.asOf)) {
      if (!mayName(student) || out.mentee.has(student.student_id)) continue;
      const link = maker.mentee(mentor, student);
      if (link) out.mentee.set(student.student_id, link);
    }
  }
  return out;
}
