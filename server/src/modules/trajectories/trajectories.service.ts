import type { Kysely, Updateable } from 'kysely';
import type { DB, TrajectoriesTable } from '../../db/schema';
import { organisationIdsWith } from '../../lib/actor';
import type { RequestContext } from '../../lib/context';
import { addToDate, brusselsDate } from '../../lib/dates';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors';
import { organisationScope } from '../../lib/scope';
import { type AuditAction, recordAudit, recordDenied } from '../audit/audit.service';
import { employersRepository } from '../employers/employers.repository';
import { jobsRepository } from '../jobs/jobs.repository';
import { notificationsRepository } from '../notifications/notifications.repository';
import { participantsRepository } from '../participants/participants.repository';
import { assertCoach, loadParticipantAccess } from '../participants/participants.service';
import { proposalsRepository } from '../proposals/proposals.repository';
import { trajectoryTypesRepository } from '../trajectory-types/trajectory-types.repository';
import {
  aftercareSchedule,
  budgetPeriods,
  LEAD_ROLES,
  type Outcome,
  outcomeIssues,
  participantAfterOutcome,
  phaseDateIssues,
  planPhases,
  startPhaseForProposal,
  type TrajectoryFacts,
  type TrajectoryRelation,
  termChangeNeedsExtension,
  trajectoryRelation,
} from './trajectories.policy';
import { presentTrajectoryDetail, presentTrajectoryListItem } from './trajectories.presenter';
import { trajectoriesRepository } from './trajectories.repository';
import type {
  AssignMentorBody,
  CloseTrajectoryBody,
  CorrectTrajectoryBody,
  CreateTrajectoryBody,
  ExtendPhaseBody,
  PlacementBody,
  RecordAftercareBody,
  TrajectoryQuery,
  UpdatePhaseBody,
} from './trajectories.schemas';

export const today = () => brusselsDate(new Date());

/** A participant named in notifications and calendars: first name and initial, nothing more. */
export const shortName = (p: { first_name: string; last_name: string }) =>
  `${p.first_name} ${p.last_name.charAt(0)}.`;

export interface TrajectoryAccess {
  id: string;
  participantId: string;
  leadOrganisationId: string;
  employerId: string | null;
  status: 'open' | 'closed';
  version: number;
  relation: TrajectoryRelation;
}

/**
 * Loads a trajectory with the actor's relation to it (see `trajectoryRelation`), refusing those the relation does
 * not admit: without any relation it does not exist for them (404); with one that `allowed` does not list, the
 * refusal is 403. Both are audited. Every service of the trajectory modules goes through here, so a mentor login
 * reaches only the trajectories it is the current mentor of.
 */
export async function loadTrajectoryAccess(
  ctx: RequestContext,
  id: string,
  allowed: readonly TrajectoryRelation[],
  action: AuditAction,
  db: Kysely<DB> = ctx.db,
): Promise<TrajectoryAccess> {
  const row = await trajectoriesRepository.findFacts(db, id);
  const facts: TrajectoryFacts | null = row
    ? {
        participantId: row.participant_id,
        leadOrganisationId: row.lead_organisation_id,
        employerId: row.employer_id,
        mentorUserId: row.mentor_user_id,
      }
    : null;
  const relation = facts ? trajectoryRelation(ctx.actor, facts) : null;
  if (!row || !relation || !allowed.includes(relation)) {
    await recordDenied(ctx.db, ctx, {
      action,
      entityType: 'trajectory',
      entityId: id,
      participantId: row?.participant_id ?? null,
    });
    throw relation ? new ForbiddenError() : new NotFoundError();
  }
  return {
    id: row.id,
    participantId: row.participant_id,
    leadOrganisationId: row.lead_organisation_id,
    employerId: row.employer_id,
    status: row.status,
    version: row.version,
    relation,
  };
}

/** Outcome and dates of a closed trajectory change only through a correction. */
export function assertOpen(access: { status: string }) {
  if (access.status !== 'open') {
    throw new ValidationError([{ path: 'status', code: 'trajectory_closed' }], 409);
  }
}

/**
 * Moves the trajectory's version on inside a change's transaction (409 when it is stale): the one lock that keeps
 * concurrent changes to its parts (budget moves, mentor, placement) from crossing.
 */
