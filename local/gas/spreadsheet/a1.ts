/**
 * A1 notation as Sheets writes it: `A1`, `A1:C9`, open ranges `B2:B`, `A:C`, `2:5`, and a sheet
 * prefix, quoted when the name needs it (`'Risk history'!A2:E`, `'It''s'!A1`).
 */

/** A parsed reference. `row2`/`col2` are null when the range is open (runs to the sheet's end). */
export interface A1Ref {
  sheet?: string;
  row1: number;
  col1: number;
  row2: number | null;
  col2: number | null;
  /** How it was written: `A1:B2` or `B2:B` (cells), `A:C` (columns), `2:5` (rows). */
  form: 'cells' | 'columns' | 'rows';
  /** `$` flags, used when a formula is copied relative to another cell. */
  abs: { row1: boolean; col1: boolean; row2: boolean; col2: boolean };
}

/** The largest column Sheets can address (ZZZ). */
export const MAX_COLUMN = 18278;

export interface Endpoint {
  col?: number;
  row?: number;
  absCol: boolean;
  absRow: boolean;
}

const endpointPattern = /(\$?)([A-Za-z]{1,3})?(\$?)(\d+)?/y;

/** Column number (1-based) → letters: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Letters → column number (1-based): A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Reads one endpoint (`$B$2`, `B`, `2`) at `pos`; returns it with the index after it. */
export function readEndpoint(text: string, pos: number): { end: number; point: Endpoint } | null {
  endpointPattern.lastIndex = pos;
  const m = endpointPattern.exec(text);
  if (!m || (m[2] === undefined && m[4] === undefined)) return null;
  if (m[2] === undefined && m[1] === '$' && m[3] === '') return null;
  const point: Endpoint = { absCol: m[1] === '$' && m[2] !== undefined, absRow: m[3] === '$' };
  if (m[2] === undefined && m[1] === '$') point.absRow = true;
  if (m[2] !== undefined) point.col = columnNumber(m[2]);
  if (m[4] !== undefined) point.row = Number(m[4]);
  if (point.row === 0 || (point.col ?? 1) > MAX_COLUMN) return null;
  return { end: endpointPattern.lastIndex, point };
}

/** Combines one or two endpoints into a reference, or null when Sheets would not accept them. */
export function combineEndpoints(a: Endpoint, b: Endpoint | null): Omit<A1Ref, 'sheet'> | null {
  if (!b) {
    if (a.col === undefined || a.row === undefined) return null;
    const abs = { row1: a.absRow, col1: a.absCol, row2: a.absRow, col2: a.absCol };
    return { row1: a.row, col1: a.col, row2: a.row, col2: a.col, form: 'cells', abs };
  }
  const abs = { row1: a.absRow, col1: a.absCol, row2: b.absRow, col2: b.absCol };
  const aCell = a.col !== undefined && a.row !== undefined;
  if (aCell && b.col !== undefined) {
    // A1:B2, or B2:B (rows open at the bottom)
    const [c1, c2] = order(a.col!, b.col);
    if (b.row === undefined) return { row1: a.row!, col1: c1, row2: null, col2: c2, form: 'cells', abs };
    const [r1, r2] = order(a.row!, b.row);
    return { row1: r1, col1: c1, row2: r2, col2: c2, form: 'cells', abs };
  }
  if (a.row === undefined && b.row === undefined && a.col !== undefined && b.col !== undefined) {
    const [c1, c2] = order(a.col, b.col);
    return { row1: 1, col1: c1, row2: null, col2: c2, form: 'columns', abs };
  }
  if (a.col === undefined && b.col === undefined && a.row !== undefined && b.row !== undefined) {
    const [r1, r2] = order(a.row, b.row);
    return { row1: r1, col1: 1, row2: r2, col2: null, form: 'rows', abs };
  }
  return null;
}

function order(x: number, y: number): [number, number] {
  return x <= y ? [x, y] : [y, x];
}

/**
 * Parses A1 notation as `Spreadsheet.getRange` accepts it; null when Sheets says "Range not found".
 * An unquoted sheet name may contain spaces here (Apps Script is lenient); formulas are stricter.
 */
export function parseA1(text: string): A1Ref | null {
  let sheet: string | undefined;
  let rest = text;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    const prefix = text.slice(0, bang);
    rest = text.slice(bang + 1);
    if (/^'(?:[^']|'')+'$/.test(prefix)) sheet = prefix.slice(1, -1).replace(/''/g, "'");
    else if (prefix !== '' && !prefix.includes("'")) sheet = prefix;
    else return null;
  }
  const first = readEndpoint(rest, 0);
  if (!first) return null;
  let second: ReturnType<typeof readEndpoint> = null;
  let end = first.end;
  if (rest[end] === ':') {
    second = readEndpoint(rest, end + 1);
    if (!second) return null;
    end = second.end;
  }
  if (end !== rest.length) return null;
  const ref = combineEndpoints(first.point, second?.point ?? null);
  if (!ref) return null;
  return sheet === undefined ? ref : { sheet, ...ref };
}

/** Quotes a sheet name for use in A1 notation when Sheets would: `'Risk history'`, `Siswa`. */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A1 notation of a closed rectangle: `B2` for one cell, `B2:D9` otherwise. */
export function formatA1(row: number, col: number, numRows = 1, numCols = 1): string {
  const start = `${columnLetters(col)}${row}`;
  if (numRows === 1 && numCols === 1) return start;
  return `${start}:${columnLetters(col + numCols - 1)}${row + numRows - 1}`;
}

/** A1 notation of a reference, open ends included, with `$` flags and the sheet when given. */
export function formatRef(ref: A1Ref): string {
  const { abs } = ref;
  const col = (c: number, a: boolean) => `${a ? '$' : ''}${columnLetters(c)}`;
  const row = (r: number, a: boolean) => `${a ? '$' : ''}${r}`;
  const prefix = ref.sheet === undefined ? '' : `${quoteSheetName(ref.sheet)}!`;
  if (ref.form === 'rows') return `${prefix}${row(ref.row1, abs.row1)}:${row(ref.row2!, abs.row2)}`;
  if (ref.form === 'columns') return `${prefix}${col(ref.col1, abs.col1)}:${col(ref.col2!, abs.col2)}`;
  const start = `${col(ref.col1, abs.col1)}${row(ref.row1, abs.row1)}`;
  if (ref.row2 === null) return `${prefix}${start}:${col(ref.col2!, abs.col2)}`;
  const single = ref.row1 === ref.row2 && ref.col1 === ref.col2;
  if (single && abs.row1 === abs.row2 && abs.col1 === abs.col2) return `${prefix}${start}`;
  return `${prefix}${start}:${col(ref.col2!, abs.col2)}${row(ref.row2, abs.row2)}`;
}
