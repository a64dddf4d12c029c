import { type Kysely, sql } from 'kysely';
import type { DB, Role } from '../../db/schema';
import type { RoleGrant } from '../../lib/actor';

const userColumns = [
  'u.id',
  'u.email',
  'u.display_name',
  'u.organisation_id',
  'u.locale',
  'u.is_active',
  'u.must_change_password',
] as const;

export const authRepository = {
  findUserByEmail(db: Kysely<DB>, email: string) {
    return db
      .selectFrom('users as u')
      .select([
        ...userColumns,
        'u.password_hash',
        'u.totp_secret',
        'u.totp_enabled_at',
        'u.failed_login_count',
        'u.locked_until',
      ])
      .where(sql`lower(u.email)`, '=', email.toLowerCase())
      .executeTakeFirst();
  },

  findUserCredentials(db: Kysely<DB>, userId: string) {
    return db
      .selectFrom('users as u')
      .select([...userColumns, 'u.password_hash', 'u.totp_secret', 'u.totp_enabled_at'])
      .where('u.id', '=', userId)
      .executeTakeFirst();
  },

  async findGrants(db: Kysely<DB>, userId: string): Promise<RoleGrant[]> {
    const rows = await db
      .selectFrom('user_roles')
      .select(['role', 'organisation_id', 'employer_id', 'participant_id'])
      .where('user_id', '=', userId)
      .orderBy('role')
      .execute();
    return rows.map((r) => ({
      role: r.role as Role,
      organisationId: r.organisation_id,
      employerId: r.employer_id,
      participantId: r.participant_id,
    }));
  },

  /** Counts a failed attempt; at the limit the account is locked and the count starts again. */
  async recordFailedLogin(db: Kysely<DB>, userId: string, limit: number, lockMinutes: number) {
    return db
      .updateTable('users')
      .set((eb) => ({
        failed_login_count: sql`case when ${eb.ref('failed_login_count')} + 1 >= ${limit} then 0 else ${eb.ref('failed_login_count')} + 1 end`,
        locked_until: sql`case when ${eb.ref('failed_login_count')} + 1 >= ${limit} then now() + make_interval(mins => ${lockMinutes}) else ${eb.ref('locked_until')} end`,
      }))
      .where('id', '=', userId)
      .returning(['failed_login_count', 'locked_until'])
      .executeTakeFirstOrThrow();
  },

  async recordSuccessfulLogin(db: Kysely<DB>, userId: string) {
    await db
      .updateTable('users')
      .set({ failed_login_count: 0, locked_until: null, last_login_at: sql`now()` })
      .where('id', '=', userId)
      .execute();
  },

  async insertSession(
    db: Kysely<DB>,
    s: {
      idHash: string;
      userId: string;
      csrfToken: string;
      expiresAt: Date;
      ip: string | null;
      userAgent: string | null;
    },
  ) {
    await db
      .insertInto('sessions')
      .values({
        id_hash: s.idHash,
        user_id: s.userId,
        csrf_token: s.csrfToken,
        expires_at: s.expiresAt,
        ip: s.ip,
        user_agent: s.userAgent,
      })
      .execute();
  },

  findLiveSession(db: Kysely<DB>, idHash: string) {
    return db
      .selectFrom('sessions as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .select([
        ...userColumns,
        's.id_hash',
        's.csrf_token',
        's.created_at as session_created_at',
        's.last_seen_at',
      ])
      .where('s.id_hash', '=', idHash)
      .where('s.expires_at', '>', sql<Date>`now()`)
      .where('u.is_active', '=', true)
      .executeTakeFirst();
  },

  /** Slides the idle timeout, never past the absolute lifetime. */
  async touchSession(db: Kysely<DB>, idHash: string, idleMinutes: number, absoluteHours: number) {
    await db
      .updateTable('sessions')
      .set({
        last_seen_at: sql`now()`,
        expires_at: sql`least(created_at + make_interval(hours => ${absoluteHours}), now() + make_interval(mins => ${idleMinutes}))`,
      })
      .where('id_hash', '=', idHash)
      .execute();
  },

  async deleteSession(db: Kysely<DB>, idHash: string) {
    await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
  },

  /** Ends every session of a user except, optionally, the one making the request. */
  async deleteSessionsOfUser(db: Kysely<DB>, userId: string, exceptIdHash?: string | null) {
    let q = db.deleteFrom('sessions').where('user_id', '=', userId);
    if (exceptIdHash) {
      q = q.where('id_hash', '<>', exceptIdHash);
    }
    await q.execute();
  },

  async deleteExpiredSessions(db: Kysely<DB>): Promise<number> {
    const result = await db
      .deleteFrom('sessions')
      .where('expires_at', '<=', sql<Date>`now()`)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  },

  findLiveApiToken(db: Kysely<DB>, tokenHash: string) {
    return db
      .selectFrom('api_tokens as t')
      .innerJoin('users as u', 'u.id', 't.user_id')
      .select([...userColumns, 't.id as token_id', 't.last_used_at'])
      .where('t.token_hash', '=', tokenHash)
      .where('t.revoked_at', 'is', null)
      .where((eb) => eb.or([eb('t.expires_at', 'is', null), eb('t.expires_at', '>', sql<Date>`now()`)]))
      .where('u.is_active', '=', true)
      .executeTakeFirst();
  },

  async touchApiToken(db: Kysely<DB>, tokenId: string) {
    await db.updateTable('api_tokens').set({ last_used_at: sql`now()` }).where('id', '=', tokenId).execute();
  },

  async updatePassword(db: Kysely<DB>, userId: string, passwordHash: string, mustChange: boolean) {
    await db
      .updateTable('users')
      .set((eb) => ({
        password_hash: passwordHash,
        password_changed_at: sql`now()`,
        must_change_password: mustChange,
        version: eb('version', '+', 1),
        updated_at: sql`now()`,
      }))
      .where('id', '=', userId)
      .execute();
  },

  async setTotp(db: Kysely<DB>, userId: string, secret: string | null, enabled: boolean) {
    await db
      .updateTable('users')
      .set((eb) => ({
        totp_secret: secret,
        totp_enabled_at: enabled ? sql`now()` : null,
        version: eb('version', '+', 1),
        updated_at: sql`now()`,
      }))
      .where('id', '=', userId)
      .execute();
  },

  findOrganisationNames(db: Kysely<DB>, ids: string[]) {
    if (ids.length === 0) {
      return Promise.resolve([]);
    }
    return db.selectFrom('organisations').select(['id', 'name', 'kind']).where('id', 'in', ids).execute();
  },

  findEmployerNames(db: Kysely<DB>, ids: string[]) {
    if (ids.length === 0) {
      return Promise.resolve([]);
    }
    return db.selectFrom('employers').select(['id', 'name']).where('id', 'in', ids).execute();
  },

  findUserSecurity(db: Kysely<DB>, userId: string) {
    return db
      .selectFrom('users')
      .select(['totp_enabled_at', 'password_changed_at', 'last_login_at', 'version'])
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
  },

  listDemoAccounts(db: Kysely<DB>) {
    return db
      .selectFrom('users as u')
      .innerJoin('user_roles as r', 'r.user_id', 'u.id')
      .select(['u.email', 'u.display_name', 'r.role'])
      .where('u.is_demo', '=', true)
      .where('u.is_active', '=', true)
      .where('u.email', 'like', '%@demo.werkbrug.test')
      .orderBy('u.email')
      .execute();
  },
};
