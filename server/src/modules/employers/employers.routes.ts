import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { EmployerPage, EmployerParams, EmployerQuery, EmployerSchema } from './employers.schemas';
import { findEmployers, getEmployer } from './employers.service';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/employers',
    {
      config: { permission: 'employer.read' },
      schema: {
        tags: ['employers'],
        summary: 'The shared employer register (employer contacts: their own employer)',
        querystring: EmployerQuery,
        response: { 200: EmployerPage },
      },
    },
    async (request) => findEmployers(request.ctx(), request.query),
  );

  app.get(
    '/employers/:id',
    {
      config: { permission: 'employer.read' },
      schema: {
        tags: ['employers'],
        summary: 'One employer',
        params: EmployerParams,
        response: { 200: EmployerSchema },
      },
    },
    async (request) => getEmployer(request.ctx(), request.params.id),
  );
};

export default routes;
