import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema';

export interface NewNotification {
  kind: string;
  entityType: string;
  entityId: string;
  /** Shown in the message; never special-category data. */
  params: Record<string, string | number>;
}

export const notificationsRepository = {
  /** One notification per user, kind and entity: a job that runs twice does not notify twice. */
  async insertForUsers(db: Kysely<DB>, userIds: string[], n: NewNotification) {
    if (userIds.length === 0) {
      return 0;
    }
    const rows = await db
      .insertInto('notifications')
      .values(
        [...new Set(userIds)].map((user_id) => ({
          user_id,
          kind: n.kind,
          entity_type: n.entityType,
          entity_id: n.entityId,
          params: JSON.stringify(n.params),
        })),
      )
      .onConflict((oc) => oc.columns(['user_id', 'kind', 'entity_id']).doNothing())
      .returning('id')
      .execute();
    return rows.length;
  },

  findForUser(db: Kysely<DB>, userId: string, f: { unread?: boolean; limit: number }) {
    let q = db
      .selectFrom('notifications')
      .select(['id', 'kind', 'entity_type', 'entity_id', 'params', 'created_at', 'read_at'])
      .where('user_id', '=', userId);
    if (f.unread !== undefined) {
      q = f.unread ? q.where('read_at', 'is', null) : q.where('read_at', 'is not', null);
    }
    return q.orderBy('created_at', 'desc').orderBy('id').limit(f.limit).execute();
  },

  async countUnread(db: Kysely<DB>, userId: string) {
    const row = await db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow();
    return row.n;
  },

  async markRead(db: Kysely<DB>, userId: string, id?: string) {
    let q = db
      .updateTable('notifications')
      .set({ read_at: sql`now()` as unknown as Date })
      .where('user_id', '=', userId)
      .where('read_at', 'is', null);
    if (id) {
      q = q.where('id', '=', id);
    }
    const rows = await q.returning('id').execute();
    return rows.length;
  },

  async exists(db: Kysely<DB>, userId: string, id: string) {
    const row = await db
      .selectFrom('notifications')
      .select('id')
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return !!row;
  },

  /** Active users holding one of the roles in the organisation: who an organisation-wide notice goes to. */
  async findRecipients(db: Kysely<DB>, organisationId: string, roles: string[]) {
    const rows = await db
      .selectFrom('user_roles as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select('u.id')
      .distinct()
      .where('r.organisation_id', '=', organisationId)
      .where('r.role', 'in', roles as 'coach'[])
      .where('u.is_active', '=', true)
      .execute();
    return rows.map((r) => r.id);
  },

  /** The active accounts of a participant (their own login), for notices about their own referral. */
  async findParticipantUsers(db: Kysely<DB>, participantId: string) {
    const rows = await db
      .selectFrom('user_roles as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select('u.id')
      .distinct()
      .where('r.participant_id', '=', participantId)
      .where('r.role', '=', 'participant')
      .where('u.is_active', '=', true)
      .execute();
    return rows.map((r) => r.id);
  },
};
