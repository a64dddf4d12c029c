import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiTokenParams, ApiTokenSchema, CreateApiTokenBody, CreatedApiToken } from './api-tokens.schemas';
import { createApiToken, findMyApiTokens, revokeApiToken } from './api-tokens.service';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/me/tokens',
    {
      config: { permission: 'self' },
      schema: {
        tags: ['api tokens'],
        summary: 'Your personal API tokens',
        response: { 200: z.array(ApiTokenSchema) },
      },
    },
    async (request) => findMyApiTokens(request.ctx()),
  );

  app.post(
    '/me/tokens',
    {
      config: { permission: 'self' },
      schema: {
        tags: ['api tokens'],
        summary: 'Create a personal API token (from a browser session only); the secret is shown once',
        body: CreateApiTokenBody,
        response: { 201: CreatedApiToken },
      },
    },
    async (request, reply) => reply.status(201).send(await createApiToken(request.ctx(), request.body)),
  );

  app.delete(
    '/me/tokens/:id',
    {
      config: { permission: 'self' },
      schema: {
        tags: ['api tokens'],
        summary: 'Revoke one of your API tokens',
        params: ApiTokenParams,
        response: { 200: ApiTokenSchema },
      },
    },
    async (request) => revokeApiToken(request.ctx(), request.params.id),
  );
};

export default routes;
