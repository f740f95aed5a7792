import { describe, expect, it } from 'vitest';
import {
  columnLetters,
  columnNumber,
  formatA1,
  formatRef,
  parseA1,
  quoteSheetName,
} from '../../../local/gas/spreadsheet/a1';

describe('parseA1', () => {
  it.each([
    ['A1', { row1: 1, col1: 1, row2: 1, col2: 1, form: 'cells' }],
    ['b2:D9', { row1: 2, col1: 2, row2: 9, col2: 4, form: 'cells' }],
    ['D9:B2', { row1: 2, col1: 2, row2: 9, col2: 4, form: 'cells' }],
    ['B2:B', { row1: 2, col1: 2, row2: null, col2: 2, form: 'cells' }],
    ['A2:C', { row1: 2, col1: 1, row2: null, col2: 3, form: 'cells' }],
    ['A:C', { row1: 1, col1: 1, row2: null, col2: 3, form: 'columns' }],
    ['C:C', { row1: 1, col1: 3, row2: null, col2: 3, form: 'columns' }],
    ['2:5', { row1: 2, col1: 1, row2: 5, col2: null, form: 'rows' }],
    ['$A$1:$B$2', { row1: 1, col1: 1, row2: 2, col2: 2, form: 'cells' }],
    ['AA10', { row1: 10, col1: 27, row2: 10, col2: 27, form: 'cells' }],
  ])('%s', (text, expected) => {
    expect(parseA1(text)).toMatchObject(expected);
  });

  it.each([
    ["'Risk history'!A2:E", 'Risk history', { row1: 2, row2: null, col2: 5 }],
    ["'It''s'!A1", "It's", { row1: 1 }],
    ['Siswa!M2:M', 'Siswa', { col1: 13, row2: null }],
    ['Log Email!A1', 'Log Email', { row1: 1 }],
    ["'Pengaturan'!A2:B", 'Pengaturan', { col2: 2 }],
  ])('sheet prefix %s', (text, sheet, expected) => {
    expect(parseA1(text)).toMatchObject({ sheet, ...expected });
  });

  it.each(['', 'A', '1', 'A0', 'A1:', ':B2', 'A1:B2:C3', 'A1B', "'Bad!A1", 'ZZZZ1', '!A1', ' A1', 'A-1'])(
    'rejects %j',
    (text) => {
      expect(parseA1(text)).toBeNull();
    },
  );

  it('keeps $ flags', () => {
    expect(parseA1('$B2:C$9')?.abs).toEqual({ row1: false, col1: true, row2: true, col2: false });
  });
});

describe('formatting', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [703, 'AAA'],
    [18278, 'ZZZ'],
  ])('column %i is %s and back', (n, letters) => {
    expect(columnLetters(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
  });

  it('formats rectangles', () => {
    expect(formatA1(2, 3)).toBe('C2');
    expect(formatA1(2, 3, 10, 2)).toBe('C2:D11');
  });

  it.each([
    'A1',
    'B2:D9',
    'B2:B',
    'A:C',
    '2:5',
    '$A$1:B$2',
    "'Risk history'!A2:E",
    'Siswa!M2:M',
    "'It''s'!A1",
  ])('round-trips %s', (text) => {
    expect(formatRef(parseA1(text)!)).toBe(text);
  });

  it.each([
    ['Siswa', 'Siswa'],
    ['Risk history', "'Risk history'"],
    ["It's", "'It''s'"],
    ['A1', "'A1'"],
    ['2026', "'2026'"],
  ])('quotes %s as %s', (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
  });
});
