import { NodeHeap } from './heap';

/** A row may go to column `col` at this cost (lower is better; may be negative). */
export interface Arc {
  col: number;
  cost: number;
}

export interface AssignmentProblem {
  /** Each row's allowed columns, rows in priority order (first = most important). */
  rows: Arc[][];
  /** How many rows each column can take. */
  slots: number[];
  /** The cost of a column's k-th row (k from 0); must not decrease as k grows. */
  slotCost: (col: number, k: number) => number;
}

// Float sums of weights are not exact: treat paths within EPS as ties and keep the first found.
const EPS = 1e-9;

/**
 * Assigns rows to columns: as many rows as possible, a higher row never left out for a lower one,
 * and, for that set of rows, the least total cost (arc costs plus each column's slot costs).
 *
 * Rows join one at a time in priority order (successive shortest paths with Johnson potentials,
 * as in the Hungarian method). A row is kept if an augmenting path from it reaches a free slot,
 * possibly moving earlier rows to other columns but never dropping one; because feasible row sets
 * form a matroid, this greedy order yields a maximum set that is lexicographically best by priority.
 * Each augmentation along a shortest path keeps the assignment of the rows so far at least cost.
 * Slot costs that grow with k make a column's load convex; a column's next slot is always its cheapest.
 * @example assignRows({ rows: [[{ col: 0, cost: 0 }, { col: 1, cost: 1 }], [{ col: 0, cost: 0 }]],
 *   slots: [1, 1], slotCost: () => 0 }) // [1, 0]
 */
export function assignRows({ rows, slots, slotCost }: AssignmentProblem): number[] {
  const rowCount = rows.length;
  const sink = rowCount + slots.length; // nodes: rows, then columns (offset rowCount), then the sink
  const colOf = rows.map(() => -1);
  const costOf = rows.map(() => 0); // cost of the arc each placed row uses
  const members: number[][] = slots.map(() => []);
  const used = slots.map(() => 0);
  const potential: number[] = new Array(sink + 1).fill(0);
  const dist: number[] = new Array(sink + 1);
  const done: boolean[] = new Array(sink + 1);
  const prev: number[] = new Array(sink + 1);
  const prevCost: number[] = new Array(sink + 1);

  for (let start = 0; start < rowCount; start++) {
    const arcs = rows[start]!;
    if (arcs.length === 0) continue;
    // Make every reduced cost out of the new row non-negative.
    let p = Number.NEGATIVE_INFINITY;
    for (const arc of arcs) p = Math.max(p, potential[rowCount + arc.col]! - arc.cost);
    potential[start] = p;

    dist.fill(Number.POSITIVE_INFINITY);
    done.fill(false);
    dist[start] = 0;
    const heap = new NodeHeap();
    heap.push(start, 0);
    const relax = (from: number, to: number, cost: number) => {
      const d = dist[from]! + cost + potential[from]! - potential[to]!;
      if (d < dist[to]! - EPS) {
        dist[to] = d;
        prev[to] = from;
        prevCost[to] = cost;
        heap.push(to, d);
      }
    };
    while (heap.size > 0) {
      const node = heap.pop();
      if (done[node]) continue;
      done[node] = true;
      if (node === sink) break;
      if (node < rowCount) {
        for (const arc of rows[node]!) if (arc.col !== colOf[node]) relax(node, rowCount + arc.col, arc.cost);
      } else {
        const col = node - rowCount;
        for (const row of members[col]!) relax(node, row, -costOf[row]!);
        if (used[col]! < slots[col]!) relax(node, sink, slotCost(col, used[col]!));
      }
    }
    if (!done[sink]) continue; // no free slot reachable: every place is held by higher rows

    // Nodes not settled lie at least as far as the sink; capping keeps reduced costs non-negative.
    const reach = dist[sink]!;
    for (let node = 0; node <= sink; node++) potential[node]! += done[node] ? dist[node]! : reach;

    let colNode = prev[sink]!;
    used[colNode - rowCount]!++;
    for (;;) {
      const row = prev[colNode]!;
      const col = colNode - rowCount;
      const left = colOf[row]!;
      if (left >= 0) members[left]!.splice(members[left]!.indexOf(row), 1);
      colOf[row] = col;
      costOf[row] = prevCost[colNode]!;
      members[col]!.push(row);
      if (row === start) break;
      colNode = prev[row]!;
    }
  }
  return colOf;
}
