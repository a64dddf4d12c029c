import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { WorkfloorList, WorkfloorParams, WorkfloorViewSchema } from './workfloor.schemas';
import { findWorkfloor, getWorkfloor } from './workfloor.service';

const tags = ['trajectories'];

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/workfloor',
    {
      config: { permission: 'workfloor.read' },
      schema: {
        tags,
        summary: 'The participants you guide as mentor (only your own)',
        response: { 200: WorkfloorList },
      },
    },
    async (request) => findWorkfloor(request.ctx()),
  );

  app.get(
    '/workfloor/:trajectoryId',
    {
      config: { permission: 'workfloor.read' },
      schema: {
        tags,
        summary:
          "A participant's work-floor view for their mentor (no health data, no coach's notes; audited)",
        params: WorkfloorParams,
        response: { 200: WorkfloorViewSchema },
      },
    },
    async (request) => getWorkfloor(request.ctx(), request.params.trajectoryId),
  );
};

export default routes;
