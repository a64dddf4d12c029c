import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AssignmentProblem, buildAssignmentProblem, solveAssignment } from './assignment';
import { solveAssignmentWithGroups } from './group-assignment';

/** The best total weight by trying every assignment that respects positions and group limits. */
function bruteForce(p: AssignmentProblem, rowGroup: number[], limit: number[]): number {
  const used = new Int32Array(p.cols);
  const taken = new Int32Array(limit.length);
  let best = 0;
  const visit = (row: number, total: number) => {
    if (row === p.rows) {
      best = Math.max(best, total);
      return;
    }
    visit(row + 1, total);
    const g = rowGroup[row]!;
    if (g >= 0 && taken[g]! >= limit[g]!) {
      return;
    }
    for (let e = p.rowStart[row]!; e < p.rowStart[row + 1]!; e++) {
      const j = p.colIndex[e]!;
      if (used[j]! < p.capacity[j]! && p.weight[e]! > 0) {
        used[j]!++;
        if (g >= 0) {
          taken[g]!++;
        }
        visit(row + 1, total + p.weight[e]!);
        used[j]!--;
        if (g >= 0) {
          taken[g]!--;
        }
      }
    }
  };
  visit(0, 0);
  return best;
}

const instance = fc.integer({ min: 1, max: 6 }).chain((rows) =>
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
      rowGroup: fc.array(fc.integer({ min: -1, max: 1 }), { minLength: rows, maxLength: rows }),
      limit: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 2, maxLength: 2 }),
    }),
  ),
);

describe(solveAssignmentWithGroups.name, () => {
  it('should respect a coach limit in a hand-made case', () => {
    // Both persons belong to a coach who may take one placement: only the better pair is kept.
    const p = buildAssignmentProblem(
      2,
      [1, 1],
      [
        { row: 0, col: 0, w: 5 },
        { row: 1, col: 1, w: 7 },
      ],
    );
    const sut = solveAssignmentWithGroups(p, {
      rowGroup: Int32Array.from([0, 0]),
      limit: Int32Array.from([1]),
    });
    expect(sut.objective).toBe(7);
    expect([...sut.rowToCol]).toEqual([-1, 1]);
  });

  it('should equal brute force with group limits on random small instances', () => {
    fc.assert(
      fc.property(instance, ({ rows, capacities, edges, rowGroup, limit }) => {
        const p = buildAssignmentProblem(rows, capacities, edges);
        const sut = solveAssignmentWithGroups(p, {
          rowGroup: Int32Array.from(rowGroup),
          limit: Int32Array.from(limit),
        });
        expect(sut.objective).toBe(bruteForce(p, rowGroup, limit));
        // Feasible: positions and limits hold.
        const used = new Int32Array(p.cols);
        const taken = [0, 0];
        sut.rowToCol.forEach((j, i) => {
          if (j >= 0) {
            used[j]!++;
            if (rowGroup[i]! >= 0) {
              taken[rowGroup[i]!]!++;
            }
          }
        });
        for (let j = 0; j < p.cols; j++) {
          expect(used[j]).toBeLessThanOrEqual(p.capacity[j]!);
        }
        for (const g of [0, 1]) {
          expect(taken[g]).toBeLessThanOrEqual(limit[g]!);
        }
      }),
      { numRuns: 500, seed: 20261129 },
    );
  });

  it('should give the same optimum as the sparse Hungarian when no group is limited', () => {
    fc.assert(
      fc.property(instance, ({ rows, capacities, edges }) => {
        const p = buildAssignmentProblem(rows, capacities, edges);
        const free = { rowGroup: new Int32Array(rows).fill(-1), limit: new Int32Array(0) };
        expect(solveAssignmentWithGroups(p, free).objective).toBe(solveAssignment(p).objective);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
