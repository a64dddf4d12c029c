/**
 * The in-memory layout the matching engine works on: persons and jobs as columns of typed arrays (structure of
 * arrays), so that scoring one person against thousands of jobs is a tight loop over contiguous memory with no
 * object allocation. Built from the database by matching.loader.ts, or synthetically by synthetic.ts (bench, tests).
 */
import { DIMENSION_KEYS, DIMENSIONS, type DimensionKey } from '../../profiles/dimensions';

export const D = DIMENSION_KEYS.length;
/** Capability not assessed (the profile has no level for the dimension). */
export const UNKNOWN = 255;

export const SHIFT_BITS = { day: 1, early: 2, late: 4, night: 8, weekend: 16 } as const;
export type ShiftName = keyof typeof SHIFT_BITS;

/** CEFR levels as 1..6 (0 = unknown or not required). */
export const CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

export const ADVICE_CODES = [
  'regular_work',
  'regular_work_with_support',
  'cmw',
  'ama',
  'care_first',
] as const;
export const JOB_KINDS = [
  'regular_vacancy',
  'carved_job',
  'internship_place',
  'ama_activity',
  'cmw_workplace',
] as const;
export type JobKind = (typeof JOB_KINDS)[number];

/** What the employer offers on a job, as bits. */
export const OFFER = {
  adaptHours: 1,
  adaptPhysical: 2,
  adaptEnvironment: 4,
  limitedDutch: 8,
  wagePremium: 16,
  mentor: 32,
} as const;

/** Ways to travel, in the order tried; a person uses the fastest they have. */
export const MODES = ['car', 'public_transport', 'bike', 'walk'] as const;
export type Mode = (typeof MODES)[number];
export const MODE_BITS = { car: 1, public_transport: 2, bike: 4, walk: 8 } as const;

export interface Persons {
  count: number;
  ids: string[];
  lat: Float32Array;
  lon: Float32Array;
  /** count × D capability levels 0–4, UNKNOWN when not assessed. */
  capability: Uint8Array;
  /** Wanted hours per week, 0 = unknown. */
  hours: Uint8Array;
  /** Acceptable shifts (SHIFT_BITS), 0 = unknown. */
  shifts: Uint8Array;
  /** Dutch level 1–6, 0 = unknown. */
  dutch: Uint8Array;
  /** Maximum commute, 0 = not stated. */
  maxKm: Uint16Array;
  maxMinutes: Uint16Array;
  /** MODE_BITS of the ways the person can travel. */
  modes: Uint8Array;
  /** Advice index + 1 (ADVICE_CODES), 0 = no approved advice. */
  advice: Uint8Array;
  waitingDays: Uint16Array;
  /** Up to INTERESTS ISCO-08 codes per person (as numbers with their digit count in interestDigits). */
  interests: Uint16Array;
  interestDigits: Uint8Array;
  interestCount: Uint8Array;
  /** Index of the coach (for caseload limits), −1 = none. */
  coach: Int32Array;
}

export const INTERESTS = 10;

export interface Jobs {
  count: number;
  ids: string[];
  lat: Float32Array;
  lon: Float32Array;
  /** count × D demand levels 0–4. */
  demand: Uint8Array;
  /** count × D: 1 where the job marks the dimension essential. */
  essential: Uint8Array;
  /** The demanded dimensions of each job (sparse rows), for the fast path. */
  demandStart: Int32Array;
  demandDim: Uint8Array;
  hours: Uint8Array;
  shifts: Uint8Array;
  /** Required Dutch level 1–6, 0 = none. */
  dutch: Uint8Array;
  dutchWaivable: Uint8Array;
  offer: Uint8Array;
  /** JOB_KINDS index. */
  kind: Uint8Array;
  /** ISCO-08 unit group (4 digits) as a number, 0 = none. */
  isco: Uint16Array;
  positions: Uint8Array;
}

