import { describe, expect, it } from 'vitest';
import { type IncidentRecord, incidentCounts, isSuspension } from '../../../src/core/risk/incidents';

describe('incident records', () => {
  const i = (student_id: string, date: string, kind = 'referral'): IncidentRecord => ({
    student_id,
    date,
    kind,
  });

  it.each([
    ['2026-08-31', 0],
    ['2026-09-01', 1],
    ['2026-09-30', 1],
    ['2026-10-01', 0],
  ])('counts an incident on %s as of 2026-09-30: %d (window as_of − 30 < date ≤ as_of)', (date, count) => {
    expect(incidentCounts([i('1', date)], '2026-09-30').get('1') ?? 0).toBe(count);
  });

  it('counts a suspension as incidents_high', () => {
    const records = [
      i('1', '2026-09-10', 'suspension'),
      i('1', '2026-09-11'),
      i('2', '2026-09-12', 'skorsing'),
    ];
    expect(Object.fromEntries(incidentCounts(records, '2026-09-30'))).toEqual({ '1': 4, '2': 3 });
    expect(Object.fromEntries(incidentCounts(records, '2026-09-30', 5))).toEqual({ '1': 6, '2': 5 });
  });

  it.each([
    ['suspension', true],
    [' Skorsing ', true],
    ['SUSPENSION', true],
    ['referral', false],
    ['', false],
  ])('isSuspension(%j) → %s', (kind, yes) => {
    expect(isSuspension(kind)).toBe(yes);
  });
});
