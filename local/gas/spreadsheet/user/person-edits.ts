/**
 * What a person's edits meet in Sheets, checked before anything is written: a protection that locks
 * them out, a warning-only protection that asks first, a validation rule that rejects the value.
 * A refused edit writes nothing, a paste included (never half a paste).
 *
 * Warning-only protection "prompts a warning asking the user to confirm the edit":
 * https://developers.google.com/apps-script/reference/spreadsheet/protection#setWarningOnly(Boolean)
 * Rejecting validation: https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setAllowInvalid(Boolean)
 */
import { formatA1 } from '../a1';
import type { Dimension, GridRect } from '../grid';
import { rectsIntersect } from '../grid';
import { type CellValue, hasContent } from '../model/cell';
import { editVerdict, PROTECTED_MESSAGE, type ProtectionModel, WARNING_MESSAGE } from '../model/protection';
import type { SheetData } from '../model/sheet-data';
import { checkValidation } from '../model/validation';
import type { Workbook } from '../model/workbook';
import { writeTyped } from '../model/write';
import { displayValue } from '../values/display';
import { parseTyped, type Typed } from '../values/typed';

/** The outcome of a person's edit: refused with Sheets' message, or done (maybe with warnings). */
export interface EditResult {
  ok: boolean;
  error?: string;
  warnings: string[];
}

/** What a person meets editing an area: a lock ('blocked'), a warning to confirm, or nothing. */
export type Verdict = 'free' | 'warning' | 'blocked';

export type Area = Omit<GridRect, 'sheetId'>;

function covers(p: ProtectionModel, sheet: SheetData, area: Area): boolean {
  if (p.sheetId !== sheet.id) return false;
  if (p.type === 'RANGE') return rectsIntersect(p.rect!, area);
  // A protected sheet covers the area unless one of its holes holds all of it.
  return !p.unprotected.some(
    (hole) =>
      hole.row <= area.row &&
      hole.col <= area.col &&
      hole.row + hole.numRows >= area.row + area.numRows &&
      hole.col + hole.numCols >= area.col + area.numCols,
  );
}

/** The verdict over every cell of `area`. */
export function areaVerdict(wb: Workbook, sheet: SheetData, area: Area): Verdict {
  return editVerdict(wb.protections.filter((p) => covers(p, sheet, area)));
}

/**
 * The verdict on inserting lines before `at` or deleting lines `at … at+count-1`: deleting touches
 * every protection on those lines; inserting touches a protected range the new lines fall inside
 * (it grows), not one that merely moves. Sheets' exact rule is not documented: this is the
 * stricter reading (see README, checklist).
 */
export function structureVerdict(
  wb: Workbook,
  sheet: SheetData,
  dim: Dimension,
  change: { kind: 'insert' | 'delete'; at: number; count: number },
): Verdict {
  const along = (p: ProtectionModel): [number, number] =>
    dim === 'rows' ? [p.rect!.row, p.rect!.numRows] : [p.rect!.col, p.rect!.numCols];
  const touched = wb.protections.filter((p) => {
    if (p.sheetId !== sheet.id) return false;
    if (p.type === 'SHEET') return true;
    const [start, size] = along(p);
    if (change.kind === 'insert') return start < change.at && change.at <= start + size - 1;
    return start <= change.at + change.count - 1 && change.at <= start + size - 1;
  });
  return editVerdict(touched);
}

/** Sheets' answer to a verdict: refused when locked, a warning when it only warns. */
export function verdictResult(verdict: Verdict): EditResult {
  if (verdict === 'blocked') return { ok: false, error: PROTECTED_MESSAGE, warnings: [] };
  return { ok: true, warnings: verdict === 'warning' ? [WARNING_MESSAGE] : [] };
}

function readRect(wb: Workbook, rect: GridRect): CellValue[][] {
  const sheet = wb.sheetById(rect.sheetId);
  return Array.from({ length: rect.numRows }, (_, r) =>
    Array.from({ length: rect.numCols }, (_, c) => sheet?.cell(rect.row + r, rect.col + c)?.value ?? ''),
  );
}

/**
 * How Sheets reads `text` typed into (row, col); a refusal from its validation rule, if any. With
 * `calculate`, formulas are brought up to date first (a rule may read computed cells); a paste
 * skips that, so that a block of rows does not recalculate the workbook.
 */
