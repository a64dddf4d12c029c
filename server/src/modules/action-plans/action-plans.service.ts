import type { RequestContext } from '../../lib/context';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.service';
import { trajectoriesRepository } from '../trajectories/trajectories.repository';
import { assertOpen, loadTrajectoryAccess, today } from '../trajectories/trajectories.service';
import { presentAction, presentActionPlan, presentGoal } from './action-plans.presenter';
import { actionPlansRepository } from './action-plans.repository';
import type {
  ActionStatusBody,
  CreateActionBody,
  CreateCommentBody,
  CreateGoalBody,
  UpdateActionBody,
  UpdateGoalBody,
} from './action-plans.schemas';

/** Actions a mentor may mark: those the plan gives to the work floor. */
export const WORKFLOOR_ASSIGNEES = ['mentor', 'employer'] as const;

async function presentPlan(ctx: RequestContext, id: string, relation: string, status: string) {
  const [row, goals, actions, comments] = await Promise.all([
    trajectoriesRepository.findById(ctx.db, id),
    actionPlansRepository.findGoals(ctx.db, id),
    actionPlansRepository.findActions(ctx.db, [id]),
    actionPlansRepository.findComments(ctx.db, id),
  ]);
  const isOpen = status === 'open';
  return presentActionPlan(
    id,
    row!,
    goals,
    actions,
    comments,
    {
      edit: relation === 'lead' && isOpen,
      markActions: (relation === 'lead' || relation === 'self') && isOpen,
      comment: relation === 'lead' || relation === 'self',
    },
    today(),
  );
}

/** The action plan: goals with their actions (who, due, status) and the comments, for the lead organisation, network admins and the participant. */
export async function getActionPlan(ctx: RequestContext, id: string) {
  const access = await loadTrajectoryAccess(ctx, id, ['lead', 'network', 'self'], 'action_plan.read');
  return presentPlan(ctx, id, access.relation, access.status);
}

export async function createGoal(ctx: RequestContext, id: string, input: CreateGoalBody) {
  const access = await loadTrajectoryAccess(ctx, id, ['lead'], 'action_plan.goal_added');
  assertOpen(access);
  const goals = await actionPlansRepository.findGoals(ctx.db, id);
  await ctx.db.transaction().execute(async (trx) => {
    const { id: goalId } = await actionPlansRepository.insertGoal(trx, {
      trajectory_id: id,
      title: input.title,
      description: input.description ?? null,
      sort_order: input.sortOrder ?? goals.length,
      created_by: ctx.actor.userId,
    });
    await recordAudit(trx, ctx, {
      action: 'action_plan.goal_added',
      entityType: 'trajectory',
      entityId: id,
      participantId: access.participantId,
      details: { goalId },
    });
  });
  return presentPlan(ctx, id, access.relation, access.status);
}

async function loadGoal(ctx: RequestContext, trajectoryId: string, goalId: string, field?: string) {
  const goal = (await actionPlansRepository.findGoals(ctx.db, trajectoryId)).find((g) => g.id === goalId);
  if (!goal) {
    if (field) {
      throw ValidationError.field(field, 'unknown_reference');
    }
    throw new NotFoundError();
  }
  return goal;
}

export async function updateGoal(ctx: RequestContext, id: string, goalId: string, input: UpdateGoalBody) {
  const access = await loadTrajectoryAccess(ctx, id, ['lead'], 'action_plan.goal_updated');
  assertOpen(access);
  const goal = await loadGoal(ctx, id, goalId);
  const { data } = input;
  await ctx.db.transaction().execute(async (trx) => {
    const ok = await actionPlansRepository.updateGoalVersioned(trx, goalId, input.version, {
      ...(data.title !== undefined && { title: data.title }),
      ...(data.description !== undefined && { description: data.description ?? null }),
      ...(data.sortOrder !== undefined && { sort_order: data.sortOrder }),
      ...(data.status !== undefined && { status: data.status }),
    });
    if (!ok) {
      const actions = await actionPlansRepository.findActions(trx, [id]);
      throw new ConflictError(input.version, presentGoal(goal, actions, today()));
    }
    await recordAudit(trx, ctx, {
      action: 'action_plan.goal_updated',
      entityType: 'trajectory',
      entityId: id,
      participantId: access.participantId,
      details: { goalId, fields: Object.keys(data) },
    });
  });
  return presentPlan(ctx, id, access.relation, access.status);
}

