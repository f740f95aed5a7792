/**
 * Developer metadata: key/value pairs attached to the spreadsheet, a sheet, or whole rows or
 * columns. A column's metadata moves with the column, which is how the add-on finds a column a
 * teacher renamed or moved.
 */

export type MetadataVisibility = 'DOCUMENT' | 'PROJECT';

export type MetadataLocation =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheetId: number }
  | { type: 'ROW' | 'COLUMN'; sheetId: number; start: number; count: number };

export interface MetadataEntry {
  id: number;
  key: string;
  value: string | null;
  visibility: MetadataVisibility;
  location: MetadataLocation;
}

/** The sheet a metadata entry belongs to, or null for spreadsheet-level entries. */
export function metadataSheetId(entry: MetadataEntry): number | null {
  return entry.location.type === 'SPREADSHEET' ? null : entry.location.sheetId;
}
