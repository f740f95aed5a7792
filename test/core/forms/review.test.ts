import { describe, expect, it } from 'vitest';
import { answersOfReview, isOpenReview, openReviewRows, reviewRecord } from '../../../src/core/forms/review';
import type { ReviewRow } from '../../../src/core/schema/records';
import { REVIEW_ANSWERS, sheetDef } from '../../../src/core/schema/sheets';

const entry = {
  receivedAt: '2026-11-16T01:00:00.000Z',
  source: 'formulir catatan sesi (Jawaban Formulir 2, 16/11/2026 08:00:00)',
  problem: "Menit: '900' harus antara 1 dan 600",
  origin: 'session' as const,
  taken: false,
  raw: 'Pendamping: M01 – Bu Sari | Menit: 900',
  answers: { mentor_id: 'M01 – Bu Sari', minutes: '900', status: 'aktif', notes: ' ', other: 'x' },
};

describe('reviewRecord', () => {
  it('puts the reason, an open status, the input whole and each answer in its own column', () => {
    expect(reviewRecord(entry)).toEqual({
      received_at: entry.receivedAt,
      source: entry.source,
      problem: entry.problem,
      status: 'open',
      taken: false,
      origin: 'session',
      ref: null,
      raw: entry.raw,
      mentor_id: 'M01 – Bu Sari',
      minutes: '900',
      // The student's status has a column of its own beside the row's status.
      student_status: 'aktif',
    });
  });

  it('keeps a given status and key', () => {
    expect(reviewRecord({ ...entry, status: 'done', ref: 'a.b' })).toMatchObject({
      status: 'done',
      ref: 'a.b',
    });
  });

  it('names only columns the Review sheet has', () => {
    const columns = new Set(sheetDef('review').columns.map((c) => c.key));
    for (const key of Object.keys(reviewRecord(entry))) expect(columns.has(key), key).toBe(true);
    for (const [column] of REVIEW_ANSWERS) expect(columns.has(column), column).toBe(true);
  });
});

describe('answersOfReview', () => {
  it('gives the answer columns back by field, trimmed, blanks and spaces left out', () => {
    const row = {
      ...reviewRecord(entry),
      status: 'fixed',
      topics: '',
      follow_up: '   ',
      minutes: ' 90 ',
      notified: null,
    } as unknown as ReviewRow;
    expect(answersOfReview(row)).toEqual({ mentor_id: 'M01 – Bu Sari', minutes: '90', status: 'aktif' });
  });
});

describe('open Review rows', () => {
  it('are the rows open or without a status', () => {
    const rows = [null, 'open', 'fixed', 'dismissed', 'done'].map(
      (status) => ({ status }) as Pick<ReviewRow, 'status'>,
    );
    expect(rows.map(isOpenReview)).toEqual([true, true, false, false, false]);
    expect(openReviewRows(rows)).toEqual([rows[0], rows[1]]);
  });
});
