/**
 * What the parts of the demo seed share: the network as created (organisations, staff per role), the clock that
 * anchors the timeline on "today", and the random helpers. Every random choice comes from the seeded faker and
 * every moment is an offset in days from today, so the same seed yields the same network on any day, shifted.
 */
import type { Faker } from '@faker-js/faker';
import type { Insertable, Kysely } from 'kysely';
import type { DB, Measure, ParticipantStatus, ParticipantsTable, Role } from '../db/schema';
import { addToDate } from '../lib/dates';
import type { DemoOrganisation } from './network';

export interface DemoNetwork {
  organisations: Map<string, DemoOrganisation & { id: string }>;
  /** User ids per organisation key and role; a demo account comes first in its list. */
  staff: Map<string, Map<Role, string[]>>;
  demoUsers: Map<Role, string>;
}

export function organisationId(network: DemoNetwork, key: string): string {
  return network.organisations.get(key)!.id;
}

/** Staff of an organisation holding one of the roles (each user once, in role order). */
export function staffOf(network: DemoNetwork, key: string, roles: readonly Role[]): string[] {
  const byRole = network.staff.get(key);
  return [...new Set(roles.flatMap((role) => byRole?.get(role) ?? []))];
}

export function serves(network: DemoNetwork, key: string, nis: string): boolean {
  return network.organisations.get(key)!.served.includes(nis);
}

/**
 * The demo's calendar. Moments are given as days ago (0 = today). An event "has happened" when it lies at least
 * one day back; only the follow-up job's runs (early in the morning) also happen today.
 */
export class DemoClock {
  constructor(
    readonly today: string,
    /** Nothing is stamped later than this (the real time, or the end of an explicit `today`). */
    readonly now: Date,
  ) {}

  date(daysAgo: number): string {
    return addToDate(this.today, { days: -daysAgo });
  }

  /** A moment on the day `daysAgo`, `minute` minutes after midnight UTC (working hours are 420–960). */
  at(daysAgo: number, minute: number): Date {
    const moment = new Date(Date.parse(`${this.date(daysAgo)}T00:00:00Z`) + minute * 60_000);
    return moment > this.now ? new Date(this.now) : moment;
  }
}

/** A minute in office hours (08:00–17:00 in Brussels, as UTC minutes). */
export function officeMinute(faker: Faker): number {
  return faker.number.int({ min: 7 * 60, max: 15 * 60 + 30 });
}

export function chance(faker: Faker, probability: number): boolean {
  return faker.number.float() < probability;
}

/**
 * A duration in whole days with a long tail: log-normal around a median (half the cases take longer, a few take
 * much longer), as lead times in casework do.
 */
export function skewedDays(faker: Faker, median: number, spread = 0.6, min = 0): number {
  const u1 = 1 - faker.number.float();
  const u2 = faker.number.float();
  const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  return Math.max(min, Math.round(median * Math.exp(spread * z)));
}

export function weighted<T>(faker: Faker, entries: readonly (readonly [T, number])[]): T {
  const usable = entries.filter(([, weight]) => weight > 0);
  return faker.helpers.weightedArrayElement(usable.map(([value, weight]) => ({ value, weight })));
}

/** A short form of a name for notifications ("Pieter D."), as the follow-up job writes it. */
export const shortName = (first: string, last: string) => `${first} ${last.charAt(0)}.`;

/** The participant as the seed builds them: the record, and where their course has brought them today. */
export interface ParticipantSeed {
  id: string;
  index: number;
  firstName: string;
  lastName: string;
  municipalityNis: string;
  record: Omit<
    Insertable<ParticipantsTable>,
    | 'organisation_id'
    | 'coach_user_id'
    | 'status'
    | 'waiting_since'
    | 'current_measure'
    | 'last_activity_at'
    | 'created_at'
  >;
  /** The organisation that registered the person; the course may move them on a start. */
  organisationKey: string;
  coachUserId: string | null;
  status: ParticipantStatus;
  currentMeasure: Measure | null;
  waitingSinceDaysAgo: number | null;
  registeredDaysAgo: number;
  registeredAt: Date;
  lastActivityDaysAgo: number;
}

/** Inserts rows a chunk at a time: one statement per chunk, under PostgreSQL's 65,535 parameters. */
export async function insertChunked<T>(
  rows: readonly T[],
  size: number,
  insert: (chunk: T[]) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) {
    await insert(rows.slice(i, i + size));
  }
}

export type Db = Kysely<DB>;
