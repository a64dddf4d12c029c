import type { z } from 'zod';
import type { AuditEventSchema } from './audit.schemas';

interface AuditRow {
  id: number;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_name: string | null;
  actor_email: string | null;
  actor_organisation_id: string | null;
  actor_organisation_name: string | null;
  actor_token_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  participant_id: string | null;
  outcome: 'success' | 'denied' | 'failure';
  ip: string | null;
  user_agent: string | null;
  details: Record<string, unknown>;
}

export function presentAuditEvent(row: AuditRow): z.infer<typeof AuditEventSchema> {
  return {
    id: row.id,
    occurredAt: row.occurred_at.toISOString(),
    actor: row.actor_user_id
      ? { id: row.actor_user_id, name: row.actor_name ?? '', email: row.actor_email ?? '' }
      : null,
    organisation: row.actor_organisation_id
      ? { id: row.actor_organisation_id, name: row.actor_organisation_name ?? '' }
      : null,
    viaApiToken: row.actor_token_id !== null,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    participantId: row.participant_id,
    outcome: row.outcome,
    ip: row.ip,
    userAgent: row.user_agent,
    details: row.details,
  };
}
