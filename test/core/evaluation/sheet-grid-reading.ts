/** Reading the Evaluation sheet's grid as a person does: tables found by their headers. */
import { expect } from 'vitest';
import { evaluateSchoolYear } from '../../../src/core/evaluation/evaluate';
import { EVALUATION_MESSAGES } from '../../../src/core/evaluation/messages';
import { evaluationSheet } from '../../../src/core/evaluation/sheet';
import { NOTE_COLOUR, type SheetGrid } from '../../../src/core/evaluation/sheet-grid';
import type { EvaluationInput } from '../../../src/core/evaluation/types';
import type { Lang } from '../../../src/core/i18n/lang';
import { translator } from '../../../src/core/i18n/messages';
import { withLastYear } from './fixtures';

export function sheet(over: EvaluationInput = withLastYear(), lang: Lang = 'id') {
  const e = evaluateSchoolYear(over);
  const grid = evaluationSheet(e, lang, 'SMP Uji');
  return { e, grid, t: translator(EVALUATION_MESSAGES, lang) };
}

export const blank = (n: number) => Array.from({ length: n }, () => '');

/** The row (0-based) whose first cells are `cells`. */
export function rowOf(grid: SheetGrid, ...cells: unknown[]): number {
  const row = grid.values.findIndex((r) => cells.every((c, i) => r[i] === c));
  expect(row, `no row ${JSON.stringify(cells)}`).toBeGreaterThanOrEqual(0);
  return row;
}

/** A table's body after its header row: plain rows up to the next note, bold or blank line. */
export function body(grid: SheetGrid, header: number): number[] {
  const rows: number[] = [];
  for (let r = header + 1; r < grid.values.length; r++) {
    const plain = grid.weights[r]![0] === 'normal' && grid.colours[r]![0] !== NOTE_COLOUR;
    if (!plain || grid.values[r]!.every((v) => v === '')) break;
    rows.push(r);
  }
  return rows;
}

export const cells = (grid: SheetGrid, row: number, count: number) => grid.values[row]!.slice(0, count);
export const formats = (grid: SheetGrid, row: number, count: number) => grid.formats[row]!.slice(0, count);
export const isNote = (grid: SheetGrid, row: number, text: string) => {
  expect(grid.values[row]![0]).toBe(text);
  expect(grid.colours[row]![0]).toBe(NOTE_COLOUR);
};
/** A section title over a table's header row: both bold. */
export const isSection = (grid: SheetGrid, header: number, title: string) => {
  expect(grid.values[header - 1]![0]).toBe(title);
  expect([grid.weights[header - 1]![0], grid.weights[header]![0]]).toEqual(['bold', 'bold']);
};
