/**
 * Clipboard text as Sheets lays it out when pasted: one row per line, one cell per tab. A copied
 * block from Sheets or Excel quotes a cell that holds a tab, a line break or a leading quote
 * ("a""b" is a"b); the line break that ends the copied block adds no empty row.
 */

/**
 * The rows and cells of pasted text.
 *
 *   parseClipboard('Nama\tNISN\r\nAyu\t0012\r\n') → [['Nama', 'NISN'], ['Ayu', '0012']]
 */
export function parseClipboard(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  const endRow = () => {
    rows.push(row);
    row = [];
  };
  while (i <= n) {
    let cell = '';
    if (text[i] === '"') {
      // A quoted cell runs to the quote that is followed by a tab, a line break or the end.
      let j = i + 1;
      let closed = -1;
      while (j < n) {
        if (text[j] === '"' && text[j + 1] === '"') j += 2;
        else if (text[j] === '"') {
          closed = j;
          break;
        } else j++;
      }
      const after = text[closed + 1];
      if (closed >= 0 && (after === undefined || after === '\t' || after === '\r' || after === '\n')) {
        cell = text.slice(i + 1, closed).replace(/""/g, '"');
        i = closed + 1;
      }
    }
    // Unquoted (or a quote that does not close a cell): the text up to the next tab or line break.
    if (i < n && text[i] !== '\t' && text[i] !== '\r' && text[i] !== '\n') {
      let j = i;
      while (j < n && text[j] !== '\t' && text[j] !== '\r' && text[j] !== '\n') j++;
      cell += text.slice(i, j);
      i = j;
    }
    row.push(cell);
    if (i >= n) {
      endRow();
      break;
    }
    if (text[i] === '\t') {
      i++;
      continue;
    }
    // A line break: \r\n, \n or \r.
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    endRow();
    if (i >= n) break;
  }
  return rows;
}

/** The text of a block of cells as Sheets copies it: tabs and line breaks, quoted where needed. */
export function formatClipboard(rows: readonly (readonly string[])[]): string {
  const quote = (cell: string) => (/[\t\r\n"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => row.map(quote).join('\t')).join('\n');
}