export async function bumpVersion(
  trx: Kysely<DB>,
  ctx: RequestContext,
  id: string,
  version: number,
  values: Updateable<TrajectoriesTable> = {},
) {
  if (!(await trajectoriesRepository.updateVersioned(trx, id, version, values))) {
    throw new ConflictError(version, await presentDetail(ctx, trx, id, 'lead'));
  }
}

async function presentDetail(ctx: RequestContext, db: Kysely<DB>, id: string, relation: TrajectoryRelation) {
  const row = await trajectoriesRepository.findById(db, id);
  if (!row) {
    throw new NotFoundError();
  }
  const phases = await trajectoriesRepository.findPhases(db, [id]);
  const [extensions, mentor, aftercare, corrections] = await Promise.all([
    trajectoriesRepository.findExtensions(
      db,
      phases.map((p) => p.id),
    ),
    trajectoriesRepository.findMentor(db, id),
    trajectoriesRepository.findAftercare(db, id),
    trajectoriesRepository.findCorrections(db, id),
  ]);
  return presentTrajectoryDetail(
    row,
    { phases, extensions, mentor, aftercare, corrections },
    relation,
    ctx.locale,
    today(),
  );
}

/** Trajectories led by the actor's organisations (network admins: all), filtered and paged. */
export async function findTrajectories(ctx: RequestContext, query: TrajectoryQuery) {
  const scope = organisationScope(ctx.actor, LEAD_ROLES);
  const day = today();
  const { rows, total } = await trajectoriesRepository.findMany(ctx.db, {
    scope,
    status: query.status,
    typeId: query.typeId,
    coachUserId: query.coach === 'me' ? ctx.actor.userId : query.coach,
    organisationId: query.organisationId,
    participantId: query.participantId,
    isOverdue: query.overdue,
    today: day,
    page: query.page,
    pageSize: query.pageSize,
  });
  const phases = await trajectoriesRepository.findPhases(
    ctx.db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => presentTrajectoryListItem(r, phases, ctx.locale, day)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** One trajectory with its phases (overdue computed), extensions, mentor, aftercare, outcome and corrections. */
export async function getTrajectory(ctx: RequestContext, id: string) {
  const access = await loadTrajectoryAccess(ctx, id, ['lead', 'network'], 'trajectory.read');
  return presentDetail(ctx, ctx.db, id, access.relation);
}

/** Where an accepted proposal puts the participant: its job, employer and site, and the job's kind. */
async function loadProposal(ctx: RequestContext, proposalId: string) {
  const proposal = await proposalsRepository.findById(ctx.db, proposalId);
  if (!proposal) {
    throw ValidationError.field('proposalId', 'unknown_reference');
  }
  if (proposal.status !== 'accepted') {
    throw new ValidationError(
      [{ path: 'proposalId', code: 'proposal_not_accepted', params: { status: proposal.status } }],
      409,
    );
  }
  const job = await jobsRepository.findById(ctx.db, proposal.job_id);
  return { proposal, job: job! };
}

/**
 * Opens a trajectory for a participant the actor's organisation holds (its coaches and admins), or from an
 * accepted proposal (its participant, job, employer and site; a transition starts at job matching, or at the
 * internship for an internship place). Phases are planned from the type's default terms, the support budget's
 * periods from its defaults; the participant is then in a trajectory. One open trajectory per participant.
 */
export async function createTrajectory(ctx: RequestContext, input: CreateTrajectoryBody) {
  if (!input.participantId && !input.proposalId) {
    throw ValidationError.field('participantId', 'required');
  }
  const fromProposal = input.proposalId ? await loadProposal(ctx, input.proposalId) : null;
  if (fromProposal && input.participantId && input.participantId !== fromProposal.proposal.participant_id) {
    throw ValidationError.field('participantId', 'unknown_reference');
  }
  const participantId = fromProposal?.proposal.participant_id ?? input.participantId!;
  const participant = await loadParticipantAccess(ctx.db, ctx.actor, participantId).catch(() => null);
  if (!participant) {
    throw ValidationError.field(input.proposalId ? 'proposalId' : 'participantId', 'unknown_reference');
  }
  const leadOrganisationId = participant.organisationId;
  if (!leadOrganisationId || !organisationIdsWith(ctx.actor, LEAD_ROLES).includes(leadOrganisationId)) {
    await recordDenied(ctx.db, ctx, {
      action: 'trajectory.opened',
      entityType: 'participant',
      entityId: participantId,
      participantId,
    });
    throw new ForbiddenError();
  }
  if (participant.status === 'merged') {
    throw ValidationError.field('participantId', 'unknown_reference');
  }
  const type = await trajectoryTypesRepository.findById(ctx.db, input.typeId);
  if (!type) {
    throw ValidationError.field('typeId', 'unknown_reference');
  }
  if (!type.is_active) {
    throw new ValidationError([{ path: 'typeId', code: 'type_inactive' }], 409);
  }
  const record = await participantsRepository.findById(ctx.db, participantId);
  const coachUserId =
    input.coachUserId ??
    (organisationIdsWith(ctx.actor, ['coach']).includes(leadOrganisationId)
      ? ctx.actor.userId
      : (record?.coach_user_id ?? null));
  await assertCoach(ctx.db, coachUserId, leadOrganisationId);
  const typePhases = await trajectoryTypesRepository.findPhases(ctx.db, [type.id]);
  const startKey = fromProposal
    ? startPhaseForProposal(
        fromProposal.job.kind,
        typePhases.map((p) => p.key),
      )
    : undefined;
  const phases = planPhases(typePhases, input.startedOn, startKey);
  const plannedEndOn = addToDate(input.startedOn, { days: type.total_term_days - 1 });
  const id = await ctx.db.transaction().execute(async (trx) => {
    if (await trajectoriesRepository.findOpenForParticipant(trx, participantId)) {
      throw new ValidationError([{ path: 'participantId', code: 'trajectory_open_exists' }], 409);
    }
    if (input.proposalId && (await trajectoriesRepository.findForProposal(trx, input.proposalId))) {
      throw new ValidationError([{ path: 'proposalId', code: 'trajectory_for_proposal_exists' }], 409);
    }
    const referral = await trajectoriesRepository.findReferral(trx, participantId, leadOrganisationId);
    const { id } = await trajectoriesRepository.insert(trx, {
      participant_id: participantId,
      type_id: type.id,
      type_version: type.version,
      lead_organisation_id: leadOrganisationId,
      coach_user_id: coachUserId,
      employer_id: fromProposal?.job.employer_id ?? null,
      site_id: fromProposal?.job.site_id ?? null,
      job_id: fromProposal?.job.id ?? null,
      proposal_id: input.proposalId ?? null,
      referral_id: referral?.id ?? null,
      started_on: input.startedOn,
      planned_end_on: plannedEndOn,
      created_by: ctx.actor.userId,
    });
    await trajectoriesRepository.insertPhases(trx, id, phases);
    const hours = Number(type.budget_hours_per_period);
    if (hours > 0) {
      await trx
        .insertInto('trajectory_budget_periods')
        .values(
          budgetPeriods(input.startedOn, plannedEndOn, type.budget_period_months, hours).map((p) => ({
            ...p,
            trajectory_id: id,
          })),
        )
        .execute();
    }
    await participantsRepository.applyWorkflowChange(trx, participantId, {
      status: 'in_trajectory',
      current_measure: type.measure,
    });
    await recordAudit(trx, ctx, {
      action: 'trajectory.opened',
      entityType: 'trajectory',
      entityId: id,
      participantId,
      organisationId: leadOrganisationId,
      details: { type: type.key, typeVersion: type.version, proposalId: input.proposalId ?? null, startKey },
    });
    return id;
  });
  return presentDetail(ctx, ctx.db, id, 'lead');
}

async function loadPhase(db: Kysely<DB>, trajectoryId: string, phaseId: string) {
  const phase = (await trajectoriesRepository.findPhases(db, [trajectoryId])).find((p) => p.id === phaseId);
  if (!phase) {
    throw new NotFoundError();
  }
  return phase;
}

/**
 * Sets or adjusts a phase's planned and actual dates (409 on a stale phase version). Phases may overlap; a phase
 * never ends before it starts. Once started, its term moves only by an extension.
 */
export async function updatePhase(ctx: RequestContext, id: string, phaseId: string, input: UpdatePhaseBody) {
  const access = await loadTrajectoryAccess(ctx, id, ['lead'], 'trajectory_phase.updated');
  assertOpen(access);
  const phase = await loadPhase(ctx.db, id, phaseId);
  const { data } = input;
  if (termChangeNeedsExtension(phase, data.plannedEndOn)) {
    throw new ValidationError([{ path: 'data.plannedEndOn', code: 'term_change_needs_extension' }], 409);
  }
  const merged = {
    plannedStartOn: data.plannedStartOn !== undefined ? data.plannedStartOn : phase.planned_start_on,
    plannedEndOn: data.plannedEndOn !== undefined ? data.plannedEndOn : phase.planned_end_on,
    actualStartOn: data.actualStartOn !== undefined ? data.actualStartOn : phase.actual_start_on,
    actualEndOn: data.actualEndOn !== undefined ? data.actualEndOn : phase.actual_end_on,
  };
  const issues = phaseDateIssues(merged).map((i) => ({
    ...i,
    path: `data.${i.path}`,
    params: i.params?.other ? { ...i.params, other: `data.${i.params.other}` } : i.params,
  }));
  if (issues.length) {
    throw new ValidationError(issues);
  }
  const values = {
    planned_start_on: merged.plannedStartOn,
    planned_end_on: merged.plannedEndOn,
    actual_start_on: merged.actualStartOn,
    actual_end_on: merged.actualEndOn,
  };
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await trajectoriesRepository.updatePhaseVersioned(trx, phaseId, input.version, values))) {
      throw new ConflictError(input.version, await presentDetail(ctx, trx, id, access.relation));
    }
    await recordAudit(trx, ctx, {
      action: 'trajectory_phase.updated',
      entityType: 'trajectory',
      entityId: id,
      participantId: access.participantId,
      details: { phase: phase.key, fields: Object.keys(data) },
    });
  });
  return presentDetail(ctx, ctx.db, id, access.relation);
}

