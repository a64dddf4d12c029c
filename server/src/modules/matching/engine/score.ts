/**
 * The explained fit of one person to one job. The score is a documented weighted sum of six parts, each in 0..1:
 *
 *   part          weight  what 1 means / how it falls
 *   profile        40     no remaining gap on any demanded dimension. 1 − Σ penalty / Σ demand over the job's
 *                         demanded dimensions; penalty = the gap (demand − capability) when no support closes it,
 *                         half the gap when an offered support closes it (support costs effort), a quarter of the
 *                         demand when the capability was not assessed.
 *   interest       20     the job's occupation is one the person wants: same ISCO unit group 1, same minor group
 *                         0.6, same sub-major group 0.3, same major group 0.1, none 0; no interests stated 0.4.
 *   commute        15     travel time ≤ 15 minutes; falls linearly to 0 at the person's maximum (default 60 min).
 *   hours          10     the job's hours equal the wanted hours; −1/20 per hour of difference; unknown 0.7.
 *   dutch          10     the person's Dutch level meets the requirement; one level short 0.7 when the job waives
 *                         it with support or works with limited Dutch, else 0.3; two or more short 0.4 / 0;
 *                         unknown level 0.5.
 *   schedule        5     the share of the job's shifts the person accepts; unknown 0.7.
 *
 * score = 100 × Σ weight × part / 100, so 0..100. Hard constraints exclude a job whatever the score, each with
 * its reason: no consent to the network pool (checked by the caller, who holds the live consent), an advice that
 * does not fit the job kind, a commute beyond the person's maximum, and a gap of two or more levels on a dimension
 * the job marks essential that no offered support closes.
 */
import { DIMENSIONS } from '../../profiles/dimensions';
import {
  ADVICE_CODES,
  D,
  INTERESTS,
  JOB_KINDS,
  type Jobs,
  MODE_BITS,
  type Mode,
  OFFER,
  type Persons,
  type Supports,
  UNKNOWN,
} from './model';

export const WEIGHTS = { profile: 40, interest: 20, commute: 15, hours: 10, dutch: 10, schedule: 5 } as const;
export type Part = keyof typeof WEIGHTS;

export const EXCLUSIONS = ['advice_incompatible', 'commute_too_far', 'essential_gap'] as const;
export type Exclusion = (typeof EXCLUSIONS)[number];

/** Which job kinds each advice allows (index = ADVICE_CODES index + 1; 0 = no approved advice). */
const KIND_ALLOWED: Record<string, readonly (typeof JOB_KINDS)[number][]> = {
  none: ['regular_vacancy', 'carved_job', 'internship_place'],
  regular_work: ['regular_vacancy', 'carved_job', 'internship_place'],
  regular_work_with_support: ['regular_vacancy', 'carved_job', 'internship_place'],
  cmw: ['cmw_workplace', 'internship_place'],
  ama: ['ama_activity'],
  care_first: [],
};
/** ADVICE (0..5) × KIND (0..4) → allowed. */
const ADVICE_KIND = new Uint8Array(6 * JOB_KINDS.length);
['none', ...ADVICE_CODES].forEach((advice, a) => {
  JOB_KINDS.forEach((kind, k) => {
    ADVICE_KIND[a * JOB_KINDS.length + k] = KIND_ALLOWED[advice]!.includes(kind) ? 1 : 0;
  });
});

export function isAdviceCompatible(advice: number, kind: number): boolean {
  return ADVICE_KIND[advice * JOB_KINDS.length + kind] === 1;
}

/** Roads are longer than the straight line; 1.3 is the usual detour factor for Belgian roads. */
export const DETOUR = 1.3;
export const KM_PER_DEG_LAT = 111.2;
/** Longitude degrees shrink with latitude; Flanders lies around 51°N. */
export const KM_PER_DEG_LON = 111.2 * Math.cos((51 * Math.PI) / 180);

