/**
 * What must hold after every step of the school year: nothing sent twice, and no email that
 * contradicts another email, the sidebar, the data's counts (the Dashboard's definitions), or
 * itself.
 */
import { expect } from 'vitest';
import { dayNumber } from '../../../src/core/cells/dates';
import { countSessions, monthEnd, nextMonth } from '../../../src/core/metrics';
import type { EmailLogRow, RiskHistoryRow, SessionRow, Student } from '../../../src/core/schema/records';
import { monthNames } from '../../../src/core/summary/calendar';
import { coordinatorNumbers, mentorNumbers } from '../surfaces';
import type { SchoolYear, Sent } from './year';

const MONTHS = monthNames('id');

/** 'November 2026' → '2026-11'. */
export function monthOf(label: string): string {
  const [name, year] = label.split(' ');
  return `${year}-${String(MONTHS.indexOf(name!) + 1).padStart(2, '0')}`;
}

/** '24 November 2026' → '2026-11-24'. */
function dayOf(label: string): string {
  const [d, name, year] = label.split(' ');
  return `${year}-${String(MONTHS.indexOf(name!) + 1).padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

/** The month an email reports, from its subject. */
export const reportMonth = (subject: string) =>
  monthOf(/^Ringkasan (?:program )?pendampingan (.+?) — /.exec(subject)![1]!);

/** Each (recipient, month, kind) went out once at most, and the Email log says so exactly. */
export function expectAtMostOnce(year: SchoolYear): void {
  const keys = year.sent.map((e) => `${e.to.toLowerCase()} ${e.kind} ${reportMonth(e.subject)}`);
  expect(keys.length - new Set(keys).size, 'emails sent twice').toBe(0);
  const logged = year.store
    .read<EmailLogRow>('email_log')
    .rows.map((r) => r.record)
    .filter((r) => r.status === 'sent')
    .map((r) => `${r.recipient.toLowerCase()} ${r.kind} ${r.month}`);
  expect([...logged].sort()).toEqual([...keys].sort());
}

const baselineOf = (year: SchoolYear, month: string) =>
  new Map(
    year.store
      .read<RiskHistoryRow>('risk_history')
      .rows.map((r) => r.record)
      .filter((r) => r.month === month && (r.kind === null || r.kind === 'baseline'))
      .map((r) => [r.student_id, r.tier]),
  );

/** The cards of a mentor's email: each named mentee's lines. */
function cards(text: string): Array<{ name: string; lines: string[] }> {
  const out: Array<{ name: string; lines: string[] }> = [];
  for (const line of text.split('\n')) {
    const item = /^\* (.+?)(?: \(([^)]*)\))?$/.exec(line);
    if (item) out.push({ name: item[1]!, lines: [] });
    else if (line.startsWith('  ') && out.length) out[out.length - 1]!.lines.push(line.trim());
    else if (line.trim() === '' && out.length) out.push({ name: '', lines: [] });
  }
  return out.filter((c) => c.name);
}

/** A mentor's email never contradicts itself, nor Risk history's baselines. */
function expectCardsAgree(year: SchoolYear, email: Sent, month: string): void {
  const asOf = monthEnd(month);
  const now = baselineOf(year, nextMonth(month));
  const before = baselineOf(year, month);
  const byName = new Map<string, string[]>();
  for (const s of year.store.read<Student>('students').rows.map((r) => r.record))
    byName.set(s.name, [...(byName.get(s.name) ?? []), s.student_id]);
  for (const card of cards(email.text)) {
    const text = card.lines.join('\n');
    const last = /Sesi terakhir: (\d+ \S+ \d{4})/.exec(text)?.[1];
    const lastDay = last ? dayOf(last) : null;
    const held = /· sesi \S+ \d{4}: (?:belum ada|(\d+) \()/.exec(text);
    expect(held, `${card.name}: ${text}`).not.toBeNull();
    const inMonth = held![1] ? Number(held![1]) : 0;
    if (inMonth > 0) expect(lastDay?.slice(0, 7), `${card.name}: ${text}`).toBe(month);
    const days = /sudah (\d+) hari tanpa sesi/.exec(text);
    if (days) {
      expect(lastDay, text).not.toBeNull();
      expect(dayNumber(asOf) - dayNumber(lastDay!), text).toBe(Number(days[1]));
      const tier = /^Tingkat (\d)/m.exec(text)?.[1];
      expect(Number(days[1]), text).toBeGreaterThan(tier === '3' ? 7 : 30);
    }
    const since = /tidak ada sesi selama (\d+) hari sejak ditetapkan pada (\d+ \S+ \d{4})/.exec(text);
    if (since) {
      const assigned = dayOf(since[2]!);
      expect(lastDay === null || lastDay < assigned, text).toBe(true);
      expect(dayNumber(asOf) - dayNumber(assigned), text).toBe(Number(since[1]));
    }
    if (/belum ada sesi tercatat/.test(text)) expect(lastDay, text).toBeNull();
    // The tier and its change are the baselines' (checked where the name is unique).
    const ids = byName.get(card.name) ?? [];
    if (ids.length !== 1) continue;
    const tier = /^Tingkat (\d) (\(baru\)|\(tetap\)|[↑↓] \S+ \(sebelumnya Tingkat (\d)\))/m.exec(text);
    if (!tier) {
      expect(now.get(ids[0]!) ?? null, text).toBeNull();
      continue;
    }
    expect(now.get(ids[0]!), text).toBe(Number(tier[1]));
    if (tier[2] === '(baru)') expect(before.has(ids[0]!), text).toBe(false);
    else if (tier[2] === '(tetap)') expect(before.get(ids[0]!), text).toBe(Number(tier[1]));
    else expect(before.get(ids[0]!), text).toBe(Number(tier[3]));
  }
}

/**
 * The emails of one report month agree with each other and with the data: each mentor's totals
 * with the coordinator's caseloads, the sessions with the data's count (the Dashboard's rule),
 * the waiting count with the sidebar when the baseline was taken that day.
 */
export function expectEmailsAgree(year: SchoolYear, emails: readonly Sent[], sameDayBaseline: boolean): void {
  const byMonth = new Map<string, Sent[]>();
  for (const e of emails)
    byMonth.set(reportMonth(e.subject), [...(byMonth.get(reportMonth(e.subject)) ?? []), e]);
  for (const [month, list] of byMonth) {
    const mentors = list.filter((e) => e.kind === 'mentor');
    for (const m of mentors) expectCardsAgree(year, m, month);
    const coordinator = list.find((e) => e.kind === 'coordinator');
    if (!coordinator) continue;
    const school = coordinatorNumbers(coordinator.text);
    const sessions = countSessions(
      year.store.read<SessionRow>('sessions').rows.map((r) => r.record),
      month,
      monthEnd(month),
    );
    expect(school.sessions[0]!.held).toBe(sessions.heldTotal);
    expect(school.sessions[0]!.missed).toBe(sessions.missed);
    for (const own of mentors) {
      // One email per address: it covers every mentor row of that address.
      const numbers = mentorNumbers(own.text);
      const loads = [...school.caseloads].filter(([name]) => numbers.name.split(' / ').includes(name));
      expect(loads.length, numbers.name).toBeGreaterThan(0);
      expect({ mentees: numbers.mentees, overdue: numbers.overdue }).toEqual({
        mentees: loads.reduce((n, [, l]) => n + l.mentees, 0),
        overdue: loads.reduce((n, [, l]) => n + l.overdue, 0),
      });
    }
    // The sidebar counts today's roster, the email the roster at the month's end: they are the
    // same number when no mentoring started since.
    const started = year.store
      .read<Student>('students')
      .rows.some((r) => r.record.mentor_since !== null && r.record.mentor_since > monthEnd(month));
    if (sameDayBaseline && !started) {
      const view = year.sidebar();
      expect(school.unassigned).toBe(view.unassigned.length);
      for (const m of view.mentors) {
        const load = school.caseloads.get(m.name);
        if (load)
          expect({ mentees: load.mentees, capacity: load.capacity }, m.name).toEqual({
            mentees: m.caseload,
            capacity: m.capacity,
          });
      }
    }
  }
}
