/**
 * The contract between the sidebar and the server: the functions of src/index.ts that the
 * sidebar calls through google.script.run, with their argument and result types. Types
 * only: google.script.run carries JSON-like values, so dates cross as ISO strings.
 */
import type { Lang } from '../src/core/i18n/lang';

export interface SidebarState {
  lang: Lang;
  workbookName: string;
  /** When the server answered, as an ISO string. */
  answeredAt: string;
}

export interface ImportSource {
  name: string;
  rows: number;
}

export type ImportCounts = {
  rows: number;
  added: number;
  completed: number;
  unchanged: number;
  review: number;
};

export interface ImportPreview {
  lang: Lang;
  sheet: string;
  /** Each source column: its header and the Students column it fills (null: ignored). */
  columns: Array<{ header: string; key: string | null; label: string | null }>;
  counts: ImportCounts;
  /** The first problems that would go to Review. */
  problems: string[];
}

export interface ImportResult {
  lang: Lang;
  sheet: string;
  counts: ImportCounts;
}

export interface DataCheck {
  lang: Lang;
  tables: Array<{ sheet: string; missing: boolean; rows: number; problems: string[] }>;
}

export interface ServerApi {
  getSidebarState(): SidebarState;
  importSources(): ImportSource[];
  previewImport(sheet: string): ImportPreview;
  runImport(sheet: string): ImportResult;
}
