import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { RequestContext } from '../../lib/context';
import { ValidationError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { movableHours } from '../trajectories/trajectories.policy';
import { trajectoriesRepository } from '../trajectories/trajectories.repository';
import { assertOpen, bumpVersion, loadTrajectoryAccess, today } from '../trajectories/trajectories.service';
import { overlapsAny, plannedHours, sessionView, usedHours } from './coaching.policy';
import { presentBudget, presentSession } from './coaching.presenter';
import { coachingRepository } from './coaching.repository';
import type { CreateBudgetPeriodBody, CreateSessionBody, MoveBudgetBody } from './coaching.schemas';

/**
 * The coaching log of a trajectory, for its lead organisation (the confidential part only for the organisation
 * that wrote it). Every read is audited: the notes are special-category data.
 */
export async function findSessions(ctx: RequestContext, trajectoryId: string) {
  const access = await loadTrajectoryAccess(ctx, trajectoryId, ['lead'], 'coaching_session.read');
  const rows = await coachingRepository.findSessions(ctx.db, trajectoryId);
  const items = rows.flatMap((r) => {
    const view = sessionView(ctx.actor, access.relation, r);
    return view === 'none' ? [] : [presentSession(r, view)];
  });
  await recordAudit(ctx.db, ctx, {
    action: 'coaching_session.read',
    entityType: 'trajectory',
    entityId: trajectoryId,
    participantId: access.participantId,
    details: {
      count: items.length,
      confidentialShown: items.filter((i) => i.confidentialNotes !== null).length,
    },
  });
  return { items };
}

/**
 * Logs a coaching session: by the lead organisation's coach (with an optional confidential part for their
 * organisation), or by the mentor on the work floor (their own sessions, never a confidential part).
 */
export async function createSession(ctx: RequestContext, trajectoryId: string, input: CreateSessionBody) {
  const access = await loadTrajectoryAccess(
    ctx,
    trajectoryId,
    ['lead', 'mentor'],
    'coaching_session.created',
  );
  assertOpen(access);
  const isMentor = access.relation === 'mentor';
  if (isMentor && input.confidentialNotes) {
    throw ValidationError.field('confidentialNotes', 'mentor_no_confidential');
  }
  const trajectory = (await trajectoriesRepository.findById(ctx.db, trajectoryId))!;
  if (input.sessionOn > today()) {
    throw ValidationError.field('sessionOn', 'date_in_future');
  }
  if (input.sessionOn < trajectory.started_on) {
    throw ValidationError.field('sessionOn', 'date_order', { other: 'startedOn' });
  }
  const id = await ctx.db.transaction().execute(async (trx) => {
    const { id } = await coachingRepository.insertSession(trx, {
      trajectory_id: trajectoryId,
      session_on: input.sessionOn,
      duration_minutes: input.durationMinutes,
      by_role: isMentor ? 'mentor' : 'coach',
      author_user_id: ctx.actor.userId,
      organisation_id: isMentor ? null : access.leadOrganisationId,
      location: input.location,
      topics: [...new Set(input.topics)],
      notes: input.notes ?? null,
      confidential_notes: isMentor ? null : (input.confidentialNotes ?? null),
    });
    // Date, duration and place only: topics and notes say something about the person and stay out of the log.
    await recordAudit(trx, ctx, {
      action: 'coaching_session.created',
      entityType: 'trajectory',
      entityId: trajectoryId,
      participantId: access.participantId,
      details: {
        sessionId: id,
        byRole: isMentor ? 'mentor' : 'coach',
        durationMinutes: input.durationMinutes,
        location: input.location,
      },
    });
    return id;
  });
  const row = (await coachingRepository.findSessions(ctx.db, trajectoryId)).find((s) => s.id === id)!;
  return presentSession(row, isMentor ? 'notes' : 'full');
}

async function budgetOf(db: Kysely<DB>, trajectoryId: string) {
  const [periods, moves, sessions, trajectory] = await Promise.all([
    coachingRepository.findPeriods(db, trajectoryId),
    coachingRepository.findMoves(db, trajectoryId),
    coachingRepository.findDurations(db, trajectoryId),
    trajectoriesRepository.findFacts(db, trajectoryId),
  ]);
  return { periods, moves, sessions, version: trajectory!.version };
}

async function presentBudgetOf(db: Kysely<DB>, trajectoryId: string) {
  const b = await budgetOf(db, trajectoryId);
  return presentBudget(b.periods, b.moves, b.sessions, b.version, today());
}

/** The support budget: hours per period, planned versus used, and the moves between periods with their reasons. */
export async function getBudget(ctx: RequestContext, trajectoryId: string) {
  await loadTrajectoryAccess(ctx, trajectoryId, ['lead', 'network'], 'trajectory_budget.read');
  return presentBudgetOf(ctx.db, trajectoryId);
}

/** Adds a budget period (for instance after an extension); periods never overlap. */
export async function createBudgetPeriod(
  ctx: RequestContext,
  trajectoryId: string,
  input: CreateBudgetPeriodBody,
) {
  const access = await loadTrajectoryAccess(ctx, trajectoryId, ['lead'], 'trajectory_budget.period_added');
  assertOpen(access);
  if (input.endsOn < input.startsOn) {
    throw ValidationError.field('endsOn', 'date_order', { other: 'startsOn' });
  }
  await ctx.db.transaction().execute(async (trx) => {
    await bumpVersion(trx, ctx, trajectoryId, input.version);
    if (overlapsAny(input, await coachingRepository.findPeriods(trx, trajectoryId))) {
      throw new ValidationError([{ path: 'startsOn', code: 'budget_period_overlap' }], 409);
    }
    const { id } = await coachingRepository.insertPeriod(trx, {
      trajectory_id: trajectoryId,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      initial_hours: input.hours,
    });
    await recordAudit(trx, ctx, {
      action: 'trajectory_budget.period_added',
      entityType: 'trajectory',
      entityId: trajectoryId,
      participantId: access.participantId,
      details: { periodId: id, startsOn: input.startsOn, endsOn: input.endsOn, hours: input.hours },
    });
  });
  return presentBudgetOf(ctx.db, trajectoryId);
}

/**
 * Moves support hours from one period to another with a reason. A move never makes a period negative: only hours
 * planned and not yet used can go. The trajectory's version serialises concurrent moves.
 */
export async function moveBudget(ctx: RequestContext, trajectoryId: string, input: MoveBudgetBody) {
  const access = await loadTrajectoryAccess(ctx, trajectoryId, ['lead'], 'trajectory_budget.moved');
  assertOpen(access);
  if (input.fromPeriodId === input.toPeriodId) {
    throw ValidationError.field('toPeriodId', 'budget_same_period');
  }
  await ctx.db.transaction().execute(async (trx) => {
    await bumpVersion(trx, ctx, trajectoryId, input.version);
    const { periods, moves, sessions } = await budgetOf(trx, trajectoryId);
    const from = periods.find((p) => p.id === input.fromPeriodId);
    if (!from) {
      throw ValidationError.field('fromPeriodId', 'unknown_reference');
    }
    if (!periods.some((p) => p.id === input.toPeriodId)) {
      throw ValidationError.field('toPeriodId', 'unknown_reference');
    }
    const available = movableHours({
      plannedHours: plannedHours(from, moves),
      usedHours: usedHours(from, sessions),
    });
    if (input.hours > available) {
      throw new ValidationError([{ path: 'hours', code: 'budget_negative', params: { available } }], 409);
    }
    await coachingRepository.insertMove(trx, {
      trajectory_id: trajectoryId,
      from_period_id: input.fromPeriodId,
      to_period_id: input.toPeriodId,
      hours: input.hours,
      reason: input.reason,
      moved_by: ctx.actor.userId,
    });
    await recordAudit(trx, ctx, {
      action: 'trajectory_budget.moved',
      entityType: 'trajectory',
      entityId: trajectoryId,
      participantId: access.participantId,
      details: { fromPeriodId: input.fromPeriodId, toPeriodId: input.toPeriodId, hours: input.hours },
    });
  });
  return presentBudgetOf(ctx.db, trajectoryId);
}
