import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ActionParams,
  ActionPlanSchema,
  ActionSchema,
  ActionStatusBody,
  CreateActionBody,
  CreateCommentBody,
  CreateGoalBody,
  GoalParams,
  TrajectoryParams,
  UpdateActionBody,
  UpdateGoalBody,
} from './action-plans.schemas';
import {
  createAction,
  createComment,
  createGoal,
  getActionPlan,
  markAction,
  updateAction,
  updateGoal,
} from './action-plans.service';

const tags = ['trajectories'];

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/trajectories/:id/action-plan',
    {
      config: { permission: 'action_plan.read' },
      schema: {
        tags,
        summary: 'The action plan: goals, actions (who, due, status) and comments (also for the participant)',
        params: TrajectoryParams,
        response: { 200: ActionPlanSchema },
      },
    },
    async (request) => getActionPlan(request.ctx(), request.params.id),
  );

  app.post(
    '/trajectories/:id/goals',
    {
      config: { permission: 'trajectory.write' },
      schema: {
        tags,
        summary: 'Add a goal',
        params: TrajectoryParams,
        body: CreateGoalBody,
        response: { 201: ActionPlanSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createGoal(request.ctx(), request.params.id, request.body)),
  );

  app.patch(
    '/trajectories/:id/goals/:goalId',
    {
      config: { permission: 'trajectory.write' },
      schema: {
        tags,
        summary: 'Change a goal (409 on a stale version)',
        params: GoalParams,
        body: UpdateGoalBody,
        response: { 200: ActionPlanSchema },
      },
    },
    async (request) => updateGoal(request.ctx(), request.params.id, request.params.goalId, request.body),
  );

  app.post(
    '/trajectories/:id/goals/:goalId/actions',
    {
      config: { permission: 'trajectory.write' },
      schema: {
        tags,
        summary: 'Add an action to a goal: who, due date',
        params: GoalParams,
        body: CreateActionBody,
        response: { 201: ActionPlanSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createAction(request.ctx(), request.params.id, request.params.goalId, request.body)),
  );

  app.patch(
    '/trajectories/:id/actions/:actionId',
    {
      config: { permission: 'trajectory.write' },
      schema: {
        tags,
        summary: 'Change an action (409 on a stale version)',
        params: ActionParams,
        body: UpdateActionBody,
        response: { 200: ActionPlanSchema },
      },
    },
    async (request) => updateAction(request.ctx(), request.params.id, request.params.actionId, request.body),
  );

  app.put(
    '/trajectories/:id/actions/:actionId/status',
    {
      config: { permission: 'action.status' },
      schema: {
        tags,
        summary: "Mark an action's status (the coach, the participant, or the mentor for work-floor actions)",
        params: ActionParams,
        body: ActionStatusBody,
        response: { 200: ActionSchema },
      },
    },
    async (request) => markAction(request.ctx(), request.params.id, request.params.actionId, request.body),
  );

  app.post(
    '/trajectories/:id/action-plan/comments',
    {
      config: { permission: 'action_plan.comment' },
      schema: {
        tags,
        summary: 'Comment on the plan or one goal (the coach or the participant)',
        params: TrajectoryParams,
        body: CreateCommentBody,
        response: { 201: ActionPlanSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createComment(request.ctx(), request.params.id, request.body)),
  );
};

export default routes;
