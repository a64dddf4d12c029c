import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { type Actor, organisationIdsWith } from '../../lib/actor';
import type { RequestContext } from '../../lib/context';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import { organisationScope } from '../../lib/scope';
import { recordAudit } from '../audit/audit.service';
import { approachOrganisationIds, DESK_ROLES } from '../employers/employers.policy';
import { employersRepository } from '../employers/employers.repository';
import {
  assertAllowed,
  getEmployer,
  loadEmployerAccess,
  transferOwnership,
} from '../employers/employers.service';
import { notificationsRepository } from '../notifications/notifications.repository';
import { canDecideApproachRequest, canEndJointAction, canSeeApproachRequest } from './approaches.policy';
import { approachRequestFacts, presentApproachRequest } from './approaches.presenter';
import { approachesRepository } from './approaches.repository';
import type {
  ApproachRequestQuery,
  CreateApproachRequestBody,
  DecideApproachRequestBody,
} from './approaches.schemas';

async function loadVisible(db: Kysely<DB>, actor: Actor, id: string) {
  const row = await approachesRepository.findById(db, id);
  if (!row || !canSeeApproachRequest(actor, approachRequestFacts(row))) {
    throw new NotFoundError();
  }
  return row;
}

/** Incoming requests (about employers your organisations own) and outgoing ones (your organisations filed). */
export async function findApproachRequests(ctx: RequestContext, query: ApproachRequestQuery) {
  const scope = organisationScope(ctx.actor, DESK_ROLES);
  const { rows, total } = await approachesRepository.findMany(ctx.db, { ...query, scope });
  return {
    items: rows.map((r) => presentApproachRequest(r, ctx.actor)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** One approach request, for the requesting and the owner organisation. */
export async function getApproachRequest(ctx: RequestContext, id: string) {
  return presentApproachRequest(await loadVisible(ctx.db, ctx.actor, id), ctx.actor);
}

/**
 * An organisation that is neither owner nor in a joint action asks the owner for leave to approach the employer.
 * One pending request per organisation and employer; the owner's account manager is notified.
 */
export async function createApproachRequest(
  ctx: RequestContext,
  employerId: string,
  input: CreateApproachRequestBody,
) {
  const employer = await loadEmployerAccess(ctx, employerId);
  const { relation } = employer;
  if (!relation.ownerOrganisationId) {
    throw new ValidationError([{ path: 'employerId', code: 'employer_has_no_owner' }], 409);
  }
  const desks = organisationIdsWith(ctx.actor, DESK_ROLES);
  const candidates = approachOrganisationIds(ctx.actor, relation);
  let organisationId = input.organisationId;
  if (organisationId && !desks.includes(organisationId)) {
    throw ValidationError.field('organisationId', 'unknown_reference');
  }
  organisationId ??=
    candidates.find((id) => id === ctx.actor.homeOrganisationId) ?? candidates[0] ?? desks[0];
  if (!organisationId) {
    throw ValidationError.field('organisationId', 'required');
  }
  if (!candidates.includes(organisationId)) {
    throw new ValidationError([{ path: 'organisationId', code: 'approach_not_needed' }], 409);
  }
  const requestingOrganisationId = organisationId;
  const id = await ctx.db.transaction().execute(async (trx) => {
    const pending = await approachesRepository.findPendingForEmployer(trx, employerId);
    if (pending.some((p) => p.requesting_organisation_id === requestingOrganisationId)) {
      throw new ValidationError([{ path: 'organisationId', code: 'approach_request_pending' }], 409);
    }
    const { id } = await approachesRepository.insert(trx, {
      employer_id: employerId,
      requesting_organisation_id: requestingOrganisationId,
      requested_by: ctx.actor.userId,
      asked_organisation_id: relation.ownerOrganisationId!,
      motivation: input.motivation,
    });
    const recipients = relation.ownerUserId
      ? [relation.ownerUserId]
      : await notificationsRepository.findRecipients(trx, relation.ownerOrganisationId!, [
          'account_manager',
          'org_admin',
        ]);
    const row = await approachesRepository.findById(trx, id);
    await notificationsRepository.insertForUsers(trx, recipients, {
      kind: 'approach_request.filed',
      entityType: 'approach_request',
      entityId: id,
      params: { employer: employer.name, organisation: row!.requesting_organisation_name },
    });
    await recordAudit(trx, ctx, {
      action: 'approach_request.created',
      entityType: 'approach_request',
      entityId: id,
      organisationId: requestingOrganisationId,
      details: { employerId, notified: recipients.length },
    });
    return id;
  });
  return getApproachRequest(ctx, id);
}

const STATUS_OF = { accept: 'accepted', decline: 'declined', take_over: 'taken_over' } as const;

/**
 * The owner decides: accept (the requester joins in a joint action), decline (with a reason), or let the
 * requester take over (it becomes the owner, with one of its account managers; the previous owner keeps a joint
 * action). The requester is notified. A decided request or a stale version gets 409.
 */
export async function decideApproachRequest(
  ctx: RequestContext,
  id: string,
  input: DecideApproachRequestBody,
) {
  const row = await loadVisible(ctx.db, ctx.actor, id);
  await assertAllowed(
    ctx,
    canDecideApproachRequest(ctx.actor, { ...approachRequestFacts(row), status: 'pending' }),
    {
      action: 'approach_request.decided',
      entityType: 'approach_request',
      entityId: id,
      details: { decision: input.decision },
    },
  );
  if (row.status !== 'pending') {
    throw new ValidationError(
      [{ path: 'version', code: 'invalid_transition', params: { status: row.status } }],
      409,
    );
  }
  if (input.decision === 'decline' && !input.reason) {
    throw ValidationError.field('reason', 'required');
  }
  let newOwnerUserId: string | null = null;
  if (input.decision === 'take_over') {
    newOwnerUserId = input.ownerUserId ?? null;
    if (!newOwnerUserId) {
      if (
        !(await employersRepository.isAccountManager(
          ctx.db,
          row.requested_by,
          row.requesting_organisation_id,
        ))
      ) {
        throw ValidationError.field('ownerUserId', 'required');
      }
      newOwnerUserId = row.requested_by;
    } else if (
      !(await employersRepository.isAccountManager(ctx.db, newOwnerUserId, row.requesting_organisation_id))
    ) {
      throw ValidationError.field('ownerUserId', 'not_account_manager');
    }
  }
  const employer = await loadEmployerAccess(ctx, row.employer_id);
  const status = STATUS_OF[input.decision];
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await approachesRepository.decideVersioned(trx, id, input.version, {
      status,
      decision_reason: input.reason ?? null,
      decided_by: ctx.actor.userId,
      decided_at: new Date(),
    });
    if (!updated) {
      throw new ConflictError(
        input.version,
        presentApproachRequest((await approachesRepository.findById(trx, id))!, ctx.actor),
      );
    }
    if (input.decision === 'accept') {
      await employersRepository.insertJointAction(trx, {
        employerId: row.employer_id,
        organisationId: row.requesting_organisation_id,
        reason: 'approach_accepted',
        approachRequestId: id,
      });
    } else if (input.decision === 'take_over') {
      await transferOwnership(
        trx,
        ctx,
        employer,
        { organisationId: row.requesting_organisation_id, userId: newOwnerUserId },
        null,
        { approachRequestId: id },
      );
    }
    await notificationsRepository.insertForUsers(trx, [row.requested_by], {
      kind: `approach_request.${status}`,
      entityType: 'approach_request',
      entityId: id,
      params: { employer: row.employer_name, organisation: row.owner_organisation_name ?? '' },
    });
    await recordAudit(trx, ctx, {
      action: 'approach_request.decided',
      entityType: 'approach_request',
      entityId: id,
      organisationId: row.owner_organisation_id,
      details: {
        employerId: row.employer_id,
        decision: input.decision,
        requestingOrganisationId: row.requesting_organisation_id,
        ...(newOwnerUserId && { ownerUserId: newOwnerUserId }),
      },
    });
  });
  return getApproachRequest(ctx, id);
}

/**
 * Ends a joint action: the owner organisation ends it, or the organisation in it leaves. Returns the employer.
 */
export async function endJointAction(ctx: RequestContext, employerId: string, organisationId: string) {
  const employer = await loadEmployerAccess(ctx, employerId);
  if (employer.view !== 'network' || !employer.relation.jointOrganisationIds.includes(organisationId)) {
    throw new NotFoundError();
  }
  await assertAllowed(ctx, canEndJointAction(ctx.actor, employer.relation, organisationId), {
    action: 'employer.joint_action_ended',
    entityType: 'employer',
    entityId: employerId,
    details: { organisationId },
  });
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await employersRepository.deleteJointAction(trx, employerId, organisationId))) {
      throw new NotFoundError();
    }
    await recordAudit(trx, ctx, {
      action: 'employer.joint_action_ended',
      entityType: 'employer',
      entityId: employerId,
      details: { organisationId },
    });
  });
  return getEmployer(ctx, employerId);
}
