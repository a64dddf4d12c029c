import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { EmployerDetail } from '../employers/employers.schemas';
import {
  ApproachRequestPage,
  ApproachRequestParams,
  ApproachRequestQuery,
  ApproachRequestSchema,
  CreateApproachRequestBody,
  DecideApproachRequestBody,
  EmployerApproachParams,
  JointActionParams,
} from './approaches.schemas';
import {
  createApproachRequest,
  decideApproachRequest,
  endJointAction,
  findApproachRequests,
  getApproachRequest,
} from './approaches.service';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/approach-requests',
    {
      config: { permission: 'approach.read' },
      schema: {
        tags: ['approach requests'],
        summary:
          'Approach requests: incoming (about employers your organisations own, to decide) and outgoing (filed by your organisations)',
        querystring: ApproachRequestQuery,
        response: { 200: ApproachRequestPage },
      },
    },
    async (request) => findApproachRequests(request.ctx(), request.query),
  );

  app.post(
    '/employers/:id/approach-requests',
    {
      config: { permission: 'approach.write' },
      schema: {
        tags: ['approach requests'],
        summary:
          "Ask the employer's account owner for leave to approach it (not for the owner or joint organisations; one pending per organisation: 409)",
        params: EmployerApproachParams,
        body: CreateApproachRequestBody,
        response: { 201: ApproachRequestSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createApproachRequest(request.ctx(), request.params.id, request.body)),
  );

  app.get(
    '/approach-requests/:id',
    {
      config: { permission: 'approach.read' },
      schema: {
        tags: ['approach requests'],
        summary: 'One approach request (requesting and owner organisation)',
        params: ApproachRequestParams,
        response: { 200: ApproachRequestSchema },
      },
    },
    async (request) => getApproachRequest(request.ctx(), request.params.id),
  );

  app.post(
    '/approach-requests/:id/decision',
    {
      config: { permission: 'approach.write' },
      schema: {
        tags: ['approach requests'],
        summary:
          'The owner decides: accept (joint action), decline (reason required) or take_over (the requester becomes owner); 409 when decided or stale',
        params: ApproachRequestParams,
        body: DecideApproachRequestBody,
        response: { 200: ApproachRequestSchema },
      },
    },
    async (request) => decideApproachRequest(request.ctx(), request.params.id, request.body),
  );

  app.delete(
    '/employers/:id/joint-actions/:organisationId',
    {
      config: { permission: 'approach.write' },
      schema: {
        tags: ['approach requests'],
        summary:
          'End a joint action (the owner organisation, or the joint organisation leaving); returns the employer',
        params: JointActionParams,
        response: { 200: EmployerDetail },
      },
    },
    async (request) => endJointAction(request.ctx(), request.params.id, request.params.organisationId),
  );
};

export default routes;
