/**
 * Network-wide assignment: persons (rows) to jobs (columns) on a sparse candidate graph, maximising the total
 * weight, with a capacity per job (its open positions) and an "unassigned" option for every person (weight 0).
 * Exact: the result is optimal, not a heuristic.
 *
 * Algorithm: shortest augmenting paths with Dijkstra on reduced costs (the Hungarian method in the form of
 * Jonker–Volgenant's sparse LAPJVsp, which scipy's min_weight_full_bipartite_matching also uses). Formulated as a
 * minimum-cost full matching: every row is matched, either to a slot of a job (cost W − w) or to its own private
 * "unassigned" column (cost W), where W exceeds every weight, so minimising cost maximises the total weight.
 *
 * Data layout (why it is fast in JavaScript): the candidate graph is compressed sparse rows in typed arrays;
 * a job with k positions is k slots with consecutive indices, so an edge to a job relaxes its slots in a tight
 * loop; Dijkstra uses a binary heap of slot indices with lazy deletion; per-search state is reset only where it
 * was touched, so a search costs what it explores, not the size of the graph. The private unassigned column
 * bounds every search: a row is never sent further than its own "stay unassigned" cost, so most searches stay
 * local. Rows are processed in order; each search augments one path and updates the duals of the columns it
 * settled (the standard update that keeps all reduced costs non-negative).
 */

export interface AssignmentProblem {
  /** Number of persons. */
  rows: number;
  /** Number of jobs. */
  cols: number;
  /** Positions per job (length cols), ≥ 0. */
  capacity: Int32Array;
  /** Compressed sparse rows: the candidate jobs of row i are colIndex[rowStart[i] .. rowStart[i+1]). */
  rowStart: Int32Array;
  colIndex: Int32Array;
  /** Integer weight of each candidate edge (the fit score); an edge with weight ≤ 0 is never worth taking. */
  weight: Int32Array;
}

export interface AssignmentResult {
  /** The job of each row, or −1 for unassigned. */
  rowToCol: Int32Array;
  /** The total weight of the assignment. */
  objective: number;
  /** Number of rows assigned to a job. */
  assigned: number;
}

const INF = Number.POSITIVE_INFINITY;

export interface AssignmentEdge {
  row: number;
  col: number;
  w: number;
}

/** Builds the compressed sparse rows from a list of edges (a later duplicate of a row–column pair wins). */
export function buildAssignmentProblem(
  rows: number,
  capacities: ArrayLike<number>,
  edges: AssignmentEdge[],
): AssignmentProblem {
  const unique = new Map<number, AssignmentEdge>();
  const cols = capacities.length;
  for (const e of edges) {
    unique.set(e.row * cols + e.col, e);
  }
  const sorted = [...unique.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  const rowStart = new Int32Array(rows + 1);
  for (const e of sorted) {
    rowStart[e.row + 1]!++;
  }
  for (let i = 0; i < rows; i++) {
    rowStart[i + 1]! += rowStart[i]!;
  }
  return {
    rows,
    cols,
    capacity: Int32Array.from(capacities),
    rowStart,
    colIndex: Int32Array.from(sorted.map((e) => e.col)),
    weight: Int32Array.from(sorted.map((e) => e.w)),
  };
}

/** A binary min-heap of integer keys with float priorities, allowing stale entries (lazy deletion). */
class MinHeap {
  private keys: Int32Array;
  private prio: Float64Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Int32Array(Math.max(16, capacity));
    this.prio = new Float64Array(Math.max(16, capacity));
  }

  clear() {
    this.size = 0;
  }

  push(key: number, priority: number) {
    if (this.size === this.keys.length) {
      const keys = new Int32Array(this.keys.length * 2);
      keys.set(this.keys);
      this.keys = keys;
      const prio = new Float64Array(this.prio.length * 2);
      prio.set(this.prio);
      this.prio = prio;
    }
    let i = this.size++;
    const keys = this.keys;
    const prioArr = this.prio;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (prioArr[parent]! <= priority) {
        break;
      }
      keys[i] = keys[parent]!;
      prioArr[i] = prioArr[parent]!;
      i = parent;
    }
    keys[i] = key;
    prioArr[i] = priority;
  }

  peekPriority(): number {
    return this.size > 0 ? this.prio[0]! : INF;
  }

  /** Removes the minimum; read its key and priority with lastKey/lastPriority. */
  lastKey = -1;
  lastPriority = INF;
  pop() {
    const keys = this.keys;
    const prioArr = this.prio;
    this.lastKey = keys[0]!;
    this.lastPriority = prioArr[0]!;
    const n = --this.size;
    if (n === 0) {
      return;
    }
    const key = keys[n]!;
    const priority = prioArr[n]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) {
        break;
      }
      if (child + 1 < n && prioArr[child + 1]! < prioArr[child]!) {
        child++;
      }
      if (prioArr[child]! >= priority) {
        break;
      }
      keys[i] = keys[child]!;
      prioArr[i] = prioArr[child]!;
      i = child;
    }
    keys[i] = key;
    prioArr[i] = priority;
  }
}

