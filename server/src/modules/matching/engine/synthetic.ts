/**
 * A synthetic Flanders for the matching benchmark and engine tests: persons whose capability profiles are derived
 * from ICF qualifiers of recognisable archetypes (the same derivation the application uses), and jobs built from
 * the demo's job templates (tasks with demand profiles, the job's profile the maximum over its tasks), spread over
 * the Flemish municipalities by size. Seeded, so every run builds the same data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { JOB_TEMPLATES } from '../../../demo/job-templates';
import { deriveCapabilities } from '../../capabilities/capabilities.derive';
import { ICF_SUGGESTED_SET } from '../../indications/icf-suggested-set';
import { DIMENSION_INDEX, type DimensionKey } from '../../profiles/dimensions';
import { REFERENCE_DIR } from '../../reference/reference.loader';
import {
  buildDemandIndex,
  D,
  INTERESTS,
  JOB_KINDS,
  type Jobs,
  MODE_BITS,
  OFFER,
  type Persons,
  SHIFT_BITS,
  UNKNOWN,
} from './model';

/** mulberry32: a small, fast, seedable generator. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = ReturnType<typeof rng>;
const pick = <T>(r: Random, list: readonly T[]) => list[Math.floor(r() * list.length)]!;
function weighted<T>(r: Random, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [item, w] of items) {
    x -= w;
    if (x < 0) {
      return item;
    }
  }
  return items[items.length - 1]![0];
}

interface Place {
  lat: number;
  lon: number;
  weight: number;
}

/** Flemish municipalities weighted by their number of postcodes and localities (a proxy for size), cities more. */
export function flemishPlaces(): Place[] {
  const read = (file: string) => {
    const [header, ...lines] = fs.readFileSync(path.join(REFERENCE_DIR, file), 'utf8').trim().split('\n');
    const cols = header!.split(',');
    return lines.map((line) => {
      // Names may be quoted with commas; the fields used here come before any quoted one or are numeric.
      const cells = line
        .match(/("([^"]|"")*"|[^,]*)(,|$)/g)!
        .map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
      return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
    });
  };
  const municipalities = read('be-geo/municipalities_2025.csv').filter((m) => m.region_key === 'flanders');
  const postcodes = read('be-geo/postcodes.csv');
  const count = new Map<string, number>();
  for (const p of postcodes) {
    count.set(p.nis_code!, (count.get(p.nis_code!) ?? 0) + 1);
  }
  const cities: Record<string, number> = {
    '11002': 40, // Antwerpen
    '44021': 30, // Gent
    '31005': 14, // Brugge
    '24062': 12, // Leuven
    '12025': 9, // Mechelen
    '41002': 9, // Aalst
    '34022': 8, // Kortrijk
    '71072': 8, // Hasselt
    '46021': 8, // Sint-Niklaas
    '71016': 7, // Genk
    '35013': 7, // Oostende
    '36015': 6, // Roeselare
  };
  return municipalities.map((m) => ({
    lat: Number(m.lat),
    lon: Number(m.lon),
    weight: (count.get(m.nis_code!) ?? 1) + (cities[m.nis_code!] ?? 0),
  }));
}

/** ICF qualifier tendencies per archetype (code → typical qualifier); others are 0 or 1. */
const ARCHETYPES: [Record<string, number>, number][] = [
  [{ d430: 3, d4154: 2, d450: 2, d410: 3, b455: 2, d445: 2, d4551: 3, e225: 2 }, 22], // physical limitation
  [{ b152: 3, d240: 3, d2401: 3, b130: 2, d720: 2, d7202: 2, d730: 2, b140: 2 }, 25], // psychosocial problems
  [{ d155: 3, d175: 3, d166: 3, d170: 3, d172: 3, b1641: 3, d220: 2, d2102: 2, b144: 2, d360: 2 }, 18], // intellectual
  [{ b130: 3, b455: 2, d2401: 3, d240: 2, b1643: 2, b140: 2, d230: 2 }, 15], // long-term sick, burn-out
  [{ d310: 2, d330: 3, d166: 3, d170: 3, d360: 1 }, 12], // language and low literacy
  [{}, 8], // mild, mixed
];

function syntheticCapabilities(r: Random): Map<DimensionKey, number> {
  const tendency = weighted(r, ARCHETYPES);
  const items = ICF_SUGGESTED_SET.filter(() => r() < 0.85).map((s) => {
    const base = tendency[s.code] ?? (r() < 0.7 ? 0 : 1);
    const noise = r() < 0.25 ? (r() < 0.5 ? -1 : 1) : 0;
    const qualifier = r() < 0.03 ? 8 : Math.min(4, Math.max(0, base + noise));
    return { code: s.code, qualifier };
  });
  return new Map([...deriveCapabilities(items)].map(([k, v]) => [k, v.level]));
}

const ISCO_INTERESTS = [...new Set(JOB_TEMPLATES.map((t) => t.isco))];

