import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import {
  employerIdsWith,
  hasAnyRole,
  isNetworkAdmin,
  organisationIdsWith,
  ownParticipantIds,
} from '../../lib/actor';
import type { RequestContext } from '../../lib/context';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors';
import { recordAudit, recordDenied } from '../audit/audit.service';
import {
  canWorkWithEmployer,
  employerView,
  isJointSide,
  isOwnerSide,
  REGISTER_ROLES,
} from '../employers/employers.policy';
import { relationOf } from '../employers/employers.presenter';
import { employersRepository } from '../employers/employers.repository';
import { invalidatePoolIndex } from '../matching/matching.data';
import { matchingRepository } from '../matching/matching.repository';
import { auditComparisons, explainForPair } from '../matching/matching.service';
import { notificationsRepository } from '../notifications/notifications.repository';
import { CASEWORK_ROLES } from '../participants/participants.policy';
import { findProfileGrounds, loadParticipantAccess } from '../participants/participants.service';
import { type ProposalSide, proposalAbilities } from './proposals.policy';
import { type ProposalRecord, proposalsRepository } from './proposals.repository';
import type {
  CreateProposalBody,
  ProposalDto,
  ProposalQuery,
  TransitionProposalBody,
} from './proposals.schemas';

/** Exclusions a coach may override with a motivation; the live ones (consent, job closed) never. */
const OVERRIDABLE = ['advice_incompatible', 'commute_too_far', 'essential_gap'];

/** How the actor stands towards a proposal, or null (then it does not exist for them). */
async function sideOf(ctx: RequestContext, row: ProposalRecord): Promise<ProposalSide | 'viewer' | null> {
  const { actor } = ctx;
  if (isNetworkAdmin(actor)) {
    return 'network';
  }
  if (ownParticipantIds(actor).includes(row.participant_id)) {
    return row.status === 'suggested' ? null : 'self';
  }
  const participant = hasAnyRole(actor, CASEWORK_ROLES)
    ? await loadParticipantAccess(ctx.db, actor, row.participant_id).catch(() => null)
    : null;
  if (participant?.access === 'edit') {
    return 'participant';
  }
  const view = employerView(actor, row.employer_id);
  if (view === 'network') {
    const relation = await employersRepository.findRelation(ctx.db, row.employer_id);
    if (relation && (isOwnerSide(actor, relationOf(relation)) || isJointSide(actor, relationOf(relation)))) {
      return canWorkWithEmployer(actor, relationOf(relation)) ? 'employer' : 'viewer';
    }
  }
  if (participant) {
    return 'viewer';
  }
  if (
    view === 'own' &&
    row.status !== 'suggested' &&
    (await proposalsRepository.hasEmployerProposalConsent(ctx.db, row.participant_id))
  ) {
    return 'employer_contact';
  }
  return null;
}

const NO_ABILITIES = { propose: false, interview: false, accept: false, decline: false, declineAs: [] };

function present(row: ProposalRecord, side: ProposalSide | 'viewer'): ProposalDto {
  const isEmployerContact = side === 'employer_contact';
  return {
    id: row.id,
    participant: {
      id: row.participant_id,
      firstName: row.first_name,
      lastName: row.last_name,
      municipality: row.participant_municipality,
      dutchLevel: row.dutch_level,
      hoursPerWeek: row.participant_hours,
    },
    job: {
      id: row.job_id,
      title: row.job_title,
      hoursPerWeek: Number(row.job_hours),
      kind: row.job_kind,
      municipality: row.job_municipality,
    },
    employer: { id: row.employer_id, name: row.employer_name },
    accountManager:
      row.account_manager_name && row.account_manager_email
        ? { name: row.account_manager_name, email: row.account_manager_email }
        : null,
    status: row.status,
    // The employer sees no score: it is built from the person's capabilities.
    score: isEmployerContact ? 0 : Number(row.score),
    batchId: row.batch_id,
    note: isEmployerContact ? null : row.note,
    interviewOn: row.interview_on,
    declineReason: row.decline_reason,
    declineText: isEmployerContact ? null : row.decline_text,
    declinedBy: row.declined_by,
    createdBy: { id: row.created_by, name: row.created_by_name },
    createdAt: row.created_at.toISOString(),
    proposedAt: row.proposed_at?.toISOString() ?? null,
    decidedAt: row.decided_at?.toISOString() ?? null,
    version: row.version,
    side: side === 'viewer' ? 'network' : side,
    abilities: side === 'viewer' ? NO_ABILITIES : proposalAbilities(side, row.status),
  };
}

