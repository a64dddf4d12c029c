/**
 * Top-k queries: the best jobs for a person and the best people for a job, with every hard constraint applied.
 *
 * Why it is fast, in three steps that each only skip what provably cannot enter the top k:
 * 1. Commute is a hard constraint, so a query never looks beyond the reachable area: items sit in a grid of
 *    5 km cells, visited nearest first; a cell is left out once even a perfect match there could not beat the
 *    k-th best, because a longer commute only lowers the commute part.
 * 2. Occupation interest is a fifth of the score, so items are also filed by occupation code in each cell. A
 *    query visits the classes of interest match from best to worst (same unit group, same minor group, …) and stops
 *    a class as soon as its best possible score is below the k-th best. In a dense city the top 20 usually come
 *    from the first class alone, so most people or jobs in reach are never looked at.
 * 3. For job queries each list keeps its persons by reach, longest first, so a cell is left at the first person
 *    who cannot come that far.
 * Scoring runs the fast path of scorePair (no explanation objects; the profile comparison is skipped when the cheap
 * parts already rule a pair out) and keeps the best k in a small sorted buffer.
 */
import {
  ADVICE_CODES,
  INTERESTS,
  JOB_KINDS,
  type Jobs,
  MODE_BITS,
  type Persons,
  type Supports,
} from './model';
import {
  bestMinutes,
  DEFAULT_MAX_MINUTES,
  DETOUR,
  isAdviceCompatible,
  KM_PER_DEG_LAT,
  KM_PER_DEG_LON,
  scorePair,
  WEIGHTS,
} from './score';

const CELL_KM = 5;

/** Grid offsets around a cell, nearest first, with the least distance (km) from any point of the centre cell. */
const OFFSETS = (() => {
  const span = 30; // 150 km: beyond any commute
  const list: { dx: number; dy: number; near: number }[] = [];
  for (let dx = -span; dx <= span; dx++) {
    for (let dy = -span; dy <= span; dy++) {
      const gx = Math.max(0, Math.abs(dx) - 1) * CELL_KM;
      const gy = Math.max(0, Math.abs(dy) - 1) * CELL_KM;
      list.push({ dx, dy, near: Math.sqrt(gx * gx + gy * gy) });
    }
  }
  return list.sort((a, b) => a.near - b.near);
})();

const cellX = (lon: number) => Math.floor((lon * KM_PER_DEG_LON) / CELL_KM);
const cellY = (lat: number) => Math.floor((lat * KM_PER_DEG_LAT) / CELL_KM);

/**
 * Keys under which an item is filed: ALL (every item), NONE (a person without wishes), and per occupation code
 * an exact key (the code at its own length) and prefix keys (a 4-digit code's first 3, 2 and 1 digits).
 */
const ALL = 0;
const NONE = 1;
const exactKey = (code: number, digits: number) => 100_000 * digits + code;
const prefixKey = (code4: number, digits: number) =>
  1_000_000 + 100_000 * digits + Math.floor(code4 / 10 ** (4 - digits));

/**
 * Every key is also split by the hard constraint of advice and job kind. Advices that allow the same job kinds form
 * one group (no advice, regular work and regular work with support all allow regular jobs); persons are filed under
 * their group, jobs under every group that may take them, so a query reads only lists it may match (an AMA advice
 * never reads a regular vacancy). An advice that allows no job (care first) is not filed at all.
 */
const ADVICE_GROUP = new Int8Array(ADVICE_CODES.length + 1);
const GROUP_KINDS: number[][] = [];
{
  const signatures = new Map<string, number>();
  for (let a = 0; a <= ADVICE_CODES.length; a++) {
    const kinds = JOB_KINDS.map((_, k) => k).filter((k) => isAdviceCompatible(a, k));
    if (kinds.length === 0) {
      ADVICE_GROUP[a] = -1;
      continue;
    }
    const signature = kinds.join(',');
    if (!signatures.has(signature)) {
      signatures.set(signature, GROUP_KINDS.length);
      GROUP_KINDS.push(kinds);
    }
    ADVICE_GROUP[a] = signatures.get(signature)!;
  }
}
const GROUPS = GROUP_KINDS.length;
/** Persons are also split by whether they can drive: without a car the commute part falls much faster. */
const CAR = 2;
const SPLIT = GROUPS * CAR;