/**
 * Straight-line distance in km. Within Belgium (50.7°–51.5°N) the flat projection at 51°N differs from the
 * great-circle distance by less than 1%, far below the uncertainty of a postcode's centre, and needs no
 * trigonometry in the hot loop.
 */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dx = (lon2 - lon1) * KM_PER_DEG_LON;
  const dy = (lat2 - lat1) * KM_PER_DEG_LAT;
  return Math.sqrt(dx * dx + dy * dy);
}

/**
 * Travel minutes for a road distance by mode: car 2 min + 1.2 min/km (≈ 50 km/h with parking), public transport
 * 10 min waiting and walking + 2.5 min/km, bike 4 min/km (15 km/h), on foot 12 min/km.
 */
export function travelMinutes(roadKm: number, mode: Mode): number {
  switch (mode) {
    case 'car':
      return 2 + 1.2 * roadKm;
    case 'public_transport':
      return 10 + 2.5 * roadKm;
    case 'bike':
      return 4 * roadKm;
    default:
      return 12 * roadKm;
  }
}

/** Minutes by the fastest mode the person has (no allocation: the hot path). */
export function bestMinutes(roadKm: number, modes: number): number {
  let best = 12 * roadKm;
  if (modes & MODE_BITS.car) {
    best = Math.min(best, 2 + 1.2 * roadKm);
  }
  if (modes & MODE_BITS.public_transport) {
    best = Math.min(best, 10 + 2.5 * roadKm);
  }
  if (modes & MODE_BITS.bike) {
    best = Math.min(best, 4 * roadKm);
  }
  return best;
}

/** The fastest mode the person has for a road distance. */
export function bestTravel(roadKm: number, modes: number): { mode: Mode; minutes: number } {
  let best: { mode: Mode; minutes: number } = { mode: 'walk', minutes: travelMinutes(roadKm, 'walk') };
  for (const mode of ['car', 'public_transport', 'bike'] as const) {
    if (modes & MODE_BITS[mode]) {
      const minutes = travelMinutes(roadKm, mode);
      if (minutes < best.minutes) {
        best = { mode, minutes };
      }
    }
  }
  return best;
}

export const DEFAULT_MAX_MINUTES = 60;

const POW10 = [1, 10, 100, 1000, 10000];
const INTEREST_VALUE = [0, 0.1, 0.3, 0.6, 1];

/** How closely the job's occupation matches the person's wishes: 0–4 shared ISCO digits, −1 = no wishes. */
function interestLevel(p: Persons, i: number, isco: number): number {
  const count = p.interestCount[i]!;
  if (count === 0) {
    return -1;
  }
  if (isco === 0) {
    return 0;
  }
  let best = 0;
  for (let k = 0; k < count; k++) {
    const digits = p.interestDigits[i * INTERESTS + k]!;
    // The wish as a 4-digit code (a 2-digit group 72 becomes 7200) and how many leading digits it shares.
    const wish = p.interests[i * INTERESTS + k]! * POW10[4 - digits]!;
    let shared = 0;
    for (let n = 4; n >= 1; n--) {
      if (Math.floor(wish / POW10[4 - n]!) === Math.floor(isco / POW10[4 - n]!)) {
        shared = n;
        break;
      }
    }
    // A wish for a whole group fully matches every unit group in it.
    const level = shared >= digits ? 4 : shared;
    if (level > best) {
      best = level;
    }
  }
  return best;
}

export interface DimensionExplanation {
  dimension: string;
  demand: number;
  /** null = not assessed. */
  capability: number | null;
  gap: number;
  /** The offer that closes the gap (mentor, adaptHours, adaptPhysical, adaptEnvironment, limitedDutch). */
  closedBy: string | null;
  adaptations: { key: string; name: string }[];
  isEssential: boolean;
}

export interface Explanation {
  score: number;
  parts: Record<Part, number>;
  excluded: Exclusion[];
  dimensions: DimensionExplanation[];
  commute: { km: number; minutes: number; mode: Mode; maxMinutes: number; maxKm: number | null };
  hours: { job: number; person: number | null };
  dutch: { required: number; person: number | null; isWaivable: boolean };
  interest: { level: number };
  schedule: { jobShifts: number; personShifts: number };
}

