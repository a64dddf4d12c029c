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