/** Score bound per interest class: 100 minus what the interest part loses (20 × (1 − value)). */
const interestBound = (value: number) => 100 - WEIGHTS.interest * (1 - value);

/** The most a pair can score with commute part `commute` when its best possible total is `bound`. */
const withCommute = (bound: number, commute: number) => bound - WEIGHTS.commute * (1 - commute);

function commutePart(minutes: number, maxMinutes: number): number {
  return minutes <= 15 ? 1 : Math.max(0, 1 - (minutes - 15) / Math.max(1, maxMinutes - 15));
}

/**
 * A grid whose cells hold lists per key, each list in a chosen order. Cells live in a dense array over the
 * bounding box (Flanders is about 50 × 20 cells), so finding a cell is an index, not a hash lookup.
 */
class KeyedGrid {
  private readonly cells: (Map<number, [number, number]> | undefined)[];
  private readonly x0: number;
  private readonly y0: number;
  private readonly width: number;
  private readonly height: number;
  readonly members: Int32Array;

  constructor(
    count: number,
    lat: Float32Array,
    lon: Float32Array,
    keysOf: (i: number, out: number[]) => void,
    order?: (a: number, b: number) => number,
  ) {
    let x0 = Number.POSITIVE_INFINITY;
    let y0 = Number.POSITIVE_INFINITY;
    let x1 = Number.NEGATIVE_INFINITY;
    let y1 = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < count; i++) {
      const x = cellX(lon[i]!);
      const y = cellY(lat[i]!);
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
    if (count === 0) {
      x0 = y0 = 0;
      x1 = y1 = -1;
    }
    this.x0 = x0;
    this.y0 = y0;
    this.width = x1 - x0 + 1;
    this.height = y1 - y0 + 1;
    const lists: Map<number, number[]>[] = Array.from({ length: this.width * this.height }, () => new Map());
    const keys: number[] = [];
    let total = 0;
    for (let i = 0; i < count; i++) {
      const byKey = lists[(cellX(lon[i]!) - x0) * this.height + (cellY(lat[i]!) - y0)]!;
      keys.length = 0;
      keysOf(i, keys);
      for (const k of new Set(keys)) {
        const list = byKey.get(k);
        if (list) {
          list.push(i);
        } else {
          byKey.set(k, [i]);
        }
        total++;
      }
    }
    this.members = new Int32Array(total);
    this.cells = new Array(lists.length);
    let offset = 0;
    lists.forEach((byKey, c) => {
      if (byKey.size === 0) {
        return;
      }
      const ranges = new Map<number, [number, number]>();
      for (const [k, list] of byKey) {
        if (order) {
          list.sort(order);
        }
        this.members.set(list, offset);
        ranges.set(k, [offset, offset + list.length]);
        offset += list.length;
      }
      this.cells[c] = ranges;
    });
  }

  cell(x: number, y: number) {
    const dx = x - this.x0;
    const dy = y - this.y0;
    if (dx < 0 || dy < 0 || dx >= this.width || dy >= this.height) {
      return undefined;
    }
    return this.cells[dx * this.height + dy];
  }
}

/** The straight-line radius (km) a person can reach within their maximum commute, by their fastest mode. */
export function reachKm(persons: Persons, i: number): number {
  const minutes = persons.maxMinutes[i]! || DEFAULT_MAX_MINUTES;
  const modes = persons.modes[i]!;
  let road = minutes / 12;
  if (modes & MODE_BITS.bike) {
    road = Math.max(road, minutes / 4);
  }
  if (modes & MODE_BITS.public_transport) {
    road = Math.max(road, (minutes - 10) / 2.5);
  }
  if (modes & MODE_BITS.car) {
    road = Math.max(road, (minutes - 2) / 1.2);
  }
  const maxKm = persons.maxKm[i]!;
  if (maxKm > 0) {
    road = Math.min(road, maxKm);
  }
  return Math.max(0, road / DETOUR);
}