export async function createAction(ctx: RequestContext, id: string, goalId: string, input: CreateActionBody) {
  const access = await loadTrajectoryAccess(ctx, id, ['lead'], 'action_plan.action_added');
  assertOpen(access);
  await loadGoal(ctx, id, goalId);
  await ctx.db.transaction().execute(async (trx) => {
    const { id: actionId } = await actionPlansRepository.insertAction(trx, {
      goal_id: goalId,
      trajectory_id: id,
      title: input.title,
      assignee: input.assignee,
      assignee_name: input.assigneeName ?? null,
      due_on: input.dueOn ?? null,
      created_by: ctx.actor.userId,
      updated_by: ctx.actor.userId,
    });
    await recordAudit(trx, ctx, {
      action: 'action_plan.action_added',
      entityType: 'trajectory',
      entityId: id,
      participantId: access.participantId,
      details: { goalId, actionId, assignee: input.assignee },
    });
  });
  return presentPlan(ctx, id, access.relation, access.status);
}

async function loadAction(ctx: RequestContext, trajectoryId: string, actionId: string) {
  const action = (await actionPlansRepository.findActions(ctx.db, [trajectoryId])).find(
    (a) => a.id === actionId,
  );
  if (!action) {
    throw new NotFoundError();
  }
  return action;
}

async function saveAction(
  ctx: RequestContext,
  access: { participantId: string },
  id: string,
  action: Awaited<ReturnType<typeof loadAction>>,
  version: number,
  values: Parameters<typeof actionPlansRepository.updateActionVersioned>[3],
  auditAction: 'action_plan.action_updated' | 'action_plan.action_marked',
) {
  await ctx.db.transaction().execute(async (trx) => {
    const ok = await actionPlansRepository.updateActionVersioned(trx, action.id, version, {
      ...values,
      updated_by: ctx.actor.userId,
    });
    if (!ok) {
      const current = (await actionPlansRepository.findActions(trx, [id])).find((a) => a.id === action.id)!;
      throw new ConflictError(version, presentAction(current, today()));
    }
    await recordAudit(trx, ctx, {
      action: auditAction,
      entityType: 'trajectory',
      entityId: id,
      participantId: access.participantId,
      details: { actionId: action.id, fields: Object.keys(values) },
    });
  });
}

export async function updateAction(
  ctx: RequestContext,
  id: string,
  actionId: string,
  input: UpdateActionBody,
) {
  const access = await loadTrajectoryAccess(ctx, id, ['lead'], 'action_plan.action_updated');
  assertOpen(access);
  const action = await loadAction(ctx, id, actionId);
  const { data } = input;
  await saveAction(
    ctx,
    access,
    id,
    action,
    input.version,
    {
      ...(data.title !== undefined && { title: data.title }),
      ...(data.assignee !== undefined && { assignee: data.assignee }),
      ...(data.assigneeName !== undefined && { assignee_name: data.assigneeName ?? null }),
      ...(data.dueOn !== undefined && { due_on: data.dueOn }),
      ...(data.status !== undefined && { status: data.status }),
    },
    'action_plan.action_updated',
  );
  return presentPlan(ctx, id, access.relation, access.status);
}

/**
 * Marks an action's status: the coach, the participant (co-writing their plan), or the mentor for the actions the
 * plan gives to the work floor. Answers the action.
 */
export async function markAction(ctx: RequestContext, id: string, actionId: string, input: ActionStatusBody) {
  const access = await loadTrajectoryAccess(ctx, id, ['lead', 'self', 'mentor'], 'action_plan.action_marked');
  assertOpen(access);
  const action = await loadAction(ctx, id, actionId);
  if (access.relation === 'mentor' && !(WORKFLOOR_ASSIGNEES as readonly string[]).includes(action.assignee)) {
    throw new ForbiddenError();
  }
  await saveAction(
    ctx,
    access,
    id,
    action,
    input.version,
    { status: input.status },
    'action_plan.action_marked',
  );
  return presentAction(await loadAction(ctx, id, actionId), today());
}

/** A comment on the plan or one goal, by the coach's side or the participant. */
export async function createComment(ctx: RequestContext, id: string, input: CreateCommentBody) {
  const access = await loadTrajectoryAccess(ctx, id, ['lead', 'self'], 'action_plan.commented');
  if (input.goalId) {
    await loadGoal(ctx, id, input.goalId, 'goalId');
  }
  await ctx.db.transaction().execute(async (trx) => {
    await actionPlansRepository.insertComment(trx, {
      trajectory_id: id,
      goal_id: input.goalId ?? null,
      author_user_id: ctx.actor.userId,
      by_participant: access.relation === 'self',
      body: input.body,
    });
    await recordAudit(trx, ctx, {
      action: 'action_plan.commented',
      entityType: 'trajectory',
      entityId: id,
      participantId: access.participantId,
      details: { goalId: input.goalId ?? null, byParticipant: access.relation === 'self' },
    });
  });
  return presentPlan(ctx, id, access.relation, access.status);
}
