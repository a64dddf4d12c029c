/**
 * `npm run bench:matching [-- --quick] [-- --json]`: the matching engine at the scale of Flanders.
 *
 * Generates a seeded synthetic Flanders (250,000 persons with capability profiles derived from ICF archetypes,
 * 100,000 open jobs built from task templates, spread over the municipalities by size), then measures:
 * index build; top-20 jobs for 1,000 persons and top-20 persons for 1,000 jobs (median and p95, after warm-up);
 * the exact network-wide assignment on candidate graphs of 2,000², 10,000² and 50,000² (≈ 50 candidate jobs per
 * person, positions per job, an unassigned option), with its objective, the first-come greedy objective, and —
 * where Python with scipy is installed — scipy's min_weight_full_bipartite_matching on the same instance (the
 * objectives must be equal); peak memory. With --json the last line is one JSON object with the figures.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  type AssignmentProblem,
  greedyAssignment,
  solveAssignment,
} from '../server/src/modules/matching/engine/assignment';
import { solveAssignmentWithGroups } from '../server/src/modules/matching/engine/group-assignment';
import { MatchingIndex } from '../server/src/modules/matching/engine/matching-index';
import { buildSupports, type Jobs, type Persons } from '../server/src/modules/matching/engine/model';
import {
  flemishPlaces,
  syntheticJobs,
  syntheticPersons,
} from '../server/src/modules/matching/engine/synthetic';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const asJson = args.has('--json');
const PERSONS = quick ? 25_000 : 250_000;
const JOBS = quick ? 10_000 : 100_000;
const SIZES = quick ? [2_000, 10_000] : [2_000, 10_000, 50_000];
const QUERIES = quick ? 300 : 1_000;
const CANDIDATES = 50;

const log = (line: string) => {
  if (!asJson) {
    console.log(line);
  }
};

let peakRss = 0;
const sampleMemory = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const sampler = setInterval(sampleMemory, 50);

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function timeQueries(run: (q: number) => void, count: number) {
  for (let q = 0; q < 100; q++) {
    run(q * 7919); // warm-up: let the JIT compile the hot paths
  }
  const times: number[] = [];
  for (let q = 0; q < count; q++) {
    const started = performance.now();
    run(q * 104_729);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

/** A subset of the persons and jobs (every k-th), as its own data set. */
function subset<T extends Persons | Jobs>(data: T, n: number): T {
  const step = data.count / n;
  const pickIndex = Array.from({ length: n }, (_, k) => Math.floor(k * step));
  const out: Record<string, unknown> = { count: n, ids: pickIndex.map((i) => data.ids[i]) };
  for (const [key, value] of Object.entries(data)) {
    if (!ArrayBuffer.isView(value) || key === 'demandStart' || key === 'demandDim') {
      continue;
    }
    const array = value as unknown as { length: number; constructor: new (n: number) => Uint8Array };
    const width = array.length / data.count;
    const copy = new array.constructor(n * width) as unknown as number[];
    pickIndex.forEach((i, k) => {
      for (let w = 0; w < width; w++) {
        copy[k * width + w] = (value as unknown as number[])[i * width + w]!;
      }
    });
    out[key] = copy;
  }
  if ('demandStart' in data) {
    const jobs = data as Jobs;
    const starts = new Int32Array(n + 1);
    const dims: number[] = [];
    pickIndex.forEach((j, k) => {
      for (let e = jobs.demandStart[j]!; e < jobs.demandStart[j + 1]!; e++) {
        dims.push(jobs.demandDim[e]!);
      }
      starts[k + 1] = dims.length;
    });
    out.demandStart = starts;
    out.demandDim = Uint8Array.from(dims);
  }
  return out as T;
}

function scipyAvailable(): string | null {
  for (const python of ['python3', '/usr/bin/python3']) {
    const result = spawnSync(python, ['-c', 'import scipy, numpy'], { stdio: 'ignore' });
    if (result.status === 0) {
      return python;
    }
  }
  return null;
}

