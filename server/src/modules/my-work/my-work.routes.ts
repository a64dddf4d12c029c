import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MyWorkResponse } from './my-work.schemas';
import { getMyWork } from './my-work.service';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/my-work',
    {
      config: { permission: 'self' },
      schema: {
        tags: ['my work'],
        summary: 'Your start page: what needs your attention, per role',
        response: { 200: MyWorkResponse },
      },
    },
    async (request) => getMyWork(request.ctx()),
  );
};

export default routes;
