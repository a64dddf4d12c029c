/**
 * From the database to the engine: persons and jobs as the engine's typed arrays, the adaptation catalogue as
 * supports, and a cached index of the whole pool and all open jobs.
 *
 * Caching: building the index reads every pool participant and open job (seconds at the scale of Flanders), so one
 * index per database is kept. Every change to what matching reads advances the sequence matching_data_seq
 * (statement triggers, migration 0500); the index is rebuilt when the sequence moved, at most once per
 * INDEX_MIN_AGE_MS so that a busy network does not rebuild on every request. Correctness never depends on the
 * cache: every result is checked live before it is shown (consent to the pool, the job still open with a free
 * position, a pair not declined before), so a withdrawn consent takes effect in the very next answer.
 */
import { type Kysely, sql } from 'kysely';
import type { CefrLevel, DB, Locale } from '../../db/schema';
import { daysBetween } from '../../lib/dates';
import type { DimensionKey, Level, Profile } from '../profiles/dimensions';
import { type JobInput, jobsFrom, type PersonInput, personsFrom } from './engine/builders';
import { MatchingIndex } from './engine/matching-index';
import {
  type ADVICE_CODES,
  buildSupports,
  type JobKind,
  type Mode,
  type OFFER,
  type ShiftName,
  type Supports,
} from './engine/model';
import { matchingRepository, type PersonFilter } from './matching.repository';

export type PersonRow = Awaited<ReturnType<typeof matchingRepository.findPersons>>[number];
export type JobRow = Awaited<ReturnType<typeof matchingRepository.findJobs>>[number];

function modesOf(row: PersonRow): Mode[] {
  if (row.public_transport_only) {
    return ['public_transport'];
  }
  const modes: Mode[] = ['public_transport'];
  if (row.has_driving_licence && row.has_car) {
    modes.push('car');
  }
  if (row.has_bike) {
    modes.push('bike');
  }
  return modes;
}

/** Persons with a location (a postcode or a municipality): without one, no commute can be judged. */
export async function loadPersons(db: Kysely<DB>, filter: PersonFilter, today: string) {
  const rows = (await matchingRepository.findPersons(db, filter, today)).filter(
    (r) => r.lat !== null && r.lon !== null,
  );
  const levels = await matchingRepository.findCapabilities(
    db,
    rows.map((r) => r.id),
  );
  const profiles = new Map<string, Profile>();
  for (const l of levels) {
    const profile = profiles.get(l.participant_id) ?? {};
    profile[l.dimension as DimensionKey] = l.level as Level;
    profiles.set(l.participant_id, profile);
  }
  const coaches = new Map<string, number>();
  const inputs: PersonInput[] = rows.map((r) => {
    let coach = -1;
    if (r.coach_user_id) {
      coach = coaches.get(r.coach_user_id) ?? coaches.size;
      coaches.set(r.coach_user_id, coach);
    }
    return {
      id: r.id,
      lat: Number(r.lat),
      lon: Number(r.lon),
      capability: profiles.get(r.id) ?? {},
      hoursPerWeek: r.hours_per_week,
      shifts: r.shifts as ShiftName[],
      dutchLevel: r.dutch_level,
      maxCommuteKm: r.max_commute_km,
      maxCommuteMinutes: r.max_commute_minutes,
      modes: modesOf(r),
      advice: (r.advice as (typeof ADVICE_CODES)[number] | null) ?? null,
      waitingDays: r.waiting_since ? Math.max(0, daysBetween(r.waiting_since, today)) : 0,
      interests: r.occupation_interests,
      coach,
    };
  });
  return { rows, persons: personsFrom(inputs), coachIds: [...coaches.keys()] };
}

function offersOf(row: JobRow): (keyof typeof OFFER)[] {
  const offers: (keyof typeof OFFER)[] = [];
  if (row.can_adapt_hours) {
    offers.push('adaptHours');
  }
  if (row.can_adapt_physical) {
    offers.push('adaptPhysical');
  }
  if (row.can_adapt_environment) {
    offers.push('adaptEnvironment');
  }
  if (row.can_work_with_limited_dutch) {
    offers.push('limitedDutch');
  }
  if (row.open_to_wage_premium) {
    offers.push('wagePremium');
  }
  if (row.has_mentor) {
    offers.push('mentor');
  }
  return offers;
}

