/**
 * Clipboard text as Sheets lays it out when pasted: one row per line, one cell per tab. A copied
 * block from Sheets or Excel quotes a cell that holds a tab, a line break or a leading quote
 * ("a""b" is a"b); the line break that ends the copied block adds no empty row.
 */

const endsCell = (c: string | undefined) => c === undefined || c === '\t' || c === '\r' || c === '\n';

/** Where the quoted cell opening at `start` closes, or -1 when that quote opens no cell. */
function closingQuote(text: string, start: number): number {
  let j = start + 1;
  while (j < text.length) {
    if (text[j] !== '"') j++;
    else if (text[j + 1] === '"') j += 2;
    else return endsCell(text[j + 1]) ? j : -1;
  }
  return -1;
}

/**
 * The rows and cells of pasted text.
 *
 *   parseClipboard('Nama\tNISN\r\nAyu\t0012\r\n') → [['Nama', 'NISN'], ['Ayu', '0012']]
 */
export function parseClipboard(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    const close = text[i] === '"' ? closingQuote(text, i) : -1;
    if (close >= 0) {
      row.push(text.slice(i + 1, close).replace(/""/g, '"'));
      i = close + 1;
    } else {
      // Unquoted (or a quote that opens no cell): the text up to the next tab or line break.
      let j = i;
      while (!endsCell(text[j])) j++;
      row.push(text.slice(i, j));
      i = j;
    }
    if (text[i] === '\t') {
      i++;
      continue;
    }
    rows.push(row);
    row = [];
    // The end, or a line break (\r\n, \n or \r); the one that ends the block adds no row.
    i += text.startsWith('\r\n', i) ? 2 : 1;
    if (i >= text.length) return rows;
  }
}

/** The text of a block of cells as Sheets copies it: tabs and line breaks, quoted where needed. */
export function formatClipboard(rows: readonly (readonly string[])[]): string {
  const quote = (cell: string) => (/[\t\r\n"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => row.map(quote).join('\t')).join('\n');
}
