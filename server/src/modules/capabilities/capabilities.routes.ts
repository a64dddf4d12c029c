import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AdjustCapabilityBody, CapabilityParams, CapabilityProfileSchema } from './capabilities.schemas';
import { adjustCapability, getCapabilityProfile } from './capabilities.service';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/participants/:id/capability-profile',
    {
      config: { permission: 'indication.read' },
      schema: {
        tags: ['indications'],
        summary: 'Capability profile on the matching dimensions, with its ICF basis (health data: audited)',
        params: CapabilityParams,
        response: { 200: CapabilityProfileSchema },
      },
    },
    async (request) => getCapabilityProfile(request.ctx(), request.params.id),
  );

  app.post(
    '/participants/:id/capability-profile/adjustments',
    {
      config: { permission: 'capability.adjust' },
      schema: {
        tags: ['indications'],
        summary: 'Adjust one level with a reason (holding organisation with consent; 409 on a stale version)',
        params: CapabilityParams,
        body: AdjustCapabilityBody,
        response: { 200: CapabilityProfileSchema },
      },
    },
    async (request) => adjustCapability(request.ctx(), request.params.id, request.body),
  );
};

export default routes;
