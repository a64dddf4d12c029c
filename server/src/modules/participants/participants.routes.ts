import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ParticipantDetail,
  ParticipantPage,
  ParticipantParams,
  ParticipantQuery,
} from './participants.schemas';
import { findParticipants, getParticipant } from './participants.service';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/participants',
    {
      config: { permission: 'participant.read' },
      schema: {
        tags: ['participants'],
        summary: 'Participants of your organisations (caseload and search)',
        querystring: ParticipantQuery,
        response: { 200: ParticipantPage },
      },
    },
    async (request) => findParticipants(request.ctx(), request.query),
  );

  app.get(
    '/participants/:id',
    {
      config: { permission: 'participant.read' },
      schema: {
        tags: ['participants'],
        summary: 'One participant (audited read)',
        params: ParticipantParams,
        response: { 200: ParticipantDetail },
      },
    },
    async (request) => getParticipant(request.ctx(), request.params.id),
  );
};

export default routes;