export interface Hit {
  index: number;
  score: number;
}

/** Keeps the k best hits, best first. */
class TopK {
  readonly hits: Hit[] = [];
  constructor(private readonly k: number) {}
  get threshold() {
    return this.hits.length < this.k ? -1 : this.hits[this.hits.length - 1]!.score;
  }
  offer(index: number, score: number) {
    if (score <= this.threshold) {
      return;
    }
    let at = this.hits.length;
    while (at > 0 && this.hits[at - 1]!.score < score) {
      at--;
    }
    this.hits.splice(at, 0, { index, score });
    if (this.hits.length > this.k) {
      this.hits.pop();
    }
  }
}

/** One interest class of a query: its best possible score and the keys whose lists hold its items. */
interface QueryClass {
  bound: number;
  keys: number[];
}

export class MatchingIndex {
  private readonly jobGrid: KeyedGrid;
  private readonly personGrid: KeyedGrid;
  private readonly reach: Float32Array;
  private readonly maxReach: number;
  /** The longest maximum commute of anyone (bounds the commute part in job queries). */
  private readonly maxMinutes: number;
  /** Per-query visit stamps, so an item filed under several keys is scored once. */
  private readonly personSeen: Uint32Array;
  private readonly jobSeen: Uint32Array;
  private stamp = 0;

  constructor(
    readonly persons: Persons,
    readonly jobs: Jobs,
    readonly supports: Supports,
  ) {
    this.reach = new Float32Array(persons.count);
    let maxReach = 0;
    let maxMinutes = DEFAULT_MAX_MINUTES;
    for (let i = 0; i < persons.count; i++) {
      const r = reachKm(persons, i);
      this.reach[i] = r;
      maxReach = Math.max(maxReach, r);
      maxMinutes = Math.max(maxMinutes, persons.maxMinutes[i]!);
    }
    this.maxReach = maxReach;
    this.maxMinutes = maxMinutes;
    this.personSeen = new Uint32Array(persons.count);
    this.jobSeen = new Uint32Array(jobs.count);
    this.jobGrid = new KeyedGrid(jobs.count, jobs.lat, jobs.lon, (j, out) => {
      const code = jobs.isco[j]!;
      const kind = jobs.kind[j]!;
      for (let g = 0; g < GROUPS; g++) {
        if (!GROUP_KINDS[g]!.includes(kind)) {
          continue;
        }
        out.push(ALL * GROUPS + g);
        if (code > 0) {
          out.push(exactKey(code, 4) * GROUPS + g);
          for (let d = 1; d <= 3; d++) {
            out.push(exactKey(Math.floor(code / 10 ** (4 - d)), d) * GROUPS + g);
          }
        }
      }
    });
    const reach = this.reach;
    this.personGrid = new KeyedGrid(
      persons.count,
      persons.lat,
      persons.lon,
      (i, out) => {
        const adviceGroup = ADVICE_GROUP[persons.advice[i]!]!;
        if (adviceGroup < 0) {
          return;
        }
        const group = adviceGroup * CAR + (persons.modes[i]! & MODE_BITS.car ? 1 : 0);
        out.push(ALL * SPLIT + group);
        const count = persons.interestCount[i]!;
        if (count === 0) {
          out.push(NONE * SPLIT + group);
        }
        for (let k = 0; k < count; k++) {
          const code = persons.interests[i * INTERESTS + k]!;
          const digits = persons.interestDigits[i * INTERESTS + k]!;
          out.push(exactKey(code, digits) * SPLIT + group);
          const code4 = code * 10 ** (4 - digits);
          for (let d = 1; d < digits; d++) {
            out.push(prefixKey(code4, d) * SPLIT + group);
          }
        }
      },
      (a, b) => reach[b]! - reach[a]!,
    );
  }