/** Which supports can close a gap on each dimension (OFFER bits), from the mentor rule and the adaptation catalogue. */
export interface Supports {
  /** D entries: the OFFER bits any of which makes a gap on the dimension closable. */
  closableBy: Uint8Array;
  /** Per dimension, the adaptations from the catalogue that address it (for the explanation). */
  adaptations: { key: string; name: string }[][];
}

export function personCapability(p: Persons, i: number, d: number): number {
  return p.capability[i * D + d]!;
}

/** Builds the sparse demanded-dimension rows from the dense demand matrix. */
export function buildDemandIndex(count: number, demand: Uint8Array): { start: Int32Array; dims: Uint8Array } {
  let nonZero = 0;
  for (let k = 0; k < count * D; k++) {
    if (demand[k]! > 0) {
      nonZero++;
    }
  }
  const start = new Int32Array(count + 1);
  const dims = new Uint8Array(nonZero);
  let e = 0;
  for (let j = 0; j < count; j++) {
    for (let d = 0; d < D; d++) {
      if (demand[j * D + d]! > 0) {
        dims[e++] = d;
      }
    }
    start[j + 1] = e;
  }
  return { start, dims };
}

/** Dimensions a workplace mentor can support: learning, instructions, routine, social and organising work. */
export const MENTOR_DIMENSIONS: readonly DimensionKey[] = [
  'learning',
  'memory',
  'taking_instructions',
  'daily_routine',
  'cooperation',
  'handling_criticism',
  'working_independently',
  'planning',
  'adapting_to_change',
  'multitasking',
  'problem_solving',
  'responsibility',
  'customer_contact',
];
/** Dimensions an adapted schedule relieves. */
export const HOURS_DIMENSIONS: readonly DimensionKey[] = [
  'shift_work',
  'energy',
  'work_pace',
  'physical_stamina',
  'stress_handling',
];
export const DUTCH_DIMENSIONS: readonly DimensionKey[] = [
  'understanding_dutch',
  'speaking_dutch',
  'reading',
  'writing',
];
const ENVIRONMENT_GROUP_EXTRA: readonly DimensionKey[] = ['seeing', 'hearing'];

/**
 * Which offers can close a gap on each dimension. Mentor, schedule and limited-Dutch supports close their
 * dimensions by their nature; physical and environment adaptations close a dimension only when the catalogue has
 * an adaptation for it (a lifting aid for lifting, a headset for noise), and the explanation names it.
 */
export function buildSupports(catalogue: { key: string; name: string; dimensions: string[] }[]): Supports {
  const index = new Map(DIMENSION_KEYS.map((k, i) => [k as string, i]));
  const closableBy = new Uint8Array(D);
  const adaptations: { key: string; name: string }[][] = Array.from({ length: D }, () => []);
  for (const k of MENTOR_DIMENSIONS) {
    closableBy[index.get(k)!]! |= OFFER.mentor;
  }
  for (const k of HOURS_DIMENSIONS) {
    closableBy[index.get(k)!]! |= OFFER.adaptHours;
  }
  for (const k of DUTCH_DIMENSIONS) {
    closableBy[index.get(k)!]! |= OFFER.limitedDutch;
  }
  for (const a of catalogue) {
    for (const key of a.dimensions) {
      const d = index.get(key);
      if (d === undefined) {
        continue;
      }
      const dim = DIMENSIONS[d]!;
      if (dim.group === 'physical' && !ENVIRONMENT_GROUP_EXTRA.includes(dim.key)) {
        closableBy[d]! |= OFFER.adaptPhysical;
      } else if (dim.group === 'conditions' || ENVIRONMENT_GROUP_EXTRA.includes(dim.key)) {
        closableBy[d]! |= OFFER.adaptEnvironment;
      } else {
        // A catalogue adaptation for a mental or social dimension (pictogram instructions, a quiet room) is
        // offered where the employer adapts the environment.
        closableBy[d]! |= OFFER.adaptEnvironment;
      }
      adaptations[d]!.push({ key: a.key, name: a.name });
    }
  }
  return { closableBy, adaptations };
}