/** Extends a phase's term with a reason; the extension (from, to, reason, who, when) is kept. */
export async function extendPhase(ctx: RequestContext, id: string, phaseId: string, input: ExtendPhaseBody) {
  const access = await loadTrajectoryAccess(ctx, id, ['lead'], 'trajectory_phase.extended');
  assertOpen(access);
  const phase = await loadPhase(ctx.db, id, phaseId);
  if (phase.actual_end_on) {
    throw new ValidationError([{ path: 'plannedEndOn', code: 'phase_ended' }], 409);
  }
  if (phase.planned_end_on && input.plannedEndOn <= phase.planned_end_on) {
    throw ValidationError.field('plannedEndOn', 'extension_not_later', { current: phase.planned_end_on });
  }
  if (phase.planned_start_on && input.plannedEndOn < phase.planned_start_on) {
    throw ValidationError.field('plannedEndOn', 'date_order', { other: 'plannedStartOn' });
  }
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await trajectoriesRepository.updatePhaseVersioned(trx, phaseId, input.version, {
      planned_end_on: input.plannedEndOn,
    });
    if (!updated) {
      throw new ConflictError(input.version, await presentDetail(ctx, trx, id, access.relation));
    }
    await trajectoriesRepository.insertExtension(trx, {
      phase_id: phaseId,
      from_end_on: phase.planned_end_on,
      to_end_on: input.plannedEndOn,
      reason: input.reason,
      extended_by: ctx.actor.userId,
    });
    await recordAudit(trx, ctx, {
      action: 'trajectory_phase.extended',
      entityType: 'trajectory',
      entityId: id,
      participantId: access.participantId,
      details: { phase: phase.key, from: phase.planned_end_on, to: input.plannedEndOn },
    });
  });
  return presentDetail(ctx, ctx.db, id, access.relation);
}

