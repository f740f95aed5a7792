/**
 * Protected ranges and sheets. As in Apps Script, a new protection mirrors the spreadsheet's
 * permissions (nobody is locked out) until the script restricts its editors; then it refuses a
 * person's edit. A warning-only protection lets the edit through after a warning. Scripts run as
 * the owner and are never blocked.
 */
import type { GridRect } from '../grid';
import { rectContains } from '../grid';

export interface ProtectionModel {
  id: number;
  type: 'RANGE' | 'SHEET';
  sheetId: number;
  /** The protected range (RANGE protections only). */
  rect?: GridRect;
  description: string;
  warningOnly: boolean;
  editors: string[];
  /** True once the script changed the editors or domain edit: the lock then holds. */
  restricted: boolean;
  domainEdit: boolean;
  /** Holes in a SHEET protection that people may edit. */
  unprotected: GridRect[];
}

/** Sheets' words when a person edits a protected cell. */
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
export const WARNING_MESSAGE =
  "Heads up! You're trying to edit part of this sheet that shouldn't be changed accidentally.";

/** The protections that cover one cell. */
export function protectionsAt(
  protections: readonly ProtectionModel[],
  sheetId: number,
  row: number,
  col: number,
): ProtectionModel[] {
  return protections.filter((p) => {
    if (p.sheetId !== sheetId) return false;
    if (p.type === 'RANGE') return rectContains(p.rect!, row, col);
    return !p.unprotected.some((hole) => rectContains(hole, row, col));
  });
}

/** What happens when a person edits a cell under these protections. */
export function editVerdict(protections: readonly ProtectionModel[]): 'blocked' | 'warning' | 'free' {
  if (protections.some((p) => !p.warningOnly && p.restricted)) return 'blocked';
  return protections.some((p) => p.warningOnly) ? 'warning' : 'free';
}
