import type { Role } from '../../db/schema';
import { ownParticipantIds } from '../../lib/actor';
import { formatNationalNumber, maskNationalNumber } from '../../lib/checksums';
import type { RequestContext } from '../../lib/context';
import { NotFoundError } from '../../lib/errors';
import { organisationScope } from '../../lib/scope';
import { recordAudit } from '../audit/audit.service';
import { type ParticipantListRecord, participantsRepository } from './participants.repository';
import type { ParticipantQuery } from './participants.schemas';

/** Roles through which an organisation's participants are visible to its staff. */
const CASEWORK_ROLES: readonly Role[] = [
  'org_admin',
  'coach',
  'indication_consultant',
  'indication_validator',
  'account_manager',
];

function presentListItem(row: ParticipantListRecord) {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    birthDate: row.birth_date,
    nationalNumberMasked: maskNationalNumber(row.national_number),
    municipality: row.municipality_nis
      ? { nisCode: row.municipality_nis, name: row.municipality_name ?? '' }
      : null,
    organisation: row.organisation_id ? { id: row.organisation_id, name: row.organisation_name ?? '' } : null,
    coach: row.coach_user_id ? { id: row.coach_user_id, name: row.coach_name ?? '' } : null,
    status: row.status,
    waitingSince: row.waiting_since,
  };
}

/** Participants of the actor's organisations (the whole network for network admins), searchable and paged. */
export async function findParticipants(ctx: RequestContext, query: ParticipantQuery) {
  const scope = organisationScope(ctx.actor, CASEWORK_ROLES);
  const coachUserId =
    query.coachId === 'me' ? ctx.actor.userId : query.coachId === 'none' ? null : query.coachId;
  const { rows, total } = await participantsRepository.findMany(ctx.db, scope, { ...query, coachUserId });
  return { items: rows.map(presentListItem), total, page: query.page, pageSize: query.pageSize };
}

/** One participant's record with the full national number; every read is audited. */
export async function getParticipant(ctx: RequestContext, id: string) {
  const row = await participantsRepository.findById(ctx.db, id);
  const scope = organisationScope(ctx.actor, CASEWORK_ROLES);
  const visible =
    row &&
    (scope === null ||
      (row.organisation_id !== null && scope.includes(row.organisation_id)) ||
      ownParticipantIds(ctx.actor).includes(row.id));
  if (!row || !visible) {
    throw new NotFoundError();
  }
  await recordAudit(ctx.db, ctx, {
    action: 'participant.read',
    entityType: 'participant',
    entityId: id,
    participantId: id,
    organisationId: row.organisation_id,
  });
  return {
    ...presentListItem(row),
    nationalNumber: formatNationalNumber(row.national_number),
    email: row.email,
    phone: row.phone,
    street: row.street,
    postcode: row.postcode,
    version: row.version,
  };
}
