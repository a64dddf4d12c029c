/**
 * Small-cell protection for published count tables (survey results, member-survey figures). A count of 1–4 is
 * never shown (primary suppression), and no hidden count may be worked out from what is shown: by subtracting
 * shown cells from a shown total, or by combining several totals and subtotals (complementary suppression).
 *
 * The audit is exact for a two-way table with its totals. Write the table with its row totals as an extra column,
 * its column totals as an extra row and the grand total in the corner, and negate the totals: then every row and
 * every column sums to zero, and any other table consistent with what is published differs by a circulation over
 * the hidden counts, which splits into alternating cycles (+1, −1, +1, … along a row, then a column, …). A hidden
 * count can take another value exactly when one such cycle passes through it and moving one unit along it keeps
 * every hidden count at 1 or more (an attacker knows that zeros are shown and only non-zero counts are hidden).
 * Finding that cycle is a path search; a count without one is disclosed, and another count beside it is hidden.
 */

/** The smallest number of people a published figure may rest on. */
export const MINIMUM_CELL = 5;

export interface CountTable {
  /** counts[row][column], whole numbers ≥ 0. */
  cells: number[][];
  /** Whether each row's total is published (e.g. the respondents of one organisation). */
  hasRowTotals: boolean;
  /** Whether each column's total and the grand total are published (e.g. the network line). */
  hasColumnTotals: boolean;
}

export interface ProtectedTable {
  /** null: hidden. */
  cells: (number | null)[][];
  /** null: hidden, or not published. */
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  grandTotal: number | null;
}

/** shown: published as is; hidden: withheld (an attacker knows it is ≥ 1); free: not published at all. */
type SlotState = 'shown' | 'hidden' | 'free';

/** The table with its totals as an extra row and column: (rows, c) is row r's total, (rows, columns) the grand total. */
class Grid {
  readonly height: number;
  readonly width: number;
  readonly value: number[][];
  readonly state: SlotState[][];

  constructor(input: CountTable) {
    const rows = input.cells.length;
    const columns = rows ? input.cells[0]!.length : 0;
    this.height = rows + 1;
    this.width = columns + 1;
    this.value = Array.from({ length: this.height }, () => new Array<number>(this.width).fill(0));
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < columns; c++) {
        const v = input.cells[r]![c]!;
        this.value[r]![c] = v;
        this.value[r]![columns] = this.value[r]![columns]! + v;
        this.value[rows]![c] = this.value[rows]![c]! + v;
        this.value[rows]![columns] = this.value[rows]![columns]! + v;
      }
    }
    this.state = Array.from({ length: this.height }, (_, r) =>
      Array.from({ length: this.width }, (_, c): SlotState => {
        const isRowTotal = r < rows && c === columns;
        const isColumnPart = r === rows;
        if ((isRowTotal && !input.hasRowTotals) || (isColumnPart && !input.hasColumnTotals)) {
          return 'free';
        }
        return 'shown';
      }),
    );
  }

  /** Totals enter the zero-sum form negated; cells and the grand total as they are. */
  isNegated(r: number, c: number): boolean {
    return (r === this.height - 1) !== (c === this.width - 1);
  }

  /** May the slot's zero-sum value go up by one (+1) or down by one (−1) without a hidden count dropping below 1? */
  canMove(r: number, c: number, direction: 1 | -1): boolean {
    const state = this.state[r]![c]!;
    if (state === 'free') {
      return true;
    }
    if (state === 'shown') {
      return false;
    }
    const countChange = this.isNegated(r, c) ? -direction : direction;
    return countChange > 0 || this.value[r]![c]! >= 2;
  }

  /** Is there a path from node `from` to node `to` (rows 0…height−1, then columns) avoiding slot (sr, sc)? */
  private hasPath(from: number, to: number, sr: number, sc: number): boolean {
    const seen = new Set<number>([from]);
    const queue = [from];
    while (queue.length) {
      const node = queue.shift()!;
      if (node === to) {
        return true;
      }
      const isRow = node < this.height;
      const next: number[] = [];
      if (isRow) {
        // Leaving a row to column c: that slot goes up (+1).
        for (let c = 0; c < this.width; c++) {
          if (!(node === sr && c === sc) && this.canMove(node, c, 1)) {
            next.push(this.height + c);
          }
        }
      } else {
        // Leaving column c to a row: that slot goes down (−1).
        const c = node - this.height;
        for (let r = 0; r < this.height; r++) {
          if (!(r === sr && c === sc) && this.canMove(r, c, -1)) {
            next.push(r);
          }
        }
      }
      for (const n of next) {
        if (!seen.has(n)) {
          seen.add(n);
          queue.push(n);
        }
      }
    }
    return false;
  }

  /** Whether a hidden slot's value follows from what is published. */
  isDisclosed(r: number, c: number): boolean {
    if (this.state[r]![c] !== 'hidden') {
      return false;
    }
    const row = r;
    const column = this.height + c;
    const up = this.canMove(r, c, 1) && this.hasPath(column, row, r, c);
    const down = this.canMove(r, c, -1) && this.hasPath(row, column, r, c);
    return !up && !down;
  }

  firstDisclosed(): [number, number] | null {
    for (let r = 0; r < this.height; r++) {
      for (let c = 0; c < this.width; c++) {
        if (this.isDisclosed(r, c)) {
          return [r, c];
        }
      }
    }
    return null;
  }
}

