import type { Actor } from '../../lib/actor';
import { type ApproachRequestFacts, approachRequestAbilities } from './approaches.policy';
import type { ApproachRequestRecord } from './approaches.repository';
import type { ApproachRequestDto } from './approaches.schemas';

export function approachRequestFacts(row: ApproachRequestRecord): ApproachRequestFacts {
  return {
    status: row.status,
    requestingOrganisationId: row.requesting_organisation_id,
    ownerOrganisationId: row.owner_organisation_id,
    askedOrganisationId: row.asked_organisation_id,
  };
}

export function presentApproachRequest(row: ApproachRequestRecord, actor: Actor): ApproachRequestDto {
  return {
    id: row.id,
    employer: { id: row.employer_id, name: row.employer_name },
    ownerOrganisation: row.owner_organisation_id
      ? { id: row.owner_organisation_id, name: row.owner_organisation_name ?? '' }
      : null,
    requestingOrganisation: { id: row.requesting_organisation_id, name: row.requesting_organisation_name },
    requestedBy: { id: row.requested_by, name: row.requested_by_name },
    motivation: row.motivation,
    status: row.status,
    decisionReason: row.decision_reason,
    decidedBy: row.decided_by ? { id: row.decided_by, name: row.decided_by_name ?? '' } : null,
    decidedAt: row.decided_at?.toISOString() ?? null,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    abilities: approachRequestAbilities(actor, approachRequestFacts(row)),
  };
}
