/**
 * Where each table lives: its sheet (found by the key attached to it, whatever a teacher
 * renamed it to) and its columns (found by the key attached to each, wherever it moved).
 * Finding them through developer metadata costs calls per column, so the result is kept in
 * document properties and trusted while the sheet's header row is unchanged.
 */
import { SHEET_LABELS } from '../core/schema/labels';
import { type ColumnMap, locateColumns } from '../core/schema/locate';
import { fold } from '../core/schema/parse';
import { SHEETS, sheetDef } from '../core/schema/sheets';
import type { SheetKey } from '../core/schema/types';

export const SHEET_KEY = 'pendamping.sheet';
export const COLUMN_KEY = 'pendamping.column';
const LAYOUT_PROPERTY = 'pendamping.layout.';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface SavedLayout {
  id: number;
  name: string;
  /** A hash of the header row the columns were found in. */
  header: string;
  columns: ColumnMap;
}

/** A short hash of a header row: any rename, move or insertion changes it. */
export function headerHash(header: readonly unknown[]): string {
  let h = 5381;
  const text = header.map((v) => String(v ?? '')).join('\u0001');
  for (let i = 0; i < text.length; i++) h = ((h * 33) ^ text.charCodeAt(i)) >>> 0;
  return `${header.length}:${h.toString(36)}`;
}

/** The layout cache of one execution: read once, written when something moved. */
export class Layout {
  private saved: Record<string, string> | null = null;
  private sheetsByKey: Partial<Record<SheetKey, Sheet | null>> = {};
  private named: Array<{ sheet: Sheet; name: string }> | null = null;

  constructor(
    readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
    private readonly properties: GoogleAppsScript.Properties.Properties,
  ) {}

  private all(): Record<string, string> {
    if (!this.saved) this.saved = this.properties.getProperties();
    return this.saved;
  }

  private load(key: SheetKey): SavedLayout | null {
    const text = this.all()[LAYOUT_PROPERTY + key];
    if (!text) return null;
    try {
      return JSON.parse(text) as SavedLayout;
    } catch {
      return null;
    }
  }

  private save(key: SheetKey, layout: SavedLayout): void {
    const text = JSON.stringify(layout);
    if (this.all()[LAYOUT_PROPERTY + key] === text) return;
    this.all()[LAYOUT_PROPERTY + key] = text;
    this.properties.setProperty(LAYOUT_PROPERTY + key, text);
  }

  /** Forgets what was found, e.g. after Setup changed the structure. */
  forget(key: SheetKey): void {
    delete this.sheetsByKey[key];
    this.named = null;
  }

  /** The sheet of a table, or null when the workbook has none (Setup not run). */
  sheet(key: SheetKey): Sheet | null {
    if (key in this.sheetsByKey) return this.sheetsByKey[key] ?? null;
    const saved = this.load(key);
    let found: Sheet | null = null;
    if (saved) {
      const byName = this.spreadsheet.getSheetByName(saved.name);
      if (byName && byName.getSheetId() === saved.id) found = byName;
    }
    if (!found) found = this.discover(key);
    this.sheetsByKey[key] = found;
    return found;
  }

  /** The slow path: the sheet tagged with the key, else one named as the table in either language. */
  private discover(key: SheetKey): Sheet | null {
    const tagged = this.spreadsheet.createDeveloperMetadataFinder().withKey(SHEET_KEY).withValue(key).find();
    for (const md of tagged) {
      const location = md.getLocation();
      if (String(location.getLocationType()) === 'SHEET') return location.getSheet();
    }
    const names = [SHEET_LABELS[key].en, SHEET_LABELS[key].id, key].map(fold);
    if (!this.named)
      this.named = this.spreadsheet.getSheets().map((sheet) => ({ sheet, name: fold(sheet.getName()) }));
    return this.named.find((s) => names.includes(s.name))?.sheet ?? null;
  }

  /**
   * The columns of a table given its header row as just read: the saved map when the header is
   * unchanged, else found again (metadata, then header labels) and saved.
   */
  columns(key: SheetKey, sheet: Sheet, header: readonly unknown[]): ColumnMap {
    const hash = headerHash(header);
    const saved = this.load(key);
    const id = sheet.getSheetId();
    if (saved && saved.header === hash && saved.id === id) {
      if (saved.name !== sheet.getName()) this.save(key, { ...saved, name: sheet.getName() });
      return saved.columns;
    }
    const columns = locateColumns(sheetDef(key), header, this.columnsByMetadata(sheet));
    this.save(key, { id, name: sheet.getName(), header: hash, columns });
    return columns;
  }

  /** Column key → 0-based index, from the keys attached to whole columns. */
  columnsByMetadata(sheet: Sheet): ColumnMap {
    const map: ColumnMap = {};
    for (const md of sheet.createDeveloperMetadataFinder().withKey(COLUMN_KEY).find()) {
      const range = md.getLocation().getColumn();
      if (range) map[md.getValue() ?? ''] = range.getColumn() - 1;
    }
    return map;
  }
}

/** Every table key, for callers that walk the whole workbook. */
export const TABLE_KEYS: readonly SheetKey[] = SHEETS.filter((s) => s.table).map((s) => s.key);
