import type { Kysely } from 'kysely';
import type { ConsentPurpose, DB } from '../../db/schema';
import { actingOrganisationId, ownParticipantIds } from '../../lib/actor';
import type { RequestContext } from '../../lib/context';
import { brusselsDate } from '../../lib/dates';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { participantsRepository } from '../participants/participants.repository';
import { loadParticipantAccess, requireParticipantEdit } from '../participants/participants.service';
import { presentConsent } from './consents.presenter';
import { consentsRepository } from './consents.repository';
import type { RecordConsentBody, WithdrawConsentBody } from './consents.schemas';

/**
 * Organisations named in the participant's active consent for a purpose. Read live on every check, never
 * cached, so that a withdrawal takes effect at once everywhere.
 */
export function findConsentedOrganisationIds(db: Kysely<DB>, participantId: string, purpose: ConsentPurpose) {
  return consentsRepository.findActiveOrganisationIds(db, participantId, purpose);
}

/** Whether the participant holds an active consent for a purpose without a named organisation (pool, statistics). */
export async function hasActiveConsent(db: Kysely<DB>, participantId: string, purpose: ConsentPurpose) {
  return !!(await consentsRepository.findActive(db, participantId, purpose, null));
}

async function canWithdraw(ctx: RequestContext, participantId: string) {
  if (ownParticipantIds(ctx.actor).includes(participantId)) {
    return true;
  }
  const { access, status } = await loadParticipantAccess(ctx.db, ctx.actor, participantId);
  return access === 'edit' && status !== 'merged';
}

/** Every consent of a participant, active ones first, with who recorded or withdrew it and on what basis. */
export async function findConsents(ctx: RequestContext, participantId: string) {
  await loadParticipantAccess(ctx.db, ctx.actor, participantId);
  const [rows, withdrawable] = await Promise.all([
    consentsRepository.findByParticipant(ctx.db, participantId),
    canWithdraw(ctx, participantId),
  ]);
  return rows.map((r) => presentConsent(r, withdrawable));
}

/** Records a consent the participant gave (by the organisation that holds the record). */
export async function recordConsent(ctx: RequestContext, participantId: string, input: RecordConsentBody) {
  const { organisationId: holder } = await requireParticipantEdit(ctx.db, ctx.actor, participantId);
  if (input.purpose === 'share_profile' && !input.organisationId) {
    throw ValidationError.field('organisationId', 'required');
  }
  if (input.purpose !== 'share_profile' && input.organisationId) {
    throw ValidationError.field('organisationId', 'consent_organisation_not_allowed');
  }
  if (input.givenOn > brusselsDate(new Date())) {
    throw ValidationError.field('givenOn', 'date_in_future');
  }
  if (
    input.organisationId &&
    !(await participantsRepository.organisationIsActive(ctx.db, input.organisationId))
  ) {
    throw ValidationError.field('organisationId', 'unknown_reference');
  }
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await consentsRepository.findActive(
      trx,
      participantId,
      input.purpose,
      input.organisationId ?? null,
    );
    if (existing) {
      throw new ValidationError([{ path: 'purpose', code: 'consent_already_active' }], 409);
    }
    const { id } = await consentsRepository.insert(trx, {
      participant_id: participantId,
      purpose: input.purpose,
      organisation_id: input.organisationId ?? null,
      basis: input.basis,
      given_on: input.givenOn,
      note: input.note ?? null,
      recorded_by: ctx.actor.userId,
      recorded_by_organisation_id: actingOrganisationId(ctx.actor, holder),
    });
    await participantsRepository.applyWorkflowChange(trx, participantId, {});
    await recordAudit(trx, ctx, {
      action: 'consent.recorded',
      entityType: 'consent',
      entityId: id,
      participantId,
      organisationId: holder,
      details: { purpose: input.purpose, organisationId: input.organisationId ?? null, basis: input.basis },
    });
    const row = await consentsRepository.findById(trx, id);
    return presentConsent(row!, true);
  });
}

/**
 * Withdraws a consent, by the holding organisation or by the participant themself. It takes effect at once:
 * every list, profile read, matching and export checks the consent table live.
 */
export async function withdrawConsent(
  ctx: RequestContext,
  participantId: string,
  consentId: string,
  input: WithdrawConsentBody,
) {
  if (!(await canWithdraw(ctx, participantId))) {
    throw new NotFoundError();
  }
  return ctx.db.transaction().execute(async (trx) => {
    const before = await consentsRepository.findById(trx, consentId);
    if (!before || before.participant_id !== participantId) {
      throw new NotFoundError();
    }
    if (before.withdrawn_at) {
      throw new ValidationError([{ path: 'version', code: 'consent_already_withdrawn' }], 409);
    }
    const done = await consentsRepository.withdraw(
      trx,
      consentId,
      input.version,
      ctx.actor.userId,
      input.note ?? null,
    );
    if (!done) {
      throw new ConflictError(input.version, presentConsent(before, true));
    }
    await participantsRepository.applyWorkflowChange(trx, participantId, {});
    await recordAudit(trx, ctx, {
      action: 'consent.withdrawn',
      entityType: 'consent',
      entityId: consentId,
      participantId,
      details: { purpose: before.purpose, organisationId: before.organisation_id },
    });
    const row = await consentsRepository.findById(trx, consentId);
    return presentConsent(row!, true);
  });
}