/** Proposals of the participants and employers the actor works with, their own (participant), or their jobs'. */
export async function findProposals(ctx: RequestContext, query: ProposalQuery) {
  const { actor } = ctx;
  const scope = {
    isAll: isNetworkAdmin(actor),
    participantOrganisationIds: organisationIdsWith(actor, CASEWORK_ROLES),
    employerOrganisationIds: organisationIdsWith(actor, REGISTER_ROLES),
    ownParticipantIds: ownParticipantIds(actor),
    contactEmployerIds: employerIdsWith(actor, ['employer_contact']),
  };
  const { rows, total } = await proposalsRepository.findMany(ctx.db, scope, query);
  const items: ProposalDto[] = [];
  for (const row of rows) {
    const side = await sideOf(ctx, row);
    items.push(present(row, side ?? 'viewer'));
  }
  return { items, total, page: query.page, pageSize: query.pageSize };
}

async function loadVisible(ctx: RequestContext, id: string) {
  const row = await proposalsRepository.findById(ctx.db, id);
  const side = row ? await sideOf(ctx, row) : null;
  if (!row || !side) {
    await recordDenied(ctx.db, ctx, { action: 'proposal.read', entityType: 'proposal', entityId: id });
    throw new NotFoundError();
  }
  return { row, side };
}

/**
 * One proposal with its course and, for staff and the participant, the explanation of the match (capabilities
 * only for those with a ground, audited). The employer contact gets no profile data.
 */
export async function getProposal(ctx: RequestContext, id: string) {
  const { row, side } = await loadVisible(ctx, id);
  const events = await proposalsRepository.findEvents(ctx.db, id);
  let explanation = null;
  if (side !== 'employer_contact') {
    const grounds = await findProfileGrounds(ctx.db, ctx.actor, [row.participant_id]);
    const ground = grounds.get(row.participant_id);
    explanation = (await explainForPair(ctx, row.participant_id, row.job_id, !!ground)).explanation;
    if (ground) {
      await auditComparisons(ctx, new Map([[row.participant_id, ground]]), { proposalId: id });
    }
  }
  return {
    ...present(row, side),
    explanation,
    events: events.map((e) => ({
      fromStatus: e.from_status,
      toStatus: e.to_status,
      by: e.by_name,
      at: e.at.toISOString(),
      // A step's note is the staff's (it may hold what the participant told them): never the employer's.
      note: side === 'employer_contact' ? null : e.note,
    })),
  };
}

/** Who hears of a step: the coach, the account manager, whoever made the proposal; once sent, the two parties. */
async function recipients(db: Kysely<DB>, row: ProposalRecord, toParties: boolean, except: string) {
  const users = [row.coach_user_id, row.owner_user_id, row.created_by];
  if (toParties) {
    users.push(...(await notificationsRepository.findParticipantUsers(db, row.participant_id)));
    if (await proposalsRepository.hasEmployerProposalConsent(db, row.participant_id)) {
      const contacts = await db
        .selectFrom('employer_contact_persons')
        .select('user_id')
        .where('employer_id', '=', row.employer_id)
        .where('user_id', 'is not', null)
        .execute();
      users.push(...contacts.map((c) => c.user_id));
    }
  }
  return [...new Set(users.filter((u): u is string => !!u && u !== except))];
}

/**
 * Makes a match a proposal: by the participant's organisation or the employer's desk, for someone in the pool and
 * an open job. A pair a hard constraint excludes needs a motivation (kept in the audit log).
 */
