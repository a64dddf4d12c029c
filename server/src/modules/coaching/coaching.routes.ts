import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  BudgetSchema,
  CoachingSessionList,
  CoachingSessionSchema,
  CreateBudgetPeriodBody,
  CreateSessionBody,
  MoveBudgetBody,
  TrajectoryParams,
} from './coaching.schemas';
import { createBudgetPeriod, createSession, findSessions, getBudget, moveBudget } from './coaching.service';

const tags = ['trajectories'];

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/trajectories/:id/sessions',
    {
      config: { permission: 'coaching.read' },
      schema: {
        tags,
        summary:
          "The coaching log (lead organisation; the confidential part only for the coach's organisation; audited)",
        params: TrajectoryParams,
        response: { 200: CoachingSessionList },
      },
    },
    async (request) => findSessions(request.ctx(), request.params.id),
  );

  app.post(
    '/trajectories/:id/sessions',
    {
      config: { permission: 'coaching.write' },
      schema: {
        tags,
        summary:
          'Log a coaching session (the coach, or the mentor on the work floor without a confidential part)',
        params: TrajectoryParams,
        body: CreateSessionBody,
        response: { 201: CoachingSessionSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createSession(request.ctx(), request.params.id, request.body)),
  );

  app.get(
    '/trajectories/:id/budget',
    {
      config: { permission: 'trajectory.read' },
      schema: {
        tags,
        summary: 'The support budget: hours per period, planned versus used, and the moves between periods',
        params: TrajectoryParams,
        response: { 200: BudgetSchema },
      },
    },
    async (request) => getBudget(request.ctx(), request.params.id),
  );

  app.post(
    '/trajectories/:id/budget/periods',
    {
      config: { permission: 'trajectory.write' },
      schema: {
        tags,
        summary: 'Add a budget period (periods never overlap)',
        params: TrajectoryParams,
        body: CreateBudgetPeriodBody,
        response: { 201: BudgetSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createBudgetPeriod(request.ctx(), request.params.id, request.body)),
  );

  app.post(
    '/trajectories/:id/budget/moves',
    {
      config: { permission: 'trajectory.write' },
      schema: {
        tags,
        summary: 'Move hours between periods with a reason (never making a period negative)',
        params: TrajectoryParams,
        body: MoveBudgetBody,
        response: { 201: BudgetSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await moveBudget(request.ctx(), request.params.id, request.body)),
  );
};

export default routes;
