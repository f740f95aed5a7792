/**
 * A school year on the demo school, against the in-memory store: the records are typed in as
 * their days come (and, after the demo's last day, a plausible rhythm of sessions and monthly
 * recaps goes on), students leave and get their mentors on their days, and the add-on's actions
 * run as a coordinator or the daily trigger would run them. Every email sent is kept.
 */

import type { DemoSchool } from '../../../local/demo/data';
import { dayNumber } from '../../../src/core/cells/dates';
import { previousMonth } from '../../../src/core/metrics/month';
import type { Student } from '../../../src/core/schema/records';
import { accept, assignmentView, release, suggest } from '../../../src/flows/assign';
import { type Mailer, type OutgoingEmail, planMonthly, runMonthly } from '../../../src/flows/monthly';
import { sheetAsOf, takeSnapshot } from '../../../src/flows/snapshot';
import { demoStore } from './demo';
import type { MemoryStore } from './store';

export interface Sent extends OutgoingEmail {
  day: string;
}

const isoDay = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
/** A deterministic number 0–99 from text (no randomness, no clock). */
const hash = (text: string) => {
  let h = 7;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) % 1_000_003;
  return h % 100;
};
const TYPES = ['individual', 'counselling', 'group', 'family', 'home_visit'] as const;

export class SchoolYear {
  readonly store: MemoryStore;
  readonly sent: Sent[] = [];
  /** Recipients MailApp still allows on `quotaDay`. */
  quota = 100;
  dailyQuota = 100;
  private quotaDay = '';
  private day: string;
  /** Students whose mentor the sidebar changed: their demo mentorship no longer applies. */
  private readonly touched = new Set<string>();

  constructor(
    readonly school: DemoSchool,
    start: string,
  ) {
    this.day = start;
    this.store = demoStore(school, start);
  }

  get today(): string {
    return this.day;
  }

  /** Moves to a later day: what happened in between is typed in. */
  advance(day: string): void {
    if (day < this.day) throw new Error(`the year only moves forward (${day} < ${this.day})`);
    const from = this.day;
    this.day = day;
    const { store, school } = this;
    const between = <T extends { date: string }>(rows: readonly T[]) =>
      rows.filter((r) => r.date > from && r.date <= day) as unknown as Array<Record<string, unknown>>;
    store.append('incidents', between(school.incidents));
    store.append('assessments', between(school.assessments));
    store.append('sessions', [...between(school.sessions), ...this.rhythm(from, day)]);
    store.append('attendance', this.recaps(from, day));
    // Leaving and mentoring start on their days, as the coordinator types them.
    const changes = new Map<number, Record<string, unknown>>();
    const byId = new Map(school.students.map((s) => [s.student_id, s]));
    for (const { row, record } of store.read<Student>('students').rows) {
      const demo = byId.get(record.student_id)!;
      const change: Record<string, unknown> = {};
      if (demo.status_date && demo.status_date > from && demo.status_date <= day)
        Object.assign(change, { status: demo.status, status_date: demo.status_date });
      if (
        !this.touched.has(record.student_id) &&
        demo.mentor_since &&
        demo.mentor_since > from &&
        demo.mentor_since <= day
      )
        Object.assign(change, { mentor_id: demo.mentor_id, mentor_since: demo.mentor_since });
      if (Object.keys(change).length) changes.set(row, change);
    }
    store.update('students', changes);
  }

  /** After the demo's last day: each mentee meets their mentor about every one to three weeks. */
  private rhythm(from: string, to: string): Array<Record<string, unknown>> {
    const start = Math.max(dayNumber(from), dayNumber(this.school.asOf)) + 1;
    const out: Array<Record<string, unknown>> = [];
    const students = this.store.read<Student>('students').rows.map((r) => r.record);
    for (let n = start; n <= dayNumber(to); n++) {
      const date = isoDay(n);
      if ((n + 4) % 7 >= 5) continue; // weekends
      for (const s of students) {
        if (!s.mentor_id || (s.status !== null && s.status !== 'active')) continue;
        const h = hash(`${s.student_id}${date}`);
        if (h >= 9) continue;
        out.push({
          date,
          student_id: s.student_id,
          mentor_id: s.mentor_id,
          type: TYPES[h % 5],
          minutes: 30,
          attended: h % 4 !== 0,
          next_check: h === 3 ? isoDay(n + 10) : null,
        });
      }
    }
    return out;
  }