/** The engine's view of a job row with its demand profile (also used for one task in the carving suggestion). */
export function jobInput(row: JobRow, demand: Profile, overrides: Partial<JobInput> = {}): JobInput {
  return {
    id: row.id,
    lat: Number(row.lat),
    lon: Number(row.lon),
    demand,
    essential: row.essential_dimensions as DimensionKey[],
    hoursPerWeek: Math.round(Number(row.hours_per_week)),
    shifts: row.shifts as ShiftName[],
    dutchLevel: row.dutch_level as CefrLevel | null,
    isDutchWaivable: row.dutch_level_waivable,
    offers: offersOf(row),
    kind: row.kind as JobKind,
    isco: row.isco_code,
    positions: Math.max(0, row.positions - row.accepted),
    ...overrides,
  };
}

/** Open jobs (or the given ones) with a location and their profile from the tasks. */
export async function loadJobs(db: Kysely<DB>, filter: { ids?: string[] | null; includeNotOpen?: boolean }) {
  const rows = (await matchingRepository.findJobs(db, filter)).filter(
    (r) => r.lat !== null && r.lon !== null,
  );
  const demands = await matchingRepository.findJobDemands(
    db,
    rows.map((r) => r.id),
  );
  const profiles = new Map<string, Profile>();
  for (const d of demands) {
    const profile = profiles.get(d.job_id) ?? {};
    profile[d.dimension as DimensionKey] = Number(d.level) as Level;
    profiles.set(d.job_id, profile);
  }
  return { rows, jobs: jobsFrom(rows.map((r) => jobInput(r, profiles.get(r.id) ?? {}))) };
}

export async function loadSupports(db: Kysely<DB>, locale: Locale): Promise<Supports> {
  const rows = await matchingRepository.findActiveAdaptations(db);
  return buildSupports(
    rows.map((r) => ({
      key: r.key,
      name: locale === 'en' ? r.name_en : r.name_nl,
      dimensions: r.dimensions,
    })),
  );
}

export interface PoolIndex {
  index: MatchingIndex;
  persons: Awaited<ReturnType<typeof loadPersons>>;
  jobs: Awaited<ReturnType<typeof loadJobs>>;
  personAt: Map<string, number>;
  jobAt: Map<string, number>;
  builtAt: number;
  /** matching_data_seq when the build started. */
  stamp: number;
}

/** The least age before a changed database rebuilds the index (MATCHING_INDEX_MIN_AGE_MS, default 5 s). */
const minAgeMs = () => Number(process.env.MATCHING_INDEX_MIN_AGE_MS ?? 5000);

const cache = new WeakMap<Kysely<DB>, Map<string, Promise<PoolIndex>>>();

async function dataStamp(db: Kysely<DB>): Promise<number> {
  const row = await sql<{
    last_value: number;
    is_called: boolean;
  }>`select last_value, is_called from matching_data_seq`.execute(db);
  const r = row.rows[0]!;
  return r.is_called ? Number(r.last_value) : 0;
}

/** The index of the whole pool and every open job, cached per database and language (see the module comment). */
export async function poolIndex(db: Kysely<DB>, locale: Locale, today: string): Promise<PoolIndex> {
  let byKey = cache.get(db);
  if (!byKey) {
    byKey = new Map();
    cache.set(db, byKey);
  }
  const key = `${locale}:${today}`;
  const stamp = await dataStamp(db);
  const cached = byKey.get(key);
  if (cached) {
    const current = await cached.catch(() => null);
    if (current && (current.stamp === stamp || Date.now() - current.builtAt < minAgeMs())) {
      return current;
    }
  }
  const built = (async () => {
    const [persons, jobs, supports] = await Promise.all([
      loadPersons(db, {}, today),
      loadJobs(db, {}),
      loadSupports(db, locale),
    ]);
    return {
      index: new MatchingIndex(persons.persons, jobs.jobs, supports),
      persons,
      jobs,
      personAt: new Map(persons.persons.ids.map((id, i) => [id, i])),
      jobAt: new Map(jobs.jobs.ids.map((id, j) => [id, j])),
      builtAt: Date.now(),
      stamp,
    };
  })();
  byKey.set(key, built);
  built.catch(() => byKey!.delete(key));
  return built;
}

/** Drops the cached index of a database (after a run that must see every change at once). */
export function invalidatePoolIndex(db: Kysely<DB>) {
  cache.delete(db);
}
