/**
 * The workbook's schema: sheets and columns identified by stable keys (English snake_case),
 * never by their visible label or position.
 */

/** How a column's cells are read, validated and formatted. */
export type ColumnType =
  | 'id' // plain text, leading zeros kept (NISN, school number, mentor id)
  | 'text'
  | 'phone' // plain text
  | 'email'
  | 'int'
  | 'number'
  | 'date' // a calendar day
  | 'datetime' // an instant (received_at, at)
  | 'month' // YYYY-MM, as text
  | 'term' // e.g. 2026-1, as text
  | 'bool' // yes / no
  | 'enum' // one of `values`
  | 'list'; // comma-separated `values` (or numbers when `values` is absent)

export type SheetKey =
  | 'students'
  | 'mentors'
  | 'attendance'
  | 'grades'
  | 'incidents'
  | 'assessments'
  | 'sessions'
  | 'settings'
  | 'risk_history'
  | 'review'
  | 'email_log'
  | 'dashboard'
  | 'evaluation';

export interface ColumnDef {
  key: string;
  type: ColumnType;
  /** The codes of an enum or list column (stored codes are shown translated). */
  values?: readonly string[];
  /** The name of the value set, for labels: enum.<set>.<code>. Defaults to the key. */
  set?: string;
  min?: number;
  max?: number;
  /** A row without it cannot be taken. */
  required?: boolean;
  /** Never copied into an email, the sidebar's lists, the Dashboard or an export. */
  confidential?: boolean;
  /** Filled by a formula that Setup writes: shaded, protected with a warning, never written by a flow. */
  computed?: boolean;
  /** Column width in pixels. */
  width?: number;
}

export interface SheetDef {
  key: SheetKey;
  columns: readonly ColumnDef[];
  /** The Dashboard has no table: Setup lays it out instead. */
  table: boolean;
}