/** Checks the shape of a problem; a malformed one is a programming error, not user input. */
function assertWellFormed(p: AssignmentProblem) {
  if (p.rowStart.length !== p.rows + 1 || p.capacity.length !== p.cols) {
    throw new RangeError('assignment problem: array lengths do not match rows/cols');
  }
  const edges = p.rowStart[p.rows]!;
  if (p.colIndex.length < edges || p.weight.length < edges) {
    throw new RangeError('assignment problem: fewer edges than rowStart announces');
  }
}

/** Solves the assignment exactly (see the module comment). */
export function solveAssignment(p: AssignmentProblem): AssignmentResult {
  assertWellFormed(p);
  const { rows, cols, capacity, rowStart, colIndex, weight } = p;
  const edgeCount = rowStart[rows]!;

  // Slots: job j owns slots slotStart[j] .. slotStart[j+1).
  const slotStart = new Int32Array(cols + 1);
  for (let j = 0; j < cols; j++) {
    slotStart[j + 1] = slotStart[j]! + Math.max(0, capacity[j]!);
  }
  const slots = slotStart[cols]!;
  const slotJob = new Int32Array(slots);
  for (let j = 0; j < cols; j++) {
    slotJob.fill(j, slotStart[j]!, slotStart[j + 1]!);
  }

  let maxWeight = 0;
  for (let e = 0; e < edgeCount; e++) {
    if (weight[e]! > maxWeight) {
      maxWeight = weight[e]!;
    }
  }
  const W = maxWeight + 1;

  // Duals: u per row, v per slot, vd per row's private unassigned column. Matching: slot → row, row → slot
  // (−1 = on its unassigned column, −2 = not yet processed).
  const u = new Float64Array(rows);
  const v = new Float64Array(slots);
  const vd = new Float64Array(rows);
  const slotRow = new Int32Array(slots).fill(-1);
  const rowSlot = new Int32Array(rows).fill(-2);

  // Per-search state, reset through the touched lists.
  const dist = new Float64Array(slots).fill(INF);
  const pred = new Int32Array(slots); // the row from which a slot was reached
  const settled = new Uint8Array(slots);
  const touched = new Int32Array(slots);
  const settledList = new Int32Array(slots);
  const rowDist = new Float64Array(rows);
  const treeRows = new Int32Array(rows);
  const heap = new MinHeap(1024);

  for (let root = 0; root < rows; root++) {
    // Initial dual of the root: the cheapest of its options, so that its reduced costs are non-negative.
    let best = W - vd[root]!;
    for (let e = rowStart[root]!; e < rowStart[root + 1]!; e++) {
      const w = weight[e]!;
      if (w <= 0) {
        continue;
      }
      const j = colIndex[e]!;
      const c = W - w;
      for (let s = slotStart[j]!; s < slotStart[j + 1]!; s++) {
        const r = c - v[s]!;
        if (r < best) {
          best = r;
        }
      }
    }
    u[root] = best;

    let touchedCount = 0;
    let settledCount = 0;
    let treeCount = 0;
    heap.clear();

    // The best "stay unassigned" end found so far: the private column of a row in the tree.
    let sinkDist = INF;
    let sinkRow = -1; // the row whose private column ends the path
    let sinkSlot = -1; // or a free slot that ends it

    let row = root;
    let d = 0;
    for (;;) {
      rowDist[row] = d;
      treeRows[treeCount++] = row;
      const ur = u[row]!;
      // Its own unassigned column: free whenever this row is in the tree (the root, or reached through its slot).
      const dd = d + (W - ur - vd[row]!);
      if (dd < sinkDist) {
        sinkDist = dd;
        sinkRow = row;
        sinkSlot = -1;
      }
      for (let e = rowStart[row]!; e < rowStart[row + 1]!; e++) {
        const w = weight[e]!;
        if (w <= 0) {
          continue;
        }
        const j = colIndex[e]!;
        const base = d + (W - w) - ur;
        for (let s = slotStart[j]!; s < slotStart[j + 1]!; s++) {
          if (settled[s]) {
            continue;
          }
          const nd = base - v[s]!;
          if (nd < dist[s]!) {
            if (dist[s] === INF) {
              touched[touchedCount++] = s;
            }
            dist[s] = nd;
            pred[s] = row;
            heap.push(s, nd);
          }
        }
      }
      // Settle the nearest slot; stop when no slot is nearer than the best end found.
      let next = -1;
      while (heap.size > 0) {
        heap.pop();
        const s = heap.lastKey;
        if (settled[s] || heap.lastPriority > dist[s]!) {
          continue;
        }
        next = s;
        break;
      }
      if (next < 0 || dist[next]! >= sinkDist) {
        break;
      }
      settled[next] = 1;
      settledList[settledCount++] = next;
      const holder = slotRow[next]!;
      if (holder < 0) {
        sinkDist = dist[next]!;
        sinkSlot = next;
        sinkRow = -1;
        break;
      }
      row = holder;
      d = dist[next]!;
    }

    // Dual update: settled slots and tree rows move by their distance below the path's length.
    for (let k = 0; k < settledCount; k++) {
      const s = settledList[k]!;
      v[s] = v[s]! + dist[s]! - sinkDist;
    }
    for (let k = 0; k < treeCount; k++) {
      const r = treeRows[k]!;
      u[r] = u[r]! + sinkDist - rowDist[r]!;
    }

    // Augment along the path back to the root.
    let slot: number;
    if (sinkSlot >= 0) {
      slot = sinkSlot;
    } else {
      // The path ends on sinkRow's unassigned column: sinkRow leaves its slot (if any) for it.
      const leaving = rowSlot[sinkRow]!;
      rowSlot[sinkRow] = -1;
      // The unassigned column's dual keeps its reduced cost zero for the row now on it.
      vd[sinkRow] = W - u[sinkRow]!;
      slot = sinkRow === root ? -1 : leaving;
      if (slot >= 0) {
        slotRow[slot] = -1;
      }
    }
    while (slot >= 0) {
      const r = pred[slot]!;
      const previous = rowSlot[r]!;
      slotRow[slot] = r;
      rowSlot[r] = slot;
      slot = r === root ? -1 : previous;
    }

    for (let k = 0; k < touchedCount; k++) {
      const s = touched[k]!;
      dist[s] = INF;
      settled[s] = 0;
    }
  }

  // Read the result back per job.
  const rowToCol = new Int32Array(rows).fill(-1);
  let objective = 0;
  let assigned = 0;
  for (let i = 0; i < rows; i++) {
    const s = rowSlot[i]!;
    if (s < 0) {
      continue;
    }
    const j = slotJob[s]!;
    rowToCol[i] = j;
    assigned++;
    for (let e = rowStart[i]!; e < rowStart[i + 1]!; e++) {
      if (colIndex[e] === j) {
        objective += weight[e]!;
        break;
      }
    }
  }
  return { rowToCol, objective, assigned };
}

