/** Embedded charts as recorded: type, source ranges, anchor cell and options. */
import type { GridRect } from '../grid';

export interface ChartModel {
  id: number;
  type: string;
  ranges: GridRect[];
  anchor: { row: number; col: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
  numHeaders: number;
  transpose: boolean;
}