/**
 * Assigns the mentor at the employer: a contact person of the trajectory's employer, with optionally their login
 * (holding the mentor role at that employer), which from then on sees this participant's work-floor view. A
 * previous mentor's access ends.
 */
export async function assignMentor(ctx: RequestContext, id: string, input: AssignMentorBody) {
  const access = await loadTrajectoryAccess(ctx, id, ['lead'], 'trajectory.mentor_assigned');
  assertOpen(access);
  if (!access.employerId) {
    throw new ValidationError([{ path: 'contactPersonId', code: 'trajectory_not_placed' }], 409);
  }
  const person = await employersRepository.findContactPerson(
    ctx.db,
    access.employerId,
    input.contactPersonId,
  );
  if (!person) {
    throw ValidationError.field('contactPersonId', 'not_contact_person_of_employer');
  }
  if (
    input.userId &&
    !(await trajectoriesRepository.isMentorLogin(ctx.db, input.userId, access.employerId))
  ) {
    throw ValidationError.field('userId', 'not_a_mentor_login');
  }
  const row = (await trajectoriesRepository.findById(ctx.db, id))!;
  await ctx.db.transaction().execute(async (trx) => {
    await bumpVersion(trx, ctx, id, input.version);
    await trajectoriesRepository.endMentor(trx, id);
    await trajectoriesRepository.insertMentor(trx, {
      trajectory_id: id,
      contact_person_id: input.contactPersonId,
      user_id: input.userId ?? null,
      assigned_by: ctx.actor.userId,
    });
    if (input.userId) {
      await notificationsRepository.insertForUsers(trx, [input.userId], {
        kind: 'trajectory.mentor_assigned',
        entityType: 'trajectory',
        entityId: id,
        params: { participant: shortName(row) },
      });
    }
    await recordAudit(trx, ctx, {
      action: 'trajectory.mentor_assigned',
      entityType: 'trajectory',
      entityId: id,
      participantId: access.participantId,
      details: { contactPersonId: input.contactPersonId, hasLogin: !!input.userId },
    });
  });
  return presentDetail(ctx, ctx.db, id, access.relation);
}

