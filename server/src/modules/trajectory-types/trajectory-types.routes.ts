import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateTrajectoryTypeBody,
  TrajectoryTypeList,
  TrajectoryTypeParams,
  TrajectoryTypeQuery,
  TrajectoryTypeSchema,
  UpdateTrajectoryTypeBody,
} from './trajectory-types.schemas';
import {
  createTrajectoryType,
  findTrajectoryTypes,
  getTrajectoryType,
  updateTrajectoryType,
} from './trajectory-types.service';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/trajectory-types',
    {
      config: { permission: 'trajectory_type.read' },
      schema: {
        tags: ['trajectories'],
        summary: 'Trajectory types with their phases, default terms, roles, success outcomes and aftercare',
        querystring: TrajectoryTypeQuery,
        response: { 200: TrajectoryTypeList },
      },
    },
    async (request) => findTrajectoryTypes(request.ctx(), request.query),
  );

  app.post(
    '/trajectory-types',
    {
      config: { permission: 'trajectory_type.manage' },
      schema: {
        tags: ['trajectories'],
        summary: 'Add a trajectory type (network admins; duplicate key: 409)',
        body: CreateTrajectoryTypeBody,
        response: { 201: TrajectoryTypeSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createTrajectoryType(request.ctx(), request.body)),
  );

  app.get(
    '/trajectory-types/:id',
    {
      config: { permission: 'trajectory_type.read' },
      schema: {
        tags: ['trajectories'],
        summary: 'One trajectory type',
        params: TrajectoryTypeParams,
        response: { 200: TrajectoryTypeSchema },
      },
    },
    async (request) => getTrajectoryType(request.ctx(), request.params.id),
  );

  app.patch(
    '/trajectory-types/:id',
    {
      config: { permission: 'trajectory_type.manage' },
      schema: {
        tags: ['trajectories'],
        summary: 'Edit or deactivate a trajectory type: a new version (409 on a stale one)',
        params: TrajectoryTypeParams,
        body: UpdateTrajectoryTypeBody,
        response: { 200: TrajectoryTypeSchema },
      },
    },
    async (request) => updateTrajectoryType(request.ctx(), request.params.id, request.body),
  );
};

export default routes;
