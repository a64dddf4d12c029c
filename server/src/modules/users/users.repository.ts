import { type Kysely, sql } from 'kysely';
import type { DB, NewUser, Role } from '../../db/schema';
import { inScope } from '../../lib/scope';
import type { UserQuery } from './users.schemas';

const columns = [
  'u.id',
  'u.email',
  'u.display_name',
  'u.organisation_id',
  'o.name as organisation_name',
  'u.locale',
  'u.is_active',
  'u.locked_until',
  'u.totp_enabled_at',
  'u.must_change_password',
  'u.last_login_at',
  'u.version',
  'u.created_at',
] as const;

export type UserRecord = NonNullable<Awaited<ReturnType<typeof usersRepository.findById>>>;

export const usersRepository = {
  /**
   * Users visible within a scope: those whose home organisation is in it, and those holding a role in it.
   */
  async findMany(db: Kysely<DB>, scope: string[] | null, f: UserQuery) {
    let q = db
      .selectFrom('users as u')
      .leftJoin('organisations as o', 'o.id', 'u.organisation_id')
      .where((eb) =>
        eb.or([
          inScope(eb, 'u.organisation_id', scope),
          eb(
            'u.id',
            'in',
            eb
              .selectFrom('user_roles as r')
              .select('r.user_id')
              .where((sub) => inScope(sub, 'r.organisation_id', scope)),
          ),
        ]),
      );
    if (f.q) {
      const term = `%${f.q.toLowerCase()}%`;
      q = q.where((eb) =>
        eb.or([
          eb(
            sql`lower(immutable_unaccent(u.display_name))`,
            'like',
            sql<string>`immutable_unaccent(${term})`,
          ),
          eb(sql`lower(u.email)`, 'like', term),
        ]),
      );
    }
    if (f.organisationId) {
      const orgId = f.organisationId;
      q = q.where((eb) =>
        eb.or([
          eb('u.organisation_id', '=', orgId),
          eb(
            'u.id',
            'in',
            eb.selectFrom('user_roles').select('user_id').where('organisation_id', '=', orgId),
          ),
        ]),
      );
    }
    if (f.role) {
      const role = f.role;
      q = q.where('u.id', 'in', db.selectFrom('user_roles').select('user_id').where('role', '=', role));
    }
    if (f.isActive !== undefined) {
      q = q.where('u.is_active', '=', f.isActive);
    }
    if (f.isLocked !== undefined) {
      q = f.isLocked
        ? q.where('u.locked_until', '>', sql<Date>`now()`)
        : q.where((eb) =>
            eb.or([eb('u.locked_until', 'is', null), eb('u.locked_until', '<=', sql<Date>`now()`)]),
          );
    }
    const [rows, total] = await Promise.all([
      q
        .select(columns)
        .orderBy('u.display_name')
        .orderBy('u.id')
        .limit(f.pageSize)
        .offset((f.page - 1) * f.pageSize)
        .execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: total.n };
  },

  findById(db: Kysely<DB>, id: string) {
    return db
      .selectFrom('users as u')
      .leftJoin('organisations as o', 'o.id', 'u.organisation_id')
      .select(columns)
      .where('u.id', '=', id)
      .executeTakeFirst();
  },

  findIdByEmail(db: Kysely<DB>, email: string) {
    return db
      .selectFrom('users')
      .select('id')
      .where(sql`lower(email)`, '=', email.toLowerCase())
      .executeTakeFirst();
  },

  async findGrantsWithNames(db: Kysely<DB>, userIds: string[]) {
    if (userIds.length === 0) {
      return [];
    }
    return db
      .selectFrom('user_roles as r')
      .leftJoin('organisations as o', 'o.id', 'r.organisation_id')
      .leftJoin('employers as e', 'e.id', 'r.employer_id')
      .select([
        'r.id',
        'r.user_id',
        'r.role',
        'r.organisation_id',
        'o.name as organisation_name',
        'r.employer_id',
        'e.name as employer_name',
        'r.participant_id',
      ])
      .where('r.user_id', 'in', userIds)
      .orderBy('r.role')
      .execute();
  },

  insert(db: Kysely<DB>, values: NewUser) {
    return db.insertInto('users').values(values).returning('id').executeTakeFirstOrThrow();
  },

  updateVersioned(
    db: Kysely<DB>,
    id: string,
    expectedVersion: number,
    values: Partial<{
      email: string;
      display_name: string;
      organisation_id: string | null;
      locale: 'nl-BE' | 'en';
      is_active: boolean;
      locked_until: Date | null;
      failed_login_count: number;
      password_hash: string;
      must_change_password: boolean;
      password_changed_at: Date;
    }>,
  ) {
    return db
      .updateTable('users')
      .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: sql`now()` }))
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .returning('id')
      .executeTakeFirst();
  },

  /** Bumps the version without other changes (a role change is a change of the user record). */
  bumpVersion(db: Kysely<DB>, id: string, expectedVersion: number) {
    return db
      .updateTable('users')
      .set((eb) => ({ version: eb('version', '+', 1), updated_at: sql`now()` }))
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .returning('id')
      .executeTakeFirst();
  },

  async insertGrants(
    db: Kysely<DB>,
    userId: string,
    grantedBy: string | null,
    grants: {
      role: Role;
      organisationId?: string | null;
      employerId?: string | null;
      participantId?: string | null;
    }[],
  ) {
    if (grants.length === 0) {
      return;
    }
    await db
      .insertInto('user_roles')
      .values(
        grants.map((g) => ({
          user_id: userId,
          role: g.role,
          organisation_id: g.organisationId ?? null,
          employer_id: g.employerId ?? null,
          participant_id: g.participantId ?? null,
          granted_by: grantedBy,
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
  },

  async deleteGrants(db: Kysely<DB>, ids: string[]) {
    if (ids.length > 0) {
      await db.deleteFrom('user_roles').where('id', 'in', ids).execute();
    }
  },

  async countActiveNetworkAdmins(db: Kysely<DB>, exceptUserId: string): Promise<number> {
    const row = await db
      .selectFrom('user_roles as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select((eb) => eb.fn.count<number>(sql`distinct r.user_id`).as('n'))
      .where('r.role', '=', 'network_admin')
      .where('u.is_active', '=', true)
      .where('u.id', '<>', exceptUserId)
      .executeTakeFirstOrThrow();
    return row.n;
  },

  async findExistingScopes(
    db: Kysely<DB>,
    ids: { organisations: string[]; employers: string[]; participants: string[] },
  ) {
    const [orgs, employers, participants] = await Promise.all([
      ids.organisations.length
        ? db.selectFrom('organisations').select('id').where('id', 'in', ids.organisations).execute()
        : [],
      ids.employers.length
        ? db.selectFrom('employers').select('id').where('id', 'in', ids.employers).execute()
        : [],
      ids.participants.length
        ? db.selectFrom('participants').select('id').where('id', 'in', ids.participants).execute()
        : [],
    ]);
    return new Set([...orgs, ...employers, ...participants].map((r) => r.id));
  },
};
