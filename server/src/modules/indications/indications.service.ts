import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { hasRole, organisationIdsWith } from '../../lib/actor';
import type { RequestContext } from '../../lib/context';
import { addToDate, brusselsDate } from '../../lib/dates';
import {
  ConflictError,
  type FieldIssue,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../../lib/errors';
import { recordAudit, recordDenied } from '../audit/audit.service';
import { deriveCapabilities } from '../capabilities/capabilities.derive';
import { capabilitiesRepository } from '../capabilities/capabilities.repository';
import { notificationsRepository } from '../notifications/notifications.repository';
import { participantsRepository } from '../participants/participants.repository';
import { authorizeSensitiveRead, loadParticipantAccess } from '../participants/participants.service';
import { referenceRepository } from '../reference/reference.repository';
import { EDITABLE_STATUSES, indicationAbilities, indicationChannelOf } from './indications.policy';
import { presentIndication, presentIndicationListItem } from './indications.presenter';
import { type IndicationRecord, indicationsRepository } from './indications.repository';
import {
  type CreateIndicationBody,
  type IcfItemInput,
  type IndicationQuery,
  MAX_ICF_ITEMS,
  MIN_ICF_ITEMS,
  type ReviewIndicationBody,
  type SubmitIndicationBody,
  type UpdateIndicationBody,
} from './indications.schemas';

const today = () => brusselsDate(new Date());

function sensitiveFacts(row: IndicationRecord) {
  return {
    organisationId: row.organisation_id,
    consultantUserId: row.consultant_user_id,
    status: row.status,
  };
}

/** Loads an indication the actor has a ground to read (audited, refusals too) and presents it whole. */
async function readIndication(ctx: RequestContext, row: IndicationRecord) {
  const ground = await authorizeSensitiveRead(ctx, row.participant_id, sensitiveFacts(row), {
    action: 'indication.read',
    entityType: 'indication',
    entityId: row.id,
  });
  const [items, reviews] = await Promise.all([
    indicationsRepository.findItems(ctx.db, row.id),
    indicationsRepository.findReviews(ctx.db, row.id),
  ]);
  return presentIndication(row, items, reviews, ground, ctx.actor, ctx.locale, today());
}

async function loadRow(db: Kysely<DB>, id: string) {
  const row = await indicationsRepository.findById(db, id);
  if (!row) {
    throw new NotFoundError();
  }
  return row;
}

/**
 * Indications as a work list: the consultant's own and their cell's, the validators' queue, or a participant's
 * (for anyone who may see the participant). Rows carry no health data: advice and ICF items are read one by one.
 */
export async function findIndications(ctx: RequestContext, query: IndicationQuery) {
  if (query.participantId) {
    await loadParticipantAccess(ctx.db, ctx.actor, query.participantId).catch(() => {
      throw ValidationError.field('participantId', 'unknown_reference');
    });
  }
  const { rows, total } = await indicationsRepository.findMany(ctx.db, {
    ...query,
    cellOrganisationIds: organisationIdsWith(ctx.actor, ['indication_consultant']),
    isValidator: hasRole(ctx.actor, 'indication_validator'),
    consultantUserId: ctx.actor.userId,
  });
  const day = today();
  return {
    items: rows.map((r) => presentIndicationListItem(r, day)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** One indication with its ICF items, advice and reviews: health data, so the ground is checked and audited. */
export async function getIndication(ctx: RequestContext, id: string) {
  const row = await indicationsRepository.findById(ctx.db, id);
  if (!row) {
    await recordDenied(ctx.db, ctx, { action: 'indication.read', entityType: 'indication', entityId: id });
    throw new NotFoundError();
  }
  return readIndication(ctx, row);
}

/** The organisation the consultant writes the indication for, and its channel. */
async function indicationOrganisation(ctx: RequestContext, requested: string | undefined) {
  const cells = organisationIdsWith(ctx.actor, ['indication_consultant']);
  const organisationId =
    requested ??
    (ctx.actor.homeOrganisationId && cells.includes(ctx.actor.homeOrganisationId)
      ? ctx.actor.homeOrganisationId
      : cells[0]);
  if (!organisationId || !cells.includes(organisationId)) {
    throw ValidationError.field('organisationId', 'unknown_reference');
  }
  const org = await indicationsRepository.findOrganisationChannel(ctx.db, organisationId);
  const channel = org?.is_active ? indicationChannelOf(org) : null;
  if (!channel) {
    throw ValidationError.field('organisationId', 'not_indication_channel');
  }
  return { organisationId, channel };
}

/**
 * Starts an indication of a participant the consultant may see, tied to their referral (for lead times). One
 * indication at a time per participant; the participant moves to "in indication".
 */
export async function createIndication(ctx: RequestContext, input: CreateIndicationBody) {
  const { organisationId, channel } = await indicationOrganisation(ctx, input.organisationId);
  await loadParticipantAccess(ctx.db, ctx.actor, input.participantId).catch(() => {
    throw ValidationError.field('participantId', 'unknown_reference');
  });
  if (input.referralId) {
    const referral = await indicationsRepository.findReferral(ctx.db, input.referralId);
    if (referral?.participant_id !== input.participantId) {
      throw ValidationError.field('referralId', 'unknown_reference');
    }
  }
  const id = await ctx.db.transaction().execute(async (trx) => {
    if (await indicationsRepository.findOpenForParticipant(trx, input.participantId)) {
      throw new ValidationError([{ path: 'participantId', code: 'open_indication_exists' }], 409);
    }
    const referralId =
      input.referralId ??
      (await indicationsRepository.findReferralToLink(trx, input.participantId))?.id ??
      null;
    const { id } = await indicationsRepository.insert(trx, {
      participant_id: input.participantId,
      referral_id: referralId,
      organisation_id: organisationId,
      consultant_user_id: ctx.actor.userId,
      channel,
    });
    const participant = await participantsRepository.findAccessFacts(trx, input.participantId);
    await participantsRepository.applyWorkflowChange(
      trx,
      input.participantId,
      participant && ['referred', 'waiting'].includes(participant.status) ? { status: 'in_indication' } : {},
    );
    await recordAudit(trx, ctx, {
      action: 'indication.created',
      entityType: 'indication',
      entityId: id,
      participantId: input.participantId,
      organisationId,
      details: { channel, referralId },
    });
    return id;
  });
  return getIndication(ctx, id);
}

/** Refuses ICF items the schema cannot judge: unknown or unusable codes, and a code listed twice. */
async function validateItems(db: Kysely<DB>, items: IcfItemInput[]) {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.code)) {
      issues.push({ path: `items.${index}.code`, code: 'icf_duplicate_code', params: { value: item.code } });
    }
    seen.add(item.code);
  });
  const unknown = new Set(await referenceRepository.findUnknownIcfCodes(db, [...seen]));
  items.forEach((item, index) => {
    if (unknown.has(item.code)) {
      issues.push({ path: `items.${index}.code`, code: 'unknown_icf_code', params: { value: item.code } });
    }
  });
  if (issues.length) {
    throw new ValidationError(issues);
  }
}

