import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AdaptationList,
  AdaptationParams,
  AdaptationQuery,
  CreateAdaptationBody,
  UpdateAdaptationBody,
  WorkplaceAdaptationSchema,
} from './adaptations.schemas';
import { createAdaptation, findAdaptations, getAdaptation, updateAdaptation } from './adaptations.service';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/workplace-adaptations',
    {
      config: { permission: 'adaptation.read' },
      schema: {
        tags: ['workplace adaptations'],
        summary:
          'The workplace adaptation catalogue: the dimensions each closes, cost band, funders; `dimensions` = gaps to close',
        querystring: AdaptationQuery,
        response: { 200: AdaptationList },
      },
    },
    async (request) => findAdaptations(request.ctx(), request.query),
  );

  app.post(
    '/workplace-adaptations',
    {
      config: { permission: 'adaptation.manage' },
      schema: {
        tags: ['workplace adaptations'],
        summary: 'Add an adaptation (network admins; unknown dimension: 400 on it; duplicate key: 409)',
        body: CreateAdaptationBody,
        response: { 201: WorkplaceAdaptationSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createAdaptation(request.ctx(), request.body)),
  );

  app.get(
    '/workplace-adaptations/:id',
    {
      config: { permission: 'adaptation.read' },
      schema: {
        tags: ['workplace adaptations'],
        summary: 'One adaptation',
        params: AdaptationParams,
        response: { 200: WorkplaceAdaptationSchema },
      },
    },
    async (request) => getAdaptation(request.ctx(), request.params.id),
  );

  app.patch(
    '/workplace-adaptations/:id',
    {
      config: { permission: 'adaptation.manage' },
      schema: {
        tags: ['workplace adaptations'],
        summary:
          'Edit or deactivate (isActive: false) an adaptation (network admins; 409 on a stale version)',
        params: AdaptationParams,
        body: UpdateAdaptationBody,
        response: { 200: WorkplaceAdaptationSchema },
      },
    },
    async (request) => updateAdaptation(request.ctx(), request.params.id, request.body),
  );
};

export default routes;
