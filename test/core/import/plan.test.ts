/**
 * The import's NISN rule when the pasted sheet stored NISNs as numbers: Sheets drops the leading
 * zeros of pasted digits, so a NISN of a student born 2008–2019 arrives with 8 or 9 digits.
 */
import { describe, expect, it } from 'vitest';
import { nisnOfNumber } from '../../../src/core/forms/student-id';
import { planImport } from '../../../src/core/import/plan';
import type { ReadRow } from '../../../src/core/schema/read';
import type { Student } from '../../../src/core/schema/records';

const mapping = { headerRow: 0, headers: ['NISN', 'Nama'], keys: ['student_id', 'name'] };
const plan = (rows: unknown[][], existing: ReadRow<Student>[] = []) =>
  planImport('Dapodik', mapping, [['NISN', 'Nama'], ...rows], existing, { lang: 'id' });

describe('nisnOfNumber', () => {
  it('restores the zeros of an 8- or 9-digit number, and of nothing else', () => {
    expect(nisnOfNumber(12345678)).toBe('0012345678');
    expect(nisnOfNumber(112345678)).toBe('0112345678');
    expect(nisnOfNumber(1234567)).toBeNull();
    expect(nisnOfNumber(1234567890)).toBeNull();
    expect(nisnOfNumber('12345678')).toBeNull();
    expect(nisnOfNumber(12345678.5)).toBeNull();
    expect(nisnOfNumber(0)).toBeNull();
    expect(nisnOfNumber(-12345678)).toBeNull();
  });
});

describe('planImport with NISNs the sheet stored as numbers', () => {
  it('takes a new student whose NISN lost its zeros, and notes the repair (done, not open)', () => {
    const result = plan([
      [81234567, 'Ayu'],
      [112345678, 'Budi'],
    ]);
    expect(result.appends.map((r) => r.student_id)).toEqual(['0081234567', '0112345678']);
    expect(result.reviews.map((r) => [r.problem, r.status, r.taken])).toEqual([
      [
        'NISN 81234567 tersimpan di lembar sebagai angka; dibaca sebagai 0081234567 (angka 0 di depan yang hilang dilengkapi)',
        'done',
        true,
      ],
      [
        'NISN 112345678 tersimpan di lembar sebagai angka; dibaca sebagai 0112345678 (angka 0 di depan yang hilang dilengkapi)',
        'done',
        true,
      ],
    ]);
  });

  it('still sends a short number, and digits typed as text, whole to Review', () => {
    const result = plan([
      [12345, 'Citra'],
      ['81234567', 'Dedi'],
    ]);
    expect(result.appends).toEqual([]);
    expect(result.reviews.map((r) => [r.problem, r.taken])).toEqual([
      ['NISN “12345” harus 10 digit', false],
      ['NISN “81234567” harus 10 digit', false],
    ]);
  });

  it('a number that matches a roster student once its zeros are back completes that student', () => {
    const existing = [{ row: 2, record: { student_id: '0081234567', name: 'Ayu' } as Student }];
    const result = plan([[81234567, 'Ayu']], existing);
    expect(result.appends).toEqual([]);
    expect(result.reviews.map((r) => r.problem)).toEqual([
      'NISN “81234567” dibaca sebagai 0081234567 (angka 0 di depan dilengkapi: siswa itu ada di lembar Siswa)',
    ]);
  });
});
