import { describe, expect, it } from 'vitest';
import { assignRows } from '../../../src/core/matching/assign';
import { NodeHeap } from '../../../src/core/matching/heap';

const free = () => 0;

describe('assignRows', () => {
  it.each([
    ['nothing to assign', [], [], []],
    ['a row with no arcs stays out', [[]], [1], [-1]],
    [
      'the cheaper column',
      [
        [
          { col: 0, cost: 2 },
          { col: 1, cost: 1 },
        ],
      ],
      [1, 1],
      [1],
    ],
    [
      'an earlier row moves to make room',
      [
        [
          { col: 0, cost: 0 },
          { col: 1, cost: 1 },
        ],
        [{ col: 0, cost: 0 }],
      ],
      [1, 1],
      [1, 0],
    ],
    [
      'the later row is left out when there is no room',
      [[{ col: 0, cost: 5 }], [{ col: 0, cost: 0 }]],
      [1],
      [0, -1],
    ],
    [
      'negative costs',
      [
        [
          { col: 0, cost: -3 },
          { col: 1, cost: -1 },
        ],
        [
          { col: 0, cost: -2 },
          { col: 1, cost: 0 },
        ],
      ],
      [1, 1],
      [0, 1],
    ],
    [
      'a column with 0 slots is never used',
      [
        [
          { col: 0, cost: -9 },
          { col: 1, cost: 0 },
        ],
      ],
      [0, 1],
      [1],
    ],
  ])('%s', (_, rows, slots, expected) => {
    expect(assignRows({ rows, slots, slotCost: free })).toEqual(expected);
  });

  it('spreads rows by rising slot costs', () => {
    const rows = Array.from({ length: 6 }, () => [
      { col: 0, cost: 0 },
      { col: 1, cost: 0 },
    ]);
    const cols = assignRows({ rows, slots: [6, 6], slotCost: (_, k) => k });
    expect(cols.filter((c) => c === 0).length).toBe(3);
  });

  it('follows a long chain of moves', () => {
    // Row i can use column i or i + 1; the first rows take column i, the last one forces every row to shift.
    const n = 50;
    const rows = Array.from({ length: n }, (_, i) =>
      i === n - 1
        ? [{ col: 0, cost: 0 }]
        : [
            { col: i, cost: 0 },
            { col: i + 1, cost: 1 },
          ],
    );
    const cols = assignRows({ rows, slots: Array.from({ length: n }, () => 1), slotCost: free });
    expect(cols).toEqual([...Array.from({ length: n - 1 }, (_, i) => i + 1), 0]);
  });
});

describe('NodeHeap', () => {
  it('pops by key, then by lower node', () => {
    const heap = new NodeHeap();
    for (const [node, key] of [
      [5, 2],
      [3, 1.5],
      [1, 1.5],
      [9, 0],
      [2, 7],
    ] as const)
      heap.push(node, key);
    const out: number[] = [];
    while (heap.size > 0) out.push(heap.pop());
    expect(out).toEqual([9, 1, 3, 5, 2]);
  });
});
