/**
 * Plain objects → the engine's typed arrays. The database loader and the tests describe persons and jobs as
 * objects; the engine works on columns. One conversion, so both read the data the same way.
 */
import { DIMENSION_INDEX, type DimensionKey, type Profile } from '../../profiles/dimensions';
import {
  ADVICE_CODES,
  buildDemandIndex,
  CEFR,
  D,
  INTERESTS,
  JOB_KINDS,
  type JobKind,
  type Jobs,
  MODE_BITS,
  type Mode,
  OFFER,
  type Persons,
  SHIFT_BITS,
  type ShiftName,
  UNKNOWN,
} from './model';

export interface PersonInput {
  id: string;
  lat: number;
  lon: number;
  capability: Profile;
  hoursPerWeek?: number | null;
  shifts?: ShiftName[];
  dutchLevel?: (typeof CEFR)[number] | null;
  maxCommuteKm?: number | null;
  maxCommuteMinutes?: number | null;
  modes?: Mode[];
  advice?: (typeof ADVICE_CODES)[number] | null;
  waitingDays?: number;
  /** ISCO-08 codes of 1–4 digits. */
  interests?: string[];
  coach?: number;
}

export interface JobInput {
  id: string;
  lat: number;
  lon: number;
  demand: Profile;
  essential?: DimensionKey[];
  hoursPerWeek: number;
  shifts?: ShiftName[];
  dutchLevel?: (typeof CEFR)[number] | null;
  isDutchWaivable?: boolean;
  offers?: (keyof typeof OFFER)[];
  kind: JobKind;
  isco?: string | null;
  positions?: number;
}

const shiftBits = (shifts: ShiftName[] | undefined) => (shifts ?? []).reduce((m, s) => m | SHIFT_BITS[s], 0);
const cefr = (level: string | null | undefined) =>
  level ? CEFR.indexOf(level as (typeof CEFR)[number]) + 1 : 0;

export function personsFrom(list: PersonInput[]): Persons {
  const count = list.length;
  const p: Persons = {
    count,
    ids: list.map((x) => x.id),
    lat: Float32Array.from(list.map((x) => x.lat)),
    lon: Float32Array.from(list.map((x) => x.lon)),
    capability: new Uint8Array(count * D).fill(UNKNOWN),
    hours: new Uint8Array(count),
    shifts: new Uint8Array(count),
    dutch: new Uint8Array(count),
    maxKm: new Uint16Array(count),
    maxMinutes: new Uint16Array(count),
    modes: new Uint8Array(count),
    advice: new Uint8Array(count),
    waitingDays: new Uint16Array(count),
    interests: new Uint16Array(count * INTERESTS),
    interestDigits: new Uint8Array(count * INTERESTS),
    interestCount: new Uint8Array(count),
    coach: new Int32Array(count).fill(-1),
  };
  list.forEach((x, i) => {
    for (const [key, level] of Object.entries(x.capability)) {
      const d = DIMENSION_INDEX.get(key as DimensionKey);
      if (d !== undefined && level !== undefined) {
        p.capability[i * D + d] = level;
      }
    }
    p.hours[i] = x.hoursPerWeek ?? 0;
    p.shifts[i] = shiftBits(x.shifts);
    p.dutch[i] = cefr(x.dutchLevel);
    p.maxKm[i] = x.maxCommuteKm ?? 0;
    p.maxMinutes[i] = x.maxCommuteMinutes ?? 0;
    p.modes[i] = (x.modes ?? ['public_transport']).reduce<number>(
      (m, mode) => m | MODE_BITS[mode],
      MODE_BITS.walk,
    );
    p.advice[i] = x.advice ? ADVICE_CODES.indexOf(x.advice) + 1 : 0;
    p.waitingDays[i] = Math.min(65_535, Math.max(0, x.waitingDays ?? 0));
    const interests = (x.interests ?? []).filter((c) => /^[0-9]{1,4}$/.test(c)).slice(0, INTERESTS);
    interests.forEach((code, k) => {
      p.interests[i * INTERESTS + k] = Number(code);
      p.interestDigits[i * INTERESTS + k] = code.length;
    });
    p.interestCount[i] = interests.length;
    p.coach[i] = x.coach ?? -1;
  });
  return p;
}

export function jobsFrom(list: JobInput[]): Jobs {
  const count = list.length;
  const demand = new Uint8Array(count * D);
  const essential = new Uint8Array(count * D);
  list.forEach((x, j) => {
    for (const [key, level] of Object.entries(x.demand)) {
      const d = DIMENSION_INDEX.get(key as DimensionKey);
      if (d !== undefined && level !== undefined) {
        demand[j * D + d] = level;
      }
    }
    for (const key of x.essential ?? []) {
      essential[j * D + DIMENSION_INDEX.get(key)!] = 1;
    }
  });
  const { start, dims } = buildDemandIndex(count, demand);
  return {
    count,
    ids: list.map((x) => x.id),
    lat: Float32Array.from(list.map((x) => x.lat)),
    lon: Float32Array.from(list.map((x) => x.lon)),
    demand,
    essential,
    demandStart: start,
    demandDim: dims,
    hours: Uint8Array.from(list.map((x) => x.hoursPerWeek)),
    shifts: Uint8Array.from(list.map((x) => shiftBits(x.shifts))),
    dutch: Uint8Array.from(list.map((x) => cefr(x.dutchLevel))),
    dutchWaivable: Uint8Array.from(list.map((x) => (x.isDutchWaivable ? 1 : 0))),
    offer: Uint8Array.from(list.map((x) => (x.offers ?? []).reduce((m, o) => m | OFFER[o], 0))),
    kind: Uint8Array.from(list.map((x) => JOB_KINDS.indexOf(x.kind))),
    isco: Uint16Array.from(list.map((x) => (x.isco && /^[0-9]{4}$/.test(x.isco) ? Number(x.isco) : 0))),
    positions: Uint8Array.from(list.map((x) => Math.min(255, x.positions ?? 1))),
  };
}