  /** The demo's attendance recaps of the months that ended; after them, plausible ones. */
  private recaps(from: string, to: string): Array<Record<string, unknown>> {
    const ended = (month: string) => month < to.slice(0, 7) && month >= from.slice(0, 7);
    const demo = this.school.attendance.filter((r) => ended(r.month));
    const last = this.school.asOf.slice(0, 7);
    const out: Array<Record<string, unknown>> = demo as unknown as Array<Record<string, unknown>>;
    for (let m = from.slice(0, 7); m < to.slice(0, 7); m = next(m)) {
      if (m <= last) continue;
      for (const { record: s } of this.store.read<Student>('students').rows) {
        if (s.status !== null && s.status !== 'active') continue;
        const h = hash(`${s.student_id}${m}`);
        out.push({
          student_id: s.student_id,
          month: m,
          school_days: 20,
          sick: h % 2,
          excused: 0,
          unexcused: h % 5 === 0 ? 3 : h % 3,
        });
      }
    }
    return out;
  }

  private mailer(): Mailer {
    if (this.quotaDay !== this.day) {
      this.quotaDay = this.day;
      this.quota = this.dailyQuota;
    }
    return {
      remaining: () => this.quota,
      send: (email) => {
        if (this.quota < 1) throw new Error('Service invoked too many times for one day: email.');
        this.quota--;
        this.sent.push({ ...email, day: this.day });
      },
    };
  }

  /** The daily trigger on `day`, from the Settings day (the 1st) on: the baseline, then the summary. */
  trigger(day: string) {
    this.advance(day);
    return this.run(true);
  }

  /** "Send now": what it says it will send, then the run. */
  sendNow(day: string) {
    this.advance(day);
    const plan = planMonthly(this.store, day, this.mailer().remaining());
    return { plan, result: this.run(true) };
  }

  private run(send: boolean) {
    const month = this.day.slice(0, 7);
    const result = runMonthly(this.store, this.mailer(), {
      reportMonth: previousMonth(month),
      runMonth: month,
      today: this.day,
      at: `${this.day}T00:00:00.000Z`,
      send,
    });
    // As src/gas/monthly.ts does: the sheet's day moves with the baseline.
    if (result.snapshot) {
      const row = this.store
        .read<{ key: string }>('settings')
        .rows.find((r) => r.record.key === 'as_of_date')!.row;
      this.store.update('settings', new Map([[row, { value: this.day }]]));
    }
    return result;
  }

  /** "Take risk snapshot now". */
  manual(day: string) {
    this.advance(day);
    return takeSnapshot(this.store, {
      month: day.slice(0, 7),
      asOf: sheetAsOf(this.store, day),
      kind: 'manual',
      at: `${day}T03:00:00.000Z`,
    });
  }

  /** The sidebar: release a mentee and give them to another mentor the rules allow. */
  reassign(day: string): { student: string; from: string; to: string } | null {
    this.advance(day);
    const view = assignmentView(this.store, day);
    const from = view.mentors.find((m) => m.mentees.some((s) => s.tier === 3 || s.tier === 2));
    const student = from?.mentees.find((s) => s.tier === 3 || s.tier === 2);
    if (!from || !student) return null;
    release(this.store, [student.id], day);
    const card = suggest(this.store, day).pairs.find((p) => p.student.id === student.id);
    const to = card?.options.find((o) => o.id !== from.id);
    this.touched.add(student.id);
    if (!to) return null;
    const result = accept(this.store, [{ studentId: student.id, mentorId: to.id }], day);
    if (result.refused.length) throw new Error(result.refused[0]!.reason);
    return { student: student.id, from: from.id, to: to.id };
  }

  sidebar() {
    return assignmentView(this.store, this.day);
  }
}

const next = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};