function writeInstance(dir: string, name: string, p: AssignmentProblem, maxWeight: number) {
  const meta = { rows: p.rows, cols: p.cols, W: maxWeight + 1 };
  fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(meta));
  const write = (ext: string, array: Int32Array) =>
    fs.writeFileSync(
      path.join(dir, `${name}.${ext}`),
      Buffer.from(array.buffer, array.byteOffset, array.byteLength),
    );
  write('rowstart', p.rowStart);
  write('col', p.colIndex);
  write('weight', p.weight);
  write('capacity', p.capacity);
}

// ── Data ──────────────────────────────────────────────────────────────────────────────────────────────────────
let started = performance.now();
const places = flemishPlaces();
const persons = syntheticPersons(PERSONS, 20261129, places);
const jobs = syntheticJobs(JOBS, 20261130, places);
const supports = buildSupports([
  { key: 'lifting_aid', name: 'Tilhulp', dimensions: ['lifting', 'carrying'] },
  { key: 'sit_stand_table', name: 'Zit-stawerkplek', dimensions: ['standing', 'sitting'] },
  { key: 'ear_protection', name: 'Gehoorbescherming met communicatie', dimensions: ['noise', 'hearing'] },
  { key: 'pictograms', name: 'Instructies met pictogrammen', dimensions: ['reading', 'taking_instructions'] },
]);
const generateMs = performance.now() - started;
sampleMemory();
log(
  `Synthetic Flanders: ${PERSONS.toLocaleString('en')} persons, ${JOBS.toLocaleString('en')} jobs (${(generateMs / 1000).toFixed(1)} s to generate)`,
);

started = performance.now();
const index = new MatchingIndex(persons, jobs, supports);
const indexMs = performance.now() - started;
sampleMemory();

const topJobs = timeQueries((q) => index.topJobs(q % persons.count, 20), QUERIES);
const topPersons = timeQueries((q) => index.topPersons(q % jobs.count, 20), QUERIES);
sampleMemory();