const OFFER_NAMES: [number, string][] = [
  [OFFER.mentor, 'mentor'],
  [OFFER.adaptPhysical, 'adaptPhysical'],
  [OFFER.adaptEnvironment, 'adaptEnvironment'],
  [OFFER.adaptHours, 'adaptHours'],
  [OFFER.limitedDutch, 'limitedDutch'],
];

function popcount(x: number): number {
  let n = 0;
  for (let v = x; v; v &= v - 1) {
    n++;
  }
  return n;
}

/** Returned instead of a score when the pair cannot beat the caller's threshold (not an exclusion). */
export const BELOW_THRESHOLD = -2;

/**
 * Scores person i against job j. Returns the score (0..100) or −1 when a hard constraint excludes the pair;
 * with `explain`, fills it with every part, gap and reason (also for an excluded pair, so "why not" can be told).
 * With a `threshold` (top-k queries), the cheap parts are computed first and the profile comparison is skipped
 * when even a perfect profile could not lift the score above it (BELOW_THRESHOLD is returned).
 */
export function scorePair(
  p: Persons,
  jobs: Jobs,
  supports: Supports,
  i: number,
  j: number,
  explain?: Explanation,
  threshold = -1,
): number {
  let excluded = false;
  const kind = jobs.kind[j]!;
  if (!isAdviceCompatible(p.advice[i]!, kind)) {
    if (!explain) {
      return -1;
    }
    excluded = true;
    explain.excluded.push('advice_incompatible');
  }

  // Commute.
  const km = distanceKm(p.lat[i]!, p.lon[i]!, jobs.lat[j]!, jobs.lon[j]!) * DETOUR;
  const minutes = bestMinutes(km, p.modes[i]!);
  const maxMinutes = p.maxMinutes[i]! || DEFAULT_MAX_MINUTES;
  const maxKm = p.maxKm[i]!;
  if (minutes > maxMinutes || (maxKm > 0 && km > maxKm)) {
    if (!explain) {
      return -1;
    }
    excluded = true;
    explain.excluded.push('commute_too_far');
  }
  const commute = minutes <= 15 ? 1 : Math.max(0, 1 - (minutes - 15) / Math.max(1, maxMinutes - 15));
  // Top-k fast path: if even perfect other parts cannot beat the threshold, stop before anything else.
  if (!explain && threshold >= 0 && 100 - WEIGHTS.commute * (1 - commute) <= threshold) {
    return BELOW_THRESHOLD;
  }

  const offer = jobs.offer[j]!;
  const waivable = jobs.dutchWaivable[j]! === 1;
  const effectiveOffer = waivable ? offer | OFFER.limitedDutch : offer;

  // Hours.
  const wanted = p.hours[i]!;
  const hours = wanted === 0 ? 0.7 : Math.max(0, 1 - Math.abs(jobs.hours[j]! - wanted) / 20);

  // Dutch.
  const required = jobs.dutch[j]!;
  const level = p.dutch[i]!;
  let dutch: number;
  if (required === 0) {
    dutch = 1;
  } else if (level === 0) {
    dutch = 0.5;
  } else {
    const short = required - level;
    const supported = (effectiveOffer & OFFER.limitedDutch) !== 0;
    dutch = short <= 0 ? 1 : short === 1 ? (supported ? 0.7 : 0.3) : supported ? 0.4 : 0;
  }

  // Schedule.
  const jobShifts = jobs.shifts[j]!;
  const personShifts = p.shifts[i]!;
  const schedule =
    personShifts === 0 ? 0.7 : jobShifts === 0 ? 1 : popcount(jobShifts & personShifts) / popcount(jobShifts);

  const interestAt = interestLevel(p, i, jobs.isco[j]!);
  const interest = interestAt < 0 ? 0.4 : INTEREST_VALUE[interestAt]!;

  if (!explain && threshold >= 0) {
    const cheap =
      WEIGHTS.interest * interest +
      WEIGHTS.commute * commute +
      WEIGHTS.hours * hours +
      WEIGHTS.dutch * dutch +
      WEIGHTS.schedule * schedule;
    if (cheap + WEIGHTS.profile <= threshold) {
      return BELOW_THRESHOLD;
    }
  }

  // Profile.
  let demandSum = 0;
  let penalty = 0;
  const base = i * D;
  const jbase = j * D;
  for (let e = jobs.demandStart[j]!; e < jobs.demandStart[j + 1]!; e++) {
    const d = jobs.demandDim[e]!;
    const demand = jobs.demand[jbase + d]!;
    const capability = p.capability[base + d]!;
    demandSum += demand;
    if (capability === UNKNOWN) {
      penalty += 0.25 * demand;
      if (explain) {
        explain.dimensions.push({
          dimension: DIMENSIONS[d]!.key,
          demand,
          capability: null,
          gap: 0,
          closedBy: null,
          adaptations: [],
          isEssential: jobs.essential[jbase + d] === 1,
        });
      }
      continue;
    }
    const gap = demand - capability;
    if (gap <= 0) {
      if (explain) {
        explain.dimensions.push({
          dimension: DIMENSIONS[d]!.key,
          demand,
          capability,
          gap: 0,
          closedBy: null,
          adaptations: [],
          isEssential: jobs.essential[jbase + d] === 1,
        });
      }
      continue;
    }
    const closing = gap <= 2 ? supports.closableBy[d]! & effectiveOffer : 0;
    penalty += closing ? 0.5 * gap : gap;
    if (!closing && gap >= 2 && jobs.essential[jbase + d] === 1) {
      if (!explain) {
        return -1;
      }
      if (!excluded || !explain.excluded.includes('essential_gap')) {
        explain.excluded.push('essential_gap');
      }
      excluded = true;
    }
    if (explain) {
      const closedBy = closing ? (OFFER_NAMES.find(([bit]) => closing & bit)?.[1] ?? null) : null;
      explain.dimensions.push({
        dimension: DIMENSIONS[d]!.key,
        demand,
        capability,
        gap,
        closedBy,
        adaptations:
          closedBy === 'adaptPhysical' || closedBy === 'adaptEnvironment' ? supports.adaptations[d]! : [],
        isEssential: jobs.essential[jbase + d] === 1,
      });
    }
  }
  const profile = demandSum === 0 ? 1 : Math.max(0, 1 - penalty / demandSum);

  const score =
    (WEIGHTS.profile * profile +
      WEIGHTS.interest * interest +
      WEIGHTS.commute * commute +
      WEIGHTS.hours * hours +
      WEIGHTS.dutch * dutch +
      WEIGHTS.schedule * schedule) /
    1;
  if (explain) {
    explain.score = Math.round(score * 10) / 10;
    explain.parts = {
      profile: round3(profile),
      interest: round3(interest),
      commute: round3(commute),
      hours: round3(hours),
      dutch: round3(dutch),
      schedule: round3(schedule),
    };
    const travel = bestTravel(km, p.modes[i]!);
    explain.commute = {
      km: Math.round(km * 10) / 10,
      minutes: Math.round(travel.minutes),
      mode: travel.mode,
      maxMinutes,
      maxKm: maxKm || null,
    };
    explain.hours = { job: jobs.hours[j]!, person: wanted || null };
    explain.dutch = {
      required,
      person: level || null,
      isWaivable: waivable || (offer & OFFER.limitedDutch) !== 0,
    };
    explain.interest = { level: interestAt };
    explain.schedule = { jobShifts, personShifts };
  }
  return excluded ? -1 : score;
}

const round3 = (v: number) => Math.round(v * 1000) / 1000;

export function emptyExplanation(): Explanation {
  return {
    score: 0,
    parts: { profile: 0, interest: 0, commute: 0, hours: 0, dutch: 0, schedule: 0 },
    excluded: [],
    dimensions: [],
    commute: { km: 0, minutes: 0, mode: 'walk', maxMinutes: DEFAULT_MAX_MINUTES, maxKm: null },
    hours: { job: 0, person: null },
    dutch: { required: 0, person: null, isWaivable: false },
    interest: { level: -1 },
    schedule: { jobShifts: 0, personShifts: 0 },
  };
}
