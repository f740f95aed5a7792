/** Clipboard text laid out as Sheets lays out a paste, and copied back as Sheets copies it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatClipboard, parseClipboard } from '../../../local/preview/tsv';

describe('parseClipboard', () => {
  it.each([
    ['one cell', 'Ayu', [['Ayu']]],
    ['a row', 'Ayu\t0012\tP', [['Ayu', '0012', 'P']]],
    [
      'rows, Windows line ends, the last one ending the block',
      'a\tb\r\nc\td\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'rows, Unix line ends',
      'a\tb\nc\td',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'empty cells kept in place',
      'a\t\tc\n\tb\t',
      [
        ['a', '', 'c'],
        ['', 'b', ''],
      ],
    ],
    ['an empty line in the middle is an empty row', 'a\n\nb', [['a'], [''], ['b']]],
    [
      'a quoted cell with a line break and a quote',
      '"Jl. Mawar 1\nKupang"\t"say ""hi"""',
      [['Jl. Mawar 1\nKupang', 'say "hi"']],
    ],
    ['a quote inside unquoted text stays', 'Ali "Abi" Umar\tx', [['Ali "Abi" Umar', 'x']]],
    ['a quote that closes nothing is text', '"half\tx', [['"half', 'x']]],
    ['a quote closed before more text is text', '"a"b\tc', [['"a"b', 'c']]],
    ['a quoted cell at the end of a Windows line', '"a\tb"\r\nc', [['a\tb'], ['c']]],
    ['old Mac line ends', 'a\rb\r', [['a'], ['b']]],
    ['a tab at the end is one more empty cell', 'a\t', [['a', '']]],
    ['nothing is one empty cell', '', [['']]],
  ])('%s', (_name, text, rows) => {
    expect(parseClipboard(text)).toEqual(rows);
  });

  it('reads back what formatClipboard wrote, whatever the cells hold', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', '0', ' ', '"', '\t', '\n', '\r', 'é') });
    const block = fc
      .array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 })
      .map((rows) => {
        const width = rows[0]!.length;
        return rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
      });
    fc.assert(
      fc.property(block, (rows) => {
        // One empty cell alone on the last line is the line break that ends every copied block.
        const last = rows[rows.length - 1]!;
        fc.pre(rows.length === 1 || last.length > 1 || last[0] !== '');
        expect(parseClipboard(formatClipboard(rows))).toEqual(rows);
      }),
    );
  });
});
