import type { Kysely } from 'kysely';
import type { AuditOutcome, DB } from '../../db/schema';
import { actingOrganisationId, isNetworkAdmin, organisationIdsWith } from '../../lib/actor';
import type { AuditContext, RequestContext } from '../../lib/context';
import { ValidationError } from '../../lib/errors';
import { type AuditSearch, auditRepository } from './audit.repository';
import type { AuditQuery } from './audit.schemas';

/** Audit actions are `<entity>.<verb>` (organisation.updated, participant.profile_read, auth.login_failed). */
export type AuditAction = `${string}.${string}`;

export interface AuditEntry {
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  /** The participant whose data was read or changed, so that "who looked at this person" is one query. */
  participantId?: string | null;
  /** The organisation the actor acted for; defaults to their home organisation. */
  organisationId?: string | null;
  /** Who acted, when no one was signed in yet (a successful sign-in is the user's own act). */
  actorUserId?: string;
  outcome?: AuditOutcome;
  /** What changed (field → from/to) or why; never special-category data itself. */
  details?: Record<string, unknown>;
}

/**
 * Writes one audit row. Pass the transaction of the change, so that the change and its audit row are committed
 * together or not at all.
 */
export async function recordAudit(db: Kysely<DB>, ctx: AuditContext, entry: AuditEntry): Promise<void> {
  const actor = ctx.actor;
  await auditRepository.insert(db, {
    actor_user_id: actor?.userId ?? entry.actorUserId ?? null,
    actor_organisation_id: actor
      ? actingOrganisationId(actor, entry.organisationId)
      : (entry.organisationId ?? null),
    actor_token_id: actor?.tokenId ?? null,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId ?? null,
    participant_id: entry.participantId ?? null,
    outcome: entry.outcome ?? 'success',
    ip: ctx.ip,
    user_agent: ctx.userAgent?.slice(0, 300) ?? null,
    details: entry.details ?? {},
  });
}

/**
 * Records a refused access. Written on the base connection, outside the request's transaction, because the
 * refusal rolls that transaction back and the record of it must stay.
 */
export async function recordDenied(db: Kysely<DB>, ctx: AuditContext, entry: Omit<AuditEntry, 'outcome'>) {
  await recordAudit(db, ctx, { ...entry, outcome: 'denied' });
}

/** The fields that differ between two versions of a record, as { field: { from, to } }. */
export function diffChanges<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
  fields: readonly (keyof T & string)[],
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of fields) {
    if (!(field in after)) {
      continue;
    }
    const from = before[field];
    const to = after[field];
    if (JSON.stringify(from) !== JSON.stringify(to)) {
      changes[field] = { from: from ?? null, to: to ?? null };
    }
  }
  return changes;
}

/** Admin search: network admins see the whole network, organisation admins what happened within their organisation. */
export async function findAuditEvents(ctx: RequestContext, query: AuditQuery) {
  const scope = isNetworkAdmin(ctx.actor) ? null : organisationIdsWith(ctx.actor, ['org_admin']);
  if (scope && query.organisationId && !scope.includes(query.organisationId)) {
    throw ValidationError.field('organisationId', 'unknown_reference');
  }
  const search: AuditSearch = { ...query, organisationIds: scope, limit: query.limit + 1 };
  if (scope && scope.length === 0) {
    return { items: [], nextCursor: null };
  }
  const rows = await auditRepository.search(ctx.db, search);
  const hasMore = rows.length > query.limit;
  const items = rows.slice(0, query.limit);
  return { items, nextCursor: hasMore ? (items.at(-1)?.id ?? null) : null };
}
