import { type Kysely, sql } from 'kysely';
import type { AuditOutcome, DB } from '../../db/schema';

export interface AuditInsert {
  actor_user_id: string | null;
  actor_organisation_id: string | null;
  actor_token_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  participant_id: string | null;
  outcome: AuditOutcome;
  ip: string | null;
  user_agent: string | null;
  details: Record<string, unknown>;
}

export interface AuditSearch {
  /** Restrict to actions taken within these organisations (never empty); null for the whole network. */
  organisationIds: string[] | null;
  actorUserId?: string;
  organisationId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  participantId?: string;
  outcome?: AuditOutcome;
  from?: string;
  to?: string;
  beforeId?: number;
  limit: number;
}

export const auditRepository = {
  async insert(db: Kysely<DB>, row: AuditInsert): Promise<void> {
    await db
      .insertInto('audit_events')
      .values({ ...row, details: JSON.stringify(row.details) })
      .execute();
  },

  /** Newest first, keyset-paginated on id so that deep pages stay as fast as the first. */
  async search(db: Kysely<DB>, s: AuditSearch) {
    let q = db
      .selectFrom('audit_events as a')
      .leftJoin('users as u', 'u.id', 'a.actor_user_id')
      .leftJoin('organisations as o', 'o.id', 'a.actor_organisation_id')
      .select([
        'a.id',
        'a.occurred_at',
        'a.actor_user_id',
        'u.display_name as actor_name',
        'u.email as actor_email',
        'a.actor_organisation_id',
        'o.name as actor_organisation_name',
        'a.actor_token_id',
        'a.action',
        'a.entity_type',
        'a.entity_id',
        'a.participant_id',
        'a.outcome',
        'a.ip',
        'a.user_agent',
        'a.details',
      ]);
    if (s.organisationIds) {
      q = q.where('a.actor_organisation_id', 'in', s.organisationIds);
    }
    if (s.actorUserId) {
      q = q.where('a.actor_user_id', '=', s.actorUserId);
    }
    if (s.organisationId) {
      q = q.where('a.actor_organisation_id', '=', s.organisationId);
    }
    if (s.action) {
      q = s.action.endsWith('.')
        ? q.where('a.action', 'like', `${s.action}%`)
        : q.where('a.action', '=', s.action);
    }
    if (s.entityType) {
      q = q.where('a.entity_type', '=', s.entityType);
    }
    if (s.entityId) {
      q = q.where('a.entity_id', '=', s.entityId);
    }
    if (s.participantId) {
      q = q.where('a.participant_id', '=', s.participantId);
    }
    if (s.outcome) {
      q = q.where('a.outcome', '=', s.outcome);
    }
    if (s.from) {
      q = q.where('a.occurred_at', '>=', sql<Date>`${s.from}::date`);
    }
    if (s.to) {
      q = q.where('a.occurred_at', '<', sql<Date>`${s.to}::date + 1`);
    }
    if (s.beforeId) {
      q = q.where('a.id', '<', s.beforeId);
    }
    return q.orderBy('a.id', 'desc').limit(s.limit).execute();
  },
};
