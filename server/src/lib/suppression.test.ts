import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressGrid } from './suppression';

/** Can a hidden cell be worked out from the visible cells and totals of one of its lines? */
function leaks(cells: number[][], s: ReturnType<typeof suppressGrid>): boolean {
  const rows = cells.length;
  const cols = cells[0]?.length ?? 0;
  for (let r = 0; r < rows; r++) {
    const hiddenInRow = s.hidden[r]!.filter(Boolean).length;
    if (!s.hiddenRowTotals[r] && hiddenInRow === 1) {
      return true;
    }
  }
  for (let c = 0; c < cols; c++) {
    const hiddenInColumn = s.hidden.filter((row) => row[c]).length;
    if (!s.hiddenColumnTotals[c] && hiddenInColumn === 1) {
      return true;
    }
  }
  const hiddenRowTotals = s.hiddenRowTotals.filter(Boolean).length;
  const hiddenColumnTotals = s.hiddenColumnTotals.filter(Boolean).length;
  return !s.hiddenGrandTotal && (hiddenRowTotals === 1 || hiddenColumnTotals === 1);
}

describe(suppressGrid.name, () => {
  it('should hide counts of one to four, and show zero and five', () => {
    const sut = suppressGrid([[0, 1, 4, 5, 12]]);
    // 1 and 4 hidden; the row total 22 shows, and two hidden cells cannot be told apart.
    expect(sut.hidden).toEqual([[false, true, true, false, false]]);
  });

  it('should hide a second cell where a total would give a single hidden one away (differencing)', () => {
    // Row: 3 hidden alone; total 30 minus 10 and 17 would reveal it, so 10 (the smallest other) is hidden too.
    const sut = suppressGrid([[3, 10, 17]]);
    expect(sut.hidden).toEqual([[true, true, false]]);
  });

  it('should protect rows and columns together until nothing leaks', () => {
    const cells = [
      [2, 20, 30],
      [40, 50, 60],
      [70, 80, 3],
    ];
    const sut = suppressGrid(cells);
    expect(leaks(cells, sut)).toBe(false);
    expect(sut.hidden[0]![0]).toBe(true);
    expect(sut.hidden[2]![2]).toBe(true);
  });

  it('should never leave a hidden cell derivable from its line total, on random tables', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((cols) =>
          fc.array(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: cols, maxLength: cols }), {
            minLength: 1,
            maxLength: 6,
          }),
        ),
        (cells) => {
          const sut = suppressGrid(cells);
          expect(leaks(cells, sut)).toBe(false);
          // Every small count is hidden.
          for (const [r, row] of cells.entries()) {
            for (const [c, v] of row.entries()) {
              if (v > 0 && v < 5) {
                expect(sut.hidden[r]![c]).toBe(true);
              }
            }
          }
        },
      ),
      { numRuns: 400, seed: 8 },
    );
  });
});
