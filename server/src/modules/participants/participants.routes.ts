import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ChangeCoachBody,
  CoachAssignment,
  CreateParticipantBody,
  DuplicatePair,
  MergeParticipantBody,
  ParticipantDetail,
  ParticipantPage,
  ParticipantParams,
  ParticipantQuery,
  UpdateParticipantBody,
} from './participants.schemas';
import {
  changeCoach,
  createParticipant,
  findCoachHistory,
  findDuplicates,
  findParticipants,
  getParticipant,
  mergeParticipants,
  updateParticipant,
} from './participants.service';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/participants',
    {
      config: { permission: 'participant.read' },
      schema: {
        tags: ['participants'],
        summary: 'Caseload and search: participants of your organisations, filtered and paged',
        querystring: ParticipantQuery,
        response: { 200: ParticipantPage },
      },
    },
    async (request) => findParticipants(request.ctx(), request.query),
  );

  app.get(
    '/participants/duplicates',
    {
      config: { permission: 'participant.merge' },
      schema: {
        tags: ['participants'],
        summary: 'Likely duplicate registrations (same name and birth date) to review and merge',
        response: { 200: z.array(DuplicatePair) },
      },
    },
    async (request) => findDuplicates(request.ctx()),
  );

  app.post(
    '/participants',
    {
      config: { permission: 'participant.create' },
      schema: {
        tags: ['participants'],
        summary: 'Register a participant (409 on a known national number or an unconfirmed namesake)',
        body: CreateParticipantBody,
        response: { 201: ParticipantDetail },
      },
    },
    async (request, reply) => reply.status(201).send(await createParticipant(request.ctx(), request.body)),
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

  app.patch(
    '/participants/:id',
    {
      config: { permission: 'participant.update' },
      schema: {
        tags: ['participants'],
        summary: 'Update a participant (409 with the current record on a stale version)',
        params: ParticipantParams,
        body: UpdateParticipantBody,
        response: { 200: ParticipantDetail },
      },
    },
    async (request) => updateParticipant(request.ctx(), request.params.id, request.body),
  );

  app.post(
    '/participants/:id/coach',
    {
      config: { permission: 'participant.update' },
      schema: {
        tags: ['participants'],
        summary: 'Assign another coach and/or organisation; the previous coach keeps read access for 30 days',
        params: ParticipantParams,
        body: ChangeCoachBody,
        response: { 200: ParticipantDetail },
      },
    },
    async (request) => changeCoach(request.ctx(), request.params.id, request.body),
  );

  app.get(
    '/participants/:id/coach-history',
    {
      config: { permission: 'participant.read' },
      schema: {
        tags: ['participants'],
        summary: 'Every coach and organisation the participant has had',
        params: ParticipantParams,
        response: { 200: z.array(CoachAssignment) },
      },
    },
    async (request) => findCoachHistory(request.ctx(), request.params.id),
  );

  app.post(
    '/participants/:id/merge',
    {
      config: { permission: 'participant.merge' },
      schema: {
        tags: ['participants'],
        summary: 'Merge a duplicate record into this one, keeping all history',
        params: ParticipantParams,
        body: MergeParticipantBody,
        response: { 200: ParticipantDetail },
      },
    },
    async (request) => mergeParticipants(request.ctx(), request.params.id, request.body),
  );
};

export default routes;
