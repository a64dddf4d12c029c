import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CountTable,
  disclosedCells,
  type ProtectedTable,
  protectTable,
  suppressGrid,
} from './suppression';

/**
 * An attacker who knows the method: tries every table near the true one (each hidden count within `window` of its
 * value, never below 0, shown counts as shown) and keeps those that reproduce every published total. A hidden count
 * that takes one value in all of them is disclosed. Written independently of the audit in suppression.ts.
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
      !isPublished || shown === null || shown === actual;
    return (
      rowSums.every((s, r) => matches(published.rowTotals[r]!, s, !!input.hasRowTotals)) &&
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
    for (let v = Math.max(0, truth - window); v <= truth + window; v++) {
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

  it('should let two small counts hide each other: their sum is known, not how it splits', () => {
    const input = { cells: [[1, 1, 10]], hasRowTotals: true, hasColumnTotals: false };
    const sut = protectTable(input);
    expect(sut.cells).toEqual([[null, null, 10]]);
    expect(disclosedCounts(input, sut, 3)).toEqual([]);
  });

  it('should hide a zero beside a lone small count rather than a larger count', () => {
    const input = { cells: [[3, 0, 9, 14]], hasRowTotals: true, hasColumnTotals: false };
    const sut = protectTable(input);
    expect(sut.cells).toEqual([[null, null, 9, 14]]);
    expect(disclosedCounts(input, sut, 3)).toEqual([]);
  });

  it('should keep row totals published when asked, and protect the cells around them', () => {
    // One organisation of five respondents, each answer once: the row total stays, every cell hides.
    const input = {
      cells: [
        [1, 1, 1, 1, 1],
        [0, 2, 3, 9, 20],
      ],
      hasRowTotals: 'kept' as const,
      hasColumnTotals: true,
    };
    const sut = protectTable(input);
    expect(sut.rowTotals).toEqual([5, 34]);
    expect(sut.cells[0]).toEqual([null, null, null, null, null]);
    expect(disclosedCounts(input, sut, 2)).toEqual([]);
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
        fc.constantFrom(true, false, 'kept' as const),
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
          if (hasRowTotals === 'kept') {
            expect(sut.rowTotals).toEqual(cells.map((line) => line.reduce((a, b) => a + b, 0)));
          }
          // With one column and its row total kept, the cell is the total: nothing can protect it.
          if ((hasRowTotals || hasColumnTotals) && !(hasRowTotals === 'kept' && columns === 1)) {
            expect(disclosedCounts(input, sut)).toEqual([]);
          }
        },
      ),
      { numRuns: 400, seed: 20261129 },
    );
  });
});

describe(disclosedCells.name, () => {
  it('should find the one hidden count a row total gives away, and nothing once a second is hidden', () => {
    const input = { cells: [[3, 10, 17]], hasRowTotals: true, hasColumnTotals: false };
    const lone = {
      cells: [[null, 10, 17]],
      rowTotals: [30],
      columnTotals: [null, null, null],
      grandTotal: null,
    };
    expect(disclosedCells(input, lone)).toEqual([[0, 0]]);
    expect(disclosedCells(input, { ...lone, cells: [[null, null, 17]] })).toEqual([]);
  });

  it('should find what combining totals and subtotals discloses, where each line alone looks safe', () => {
    // Two hidden counts in row 0 and two in row 1, but in different column pairs: the column totals pin them.
    const input = {
      cells: [
        [2, 9, 20],
        [12, 3, 8],
      ],
      hasRowTotals: true,
      hasColumnTotals: true,
    };
    const published = {
      cells: [
        [null, null, 20],
        [null, null, 8],
      ],
      rowTotals: [31, 23],
      columnTotals: [14, 12, 28],
      grandTotal: 54,
    };
    expect(disclosedCells(input, published)).toEqual([]);
    // With the second column shown, the first column's two hidden counts are the column total split by rows.
    const leaky = {
      ...published,
      cells: [
        [null, 9, 20],
        [null, 3, 8],
      ],
    };
    expect(disclosedCells(input, leaky).length).toBeGreaterThan(0);
  });

  it('should agree with the independent attacker on what suppressGrid publishes (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }).chain((cols) =>
          fc.array(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: cols, maxLength: cols }), {
            minLength: 1,
            maxLength: 3,
          }),
        ),
        (cells) => {
          const s = suppressGrid(cells);
          const input = { cells, hasRowTotals: true, hasColumnTotals: true };
          const rowTotals = cells.map((row) => row.reduce((a, b) => a + b, 0));
          const columnTotals = cells[0]!.map((_, c) => cells.reduce((a, row) => a + row[c]!, 0));
          const published = {
            cells: cells.map((row, r) => row.map((v, c) => (s.hidden[r]![c] ? null : v))),
            rowTotals: rowTotals.map((v, r) => (s.hiddenRowTotals[r] ? null : v)),
            columnTotals: columnTotals.map((v, c) => (s.hiddenColumnTotals[c] ? null : v)),
            grandTotal: s.hiddenGrandTotal ? null : rowTotals.reduce((a, b) => a + b, 0),
          };
          const audited = disclosedCells(input, published).filter(
            ([r, c]) => r < cells.length && c < cells[0]!.length,
          );
          expect(audited.length === 0).toBe(
            disclosedCounts(input, published, 1).filter((n) => n.startsWith('cell')).length === 0,
          );
        },
      ),
      { numRuns: 150, seed: 8 },
    );
  });
});
