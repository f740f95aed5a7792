/**
 * A set of sheet rows as compact text ("2-57,59"), to remember which form responses were
 * taken: a repeated event for a row already taken does nothing.
 */
export class RowSet {
  private readonly ranges: Array<[number, number]>;

  constructor(text = '') {
    this.ranges = text
      .split(',')
      .map((part) => part.split('-').map(Number))
      .filter((p) => p.length > 0 && p.every((n) => Number.isInteger(n) && n > 0))
      .map((p) => [p[0]!, p[1] ?? p[0]!] as [number, number])
      .sort((a, b) => a[0] - b[0]);
  }

  has(row: number): boolean {
    return this.ranges.some(([a, b]) => row >= a && row <= b);
  }

  add(row: number): void {
    if (this.has(row)) return;
    this.ranges.push([row, row]);
    this.ranges.sort((a, b) => a[0] - b[0]);
    const merged: Array<[number, number]> = [];
    for (const r of this.ranges) {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
      else merged.push([r[0], r[1]]);
    }
    this.ranges.splice(0, this.ranges.length, ...merged);
  }

  /**
   * @example const s = new RowSet('2-4'); s.add(6); s.add(5); s.toString() // '2-6'
   */
  toString(): string {
    return this.ranges.map(([a, b]) => (a === b ? String(a) : `${a}-${b}`)).join(',');
  }
}