export async function createProposal(ctx: RequestContext, input: CreateProposalBody) {
  const job = (await matchingRepository.findJobs(ctx.db, { ids: [input.jobId], includeNotOpen: true }))[0];
  if (!job) {
    throw ValidationError.field('jobId', 'unknown_reference');
  }
  const participant = await loadParticipantAccess(ctx.db, ctx.actor, input.participantId).catch(() => null);
  const relation = await employersRepository.findRelation(ctx.db, job.employer_id);
  const isParticipantSide = isNetworkAdmin(ctx.actor) || participant?.access === 'edit';
  const isEmployerSide =
    !!relation &&
    employerView(ctx.actor, job.employer_id) === 'network' &&
    canWorkWithEmployer(ctx.actor, relationOf(relation));
  const members = await matchingRepository.findPoolMembers(ctx.db, [input.participantId]);
  if (!participant && !members.has(input.participantId)) {
    throw ValidationError.field('participantId', 'unknown_reference');
  }
  if (!isParticipantSide && !isEmployerSide) {
    await recordDenied(ctx.db, ctx, {
      action: 'proposal.created',
      entityType: 'job',
      entityId: input.jobId,
      participantId: input.participantId,
    });
    throw new ForbiddenError();
  }
  const { explanation } = await explainForPair(ctx, input.participantId, input.jobId, false);
  if (explanation.excluded.includes('no_pool_consent') || explanation.excluded.includes('not_in_pool')) {
    throw new ValidationError([{ path: 'participantId', code: 'not_in_pool' }], 409);
  }
  if (explanation.excluded.includes('job_not_open')) {
    throw new ValidationError([{ path: 'jobId', code: 'job_not_open', params: { status: job.status } }], 409);
  }
  const hard = explanation.excluded.filter((e) => OVERRIDABLE.includes(e));
  if (hard.length && !input.overrideReason) {
    throw new ValidationError(
      [{ path: 'overrideReason', code: 'match_excluded', params: { reasons: hard.join(', ') } }],
      409,
      { excluded: hard },
    );
  }
  const id = await ctx.db.transaction().execute(async (trx) => {
    const open = await matchingRepository.findOpenProposals(trx, {
      participantIds: [input.participantId],
      jobIds: [input.jobId],
    });
    if (open.length) {
      throw new ValidationError([{ path: 'jobId', code: 'open_proposal_exists' }], 409, {
        existingId: open[0]!.id,
      });
    }
    const { id } = await proposalsRepository.insert(trx, {
      participant_id: input.participantId,
      job_id: input.jobId,
      employer_id: job.employer_id,
      status: input.propose ? 'proposed' : 'suggested',
      score: explanation.score,
      note: input.note ?? null,
      created_by: ctx.actor.userId,
      created_by_organisation_id: ctx.actor.homeOrganisationId,
      proposed_at: input.propose ? new Date() : null,
    });
    await proposalsRepository.insertEvent(trx, {
      proposal_id: id,
      from_status: null,
      to_status: input.propose ? 'proposed' : 'suggested',
      by_user_id: ctx.actor.userId,
      note: input.note ?? null,
    });
    await recordAudit(trx, ctx, {
      action: 'proposal.created',
      entityType: 'proposal',
      entityId: id,
      participantId: input.participantId,
      details: {
        jobId: input.jobId,
        status: input.propose ? 'proposed' : 'suggested',
        ...(hard.length && { overridden: hard, overrideReason: input.overrideReason }),
      },
    });
    const row = (await proposalsRepository.findById(trx, id))!;
    await notificationsRepository.insertForUsers(
      trx,
      await recipients(trx, row, !!input.propose, ctx.actor.userId),
      {
        kind: input.propose ? 'proposal.proposed' : 'proposal.suggested',
        entityType: 'proposal',
        entityId: id,
        params: { participant: `${row.first_name} ${row.last_name.charAt(0)}.`, job: row.job_title },
      },
    );
    return id;
  });
  return getProposal(ctx, id);
}

/**
 * Moves a proposal along: proposed (sent to both parties), interview (with its date), accepted, or declined with
 * a reason and by whom (kept: the pair is not matched again). A stale version is a 409.
 */
