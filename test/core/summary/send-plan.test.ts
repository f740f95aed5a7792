import { describe, expect, it } from 'vitest';
import { describeSendPlan, type SendPlanFacts } from '../../../src/core/summary/send-plan';

const facts = (over: Partial<SendPlanFacts> = {}): SendPlanFacts => ({
  month: '2026-11',
  asOf: '2026-11-30',
  baselines: {
    now: { month: '2026-12', takenOn: '2026-12-01' },
    previous: { month: '2026-11', takenOn: null },
  },
  takesBaseline: false,
  toSend: [
    { kind: 'mentor', to: 'sari@x.sch.id' },
    { kind: 'mentor', to: 'budi@x.sch.id' },
    { kind: 'coordinator', to: 'bk@x.sch.id' },
  ],
  held: 0,
  alreadySent: 0,
  quota: 100,
  ...over,
});

describe('what "Send now" says before it sends', () => {
  it('names the month, the day it is as of, the baselines, the counts by kind and the recipients', () => {
    expect(describeSendPlan(facts(), 'en')).toEqual({
      title: 'Send the summary of November 2026?',
      ask: true,
      lines: [
        'The summary of November 2026: the sessions of November 2026, as of 30 November 2026.',
        'Tiers: monthly baseline of December 2026, taken 1 December 2026, compared with the monthly baseline of November 2026.',
        'Now: 3 emails (2 to mentors, 1 to coordinators).',
        'To: sari@x.sch.id, budi@x.sch.id, bk@x.sch.id',
        'Send them now?',
      ],
    });
  });

  it('says what waits for the quota, what went out before, and that the baseline is taken first', () => {
    const { lines } = describeSendPlan(
      facts({ held: 4, alreadySent: 2, quota: 3, takesBaseline: true }),
      'id',
    );
    expect(lines).toContain('Patokan bulanan Desember 2026 diambil lebih dulu.');
    expect(lines).toContain('4 menunggu besok: kuota email hari ini tinggal 3.');
    expect(lines).toContain('2 sudah terkirim sebelumnya dan tidak dikirim lagi.');
    expect(lines.at(-1)).toBe('Kirim sekarang?');
  });

  it('says nothing of a baseline when there is none to take', () => {
    const { lines } = describeSendPlan(
      facts({ takesBaseline: true, baselines: { now: null, previous: null } }),
      'en',
    );
    expect(lines.some((l) => /baseline of/.test(l))).toBe(false);
    expect(lines).toContain('Tiers: no monthly baseline yet.');
  });

  it('lists twelve recipients and counts the rest', () => {
    const many = Array.from({ length: 15 }, (_, i) => ({ kind: 'mentor', to: `m${i}@x.sch.id` }));
    const line = describeSendPlan(facts({ toSend: many }), 'en').lines.find((l) => l.startsWith('To: '))!;
    expect(line.split(', ')).toHaveLength(12);
    expect(line.endsWith('m11@x.sch.id … and 3 more')).toBe(true);
  });

  it('asks nothing when everything went out, or when there is nobody to send to', () => {
    expect(describeSendPlan(facts({ toSend: [], alreadySent: 16 }), 'id')).toEqual({
      title: 'Kirim ringkasan November 2026?',
      ask: false,
      lines: ['Ringkasan November 2026 sudah terkirim (16 email).'],
    });
    expect(describeSendPlan(facts({ toSend: [] }), 'en').lines[0]).toMatch(
      /^Nobody gets the summary of November 2026/,
    );
  });

  it('asks nothing when the quota lets nothing go today, and says so', () => {
    expect(describeSendPlan(facts({ toSend: [], held: 5, quota: 0, alreadySent: 3 }), 'en')).toEqual({
      title: 'Send the summary of November 2026?',
      ask: false,
      lines: ['5 wait for tomorrow: today’s email quota has 0 left.'],
    });
  });
});