/**
 * Protects a count table for publication: hides counts of 1–4 and whatever else keeps them from being worked
 * out. A row (column) whose total is below the minimum has all its non-zero cells hidden with it, since each of
 * them is below the minimum too.
 */
export function protectTable(input: CountTable, minimum = MINIMUM_CELL): ProtectedTable {
  const grid = new Grid(input);
  for (let r = 0; r < grid.height; r++) {
    for (let c = 0; c < grid.width; c++) {
      const v = grid.value[r]![c]!;
      if (grid.state[r]![c] === 'shown' && v > 0 && v < minimum) {
        grid.state[r]![c] = 'hidden';
      }
    }
  }
  const shownNonZero = (slots: [number, number][]) =>
    slots
      .filter(([r, c]) => grid.state[r]![c] === 'shown' && grid.value[r]![c]! > 0)
      .sort((a, b) => grid.value[a[0]]![a[1]]! - grid.value[b[0]]![b[1]]!);

  // Each round hides at least one more slot, so this ends (at worst with every non-zero slot hidden).
  for (let pinned = grid.firstDisclosed(); pinned; pinned = grid.firstDisclosed()) {
    const [pr, pc] = pinned;
    const beside: [number, number][] = [
      ...Array.from({ length: grid.width }, (_, c): [number, number] => [pr, c]),
      ...Array.from({ length: grid.height }, (_, r): [number, number] => [r, pc]),
    ].filter(([r, c]) => !(r === pr && c === pc));
    const candidates = shownNonZero(beside);
    // The smallest count beside it whose hiding protects it; else the smallest beside it, else anywhere.
    const helps = candidates.find(([r, c]) => {
      grid.state[r]![c] = 'hidden';
      const isProtected = !grid.isDisclosed(pr, pc);
      grid.state[r]![c] = 'shown';
      return isProtected;
    });
    const anywhere = shownNonZero(
      grid.value.flatMap((line, r) => line.map((_, c): [number, number] => [r, c])),
    );
    const pick = helps ?? candidates[0] ?? anywhere[0];
    if (!pick) {
      break;
    }
    grid.state[pick[0]]![pick[1]] = 'hidden';
  }

  const rows = grid.height - 1;
  const columns = grid.width - 1;
  const show = (r: number, c: number) => (grid.state[r]![c] === 'shown' ? grid.value[r]![c]! : null);
  return {
    cells: Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => show(r, c))),
    rowTotals: Array.from({ length: rows }, (_, r) => show(r, columns)),
    columnTotals: Array.from({ length: columns }, (_, c) => show(rows, c)),
    grandTotal: show(rows, columns),
  };
}
