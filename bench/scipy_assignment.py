"""Solves the benchmark's assignment instances with scipy, for comparison (run by bench/matching.ts).

Input: a directory with, per instance, <name>.json (rows, cols, edges, W) and the raw little-endian int32 arrays
<name>.rowstart, <name>.col, <name>.weight, <name>.capacity. The instance is the same minimum-cost full matching
the JavaScript solver solves: every row goes to a slot of a job (cost W - weight) or to its own "unassigned"
column (cost W). Prints one JSON line per instance: {name, ms, objective}.
"""
import json
import sys
import time
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching

folder = Path(sys.argv[1])
for meta_file in sorted(folder.glob("*.json")):
    name = meta_file.stem
    meta = json.loads(meta_file.read_text())
    rows, cols, W = meta["rows"], meta["cols"], meta["W"]
    read = lambda ext: np.fromfile(folder / f"{name}.{ext}", dtype="<i4")
    row_start, col, weight, capacity = read("rowstart"), read("col"), read("weight"), read("capacity")
    slot_start = np.concatenate([[0], np.cumsum(capacity)])
    slots = int(slot_start[-1])
    # Expand each candidate edge to the job's slots, and add every row's private unassigned column.
    counts = capacity[col]
    edge_row = np.repeat(np.repeat(np.arange(rows), np.diff(row_start)), counts)
    first_slot = np.repeat(slot_start[col], counts)
    offset = np.arange(len(edge_row)) - np.repeat(np.cumsum(counts) - counts, counts)
    edge_col = first_slot + offset
    edge_cost = np.repeat(W - weight, counts)
    keep = np.repeat(weight > 0, counts)
    r = np.concatenate([edge_row[keep], np.arange(rows)])
    c = np.concatenate([edge_col[keep], slots + np.arange(rows)])
    v = np.concatenate([edge_cost[keep], np.full(rows, W)]).astype(np.float64)
    matrix = csr_matrix((v, (r, c)), shape=(rows, slots + rows))
    started = time.perf_counter()
    row_ind, col_ind = min_weight_full_bipartite_matching(matrix)
    ms = (time.perf_counter() - started) * 1000
    costs = np.asarray(matrix[row_ind, col_ind]).ravel()
    objective = int(np.sum(np.where(col_ind < slots, W - costs, 0)))
    print(json.dumps({"name": name, "ms": round(ms, 1), "objective": objective}), flush=True)
