import type { Kysely } from 'kysely';
import type { DB, Locale } from '../db/schema';
import type { Actor } from './actor';

/** What a service needs from the request: the database, who acts, and from where. Passed in explicitly. */
export interface RequestContext {
  db: Kysely<DB>;
  actor: Actor;
  ip: string | null;
  userAgent: string | null;
  locale: Locale;
}

/** Audit rows can also be written before anyone is signed in (failed logins) or by scheduled jobs. */
export interface AuditContext {
  actor: Actor | null;
  ip: string | null;
  userAgent: string | null;
}
