import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ConsentParams,
  ConsentSchema,
  ParticipantParams,
  RecordConsentBody,
  WithdrawConsentBody,
} from './consents.schemas';
import { findConsents, recordConsent, withdrawConsent } from './consents.service';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/participants/:id/consents',
    {
      config: { permission: 'consent.read' },
      schema: {
        tags: ['consents'],
        summary: "A participant's consents per purpose, active and withdrawn",
        params: ParticipantParams,
        response: { 200: z.array(ConsentSchema) },
      },
    },
    async (request) => findConsents(request.ctx(), request.params.id),
  );

  app.post(
    '/participants/:id/consents',
    {
      config: { permission: 'consent.manage' },
      schema: {
        tags: ['consents'],
        summary: 'Record a consent (who, when, on what basis)',
        params: ParticipantParams,
        body: RecordConsentBody,
        response: { 201: ConsentSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordConsent(request.ctx(), request.params.id, request.body)),
  );

  app.post(
    '/participants/:id/consents/:consentId/withdraw',
    {
      config: { permission: 'consent.manage' },
      schema: {
        tags: ['consents'],
        summary: 'Withdraw a consent; it takes effect at once everywhere',
        params: ConsentParams,
        body: WithdrawConsentBody,
        response: { 200: ConsentSchema },
      },
    },
    async (request) =>
      withdrawConsent(request.ctx(), request.params.id, request.params.consentId, request.body),
  );
};

export default routes;
