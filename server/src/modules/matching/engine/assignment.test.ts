import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AssignmentProblem,
  buildAssignmentProblem as buildProblem,
  type AssignmentEdge as Edge,
  solveAssignment,
} from './assignment';

/** The best total weight by trying every assignment (each row: unassigned or one of its candidates). */
function bruteForce(p: AssignmentProblem): number {
  const used = new Int32Array(p.cols);
  let best = 0;
  const visit = (row: number, total: number) => {
    if (row === p.rows) {
      best = Math.max(best, total);
      return;
    }
    visit(row + 1, total);
    for (let e = p.rowStart[row]!; e < p.rowStart[row + 1]!; e++) {
      const j = p.colIndex[e]!;
      if (used[j]! < p.capacity[j]! && p.weight[e]! > 0) {
        used[j]!++;
        visit(row + 1, total + p.weight[e]!);
        used[j]!--;
      }
    }
  };
  visit(0, 0);
  return best;
}

/** A result respects capacities, only uses candidate edges, and its objective is the sum of its edges. */
function assertFeasible(p: AssignmentProblem, rowToCol: Int32Array, objective: number) {
  const used = new Int32Array(p.cols);
  let total = 0;
  for (let i = 0; i < p.rows; i++) {
    const j = rowToCol[i]!;
    if (j < 0) {
      continue;
    }
    used[j]!++;
    let found = false;
    for (let e = p.rowStart[i]!; e < p.rowStart[i + 1]!; e++) {
      if (p.colIndex[e] === j) {
        total += p.weight[e]!;
        found = true;
      }
    }
    expect(found).toBe(true);
  }
  for (let j = 0; j < p.cols; j++) {
    expect(used[j]).toBeLessThanOrEqual(p.capacity[j]!);
  }
  expect(total).toBe(objective);
}

describe(solveAssignment.name, () => {
  it('should solve a hand-made case where first-come greedy is not optimal', () => {
    // Row 0 prefers job 0 (9 vs 8); row 1 only fits job 0 (7). Greedy gives 9; optimal 8 + 7 = 15.
    const p = buildProblem(
      2,
      [1, 1],
      [
        { row: 0, col: 0, w: 9 },
        { row: 0, col: 1, w: 8 },
        { row: 1, col: 0, w: 7 },
      ],
    );
    const sut = solveAssignment(p);
    expect(sut.objective).toBe(15);
    expect([...sut.rowToCol]).toEqual([1, 0]);
  });

  it('should fill a job up to its positions and leave the rest unassigned', () => {
    const p = buildProblem(
      3,
      [2],
      [
        { row: 0, col: 0, w: 5 },
        { row: 1, col: 0, w: 6 },
        { row: 2, col: 0, w: 4 },
      ],
    );
    const sut = solveAssignment(p);
    expect(sut.objective).toBe(11);
    expect([...sut.rowToCol]).toEqual([0, 0, -1]);
    expect(sut.assigned).toBe(2);
  });

  it('should never take an edge without benefit and handle rows without candidates', () => {
    const p = buildProblem(
      3,
      [1, 0],
      [
        { row: 0, col: 0, w: 0 },
        { row: 2, col: 1, w: 10 },
      ],
    );
    const sut = solveAssignment(p);
    expect(sut.objective).toBe(0);
    expect([...sut.rowToCol]).toEqual([-1, -1, -1]);
  });

  it('should equal brute force on random small instances', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((rows) =>
          fc.integer({ min: 1, max: 4 }).chain((cols) =>
            fc.record({
              rows: fc.constant(rows),
              capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: cols, maxLength: cols }),
              edges: fc.array(
                fc.record({
                  row: fc.integer({ min: 0, max: rows - 1 }),
                  col: fc.integer({ min: 0, max: cols - 1 }),
                  w: fc.integer({ min: -5, max: 100 }),
                }),
                { maxLength: rows * cols },
              ),
            }),
          ),
        ),
        ({ rows, capacities, edges }) => {
          const p = buildProblem(rows, capacities, edges);
          const sut = solveAssignment(p);
          assertFeasible(p, sut.rowToCol, sut.objective);
          expect(sut.objective).toBe(bruteForce(p));
        },
      ),
      { numRuns: 600, seed: 20261129 },
    );
  });

  it('should reach the known optimum of a medium instance built with a planted perfect assignment', () => {
    // 400 persons, 400 jobs: each person i has weight 1000 on job i and lower weights elsewhere, so the
    // optimum is the planted diagonal, 400 × 1000.
    const edges: Edge[] = [];
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let i = 0; i < 400; i++) {
      for (let k = 0; k < 20; k++) {
        edges.push({ row: i, col: Math.floor(rnd() * 400), w: Math.floor(rnd() * 999) });
      }
      edges.push({ row: i, col: i, w: 1000 });
    }
    const p = buildProblem(400, new Array(400).fill(1), edges);
    const sut = solveAssignment(p);
    assertFeasible(p, sut.rowToCol, sut.objective);
    expect(sut.objective).toBe(400_000);
  });
});
