import { type Insertable, type Kysely, sql, type Updateable } from 'kysely';
import type { ApproachRequestStatus, ApproachRequestsTable, DB } from '../../db/schema';
import { inScope } from '../../lib/scope';
import type { ApproachRequestQuery } from './approaches.schemas';

function baseQuery(db: Kysely<DB>) {
  return db
    .selectFrom('approach_requests as r')
    .innerJoin('employers as e', 'e.id', 'r.employer_id')
    .innerJoin('organisations as ro', 'ro.id', 'r.requesting_organisation_id')
    .innerJoin('users as ru', 'ru.id', 'r.requested_by')
    .leftJoin('organisations as oo', 'oo.id', 'e.owner_organisation_id')
    .leftJoin('users as du', 'du.id', 'r.decided_by')
    .select([
      'r.id',
      'r.employer_id',
      'e.name as employer_name',
      'e.owner_organisation_id',
      'oo.name as owner_organisation_name',
      'e.owner_user_id',
      'r.requesting_organisation_id',
      'ro.name as requesting_organisation_name',
      'r.requested_by',
      'r.asked_organisation_id',
      'ru.display_name as requested_by_name',
      'r.motivation',
      'r.status',
      'r.decision_reason',
      'r.decided_by',
      'du.display_name as decided_by_name',
      'r.decided_at',
      'r.version',
      'r.created_at',
      'r.updated_at',
    ]);
}

export type ApproachRequestRecord = NonNullable<Awaited<ReturnType<typeof approachesRepository.findById>>>;

export interface ApproachRequestFilter extends ApproachRequestQuery {
  /** The actor's desk organisations; null = the whole network (network admins). */
  scope: string[] | null;
}

export const approachesRepository = {
  /**
   * incoming: requests about employers your organisations own (you decide); outgoing: requests your organisations
   * filed; all: both.
   */
  async findMany(db: Kysely<DB>, f: ApproachRequestFilter) {
    let q = baseQuery(db);
    if (f.box === 'incoming') {
      q = q.where((eb) => inScope(eb, 'e.owner_organisation_id', f.scope));
    } else if (f.box === 'outgoing') {
      q = q.where((eb) => inScope(eb, 'r.requesting_organisation_id', f.scope));
    } else {
      q = q.where((eb) =>
        eb.or([
          inScope(eb, 'e.owner_organisation_id', f.scope),
          inScope(eb, 'r.asked_organisation_id', f.scope),
          inScope(eb, 'r.requesting_organisation_id', f.scope),
        ]),
      );
    }
    if (f.status) {
      q = q.where('r.status', '=', f.status);
    }
    if (f.employerId) {
      q = q.where('r.employer_id', '=', f.employerId);
    }
    const [rows, total] = await Promise.all([
      q
        .orderBy(sql`r.status = 'pending'`, 'desc')
        .orderBy('r.created_at', 'desc')
        .orderBy('r.id')
        .limit(f.pageSize)
        .offset((f.page - 1) * f.pageSize)
        .execute(),
      q
        .clearSelect()
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ]);
    return { rows, total: total.n };
  },

  findById(db: Kysely<DB>, id: string) {
    return baseQuery(db).where('r.id', '=', id).executeTakeFirst();
  },

  findPendingForEmployer(db: Kysely<DB>, employerId: string) {
    return db
      .selectFrom('approach_requests')
      .select(['id', 'requesting_organisation_id'])
      .where('employer_id', '=', employerId)
      .where('status', '=', 'pending')
      .execute();
  },

  insert(db: Kysely<DB>, values: Insertable<ApproachRequestsTable>) {
    return db.insertInto('approach_requests').values(values).returning('id').executeTakeFirstOrThrow();
  },

  /** Decides a pending request when the version matches; undefined otherwise. */
  decideVersioned(
    db: Kysely<DB>,
    id: string,
    expectedVersion: number,
    values: Updateable<ApproachRequestsTable> & { status: ApproachRequestStatus },
  ) {
    return db
      .updateTable('approach_requests')
      .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: sql`now()` }))
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .where('status', '=', 'pending')
      .returning('id')
      .executeTakeFirst();
  },

  /**
   * Closes the pending requests of an organisation that became the owner (its request is answered by the
   * ownership itself).
   */
  closePendingOfOwner(db: Kysely<DB>, employerId: string, organisationId: string, decidedBy: string) {
    return db
      .updateTable('approach_requests')
      .set((eb) => ({
        status: 'taken_over',
        decided_by: decidedBy,
        decided_at: sql`now()`,
        version: eb('version', '+', 1),
        updated_at: sql`now()`,
      }))
      .where('employer_id', '=', employerId)
      .where('requesting_organisation_id', '=', organisationId)
      .where('status', '=', 'pending')
      .returning('id')
      .execute();
  },

  /** Pending requests waiting for the decision of these organisations (the start page). */
  async countPendingForOwners(db: Kysely<DB>, organisationIds: string[]) {
    if (organisationIds.length === 0) {
      return 0;
    }
    const row = await db
      .selectFrom('approach_requests as r')
      .innerJoin('employers as e', 'e.id', 'r.employer_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('r.status', '=', 'pending')
      .where('e.owner_organisation_id', 'in', organisationIds)
      .executeTakeFirstOrThrow();
    return row.n;
  },
};
