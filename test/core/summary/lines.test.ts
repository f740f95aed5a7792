import { describe, expect, it } from 'vitest';
import { dayLabel, monthLabel, monthNames } from '../../../src/core/summary/calendar';
import {
  baselineText,
  consentText,
  overdueText,
  sessionsText,
  subjectOf,
  tiersText,
  tierText,
} from '../../../src/core/summary/lines';
import { input } from './fixtures';

describe('the baselines an email’s tiers come from', () => {
  const now = { month: '2026-12', takenOn: '2026-12-01' };
  it('names the month and, when recorded, the day it was taken', () => {
    expect(baselineText(now, 'id')).toBe('patokan bulanan Desember 2026, diambil 1 Desember 2026');
    expect(baselineText({ month: '2026-12', takenOn: null }, 'en')).toBe('monthly baseline of December 2026');
  });

  it('says what they are compared with, or that there is nothing to compare with', () => {
    const previous = { month: '2026-11', takenOn: '2026-11-01' };
    expect(tiersText({ lang: 'en', baselines: { now, previous } })).toBe(
      'Tiers: monthly baseline of December 2026, taken 1 December 2026, compared with the monthly baseline of November 2026.',
    );
    expect(tiersText({ lang: 'id', baselines: { now, previous: null } })).toBe(
      'Tingkat: patokan bulanan Desember 2026, diambil 1 Desember 2026; belum ada patokan sebelumnya untuk dibandingkan.',
    );
    expect(tiersText({ lang: 'en', baselines: { now: null, previous } })).toBe(
      'Tiers: no monthly baseline yet.',
    );
  });
});

describe('sentences', () => {
  it('a subject stays on one line whatever the school’s name holds', () => {
    expect(subjectOf('subject_coordinator', input('en', { school: ' SMP\n 3\t Kupang ' }))).toBe(
      'School mentoring summary November 2026 — SMP 3 Kupang',
    );
  });

  it('a tier with its change, or the lack of one', () => {
    expect(tierText({ tier: 2, score: 55.4, reasons: '' }, { tier: 3, score: 80 }, 'en')).toBe(
      'Tier 2 ↓ better (was Tier 3) · score 55',
    );
    expect(tierText({ tier: 2, score: 50, reasons: '' }, { tier: 2, score: 10 }, 'id')).toBe(
      'Tingkat 2 (tetap) · skor 50',
    );
    expect(tierText({ tier: 1, score: 5, reasons: '' }, undefined, 'en')).toBe('Tier 1 (new) · score 5');
    expect(tierText(undefined, { tier: 2, score: 10 }, 'en')).toBe('No tier in the baseline (no data yet)');
  });

  it('sessions by type in the order of the types, the missed ones apart', () => {
    expect(sessionsText({ home_visit: 1, individual: 2 }, 0, 'en')).toBe('3 (individual 2, home visit 1)');
    expect(sessionsText({}, 2, 'id')).toBe('belum ada · 2 tidak hadir');
    expect(sessionsText({ group: 0 }, 0, 'en')).toBe('none');
  });

  it('every reason a mentee is overdue, in one line', () => {
    expect(overdueText([{ kind: 'never', since: null, days: null, interval: 7 }], 'en')).toBe(
      'Overdue: no session on record, and no assignment date',
    );
    expect(
      overdueText(
        [
          { kind: 'never', since: '2026-10-20', days: 41, interval: 30 },
          { kind: 'check', date: '2026-11-02' },
        ],
        'id',
      ),
    ).toBe(
      'Terlambat: tidak ada sesi selama 41 hari sejak ditetapkan pada 20 Oktober 2026; jadwal cek 2 November 2026 sudah lewat',
    );
    expect(overdueText([{ kind: 'days', last: '2026-10-01', days: 60, interval: 30 }], 'en')).toBe(
      'Overdue: no session for 60 days',
    );
  });

  it('counts the students it may not name, in the mentor’s or the coordinator’s words', () => {
    expect(consentText(0, 'ask', 'en')).toBe('');
    expect(consentText(1, 'count', 'en')).toBe('1 student without recorded parental consent (not named)');
    expect(consentText(3, 'count', 'id')).toBe(
      '3 siswa tanpa izin orang tua yang tercatat (tidak disebut namanya)',
    );
    expect(consentText(2, 'ask', 'en')).toBe(
      '2 students without recorded parental consent: counted above, not named (ask the coordinator)',
    );
  });
});

describe('calendar words', () => {
  it('names months and days in both languages, and leaves other text as it is', () => {
    expect(monthNames('en')).toHaveLength(12);
    expect([monthNames('id')[0], monthNames('id')[11]]).toEqual(['Januari', 'Desember']);
    expect(monthLabel('2026-13', 'en')).toBe('13 2026');
    expect(monthLabel('x2026-11', 'en')).toBe('x2026-11');
    expect(dayLabel('x2026-11-05', 'en')).toBe('x2026-11-05');
    expect(dayLabel('2026-11-05x', 'en')).toBe('2026-11-05x');
    expect(dayLabel('2026-11', 'en')).toBe('2026-11');
    expect(dayLabel('1 Nov', 'id')).toBe('1 Nov');
  });
});
