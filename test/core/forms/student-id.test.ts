import { describe, expect, it } from 'vitest';
import { canonicalId, resolveStudentId, rosterIndex } from '../../../src/core/forms/student-id';

const roster = rosterIndex(['0115550102', 'NIS-7-031', '00777', '']);

describe('canonicalId', () => {
  it.each([
    ['115550102', '0115550102'],
    ['0115550102', '0115550102'],
    ['12', '0000000012'],
    ['12345678901', '12345678901'],
    ['7A-12', '7A-12'],
  ])('%s → %s', (id, expected) => expect(canonicalId(id)).toBe(expected));
});

describe('rosterIndex', () => {
  it('finds a roster ID by its canonical form; the first of two alike wins', () => {
    expect(roster.get('0115550102')).toBe('0115550102');
    expect(roster.get('0000000777')).toBe('00777');
    expect(roster.has('')).toBe(false);
    expect(rosterIndex(['0012', '12']).get('0000000012')).toBe('0012');
  });
});

describe('resolveStudentId (a NISN asked for)', () => {
  it.each([
    ['0012345678', { ok: true, id: '0012345678' }],
    [' 0012345678 ', { ok: true, id: '0012345678' }],
    ['0115550102', { ok: true, id: '0115550102' }],
    ['115550102', { ok: true, id: '0115550102', repairedFrom: '115550102' }],
    ['777', { ok: true, id: '00777', repairedFrom: '777' }],
    ['NIS-7-031', { ok: true, id: 'NIS-7-031' }],
    ['', { ok: false, problem: 'missing', id: '' }],
    ['   ', { ok: false, problem: 'missing', id: '' }],
    ['123', { ok: false, problem: 'bad_nisn', id: '123' }],
    ['123456789', { ok: false, problem: 'bad_nisn', id: '123456789' }],
    ['00123456789', { ok: false, problem: 'bad_nisn', id: '00123456789' }],
    ['12ab', { ok: false, problem: 'bad_nisn', id: '12ab' }],
    ['abc!?', { ok: false, problem: 'bad_nisn', id: 'abc!?' }],
  ])('%j', (typed, expected) => {
    expect(resolveStudentId(typed, roster, true)).toEqual(expected);
  });
});

describe('resolveStudentId (another school number allowed)', () => {
  it.each([
    ['123', { ok: true, id: '123' }],
    ['123456789', { ok: true, id: '123456789' }],
    ['2023.7.001', { ok: true, id: '2023.7.001' }],
    ['115550102', { ok: true, id: '0115550102', repairedFrom: '115550102' }],
    ['12', { ok: false, problem: 'bad_id', id: '12' }],
    ['ab', { ok: false, problem: 'bad_id', id: 'ab' }],
    ['abc!?', { ok: false, problem: 'bad_id', id: 'abc!?' }],
    ['-123', { ok: false, problem: 'bad_id', id: '-123' }],
    ['1'.repeat(26), { ok: false, problem: 'bad_nisn', id: '1'.repeat(26) }],
    ['a'.repeat(26), { ok: false, problem: 'bad_id', id: 'a'.repeat(26) }],
    ['a'.repeat(25), { ok: true, id: 'a'.repeat(25) }],
    ['1'.repeat(25), { ok: true, id: '1'.repeat(25) }],
  ])('%j', (typed, expected) => {
    expect(resolveStudentId(typed, roster, false)).toEqual(expected);
  });
});
