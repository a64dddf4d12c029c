import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { hasAnyRole, organisationIdsWith } from '../../lib/actor';
import type { RequestContext } from '../../lib/context';
import { brusselsDate } from '../../lib/dates';
import { ConflictError, ForbiddenError, ValidationError } from '../../lib/errors';
import { recordAudit, recordDenied } from '../audit/audit.service';
import { consentsRepository } from '../consents/consents.repository';
import { indicationsRepository } from '../indications/indications.repository';
import { type SensitiveGround, sensitiveGround } from '../participants/participants.policy';
import { participantsRepository } from '../participants/participants.repository';
import { authorizeSensitiveRead, requireParticipantEdit } from '../participants/participants.service';
import { DIMENSIONS, isDimensionKey } from '../profiles/dimensions';
import { icfTitle } from '../reference/reference.service';
import { deriveCapabilities } from './capabilities.derive';
import { capabilitiesRepository } from './capabilities.repository';
import type { AdjustCapabilityBody, CapabilityProfileDto } from './capabilities.schemas';

/** The indication a profile rests on (its own, or the latest approved one), as the access rules need it. */
async function profileIndication(db: Kysely<DB>, participantId: string) {
  const profile = await capabilitiesRepository.findProfile(db, participantId);
  const indication = profile?.indication_id
    ? await indicationsRepository.findById(db, profile.indication_id)
    : await indicationsRepository
        .findLatestApproved(db, participantId)
        .then((r) => (r ? indicationsRepository.findById(db, r.id) : undefined));
  return { profile, indication };
}

const facts = (indication: Awaited<ReturnType<typeof profileIndication>>['indication']) =>
  indication
    ? {
        organisationId: indication.organisation_id,
        consultantUserId: indication.consultant_user_id,
        status: indication.status,
      }
    : null;

/** Coaches and org admins of an organisation the participant consented to share the profile with may adjust it. */
function canAdjust(ground: SensitiveGround, ctx: RequestContext, holderId: string | null) {
  return (
    ground === 'consent' &&
    holderId !== null &&
    hasAnyRole(ctx.actor, ['coach', 'org_admin']) &&
    organisationIdsWith(ctx.actor, ['coach', 'org_admin']).includes(holderId)
  );
}

async function present(
  ctx: RequestContext,
  participantId: string,
  ground: SensitiveGround,
): Promise<CapabilityProfileDto> {
  const { profile, indication } = await profileIndication(ctx.db, participantId);
  const [levels, adjustments, items, holder] = await Promise.all([
    capabilitiesRepository.findLevels(ctx.db, participantId),
    capabilitiesRepository.findAdjustments(ctx.db, participantId),
    profile?.indication_id ? indicationsRepository.findItems(ctx.db, profile.indication_id) : [],
    participantsRepository.findAccessFacts(ctx.db, participantId),
  ]);
  const byDimension = new Map(levels.map((l) => [l.dimension, l]));
  const derived = deriveCapabilities(items);
  const itemByCode = new Map(items.map((i) => [i.code, i]));
  const today = brusselsDate(new Date());
  return {
    participantId,
    indication:
      profile?.indication_id && indication
        ? {
            id: indication.id,
            validatedAt: indication.validated_at?.toISOString() ?? null,
            validUntil: indication.valid_until,
            isExpired: indication.valid_until !== null && indication.valid_until < today,
          }
        : null,
    derivedAt: profile?.derived_at?.toISOString() ?? null,
    version: profile?.version ?? 0,
    levels: DIMENSIONS.map((d) => {
      const row = byDimension.get(d.key);
      return {
        dimension: d.key,
        group: d.group,
        label: ctx.locale === 'en' ? d.en : d.nl,
        level: row?.level ?? null,
        derivedLevel: row?.derived_level ?? null,
        source: row?.source ?? null,
        basedOn: (derived.get(d.key)?.basedOn ?? []).map((code) => {
          const item = itemByCode.get(code)!;
          return { code, title: icfTitle(item, ctx.locale), qualifier: item.qualifier };
        }),
      };
    }),
    adjustments: adjustments.map((a) => ({
      id: a.id,
      dimension: a.dimension,
      fromLevel: a.from_level,
      toLevel: a.to_level,
      reason: a.reason,
      adjustedBy: { id: a.adjusted_by, name: a.adjusted_by_name },
      adjustedAt: a.adjusted_at.toISOString(),
    })),
    ground,
    abilities: { adjust: canAdjust(ground, ctx, holder?.organisation_id ?? null) },
  };
}

/**
 * A participant's capability profile on the matching dimensions, with the ICF items behind each derived level and
 * the coach's adjustments. Health data: the ground is checked and the read audited.
 */
export async function getCapabilityProfile(ctx: RequestContext, participantId: string) {
  const { indication } = await profileIndication(ctx.db, participantId);
  const ground = await authorizeSensitiveRead(ctx, participantId, facts(indication), {
    action: 'capability_profile.read',
    entityType: 'capability_profile',
    entityId: participantId,
  });
  return present(ctx, participantId, ground);
}

/**
 * The coach adjusts one level with a reason (kept with who and when). The holding organisation adjusts, and only
 * with the participant's consent to share the profile with it; a stale profile version gets 409.
 */
export async function adjustCapability(
  ctx: RequestContext,
  participantId: string,
  input: AdjustCapabilityBody,
) {
  const { organisationId } = await requireParticipantEdit(ctx.db, ctx.actor, participantId);
  const dimension = input.dimension;
  if (!isDimensionKey(dimension)) {
    throw ValidationError.field('dimension', 'unknown_dimension', { value: dimension });
  }
  const { indication } = await profileIndication(ctx.db, participantId);
  const consentOrganisationIds = await consentsRepository.findActiveOrganisationIds(
    ctx.db,
    participantId,
    'share_profile',
  );
  const ground = sensitiveGround(ctx.actor, {
    participantId,
    indication: facts(indication),
    consentOrganisationIds,
  });
  const audit = {
    action: 'capability_profile.adjusted' as const,
    entityType: 'capability_profile',
    entityId: participantId,
    participantId,
    organisationId,
  };
  if (!ground || !canAdjust(ground, ctx, organisationId)) {
    await recordDenied(ctx.db, ctx, audit);
    throw new ForbiddenError('consent_required');
  }
  await ctx.db.transaction().execute(async (trx) => {
    const profile = await capabilitiesRepository.findProfile(trx, participantId);
    const current = profile?.version ?? 0;
    if (current !== input.version) {
      throw new ConflictError(input.version, { version: current });
    }
    if (profile) {
      if (!(await capabilitiesRepository.bumpVersion(trx, participantId, input.version))) {
        throw new ConflictError(input.version, { version: current + 1 });
      }
    } else {
      await capabilitiesRepository.createEmpty(trx, participantId);
    }
    const before = (await capabilitiesRepository.findLevels(trx, participantId)).find(
      (l) => l.dimension === dimension,
    );
    await capabilitiesRepository.setLevel(
      trx,
      participantId,
      dimension,
      input.level,
      before?.derived_level ?? null,
    );
    await capabilitiesRepository.insertAdjustment(trx, {
      participant_id: participantId,
      dimension,
      from_level: before?.level ?? null,
      to_level: input.level,
      reason: input.reason,
      adjusted_by: ctx.actor.userId,
    });
    await participantsRepository.applyWorkflowChange(trx, participantId, {});
    // The dimension, never the levels: the audit log is read by admins who need no health data.
    await recordAudit(trx, ctx, { ...audit, details: { dimension } });
  });
  return present(ctx, participantId, ground);
}