export async function transitionProposal(ctx: RequestContext, id: string, input: TransitionProposalBody) {
  const { row, side } = await loadVisible(ctx, id);
  const abilities = side === 'viewer' ? NO_ABILITIES : proposalAbilities(side, row.status);
  const allowed = {
    proposed: abilities.propose,
    interview: abilities.interview,
    accepted: abilities.accept,
    declined: abilities.decline,
  }[input.to];
  if (!allowed) {
    const anyStep = abilities.propose || abilities.interview || abilities.accept || abilities.decline;
    if (
      side === 'viewer' ||
      side === 'employer_contact' ||
      (!anyStep && row.status !== 'accepted' && row.status !== 'declined')
    ) {
      await recordDenied(ctx.db, ctx, {
        action: `proposal.${input.to}`,
        entityType: 'proposal',
        entityId: id,
        participantId: row.participant_id,
      });
      throw new ForbiddenError();
    }
    throw new ValidationError(
      [{ path: 'to', code: 'invalid_transition', params: { status: row.status } }],
      409,
    );
  }
  if (input.to === 'interview' && !input.interviewOn) {
    throw ValidationError.field('interviewOn', 'required');
  }
  let declinedBy = input.declinedBy;
  if (input.to === 'declined') {
    declinedBy ??= side === 'self' ? 'participant' : undefined;
    if (!input.declineReason) {
      throw ValidationError.field('declineReason', 'required');
    }
    if (input.declineReason === 'other' && !input.declineText) {
      throw ValidationError.field('declineText', 'required');
    }
    if (!declinedBy) {
      throw ValidationError.field('declinedBy', 'required');
    }
    if (!abilities.declineAs.includes(declinedBy)) {
      throw ValidationError.field('declinedBy', 'invalid_option', {
        options: abilities.declineAs.join(', '),
      });
    }
  }
  if (input.to === 'accepted') {
    const open = await matchingRepository.findOpenJobIds(ctx.db, [row.job_id]);
    if (!open.has(row.job_id)) {
      throw new ValidationError([{ path: 'to', code: 'job_not_open', params: { status: 'filled' } }], 409);
    }
  }
  await ctx.db.transaction().execute(async (trx) => {
    const now = new Date();
    const updated = await proposalsRepository.updateVersioned(trx, id, input.version, row.status, {
      status: input.to,
      ...(input.to === 'proposed' && { proposed_at: now }),
      ...(input.to === 'interview' && { interview_on: input.interviewOn }),
      ...((input.to === 'accepted' || input.to === 'declined') && { decided_at: now }),
      ...(input.to === 'declined' && {
        decline_reason: input.declineReason,
        decline_text: input.declineText ?? null,
        declined_by: declinedBy,
      }),
    });
    if (!updated) {
      throw new ConflictError(input.version, present((await proposalsRepository.findById(trx, id))!, side));
    }
    await proposalsRepository.insertEvent(trx, {
      proposal_id: id,
      from_status: row.status,
      to_status: input.to,
      by_user_id: ctx.actor.userId,
      note: input.note ?? null,
    });
    if (input.to === 'accepted') {
      // The last free position taken: the job is filled.
      await trx
        .updateTable('jobs')
        .set((eb) => ({ status: 'filled', version: eb('version', '+', 1) }))
        .where('id', '=', row.job_id)
        .where('status', '=', 'open')
        .where(
          'positions',
          '<=',
          trx
            .selectFrom('proposals')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('job_id', '=', row.job_id)
            .where('status', '=', 'accepted'),
        )
        .execute();
    }
    await recordAudit(trx, ctx, {
      action: `proposal.${input.to}`,
      entityType: 'proposal',
      entityId: id,
      participantId: row.participant_id,
      // Reason and side, never the free text (it may hold health details).
      details: input.to === 'declined' ? { reason: input.declineReason, declinedBy } : {},
    });
    await notificationsRepository.insertForUsers(
      trx,
      await recipients(trx, row, input.to === 'proposed', ctx.actor.userId),
      {
        kind: `proposal.${input.to}`,
        entityType: 'proposal',
        entityId: id,
        params: { participant: `${row.first_name} ${row.last_name.charAt(0)}.`, job: row.job_title },
      },
    );
  });
  if (input.to === 'accepted' || input.to === 'declined') {
    invalidatePoolIndex(ctx.db);
  }
  return getProposal(ctx, id);
}

/** Why proposals were declined, by reason and side (network staff; small cells hidden). */
export async function getDeclineStats(ctx: RequestContext) {
  const rows = await proposalsRepository.declineStats(ctx.db);
  return {
    rows: rows.map((r) => ({
      reason: r.decline_reason!,
      declinedBy: r.declined_by!,
      count: r.n < 5 ? null : r.n,
    })),
  };
}