/**
 * Records the placement (site, job, first working day): the aftercare contacts are scheduled from it at the type's
 * months (those already held stay), job matching ends and aftercare starts where the type has those phases.
 */
export async function recordPlacement(ctx: RequestContext, id: string, input: PlacementBody) {
  const access = await loadTrajectoryAccess(ctx, id, ['lead'], 'trajectory.placed');
  assertOpen(access);
  const site = await ctx.db
    .selectFrom('employer_sites')
    .select(['id', 'employer_id'])
    .where('id', '=', input.siteId)
    .executeTakeFirst();
  if (!site) {
    throw ValidationError.field('siteId', 'unknown_reference');
  }
  if (input.jobId) {
    const job = await jobsRepository.findById(ctx.db, input.jobId);
    if (!job || job.site_id !== site.id) {
      throw ValidationError.field('jobId', 'unknown_reference');
    }
  }
  const row = (await trajectoriesRepository.findById(ctx.db, id))!;
  if (input.placedOn < row.started_on) {
    throw ValidationError.field('placedOn', 'date_order', { other: 'startedOn' });
  }
  const phases = await trajectoriesRepository.findPhases(ctx.db, [id]);
  await ctx.db.transaction().execute(async (trx) => {
    await bumpVersion(trx, ctx, id, input.version, {
      employer_id: site.employer_id,
      site_id: site.id,
      job_id: input.jobId ?? null,
      placed_on: input.placedOn,
    });
    if (row.employer_id && row.employer_id !== site.employer_id) {
      // A mentor belongs to the employer: placed elsewhere, the old mentor's view ends.
      await trajectoriesRepository.endMentor(trx, id);
    }
    await trajectoriesRepository.scheduleAftercare(
      trx,
      id,
      aftercareSchedule(input.placedOn, row.aftercare_months.map(Number)),
    );
    for (const p of phases) {
      if (
        p.key === 'job_matching' &&
        p.actual_start_on &&
        !p.actual_end_on &&
        p.actual_start_on <= input.placedOn
      ) {
        await trajectoriesRepository.updatePhaseVersioned(trx, p.id, p.version, {
          actual_end_on: input.placedOn,
        });
      }
      if (p.key === 'aftercare' && !p.actual_start_on) {
        const days =
          p.planned_start_on && p.planned_end_on
            ? Math.max(1, daysSpan(p.planned_start_on, p.planned_end_on))
            : 365;
        await trajectoriesRepository.updatePhaseVersioned(trx, p.id, p.version, {
          planned_start_on: input.placedOn,
          planned_end_on: addToDate(input.placedOn, { days: days - 1 }),
          actual_start_on: input.placedOn,
        });
      }
    }
    await recordAudit(trx, ctx, {
      action: 'trajectory.placed',
      entityType: 'trajectory',
      entityId: id,
      participantId: access.participantId,
      details: {
        employerId: site.employer_id,
        siteId: site.id,
        jobId: input.jobId ?? null,
        placedOn: input.placedOn,
      },
    });
  });
  return presentDetail(ctx, ctx.db, id, access.relation);
}