  /**
   * The interest classes of a person's query over jobs, best first: jobs in an occupation they wish (value 1),
   * sharing 3 digits with a wish (0.6), 2 digits (0.3), 1 digit (0.1), then every other job.
   */
  private jobClasses(i: number): QueryClass[] {
    const count = this.persons.interestCount[i]!;
    if (count === 0) {
      return [{ bound: interestBound(0.4), keys: [ALL] }];
    }
    const exact: number[] = [];
    const shared: number[][] = [[], [], [], []];
    for (let k = 0; k < count; k++) {
      const code = this.persons.interests[i * INTERESTS + k]!;
      const digits = this.persons.interestDigits[i * INTERESTS + k]!;
      exact.push(exactKey(code, digits));
      for (let d = 1; d < digits; d++) {
        shared[d]!.push(exactKey(Math.floor(code / 10 ** (digits - d)), d));
      }
    }
    return [
      { bound: interestBound(1), keys: exact },
      { bound: interestBound(0.6), keys: shared[3]! },
      { bound: interestBound(0.3), keys: shared[2]! },
      { bound: interestBound(0.1), keys: shared[1]! },
      { bound: interestBound(0), keys: [ALL] },
    ].filter((c) => c.keys.length > 0);
  }

  /** The interest classes of a job's query over persons, best first (see jobClasses), no-wish persons at 0.4. */
  private personClasses(j: number): QueryClass[] {
    const code = this.jobs.isco[j]!;
    if (code === 0) {
      return [
        { bound: interestBound(0.4), keys: [NONE] },
        { bound: interestBound(0), keys: [ALL] },
      ];
    }
    const prefix = (d: number) => Math.floor(code / 10 ** (4 - d));
    return [
      { bound: interestBound(1), keys: [1, 2, 3, 4].map((d) => exactKey(prefix(d), d)) },
      { bound: interestBound(0.6), keys: [prefixKey(code, 3)] },
      { bound: interestBound(0.4), keys: [NONE] },
      { bound: interestBound(0.3), keys: [prefixKey(code, 2)] },
      { bound: interestBound(0.1), keys: [prefixKey(code, 1)] },
      { bound: interestBound(0), keys: [ALL] },
    ];
  }

  /** The best k jobs for person i; `accept` filters jobs (status, kind, employer…) before scoring. */
  topJobs(i: number, k: number, accept?: (j: number) => boolean): Hit[] {
    const top = new TopK(k);
    const group = ADVICE_GROUP[this.persons.advice[i]!]!;
    if (group < 0) {
      return [];
    }
    const classes = this.jobClasses(i).map((c) => ({
      bound: c.bound,
      keys: c.keys.map((key) => key * GROUPS + group),
    }));
    const stamp = ++this.stamp;
    const seen = this.jobSeen;
    const radius = this.reach[i]!;
    const cx = cellX(this.persons.lon[i]!);
    const cy = cellY(this.persons.lat[i]!);
    const modes = this.persons.modes[i]!;
    const maxMinutes = this.persons.maxMinutes[i]! || DEFAULT_MAX_MINUTES;
    for (const cls of classes) {
      if (top.threshold >= cls.bound) {
        break;
      }
      for (const o of OFFSETS) {
        if (o.near > radius) {
          break;
        }
        const threshold = top.threshold;
        if (
          threshold >= 0 &&
          withCommute(cls.bound, commutePart(bestMinutes(o.near * DETOUR, modes), maxMinutes)) <= threshold
        ) {
          break;
        }
        const lists = this.jobGrid.cell(cx + o.dx, cy + o.dy);
        if (!lists) {
          continue;
        }
        for (const key of cls.keys) {
          const range: [number, number] | undefined = lists.get(key);
          if (!range) {
            continue;
          }
          for (let m: number = range[0]; m < range[1]; m++) {
            const j = this.jobGrid.members[m]!;
            if (seen[j] === stamp) {
              continue;
            }
            seen[j] = stamp;
            if (accept && !accept(j)) {
              continue;
            }
            const score = scorePair(this.persons, this.jobs, this.supports, i, j, undefined, top.threshold);
            if (score >= 0) {
              top.offer(j, score);
            }
          }
        }
      }
    }
    return top.hits;
  }