function typedInto(
  wb: Workbook,
  sheet: SheetData,
  row: number,
  col: number,
  text: string,
  calculate: boolean,
): { typed: Typed; problem: string | null; rejected: boolean } {
  const current = sheet.cell(row, col);
  const typed = parseTyped(text, { locale: wb.locale, timeZone: wb.timeZone, format: current?.format });
  if (typed.kind !== 'value' || !current?.validation) return { typed, problem: null, rejected: false };
  if (calculate) wb.ensureCalculated();
  const problem = checkValidation(current.validation, typed.value, {
    display: (v) => displayValue(v, undefined, wb),
    readRange: (rect) => readRect(wb, rect),
  });
  return { typed, problem, rejected: problem !== null && !current.validation.allowInvalid };
}

/** True when the cell holds something of its own (not another formula's array result). */
function ownContent(sheet: SheetData, row: number, col: number): boolean {
  const cell = sheet.cell(row, col);
  return hasContent(cell) && !cell?.spilled;
}

export interface PasteOptions {
  /**
   * What an empty field does: 'clear' empties the cell, as Sheets pastes; 'skip' leaves it as it
   * is (for scripted fills that must not touch the computed columns between typed ones).
   */
  blanks?: 'skip' | 'clear';
}

interface PastePlan {
  writes: Array<{ row: number; col: number; typed: Typed }>;
  /** What the cells that would change meet. */
  verdict: Verdict;
  refusal: string | null;
  warnings: string[];
}

/** What pasting `rows` from (row, col) would write, and what stands in its way. */
function planPaste(
  wb: Workbook,
  sheet: SheetData,
  row: number,
  col: number,
  rows: readonly (readonly string[])[],
  options: PasteOptions,
): PastePlan {
  const clear = options.blanks === 'clear';
  const width = Math.max(0, ...rows.map((line) => line.length));
  const plan: PastePlan = { writes: [], verdict: 'free', refusal: null, warnings: [] };
  for (let r = 0; r < rows.length; r++) {
    for (let c = 0; c < width; c++) {
      const text = rows[r]![c] ?? '';
      const at = { row: row + r, col: col + c };
      if (text === '' && (!clear || !ownContent(sheet, at.row, at.col))) continue;
      const where = formatA1(at.row, at.col);
      const verdict = areaVerdict(wb, sheet, { ...at, numRows: 1, numCols: 1 });
      if (verdict === 'blocked') return { ...plan, verdict, refusal: `${where}: ${PROTECTED_MESSAGE}` };
      if (verdict === 'warning') plan.verdict = 'warning';
      const { typed, problem, rejected } = typedInto(wb, sheet, at.row, at.col, text, false);
      if (rejected) return { ...plan, refusal: `${where}: ${problem}` };
      if (problem) plan.warnings.push(`${where}: ${problem}`);
      plan.writes.push({ ...at, typed });
    }
  }
  return plan;
}

/** What a paste would meet in the cells it changes (a person is asked before a warned one). */
export function pasteVerdict(
  wb: Workbook,
  sheet: SheetData,
  row: number,
  col: number,
  rows: readonly (readonly string[])[],
  options: PasteOptions = {},
): Verdict {
  return planPaste(wb, sheet, row, col, rows, options).verdict;
}

/**
 * Types a block of text into the sheet from (row, col), all or nothing: the first locked cell or
 * rejected value refuses the whole block, naming the cell.
 */
export function pasteBlock(
  wb: Workbook,
  sheet: SheetData,
  row: number,
  col: number,
  rows: readonly (readonly string[])[],
  options: PasteOptions = {},
): EditResult {
  const plan = planPaste(wb, sheet, row, col, rows, options);
  if (plan.refusal) return { ok: false, error: plan.refusal, warnings: [] };
  for (const w of plan.writes) writeTyped(sheet.ensureCell(w.row, w.col), w.typed);
  if (plan.writes.length) wb.changed();
  const warnings = plan.verdict === 'warning' ? [WARNING_MESSAGE, ...plan.warnings] : plan.warnings;
  return { ok: true, warnings };
}

/** Types text into one cell: refused by a lock or a rejecting rule; a warning when one applies. */
export function typeInto(wb: Workbook, sheet: SheetData, row: number, col: number, text: string): EditResult {
  const verdict = areaVerdict(wb, sheet, { row, col, numRows: 1, numCols: 1 });
  const result = verdictResult(verdict);
  if (!result.ok) return result;
  const { typed, problem, rejected } = typedInto(wb, sheet, row, col, text, true);
  if (rejected) return { ok: false, error: problem!, warnings: result.warnings };
  if (problem) result.warnings.push(`Invalid: ${problem}`);
  writeTyped(sheet.ensureCell(row, col), typed);
  wb.changed();
  return result;
}
