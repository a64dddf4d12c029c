import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CountTable, type ProtectedTable, protectTable } from './small-cells';

/**
 * An attacker who knows the method: tries every table near the true one (each hidden count within `window` of its
 * value, never below 1, shown counts as shown) and keeps those that reproduce every published total. A hidden count
 * that takes one value in all of them is disclosed. Written independently of the audit in small-cells.ts.
 */
function disclosedCounts(input: CountTable, published: ProtectedTable, window = 1): string[] {
  const rows = input.cells.length;
  const columns = input.cells[0]!.length;
  const hidden: [number, number][] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      if (published.cells[r]![c] === null) {
        hidden.push([r, c]);
      }
    }
  }
  const seen = new Map<string, Set<number>>();
  const note = (name: string, value: number) => {
    seen.set(name, (seen.get(name) ?? new Set()).add(value));
  };
  const table = input.cells.map((line) => [...line]);
  const consistent = () => {
    const rowSums = table.map((line) => line.reduce((a, b) => a + b, 0));
    const columnSums = Array.from({ length: columns }, (_, c) => table.reduce((s, line) => s + line[c]!, 0));
    const grand = rowSums.reduce((a, b) => a + b, 0);
    const matches = (shown: number | null, actual: number, isPublished: boolean) =>
      !isPublished || (shown === null ? actual >= 1 : shown === actual);
    return (
      rowSums.every((s, r) => matches(published.rowTotals[r]!, s, input.hasRowTotals)) &&
      columnSums.every((s, c) => matches(published.columnTotals[c]!, s, input.hasColumnTotals)) &&
      matches(published.grandTotal, grand, input.hasColumnTotals)
    );
  };
  const visit = (i: number) => {
    if (i === hidden.length) {
      if (consistent()) {
        for (const [r, c] of hidden) {
          note(`cell ${r},${c}`, table[r]![c]!);
        }
        table.forEach((line, r) => {
          if (published.rowTotals[r] === null) {
            note(
              `row ${r}`,
              line.reduce((a, b) => a + b, 0),
            );
          }
        });
        for (let c = 0; c < columns; c++) {
          if (published.columnTotals[c] === null) {
            note(
              `column ${c}`,
              table.reduce((s, line) => s + line[c]!, 0),
            );
          }
        }
      }
      return;
    }
    const [r, c] = hidden[i]!;
    const truth = input.cells[r]![c]!;
    for (let v = Math.max(1, truth - window); v <= truth + window; v++) {
      table[r]![c] = v;
      visit(i + 1);
    }
    table[r]![c] = truth;
  };
  visit(0);
  const names = [...seen.keys()].filter((n) => {
    if (n.startsWith('row') && !input.hasRowTotals) {
      return false;
    }
    if (n.startsWith('column') && !input.hasColumnTotals) {
      return false;
    }
    return true;
  });
  return names.filter((n) => seen.get(n)!.size < 2);
}

describe('protectTable', () => {
  it('should hide counts of 1 to 4 and show zeros and counts of 5 or more', () => {
    const sut = protectTable({
      cells: [
        [0, 6, 12],
        [5, 7, 9],
      ],
      hasRowTotals: true,
      hasColumnTotals: true,
    });
    expect(sut).toEqual({
      cells: [
        [0, 6, 12],
        [5, 7, 9],
      ],
      rowTotals: [18, 21],
      columnTotals: [5, 13, 21],
      grandTotal: 39,
    });
  });

  it('should never leave one hidden count alone beside a shown total (the differencing attack)', () => {
    // Row 0 has one small count: its total minus the shown counts would give it away.
    const input = { cells: [[2, 9, 14]], hasRowTotals: true, hasColumnTotals: false };
    const sut = protectTable(input);
    expect(sut.cells[0]![0]).toBeNull();
    expect(sut.cells[0]!.filter((v) => v === null)).toHaveLength(2);
    // The smallest other count is the one hidden with it.
    expect(sut.cells[0]).toEqual([null, null, 14]);
    expect(sut.rowTotals).toEqual([25]);
    expect(disclosedCounts(input, sut, 3)).toEqual([]);
  });

  it('should protect a small organisation against the network total minus the other organisations', () => {
    // Three organisations answering one question (no / yes): the third has 3 respondents in all.
    const input = {
      cells: [
        [6, 20],
        [8, 30],
        [1, 2],
      ],
      hasRowTotals: true,
      hasColumnTotals: true,
    };
    const sut = protectTable(input);
    expect(sut.cells[2]).toEqual([null, null]);
    expect(sut.rowTotals[2]).toBeNull();
    // Network − the two large organisations would give the third: something beside it is hidden too.
    expect(disclosedCounts(input, sut, 3)).toEqual([]);
  });

  it('should hide a cell and its row when two small counts sum to a small, fixed remainder', () => {
    // Hidden counts 1 and 1 in a row of 12 with 10 shown: the remainder 2 forces both to be 1.
    const input = { cells: [[1, 1, 10]], hasRowTotals: true, hasColumnTotals: false };
    const sut = protectTable(input);
    expect(disclosedCounts(input, sut, 3)).toEqual([]);
    expect(sut.cells[0]![2]).toBeNull();
  });

  it('should publish nothing of a table whose grand total is under the minimum', () => {
    const input = {
      cells: [
        [1, 2],
        [0, 1],
      ],
      hasRowTotals: true,
      hasColumnTotals: true,
    };
    const sut = protectTable(input);
    expect(sut.cells.flat().filter((v) => v !== null && v > 0)).toEqual([]);
    expect(sut.grandTotal).toBeNull();
    expect(disclosedCounts(input, sut, 3)).toEqual([]);
  });

  it('should never disclose a hidden count, whatever the table (property)', () => {
    const count = fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 0, max: 4 }) },
      { weight: 2, arbitrary: fc.integer({ min: 5, max: 20 }) },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        fc.boolean(),
        fc.array(count, { minLength: 12, maxLength: 12 }),
        (rows, columns, hasRowTotals, hasColumnTotals, values) => {
          const cells = Array.from({ length: rows }, (_, r) =>
            Array.from({ length: columns }, (_, c) => values[r * columns + c]!),
          );
          const input = { cells, hasRowTotals, hasColumnTotals };
          const sut = protectTable(input);
          // Shown counts are the true ones and never small; small counts are all hidden.
          for (const [r, line] of cells.entries()) {
            for (const [c, v] of line.entries()) {
              const shown = sut.cells[r]![c];
              expect(shown === null || shown === v).toBe(true);
              expect(v > 0 && v < 5 ? shown : null).toBeNull();
            }
          }
          if (hasRowTotals || hasColumnTotals) {
            expect(disclosedCounts(input, sut)).toEqual([]);
          }
        },
      ),
      { numRuns: 400, seed: 20261129 },
    );
  });
});