/** Loads an indication for one of the author's steps, refusing others (403) and closed statuses (409). */
async function requireAuthorStep(ctx: RequestContext, id: string) {
  const row = await loadRow(ctx.db, id);
  const abilities = indicationAbilities(ctx.actor, {
    consultantUserId: row.consultant_user_id,
    status: row.status,
  });
  if (row.consultant_user_id !== ctx.actor.userId) {
    await recordDenied(ctx.db, ctx, {
      action: 'indication.updated',
      entityType: 'indication',
      entityId: id,
      participantId: row.participant_id,
    });
    throw row.organisation_id &&
      organisationIdsWith(ctx.actor, ['indication_consultant']).includes(row.organisation_id)
      ? new ForbiddenError()
      : new NotFoundError();
  }
  if (!abilities.update) {
    throw new ValidationError(
      [{ path: 'version', code: 'invalid_transition', params: { status: row.status } }],
      409,
    );
  }
  return row;
}

/** Saves the draft: ICF items (replacing the set), advice and its motivation. */
export async function updateIndication(ctx: RequestContext, id: string, input: UpdateIndicationBody) {
  const row = await requireAuthorStep(ctx, id);
  const { data } = input;
  if (data.items) {
    await validateItems(ctx.db, data.items);
  }
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await indicationsRepository.updateVersioned(trx, id, input.version, EDITABLE_STATUSES, {
      ...(data.advice !== undefined && { advice: data.advice }),
      ...(data.adviceMotivation !== undefined && { advice_motivation: data.adviceMotivation }),
    });
    if (!updated) {
      throw new ConflictError(input.version, { version: (await loadRow(trx, id)).version });
    }
    if (data.items) {
      await indicationsRepository.replaceItems(
        trx,
        id,
        data.items.map((item) => ({
          indication_id: id,
          code: item.code,
          qualifier: item.qualifier,
          note: item.note ?? null,
          source: item.source,
        })),
      );
    }
    // Which parts changed, never the ICF content: the audit log is read by admins.
    await recordAudit(trx, ctx, {
      action: 'indication.updated',
      entityType: 'indication',
      entityId: id,
      participantId: row.participant_id,
      organisationId: row.organisation_id,
      details: { fields: Object.keys(data).sort(), ...(data.items && { itemCount: data.items.length }) },
    });
  });
  return getIndication(ctx, id);
}

