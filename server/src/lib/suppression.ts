/**
 * Small-cell suppression for figures that leave an organisation: a count of 1 to 4 people could identify them, so it
 * is hidden (primary suppression). Hiding it alone is not enough when the table also shows totals: the hidden cell
 * is then the total minus the others (the differencing attack). So every line (row or column) that has a total and
 * exactly one hidden cell gets a second cell hidden, the smallest one that still shows (complementary suppression),
 * repeated until no line gives a hidden cell away. A zero is shown: it identifies nobody, and hiding it would not
 * protect a neighbour.
 */

/** Counts under this many people are hidden. */
export const MINIMUM_CELL = 5;

export const isSmall = (n: number) => n > 0 && n < MINIMUM_CELL;

/**
 * A grid of counts with its row totals, column totals and grand total shown beside it (or only those lines whose
 * totals are shown: a funnel's steps are nested, so only its column totals are sums). Returns which cells to hide
 * (`hidden[r][c]`), and whether each total must be hidden (a total under five is small itself).
 */
export function suppressGrid(
  cells: number[][],
  shownTotals: { rows: boolean; columns: boolean } = { rows: true, columns: true },
): {
  hidden: boolean[][];
  hiddenRowTotals: boolean[];
  hiddenColumnTotals: boolean[];
  hiddenGrandTotal: boolean;
} {
  const rows = cells.length;
  const cols = rows ? cells[0]!.length : 0;
  const hidden = cells.map((row) => row.map(isSmall));
  const rowTotals = cells.map((row) => row.reduce((s, v) => s + v, 0));
  const colTotals = Array.from({ length: cols }, (_, c) => cells.reduce((s, row) => s + row[c]!, 0));
  const hiddenRowTotals = rowTotals.map(isSmall);
  const hiddenColumnTotals = colTotals.map(isSmall);
  const grand = rowTotals.reduce((s, v) => s + v, 0);

  // A line with a visible total and exactly one hidden cell gives it away: hide the smallest other non-zero cell,
  // or, when there is none, the line's total itself.
  const protectLine = (indices: [number, number][], totalHidden: boolean, hideTotal: () => void) => {
    if (totalHidden) {
      return false;
    }
    const hiddenCells = indices.filter(([r, c]) => hidden[r]![c]);
    if (hiddenCells.length !== 1) {
      return false;
    }
    const candidates = indices
      .filter(([r, c]) => !hidden[r]![c] && cells[r]![c]! > 0)
      .sort((a, b) => cells[a[0]]![a[1]]! - cells[b[0]]![b[1]]!);
    const pick = candidates[0];
    if (pick) {
      hidden[pick[0]]![pick[1]] = true;
    } else {
      hideTotal();
    }
    return true;
  };
  let hiddenGrandTotal = isSmall(grand);
  // The totals themselves form a line against the grand total: one hidden row total is the grand total minus
  // the others.
  const protectTotals = (totals: number[], hiddenTotals: boolean[]) => {
    if (hiddenGrandTotal || hiddenTotals.filter(Boolean).length !== 1) {
      return false;
    }
    const pick = totals
      .map((v, k) => [v, k] as const)
      .filter(([v, k]) => !hiddenTotals[k] && v > 0)
      .sort((a, b) => a[0] - b[0])[0];
    if (pick) {
      hiddenTotals[pick[1]] = true;
    } else {
      hiddenGrandTotal = true;
    }
    return true;
  };
  let changed = true;
  while (changed) {
    changed = protectTotals(rowTotals, hiddenRowTotals) || protectTotals(colTotals, hiddenColumnTotals);
    for (let r = 0; r < rows && shownTotals.rows; r++) {
      changed =
        protectLine(
          Array.from({ length: cols }, (_, c) => [r, c] as [number, number]),
          hiddenRowTotals[r]!,
          () => {
            hiddenRowTotals[r] = true;
          },
        ) || changed;
    }
    for (let c = 0; c < cols && shownTotals.columns; c++) {
      changed =
        protectLine(
          Array.from({ length: rows }, (_, r) => [r, c] as [number, number]),
          hiddenColumnTotals[c]!,
          () => {
            hiddenColumnTotals[c] = true;
          },
        ) || changed;
    }
  }
  return { hidden, hiddenRowTotals, hiddenColumnTotals, hiddenGrandTotal };
}

/** A count as it may be shown: null when hidden. */
export const shown = (n: number, isHidden: boolean): number | null => (isHidden ? null : n);