export function syntheticPersons(count: number, seed: number, places = flemishPlaces()): Persons {
  const r = rng(seed);
  const placeItems = places.map((p) => [p, p.weight] as const);
  const capability = new Uint8Array(count * D).fill(UNKNOWN);
  const p: Persons = {
    count,
    ids: Array.from({ length: count }, (_, i) => `p${i}`),
    lat: new Float32Array(count),
    lon: new Float32Array(count),
    capability,
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
  for (let i = 0; i < count; i++) {
    const place = weighted(r, placeItems);
    // Within about 3 km of the municipality's centre.
    p.lat[i] = place.lat + (r() - 0.5) * 0.05;
    p.lon[i] = place.lon + (r() - 0.5) * 0.08;
    if (r() < 0.8) {
      for (const [key, level] of syntheticCapabilities(r)) {
        capability[i * D + DIMENSION_INDEX.get(key)!] = level;
      }
    }
    p.hours[i] = r() < 0.1 ? 0 : pick(r, [19, 24, 30, 38]);
    p.shifts[i] =
      r() < 0.15
        ? 0
        : SHIFT_BITS.day |
          (r() < 0.5 ? SHIFT_BITS.early : 0) |
          (r() < 0.35 ? SHIFT_BITS.late : 0) |
          (r() < 0.1 ? SHIFT_BITS.night : 0) |
          (r() < 0.3 ? SHIFT_BITS.weekend : 0);
    p.dutch[i] =
      r() < 0.1
        ? 0
        : weighted(r, [
            [1, 8],
            [2, 14],
            [3, 22],
            [4, 26],
            [5, 20],
            [6, 10],
          ] as const);
    p.maxMinutes[i] = r() < 0.1 ? 0 : pick(r, [20, 30, 30, 45, 45, 60]);
    p.maxKm[i] = r() < 0.7 ? 0 : pick(r, [10, 15, 20, 30]);
    const hasCar = r() < 0.35;
    p.modes[i] =
      MODE_BITS.walk |
      (hasCar ? MODE_BITS.car : 0) |
      (r() < 0.75 ? MODE_BITS.public_transport : 0) |
      (r() < 0.6 ? MODE_BITS.bike : 0);
    p.advice[i] =
      r() < 0.25
        ? 0
        : weighted(r, [
            [1, 10],
            [2, 40],
            [3, 30],
            [4, 12],
            [5, 3],
          ] as const);
    p.waitingDays[i] = Math.floor(r() ** 2 * 900);
    const wishes = r() < 0.15 ? 0 : 1 + Math.floor(r() * 3);
    for (let k = 0; k < wishes; k++) {
      const code = pick(r, ISCO_INTERESTS);
      const digits = r() < 0.7 ? 4 : 2;
      p.interests[i * INTERESTS + k] = Number(code.slice(0, digits));
      p.interestDigits[i * INTERESTS + k] = digits;
    }
    p.interestCount[i] = wishes;
  }
  return p;
}

export function syntheticJobs(count: number, seed: number, places = flemishPlaces()): Jobs {
  const r = rng(seed);
  const placeItems = places.map((p) => [p, p.weight] as const);
  const demand = new Uint8Array(count * D);
  const essential = new Uint8Array(count * D);
  const jobs: Omit<Jobs, 'demandStart' | 'demandDim'> = {
    count,
    ids: Array.from({ length: count }, (_, j) => `j${j}`),
    lat: new Float32Array(count),
    lon: new Float32Array(count),
    demand,
    essential,
    hours: new Uint8Array(count),
    shifts: new Uint8Array(count),
    dutch: new Uint8Array(count),
    dutchWaivable: new Uint8Array(count),
    offer: new Uint8Array(count),
    kind: new Uint8Array(count),
    isco: new Uint16Array(count),
    positions: new Uint8Array(count),
  };
  for (let j = 0; j < count; j++) {
    const t = pick(r, JOB_TEMPLATES);
    const place = weighted(r, placeItems);
    jobs.lat[j] = place.lat + (r() - 0.5) * 0.04;
    jobs.lon[j] = place.lon + (r() - 0.5) * 0.06;
    for (const task of t.tasks) {
      if (r() < 0.15) {
        continue; // not every job has every task of its kind
      }
      for (const [key, level] of Object.entries(task.demands)) {
        const noisy = Math.min(4, Math.max(0, level + (r() < 0.3 ? (r() < 0.5 ? -1 : 1) : 0)));
        const at = j * D + DIMENSION_INDEX.get(key as DimensionKey)!;
        demand[at] = Math.max(demand[at]!, noisy);
      }
    }
    for (const key of t.essential) {
      essential[j * D + DIMENSION_INDEX.get(key)!] = 1;
    }
    jobs.hours[j] = Math.round(t.hours[0] + r() * (t.hours[1] - t.hours[0]));
    jobs.shifts[j] =
      t.shifts.filter(() => r() < 0.8).reduce((m, s) => m | SHIFT_BITS[s], 0) || SHIFT_BITS.day;
    jobs.dutch[j] = t.dutchLevel ? ['A1', 'A2', 'B1', 'B2'].indexOf(t.dutchLevel) + 1 : 0;
    jobs.dutchWaivable[j] = r() < 0.3 ? 1 : 0;
    jobs.offer[j] =
      (r() < 0.4 ? OFFER.mentor : 0) |
      (r() < 0.25 ? OFFER.adaptPhysical : 0) |
      (r() < 0.2 ? OFFER.adaptEnvironment : 0) |
      (r() < 0.3 ? OFFER.adaptHours : 0) |
      (r() < 0.2 ? OFFER.limitedDutch : 0) |
      (r() < 0.4 ? OFFER.wagePremium : 0);
    jobs.kind[j] = JOB_KINDS.indexOf(
      weighted(r, [
        ['regular_vacancy', 70],
        ['carved_job', 8],
        ['internship_place', 10],
        ['cmw_workplace', 8],
        ['ama_activity', 4],
      ] as const),
    );
    jobs.isco[j] = Number(t.isco);
    jobs.positions[j] = weighted(r, [
      [1, 70],
      [2, 20],
      [3, 10],
    ] as const);
  }
  const { start, dims } = buildDemandIndex(count, demand);
  return { ...jobs, demandStart: start, demandDim: dims };
}