/**
 * Submits the indication for validation: it must hold 20 to 43 ICF categories and an advice with its motivation.
 * The first submission is the moment "advice" in the lead times.
 */
export async function submitIndication(ctx: RequestContext, id: string, input: SubmitIndicationBody) {
  const row = await requireAuthorStep(ctx, id);
  const count = Number(row.item_count ?? 0);
  const issues: FieldIssue[] = [];
  if (count < MIN_ICF_ITEMS || count > MAX_ICF_ITEMS) {
    issues.push({
      path: 'items',
      code: 'indication_item_count',
      params: { minimum: MIN_ICF_ITEMS, maximum: MAX_ICF_ITEMS, count },
    });
  }
  if (!row.advice) {
    issues.push({ path: 'advice', code: 'required' });
  }
  if (!row.advice_motivation) {
    issues.push({ path: 'adviceMotivation', code: 'required' });
  }
  if (issues.length) {
    throw new ValidationError(issues);
  }
  await ctx.db.transaction().execute(async (trx) => {
    const now = new Date();
    const updated = await indicationsRepository.updateVersioned(trx, id, input.version, EDITABLE_STATUSES, {
      status: 'submitted',
      submitted_at: now,
      first_submitted_at: row.first_submitted_at ?? now,
    });
    if (!updated) {
      throw new ConflictError(input.version, { version: (await loadRow(trx, id)).version });
    }
    await participantsRepository.applyWorkflowChange(trx, row.participant_id, {});
    await recordAudit(trx, ctx, {
      action: 'indication.submitted',
      entityType: 'indication',
      entityId: id,
      participantId: row.participant_id,
      organisationId: row.organisation_id,
      details: { itemCount: count, resubmission: row.first_submitted_at !== null },
    });
  });
  return getIndication(ctx, id);
}

/**
 * A validator approves the submitted indication (the advice becomes valid for a period and the participant's
 * capability profile is derived from its ICF items) or returns it with remarks. Never the author: four eyes.
 */
export async function reviewIndication(ctx: RequestContext, id: string, input: ReviewIndicationBody) {
  const row = await loadRow(ctx.db, id);
  if (row.consultant_user_id === ctx.actor.userId) {
    await recordDenied(ctx.db, ctx, {
      action: 'indication.reviewed',
      entityType: 'indication',
      entityId: id,
      participantId: row.participant_id,
      details: { reason: 'four_eyes' },
    });
    throw new ForbiddenError('four_eyes');
  }
  if (row.status !== 'submitted') {
    throw new ValidationError(
      [{ path: 'version', code: 'invalid_transition', params: { status: row.status } }],
      409,
    );
  }
  if (input.decision === 'returned' && !input.remarks) {
    throw ValidationError.field('remarks', 'required');
  }
  const now = new Date();
  const isApproved = input.decision === 'approved';
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await indicationsRepository.updateVersioned(trx, id, input.version, ['submitted'], {
      status: input.decision,
      validator_user_id: ctx.actor.userId,
      validation_remarks: input.remarks ?? null,
      ...(isApproved && {
        validated_at: now,
        valid_until: addToDate(brusselsDate(now), { months: input.validMonths }),
      }),
    });
    if (!updated) {
      throw new ConflictError(input.version, { version: (await loadRow(trx, id)).version });
    }
    await indicationsRepository.insertReview(trx, {
      indication_id: id,
      validator_user_id: ctx.actor.userId,
      decision: input.decision,
      remarks: input.remarks ?? null,
    });
    if (isApproved) {
      const items = await indicationsRepository.findItems(trx, id);
      await capabilitiesRepository.replaceDerived(
        trx,
        row.participant_id,
        id,
        deriveCapabilities(items),
        now,
      );
      const participant = await participantsRepository.findAccessFacts(trx, row.participant_id);
      await participantsRepository.applyWorkflowChange(
        trx,
        row.participant_id,
        participant?.status === 'in_indication' ? { status: 'waiting' } : {},
      );
    } else {
      await participantsRepository.applyWorkflowChange(trx, row.participant_id, {});
    }
    await notificationsRepository.insertForUsers(trx, [row.consultant_user_id], {
      kind: `indication.${input.decision}`,
      entityType: 'indication',
      entityId: id,
      params: { participant: `${row.first_name} ${row.last_name.charAt(0)}.` },
    });
    await recordAudit(trx, ctx, {
      action: 'indication.reviewed',
      entityType: 'indication',
      entityId: id,
      participantId: row.participant_id,
      details: { decision: input.decision, ...(isApproved && { validMonths: input.validMonths }) },
    });
  });
  return getIndication(ctx, id);
}