/**
 * First come, first served: persons in the given order (longest waiting first) each take their best candidate job
 * that still has a position (and whose coach has room, with group limits). What matching by hand amounts to; the
 * baseline the optimal assignment is compared with.
 */
export function greedyAssignment(
  p: AssignmentProblem,
  order: ArrayLike<number>,
  groups?: { rowGroup: Int32Array; limit: Int32Array },
): AssignmentResult {
  const left = Int32Array.from(p.capacity);
  const groupLeft = groups ? Int32Array.from(groups.limit) : null;
  const rowToCol = new Int32Array(p.rows).fill(-1);
  let objective = 0;
  let assigned = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const g = groups ? groups.rowGroup[i]! : -1;
    if (groupLeft && g >= 0 && groupLeft[g]! <= 0) {
      continue;
    }
    let best = -1;
    let bestWeight = 0;
    for (let e = p.rowStart[i]!; e < p.rowStart[i + 1]!; e++) {
      const j = p.colIndex[e]!;
      if (left[j]! > 0 && p.weight[e]! > bestWeight) {
        best = j;
        bestWeight = p.weight[e]!;
      }
    }
    if (best >= 0) {
      left[best]!--;
      if (groupLeft && g >= 0) {
        groupLeft[g]!--;
      }
      rowToCol[i] = best;
      objective += bestWeight;
      assigned++;
    }
  }
  return { rowToCol, objective, assigned };
}
