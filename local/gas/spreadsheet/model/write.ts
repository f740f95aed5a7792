/** Writing into a model cell: a value, a formula, or typed input; each clears what it replaces. */
import type { Typed } from '../values/typed';
import type { Cell, CellValue } from './cell';

const isGeneral = (format: string | undefined) => format === undefined || /^general$/i.test(format);

/** Stores a value (clearing any formula and its array result). */
export function writeValue(cell: Cell, value: CellValue): void {
  delete cell.formula;
  delete cell.error;
  delete cell.spilled;
  delete cell.spill;
  cell.value = value;
}

/** Stores a formula; its value appears at the next recalculation. */
export function writeFormula(cell: Cell, formula: string): void {
  writeValue(cell, '');
  cell.formula = formula;
}

/** Stores what parseTyped made of a person's (or setValue's) text, with the format Sheets picks. */
export function writeTyped(cell: Cell, typed: Typed): void {
  if (typed.kind === 'formula') {
    writeFormula(cell, typed.formula);
    return;
  }
  writeValue(cell, typed.value);
  if (typed.format && isGeneral(cell.format)) cell.format = typed.format;
}

/** Empties a cell's content, keeping its formats, note and validation. */
export function clearCellContent(cell: Cell): void {
  writeValue(cell, '');
}
