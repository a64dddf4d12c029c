/**
 * The network-wide assignment with a limit per group of persons (a coach's caseload: at most L new placements for
 * the persons a coach supports), exactly. This is no longer a bipartite matching but a minimum-cost flow:
 *
 *   source ─(L_c)→ coach c ─(1)→ person i ─(1, −w_ij)→ job j ─(positions_j)→ sink
 *
 * Persons without a coach sit in a group without limit. Solved by successive shortest paths: Dijkstra on reduced
 * costs (potentials start from the DAG's shortest distances, so every reduced cost is non-negative), one unit per
 * path (a person carries one), until the cheapest path no longer lowers the cost, i.e. no longer adds weight. Exact
 * for integer weights. Without group limits, `solveAssignment` (the sparse Hungarian) is the faster choice; both
 * give the same optimum there, which the tests check.
 */
import type { AssignmentProblem, AssignmentResult } from './assignment';

export interface GroupLimits {
  /** Group of each row (−1 = no group, no limit). */
  rowGroup: Int32Array;
  /** Limit per group. */
  limit: Int32Array;
}

const INF = Number.POSITIVE_INFINITY;

export function solveAssignmentWithGroups(p: AssignmentProblem, groups: GroupLimits): AssignmentResult {
  const { rows, cols, capacity, rowStart, colIndex, weight } = p;
  const groupCount = groups.limit.length;
  // Nodes: 0 source, 1 sink, then groups (+ one unlimited group), rows, columns.
  const SOURCE = 0;
  const SINK = 1;
  const groupBase = 2;
  const free = groupBase + groupCount; // the unlimited group
  const rowBase = free + 1;
  const colBase = rowBase + rows;
  const nodes = colBase + cols;

  // Edges in CSR by tail node, each with its reverse edge's index.
  const tails: number[] = [];
  const heads: number[] = [];
  const caps: number[] = [];
  const costs: number[] = [];
  const add = (from: number, to: number, cap: number, cost: number) => {
    tails.push(from, to);
    heads.push(to, from);
    caps.push(cap, 0);
    costs.push(cost, -cost);
  };
  for (let g = 0; g < groupCount; g++) {
    add(SOURCE, groupBase + g, Math.max(0, groups.limit[g]!), 0);
  }
  add(SOURCE, free, rows, 0);
  for (let i = 0; i < rows; i++) {
    const g = groups.rowGroup[i]!;
    add(g >= 0 ? groupBase + g : free, rowBase + i, 1, 0);
    for (let e = rowStart[i]!; e < rowStart[i + 1]!; e++) {
      if (weight[e]! > 0) {
        add(rowBase + i, colBase + colIndex[e]!, 1, -weight[e]!);
      }
    }
  }
  for (let j = 0; j < cols; j++) {
    add(colBase + j, SINK, Math.max(0, capacity[j]!), 0);
  }
  const edgeCount = tails.length;
  const order = Array.from({ length: edgeCount }, (_, e) => e).sort((a, b) => tails[a]! - tails[b]!);
  const start = new Int32Array(nodes + 1);
  for (const t of tails) {
    start[t + 1]!++;
  }
  for (let v = 0; v < nodes; v++) {
    start[v + 1]! += start[v]!;
  }
  // Edge e (original index) lives at position pos[e]; its reverse is e ^ 1.
  const pos = new Int32Array(edgeCount);
  const head = new Int32Array(edgeCount);
  const cap = new Int32Array(edgeCount);
  const cost = new Float64Array(edgeCount);
  const rev = new Int32Array(edgeCount);
  order.forEach((e, k) => {
    pos[e] = k;
  });
  order.forEach((e, k) => {
    head[k] = heads[e]!;
    cap[k] = caps[e]!;
    cost[k] = costs[e]!;
    rev[k] = pos[e ^ 1]!;
  });

  // Potentials: shortest distances from the source in the initial DAG (only forward edges carry capacity).
  const pi = new Float64Array(nodes);
  for (let j = 0; j < cols; j++) {
    pi[colBase + j] = INF;
  }
  pi[SINK] = INF;
  for (let i = 0; i < rows; i++) {
    const v = rowBase + i;
    for (let k = start[v]!; k < start[v + 1]!; k++) {
      if (cap[k]! > 0 && cost[k]! < pi[head[k]!]!) {
        pi[head[k]!] = cost[k]!;
      }
    }
  }
  for (let j = 0; j < cols; j++) {
    const v = colBase + j;
    if (pi[v]! === INF) {
      pi[v] = 0;
    }
    if (capacity[j]! > 0 && pi[v]! < pi[SINK]!) {
      pi[SINK] = pi[v]!;
    }
  }
  if (pi[SINK] === INF) {
    pi[SINK] = 0;
  }

  const dist = new Float64Array(nodes);
  const via = new Int32Array(nodes); // the edge position by which a node was reached
  const done = new Uint8Array(nodes);
  const heapNode: number[] = [];
  const heapDist: number[] = [];
  const push = (v: number, d: number) => {
    let i = heapNode.length;
    heapNode.push(v);
    heapDist.push(d);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heapDist[parent]! <= d) {
        break;
      }
      heapNode[i] = heapNode[parent]!;
      heapDist[i] = heapDist[parent]!;
      i = parent;
    }
    heapNode[i] = v;
    heapDist[i] = d;
  };
  const pop = (): [number, number] => {
    const top: [number, number] = [heapNode[0]!, heapDist[0]!];
    const lastNode = heapNode.pop()!;
    const lastDist = heapDist.pop()!;
    const n = heapNode.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= n) {
          break;
        }
        if (child + 1 < n && heapDist[child + 1]! < heapDist[child]!) {
          child++;
        }
        if (heapDist[child]! >= lastDist) {
          break;
        }
        heapNode[i] = heapNode[child]!;
        heapDist[i] = heapDist[child]!;
        i = child;
      }
      heapNode[i] = lastNode;
      heapDist[i] = lastDist;
    }
    return top;
  };

  for (;;) {
    dist.fill(INF);
    done.fill(0);
    heapNode.length = 0;
    heapDist.length = 0;
    dist[SOURCE] = 0;
    push(SOURCE, 0);
    while (heapNode.length > 0) {
      const [v, d] = pop();
      if (done[v] || d > dist[v]!) {
        continue;
      }
      done[v] = 1;
      if (v === SINK) {
        break;
      }
      const base = d + pi[v]!;
      for (let k = start[v]!; k < start[v + 1]!; k++) {
        if (cap[k]! <= 0) {
          continue;
        }
        const w = head[k]!;
        // Reduced costs are ≥ 0 up to rounding; clamp tiny negatives from float sums.
        const nd = Math.max(d, base + cost[k]! - pi[w]!);
        if (nd < dist[w]!) {
          dist[w] = nd;
          via[w] = k;
          push(w, nd);
        }
      }
    }
    if (dist[SINK] === INF) {
      break;
    }
    // The path's real cost: stop once it no longer adds weight.
    const pathCost = dist[SINK]! + pi[SINK]! - pi[SOURCE]!;
    if (pathCost >= 0) {
      break;
    }
    // Potentials: settled nodes by their distance, the rest by the sink's (keeps reduced costs non-negative).
    const dSink = dist[SINK]!;
    for (let v = 0; v < nodes; v++) {
      pi[v] = pi[v]! + Math.min(dist[v]!, dSink);
    }
    let v = SINK;
    while (v !== SOURCE) {
      const k = via[v]!;
      cap[k]!--;
      cap[rev[k]!]!++;
      v = head[rev[k]!]!;
    }
  }

  const rowToCol = new Int32Array(rows).fill(-1);
  let objective = 0;
  let assigned = 0;
  for (let i = 0; i < rows; i++) {
    const v = rowBase + i;
    for (let k = start[v]!; k < start[v + 1]!; k++) {
      const w = head[k]!;
      // A used row → column edge has no capacity left (it had 1).
      if (w >= colBase && cap[k] === 0 && cost[k]! < 0) {
        rowToCol[i] = w - colBase;
        objective += -cost[k]!;
        assigned++;
      }
    }
  }
  return { rowToCol, objective, assigned };
}