const daysSpan = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;

/**
 * Closes a trajectory with its outcome (refused without one) and date: phases still running end on the closing
 * date, the mentor's access ends, and the participant's status follows the outcome.
 */
export async function closeTrajectory(ctx: RequestContext, id: string, input: CloseTrajectoryBody) {
  const access = await loadTrajectoryAccess(ctx, id, ['lead'], 'trajectory.closed');
  assertOpen(access);
  if (!input.outcome) {
    throw ValidationError.field('outcome', 'required');
  }
  const row = (await trajectoriesRepository.findById(ctx.db, id))!;
  const outcome: Outcome = {
    kind: input.outcome.kind,
    contractType: input.outcome.contractType ?? null,
    hoursPerWeek: input.outcome.hoursPerWeek ?? null,
    dropoutReason: input.outcome.dropoutReason ?? null,
  };
  const outcomeOn = input.outcome.outcomeOn ?? input.closedOn;
  const issues = outcomeIssues(outcome);
  if (input.closedOn < row.started_on) {
    issues.push({ path: 'closedOn', code: 'date_order', params: { other: 'startedOn' } });
  }
  if (input.closedOn > today()) {
    issues.push({ path: 'closedOn', code: 'date_in_future' });
  }
  if (outcomeOn < row.started_on) {
    issues.push({ path: 'outcome.outcomeOn', code: 'date_order', params: { other: 'startedOn' } });
  }
  if (issues.length) {
    throw new ValidationError(issues);
  }
  const after = participantAfterOutcome(outcome.kind);
  await ctx.db.transaction().execute(async (trx) => {
    await bumpVersion(trx, ctx, id, input.version, {
      status: 'closed',
      closed_on: input.closedOn,
      outcome_kind: outcome.kind,
      outcome_contract_type: outcome.contractType,
      outcome_hours_per_week: outcome.hoursPerWeek,
      outcome_dropout_reason: outcome.dropoutReason,
      outcome_on: outcomeOn,
    });
    await trajectoriesRepository.endRunningPhases(trx, id, input.closedOn);
    await trajectoriesRepository.endMentor(trx, id);
    await participantsRepository.applyWorkflowChange(trx, access.participantId, {
      status: after.status,
      ...(after.measure && { current_measure: after.measure }),
      ...(after.status === 'waiting' && { waiting_since: input.closedOn }),
    });
    await recordAudit(trx, ctx, {
      action: 'trajectory.closed',
      entityType: 'trajectory',
      entityId: id,
      participantId: access.participantId,
      details: {
        outcome: outcome.kind,
        closedOn: input.closedOn,
        isSuccess: row.success_outcomes.includes(outcome.kind),
      },
    });
  });
  return presentDetail(ctx, ctx.db, id, access.relation);
}

const CORRECTION_FIELDS = {
  startedOn: 'started_on',
  placedOn: 'placed_on',
  closedOn: 'closed_on',
  outcomeKind: 'outcome_kind',
  contractType: 'outcome_contract_type',
  hoursPerWeek: 'outcome_hours_per_week',
  dropoutReason: 'outcome_dropout_reason',
  outcomeOn: 'outcome_on',
} as const;

const asText = (v: unknown) => (v === null || v === undefined ? null : String(v));

/**
 * Corrects the outcome or dates of a closed trajectory: each changed field is kept with its old and new value,
 * the reason, who and when (the original stays visible), and audited. Open trajectories are changed directly.
 */
