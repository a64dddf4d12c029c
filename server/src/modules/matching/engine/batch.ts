/**
 * One network-wide assignment run, as a pure function of the engine's data: the candidate graph (each person's
 * best jobs, previously declined pairs left out), the exact optimal assignment (with coach caseload limits when
 * set) and, for comparison, first-come greedy matching. Runs in a worker thread (batch-worker.ts) so that the
 * server keeps answering while it computes, and directly in tests.
 */
import { type AssignmentProblem, greedyAssignment, solveAssignment } from './assignment';
import { solveAssignmentWithGroups } from './group-assignment';
import { MatchingIndex } from './matching-index';
import type { Jobs, Persons, Supports } from './model';

export interface BatchInput {
  persons: Persons;
  jobs: Jobs;
  supports: Supports;
  candidatesPerPerson: number;
  /** Points added to the score for two years of waiting (proportional below, capped at two years). */
  fairnessPoints: number;
  /** At most this many assignments per coach (persons.coach), or null. */
  coachLimit: number | null;
  /** Pairs declined before, as person index × jobs.count + job index. */
  declined: number[];
}

export interface BatchOutput {
  candidateEdges: number;
  positions: number;
  optimal: {
    rowToCol: Int32Array;
    score: Float32Array;
    weight: Int32Array;
    objective: number;
    assigned: number;
  };
  greedy: {
    rowToCol: Int32Array;
    score: Float32Array;
    weight: Int32Array;
    objective: number;
    assigned: number;
  };
  solveMs: number;
}

const TWO_YEARS = 730;

export function computeBatch(input: BatchInput): BatchOutput {
  const { persons, jobs } = input;
  const index = new MatchingIndex(persons, jobs, input.supports);
  const declined = new Set(input.declined);
  const bonus = (i: number) =>
    (input.fairnessPoints * Math.min(TWO_YEARS, persons.waitingDays[i]!)) / TWO_YEARS;
  const edges = index.candidateEdges(
    input.candidatesPerPerson,
    () => true,
    (i, j) => jobs.positions[j]! > 0 && !declined.has(i * jobs.count + j),
    bonus,
  );
  const problem: AssignmentProblem = {
    rows: persons.count,
    cols: jobs.count,
    capacity: Int32Array.from(jobs.positions),
    rowStart: edges.rowStart,
    colIndex: edges.colIndex,
    weight: edges.weight,
  };
  let groups: { rowGroup: Int32Array; limit: Int32Array } | undefined;
  if (input.coachLimit !== null) {
    let coaches = 0;
    for (const c of persons.coach) {
      coaches = Math.max(coaches, c + 1);
    }
    groups = { rowGroup: persons.coach, limit: new Int32Array(coaches).fill(input.coachLimit) };
  }
  const started = performance.now();
  const optimal = groups ? solveAssignmentWithGroups(problem, groups) : solveAssignment(problem);
  const solveMs = performance.now() - started;
  // First come, first served: the longest waiting first.
  const order = Array.from({ length: persons.count }, (_, i) => i).sort(
    (a, b) => persons.waitingDays[b]! - persons.waitingDays[a]!,
  );
  const greedy = greedyAssignment(problem, order, groups);

  const pairFigures = (rowToCol: Int32Array) => {
    const score = new Float32Array(persons.count);
    const weight = new Int32Array(persons.count);
    for (let i = 0; i < persons.count; i++) {
      const j = rowToCol[i]!;
      if (j < 0) {
        continue;
      }
      for (let e = edges.rowStart[i]!; e < edges.rowStart[i + 1]!; e++) {
        if (edges.colIndex[e] === j) {
          score[i] = edges.score[e]!;
          weight[i] = edges.weight[e]!;
          break;
        }
      }
    }
    return { score, weight };
  };
  let positions = 0;
  for (const p of jobs.positions) {
    positions += p;
  }
  return {
    candidateEdges: edges.rowStart[persons.count]!,
    positions,
    optimal: { ...optimal, ...pairFigures(optimal.rowToCol) },
    greedy: { ...greedy, ...pairFigures(greedy.rowToCol) },
    solveMs,
  };
}
