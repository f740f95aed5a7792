import { beforeAll, describe, expect, it } from 'vitest';
import { type DemoSchool, generateDemoSchool } from '../../../local/demo/data';
import type { RiskHistoryRow, SettingRow } from '../../../src/core/schema/records';
import { hasBaseline, isBaseline, sheetAsOf, takeSnapshot } from '../../../src/flows/snapshot';
import { demoStore } from './demo';
import type { MemoryStore } from './store';

let school: DemoSchool;
beforeAll(() => {
  school = generateDemoSchool({ students: 60 });
});
const rows = (store: MemoryStore) => store.read<RiskHistoryRow>('risk_history').rows.map((r) => r.record);
const take = (store: MemoryStore, kind: 'baseline' | 'manual', at: string) =>
  takeSnapshot(store, { month: '2026-11', asOf: '2026-11-28', kind, at });

describe('snapshots', () => {
  it('a manual one is a record of its own: it neither replaces nor makes the baseline', () => {
    const store = demoStore(school);
    const manual = take(store, 'manual', '2026-11-28T01:00:00.000Z');
    expect(manual).toMatchObject({ kind: 'manual', written: true });
    expect(hasBaseline(store, '2026-11')).toBe(false);
    const base = take(store, 'baseline', '2026-11-28T02:00:00.000Z');
    expect(base).toMatchObject({
      kind: 'baseline',
      written: true,
      students: manual.students,
      tiers: manual.tiers,
    });
    take(store, 'manual', '2026-11-29T01:00:00.000Z');
    const kinds = rows(store).map((r) => `${r.kind} ${r.taken_at}`);
    expect(new Set(kinds)).toEqual(
      new Set(['baseline 2026-11-28T02:00:00.000Z', 'manual 2026-11-29T01:00:00.000Z']),
    );
  });

  it('the baseline is taken once; taken again, it is kept as it was and counted', () => {
    const store = demoStore(school);
    const first = take(store, 'baseline', '2026-11-01T00:00:00.000Z');
    const before = rows(store);
    const again = take(store, 'baseline', '2026-11-20T00:00:00.000Z');
    expect(again).toEqual({ ...first, written: false });
    expect(rows(store)).toEqual(before);
  });

  it('rows from before the kinds (blank) are baselines', () => {
    expect([null, 'baseline', 'manual'].map((kind) => isBaseline({ kind } as RiskHistoryRow))).toEqual([
      true,
      true,
      false,
    ]);
    const store = demoStore(school);
    store.seed('risk_history', [
      { month: '2026-11', student_id: school.students[0]!.student_id, score: 10, tier: 1 },
    ]);
    expect(hasBaseline(store, '2026-11')).toBe(true);
    expect(take(store, 'baseline', '2026-11-28T00:00:00.000Z').written).toBe(false);
  });
});

describe('the sheet’s day', () => {
  it('is Settings’ as_of_date when it holds a day, else today', () => {
    const store = demoStore(school);
    expect(sheetAsOf(store, '2027-01-05')).toBe(school.asOf);
    const row = store.read<SettingRow>('settings').rows.find((r) => r.record.key === 'as_of_date')!.row;
    store.setCell('settings', row, 'value', '15/10/2026');
    expect(sheetAsOf(store, '2027-01-05')).toBe('2026-10-15');
    store.setCell('settings', row, 'value', 'kemarin');
    expect(sheetAsOf(store, '2027-01-05')).toBe('2027-01-05');
    store.setCell('settings', row, 'value', '');
    expect(sheetAsOf(store, '2027-01-05')).toBe('2027-01-05');
  });
});