  /** The best k persons for job j; `accept` filters persons (consent, status…) before scoring. */
  topPersons(j: number, k: number, accept?: (i: number) => boolean): Hit[] {
    const top = new TopK(k);
    const kind = this.jobs.kind[j]!;
    const groups = GROUP_KINDS.map((_, g) => g).filter((g) => GROUP_KINDS[g]!.includes(kind));
    // Per interest class, drivers first, then the others with their slower fastest mode.
    const classes = this.personClasses(j).flatMap((c) =>
      [1, 0].map((car) => ({
        bound: c.bound,
        modes: car ? MODE_BITS.car : MODE_BITS.public_transport | MODE_BITS.bike | MODE_BITS.walk,
        keys: c.keys.flatMap((key) => groups.map((g) => key * SPLIT + g * CAR + car)),
      })),
    );
    const stamp = ++this.stamp;
    const seen = this.personSeen;
    const cx = cellX(this.jobs.lon[j]!);
    const cy = cellY(this.jobs.lat[j]!);
    for (const cls of classes) {
      if (top.threshold >= cls.bound) {
        break;
      }
      for (const o of OFFSETS) {
        if (o.near > this.maxReach) {
          break;
        }
        const threshold = top.threshold;
        if (
          threshold >= 0 &&
          withCommute(cls.bound, commutePart(bestMinutes(o.near * DETOUR, cls.modes), this.maxMinutes)) <=
            threshold
        ) {
          break;
        }
        const lists = this.personGrid.cell(cx + o.dx, cy + o.dy);
        if (!lists) {
          continue;
        }
        for (const key of cls.keys) {
          const range: [number, number] | undefined = lists.get(key);
          if (!range) {
            continue;
          }
          for (let m: number = range[0]; m < range[1]; m++) {
            const i = this.personGrid.members[m]!;
            // Lists are sorted by reach, longest first: nobody further in this list can come this far.
            if (this.reach[i]! < o.near) {
              break;
            }
            if (seen[i] === stamp) {
              continue;
            }
            seen[i] = stamp;
            if (accept && !accept(i)) {
              continue;
            }
            const score = scorePair(this.persons, this.jobs, this.supports, i, j, undefined, top.threshold);
            if (score >= 0) {
              top.offer(i, score);
            }
          }
        }
      }
    }
    return top.hits;
  }

  /**
   * The candidate graph for the network-wide assignment: for every accepted person, their best `perPerson` jobs
   * (≈ 50) among the pairs `acceptPair` allows, as edges with integer weights (score × 100 plus the waiting-time
   * bonus × 100).
   */
  candidateEdges(
    perPerson: number,
    acceptPerson: (i: number) => boolean,
    acceptPair: (i: number, j: number) => boolean,
    waitingBonus: (i: number) => number,
  ) {
    const rowStart = new Int32Array(this.persons.count + 1);
    const cols: number[] = [];
    const weights: number[] = [];
    const scores: number[] = [];
    for (let i = 0; i < this.persons.count; i++) {
      if (acceptPerson(i)) {
        const bonus = waitingBonus(i);
        for (const hit of this.topJobs(i, perPerson, (j) => acceptPair(i, j))) {
          cols.push(hit.index);
          weights.push(Math.round((hit.score + bonus) * 100));
          scores.push(hit.score);
        }
      }
      rowStart[i + 1] = cols.length;
    }
    return {
      rowStart,
      colIndex: Int32Array.from(cols),
      weight: Int32Array.from(weights),
      score: Float32Array.from(scores),
    };
  }
}
