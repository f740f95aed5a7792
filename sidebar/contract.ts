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

export interface ServerApi {
  getSidebarState(): SidebarState;
}