export async function correctTrajectory(ctx: RequestContext, id: string, input: CorrectTrajectoryBody) {
  const access = await loadTrajectoryAccess(ctx, id, ['lead'], 'trajectory.corrected');
  if (access.status !== 'closed') {
    throw new ValidationError([{ path: 'status', code: 'trajectory_not_closed' }], 409);
  }
  const row = (await trajectoriesRepository.findById(ctx.db, id))!;
  const current: Record<string, string | number | null> = {
    started_on: row.started_on,
    placed_on: row.placed_on,
    closed_on: row.closed_on,
    outcome_kind: row.outcome_kind,
    outcome_contract_type: row.outcome_contract_type,
    outcome_hours_per_week: row.outcome_hours_per_week === null ? null : Number(row.outcome_hours_per_week),
    outcome_dropout_reason: row.outcome_dropout_reason,
    outcome_on: row.outcome_on,
  };
  const next = { ...current };
  for (const [key, column] of Object.entries(CORRECTION_FIELDS)) {
    const value = input.changes[key as keyof typeof CORRECTION_FIELDS];
    if (value !== undefined) {
      next[column] = value;
    }
  }
  const changed = Object.entries(CORRECTION_FIELDS).filter(
    ([, column]) => asText(next[column]) !== asText(current[column]),
  );
  if (changed.length === 0) {
    throw ValidationError.field('changes', 'correction_no_change');
  }
  const issues = outcomeIssues(
    {
      kind: next.outcome_kind as Outcome['kind'],
      contractType: next.outcome_contract_type as Outcome['contractType'],
      hoursPerWeek: next.outcome_hours_per_week as number | null,
      dropoutReason: next.outcome_dropout_reason as Outcome['dropoutReason'],
    },
    'changes.',
  ).map((i) => ({
    ...i,
    path: i.path.replace('changes.kind', 'changes.outcomeKind'),
  }));
  const started = next.started_on as string;
  for (const [field, column] of [
    ['closedOn', 'closed_on'],
    ['placedOn', 'placed_on'],
    ['outcomeOn', 'outcome_on'],
  ] as const) {
    const value = next[column] as string | null;
    if (value && value < started) {
      issues.push({ path: `changes.${field}`, code: 'date_order', params: { other: 'changes.startedOn' } });
    }
  }
  if (issues.length) {
    throw new ValidationError(issues);
  }
  const values = Object.fromEntries(changed.map(([, column]) => [column, next[column]]));
  await ctx.db.transaction().execute(async (trx) => {
    await bumpVersion(trx, ctx, id, input.version, values as Updateable<TrajectoriesTable>);
    await trajectoriesRepository.insertCorrections(
      trx,
      changed.map(([, column]) => ({
        trajectory_id: id,
        field: column,
        old_value: asText(current[column]),
        new_value: asText(next[column]),
        reason: input.reason,
        corrected_by: ctx.actor.userId,
      })),
    );
    await recordAudit(trx, ctx, {
      action: 'trajectory.corrected',
      entityType: 'trajectory',
      entityId: id,
      participantId: access.participantId,
      details: { fields: changed.map(([, column]) => column) },
    });
  });
  return presentDetail(ctx, ctx.db, id, access.relation);
}

/** Records an aftercare contact: still employed, how it goes (1–5 and text), support needed. */
export async function recordAftercare(
  ctx: RequestContext,
  id: string,
  contactId: string,
  input: RecordAftercareBody,
) {
  const access = await loadTrajectoryAccess(ctx, id, ['lead'], 'aftercare_contact.recorded');
  const contact = (await trajectoriesRepository.findAftercare(ctx.db, id)).find((a) => a.id === contactId);
  if (!contact) {
    throw new NotFoundError();
  }
  if (input.contactedOn > today()) {
    throw ValidationError.field('contactedOn', 'date_in_future');
  }
  if (input.employmentEndedOn !== undefined && input.isStillEmployed) {
    throw ValidationError.field('employmentEndedOn', 'not_allowed');
  }
  if (input.employmentEndedOn !== undefined && input.employmentEndedOn > input.contactedOn) {
    throw ValidationError.field('contactedOn', 'date_order', { other: 'employmentEndedOn' });
  }
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await trajectoriesRepository.updateAftercareVersioned(trx, contactId, input.version, {
      contacted_on: input.contactedOn,
      is_still_employed: input.isStillEmployed,
      employment_ended_on: input.isStillEmployed ? null : (input.employmentEndedOn ?? null),
      how_it_goes: input.howItGoes,
      how_it_goes_text: input.howItGoesText ?? null,
      support_needed: input.supportNeeded ?? null,
      recorded_by: ctx.actor.userId,
    });
    if (!updated) {
      throw new ConflictError(input.version, await presentDetail(ctx, trx, id, access.relation));
    }
    // Whether the person still works there, never how it goes in their words.
    await recordAudit(trx, ctx, {
      action: 'aftercare_contact.recorded',
      entityType: 'trajectory',
      entityId: id,
      participantId: access.participantId,
      details: { monthsAfter: contact.months_after, isStillEmployed: input.isStillEmployed },
    });
  });
  return presentDetail(ctx, ctx.db, id, access.relation);
}
