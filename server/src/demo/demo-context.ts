/**
 * What the parts of the demo seed share: the network as created (organisations, staff per role) and the clock
 * that anchors the timeline on "today". Every moment is an offset in days from today, so the same seed yields the
 * same network on any day, shifted.
 */
import type { Faker } from '@faker-js/faker';
import type { Role } from '../db/schema';
import { addToDate } from '../lib/dates';
import type { DemoOrganisation } from './network';

export interface DemoNetwork {
  organisations: Map<string, DemoOrganisation & { id: string }>;
  /** User ids per organisation key and role; a demo account comes first in its list. */
  staff: Map<string, Map<Role, string[]>>;
  demoUsers: Map<Role, string>;
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