/*
 * Exact protection (survey and member-survey results). suppressGrid above protects each line against its own
 * total; combining several totals and subtotals can still pin a hidden count down in larger tables. The audit
 * below is exact for a two-way table with its totals. Write the table with its row totals as an extra column,
 * its column totals as an extra row and the grand total in the corner, and negate the totals: then every row and
 * every column sums to zero, and any other table consistent with what is published differs by a circulation over
 * the hidden counts, which splits into alternating cycles (+1, −1, +1, … along a row, then a column, …). A hidden
 * count can take another value exactly when one such cycle passes through it and moving one unit along it keeps
 * every count at 0 or more. Finding that cycle is a path search; a count without one is disclosed, and another
 * count beside it is hidden, the smallest first. Zeros are hidden too when that helps (a hidden zero gives nothing
 * away and costs nothing), so a hidden cell does not even tell that someone is in it.
 *
 * Known limit: an attacker who also knows that a primary-hidden count lies between 1 and 4 can narrow it further;
 * the audit guarantees only that no hidden count can be pinned to one value.
 */

export interface CountTable {
  /** counts[row][column], whole numbers ≥ 0. */
  cells: number[][];
  /**
   * Whether each row's total is published. 'kept': published and never hidden (the respondents of an organisation,
   * shown elsewhere anyway); the cells are then protected around it.
   */
  hasRowTotals: boolean | 'kept';
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

/** shown: published; kept: published and never hidden; hidden: withheld; free: not published at all. */
type SlotState = 'shown' | 'kept' | 'hidden' | 'free';

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
        return isRowTotal && input.hasRowTotals === 'kept' ? 'kept' : 'shown';
      }),
    );
  }

  /** Totals enter the zero-sum form negated; cells and the grand total as they are. */
  isNegated(r: number, c: number): boolean {
    return (r === this.height - 1) !== (c === this.width - 1);
  }

  /** May the slot's zero-sum value go up by one (+1) or down by one (−1) without a count dropping below 0? */
  canMove(r: number, c: number, direction: 1 | -1): boolean {
    const state = this.state[r]![c]!;
    if (state === 'free') {
      return true;
    }
    if (state !== 'hidden') {
      return false;
    }
    const countChange = this.isNegated(r, c) ? -direction : direction;
    return countChange > 0 || this.value[r]![c]! >= 1;
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
 * out. A row (column) whose total is below the minimum is hidden, and so is each of its non-zero cells.
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
  const shownBySize = (slots: [number, number][]) =>
    slots
      .filter(([r, c]) => grid.state[r]![c] === 'shown')
      .sort((a, b) => grid.value[a[0]]![a[1]]! - grid.value[b[0]]![b[1]]!);

  // Each round hides at least one more slot, so this ends (at worst with every slot hidden).
  for (let pinned = grid.firstDisclosed(); pinned; pinned = grid.firstDisclosed()) {
    const [pr, pc] = pinned;
    const beside: [number, number][] = [
      ...Array.from({ length: grid.width }, (_, c): [number, number] => [pr, c]),
      ...Array.from({ length: grid.height }, (_, r): [number, number] => [r, pc]),
    ].filter(([r, c]) => !(r === pr && c === pc));
    const candidates = shownBySize(beside);
    // The smallest count beside it whose hiding protects it; else the smallest beside it, else anywhere.
    const helps = candidates.find(([r, c]) => {
      grid.state[r]![c] = 'hidden';
      const isProtected = !grid.isDisclosed(pr, pc);
      grid.state[r]![c] = 'shown';
      return isProtected;
    });
    const anywhere = shownBySize(
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
  const show = (r: number, c: number) =>
    grid.state[r]![c] === 'shown' || grid.state[r]![c] === 'kept' ? grid.value[r]![c]! : null;
  return {
    cells: Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => show(r, c))),
    rowTotals: Array.from({ length: rows }, (_, r) => show(r, columns)),
    columnTotals: Array.from({ length: columns }, (_, c) => show(rows, c)),
    grandTotal: show(rows, columns),
  };
}

/**
 * The exact differencing audit of a published table: the hidden counts (and hidden totals) whose value follows
 * from what is shown, as [row, column] with the totals at index rows (column totals) and columns (row totals).
 * Empty when nothing can be worked out. Use it to check any published table, e.g. one from suppressGrid.
 */
export function disclosedCells(input: CountTable, published: ProtectedTable): [number, number][] {
  const grid = new Grid(input);
  const rows = grid.height - 1;
  const columns = grid.width - 1;
  const isHidden = (r: number, c: number) =>
    r < rows && c < columns
      ? published.cells[r]![c] === null
      : r < rows
        ? published.rowTotals[r] === null
        : c < columns
          ? published.columnTotals[c] === null
          : published.grandTotal === null;
  const found: [number, number][] = [];
  for (let r = 0; r < grid.height; r++) {
    for (let c = 0; c < grid.width; c++) {
      if (grid.state[r]![c] !== 'free' && isHidden(r, c)) {
        grid.state[r]![c] = 'hidden';
      }
    }
  }
  for (let r = 0; r < grid.height; r++) {
    for (let c = 0; c < grid.width; c++) {
      if (grid.isDisclosed(r, c)) {
        found.push([r, c]);
      }
    }
  }
  return found;
}