// ── Assignments ───────────────────────────────────────────────────────────────────────────────────────────────
const python = scipyAvailable();
const instanceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkbrug-bench-'));
interface AssignmentFigures {
  n: number;
  edges: number;
  ms: number;
  objective: number;
  greedy_objective: number;
  assigned: number;
  scipy_ms: number | null;
  scipy_objective: number | null;
  /** With coach caseload limits (25 persons per coach, at most 5 placements each): the minimum-cost flow. */
  caseload_ms: number | null;
  caseload_objective: number | null;
}
const assignments: AssignmentFigures[] = [];
for (const n of SIZES) {
  const subPersons = subset(persons, n);
  const subJobs = subset(jobs, n);
  const subIndex = new MatchingIndex(subPersons, subJobs, supports);
  const bonus = (i: number) => Math.min(730, subPersons.waitingDays[i]!) / 73; // up to +10 points after 2 years
  const edges = subIndex.candidateEdges(
    CANDIDATES,
    () => true,
    () => true,
    bonus,
  );
  const capacity = Int32Array.from(subJobs.positions);
  const problem: AssignmentProblem = { rows: n, cols: n, capacity, ...edges };
  started = performance.now();
  const optimal = solveAssignment(problem);
  const ms = performance.now() - started;
  sampleMemory();
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => subPersons.waitingDays[b]! - subPersons.waitingDays[a]!,
  );
  const greedy = greedyAssignment(problem, order);
  let maxWeight = 0;
  for (const w of problem.weight) {
    maxWeight = Math.max(maxWeight, w);
  }
  writeInstance(instanceDir, `n${String(n).padStart(6, '0')}`, problem, maxWeight);
  let caseloadMs: number | null = null;
  let caseloadObjective: number | null = null;
  if (n <= 10_000) {
    const coaches = Math.ceil(n / 25);
    const groups = {
      rowGroup: Int32Array.from({ length: n }, (_, i) => i % coaches),
      limit: new Int32Array(coaches).fill(5),
    };
    started = performance.now();
    caseloadObjective = solveAssignmentWithGroups(problem, groups).objective;
    caseloadMs = performance.now() - started;
  }
  assignments.push({
    n,
    edges: problem.rowStart[n]!,
    ms,
    objective: optimal.objective,
    greedy_objective: greedy.objective,
    assigned: optimal.assigned,
    scipy_ms: null,
    scipy_objective: null,
    caseload_ms: caseloadMs,
    caseload_objective: caseloadObjective,
  });
}
if (python) {
  const output = execFileSync(python, [path.join(import.meta.dirname, 'scipy_assignment.py'), instanceDir], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  for (const line of output.trim().split('\n')) {
    const result = JSON.parse(line) as { name: string; ms: number; objective: number };
    const figures = assignments.find((a) => `n${String(a.n).padStart(6, '0')}` === result.name)!;
    figures.scipy_ms = result.ms;
    figures.scipy_objective = result.objective;
  }
}
fs.rmSync(instanceDir, { recursive: true, force: true });
clearInterval(sampler);
sampleMemory();
const peakMb = Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 1e6;

// ── Report ────────────────────────────────────────────────────────────────────────────────────────────────────
const fmt = (v: number, digits = 2) => v.toFixed(digits);
log('');
log('| measure | value |');
log('|---|---|');
log(
  `| index build (${PERSONS.toLocaleString('en')} persons, ${JOBS.toLocaleString('en')} jobs) | ${fmt(indexMs, 0)} ms |`,
);
log(
  `| top-20 jobs for a person (${QUERIES} persons) | median ${fmt(topJobs.median, 3)} ms · p95 ${fmt(topJobs.p95, 3)} ms |`,
);
log(
  `| top-20 persons for a job (${QUERIES} jobs) | median ${fmt(topPersons.median, 3)} ms · p95 ${fmt(topPersons.p95, 3)} ms |`,
);
log(`| peak memory (RSS) | ${fmt(peakMb, 0)} MB |`);
log('');
log(
  '| assignment n×n | candidate edges | time | objective | greedy first-come | assigned | scipy time | scipy objective | time ratio |',
);
log('|---|---|---|---|---|---|---|---|---|');
for (const a of assignments) {
  const ratio = a.scipy_ms ? fmt(a.ms / a.scipy_ms, 2) : '—';
  const equal =
    a.scipy_objective === null ? '' : a.scipy_objective === a.objective ? ' (equal)' : ' (DIFFERENT)';
  log(
    `| ${a.n.toLocaleString('en')} | ${a.edges.toLocaleString('en')} | ${fmt(a.ms, 0)} ms | ${a.objective} | ${a.greedy_objective} (${fmt((100 * (a.objective - a.greedy_objective)) / a.objective, 1)}% below optimal) | ${a.assigned} | ${a.scipy_ms === null ? 'scipy not installed' : `${fmt(a.scipy_ms, 0)} ms`} | ${a.scipy_objective ?? '—'}${equal} | ${ratio} |`,
  );
}
log('');
log('| with coach caseload limits (25 persons a coach, ≤ 5 placements each), n×n | time | objective |');
log('|---|---|---|');
for (const a of assignments.filter((x) => x.caseload_ms !== null)) {
  log(`| ${a.n.toLocaleString('en')} | ${fmt(a.caseload_ms!, 0)} ms | ${a.caseload_objective} |`);
}
if (!python) {
  log('\nscipy comparison skipped: no python3 with scipy and numpy (Debian: apt-get install python3-scipy).');
}
const mismatch = assignments.some((a) => a.scipy_objective !== null && a.scipy_objective !== a.objective);
if (asJson) {
  console.log(
    JSON.stringify({
      persons: PERSONS,
      jobs: JOBS,
      index_build_ms: Math.round(indexMs),
      topk_ms_median: Number(fmt(topJobs.median, 3)),
      topk_ms_p95: Number(fmt(topJobs.p95, 3)),
      topk_persons_ms_median: Number(fmt(topPersons.median, 3)),
      topk_persons_ms_p95: Number(fmt(topPersons.p95, 3)),
      peak_memory_mb: Math.round(peakMb),
      assignments: assignments.map((a) => ({
        ...a,
        ms: Math.round(a.ms),
        caseload_ms: a.caseload_ms === null ? null : Math.round(a.caseload_ms),
      })),
    }),
  );
}
if (mismatch) {
  console.error('The optimal objective differs from scipy’s: the solver is wrong.');
  process.exit(1);
}
