import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateOrganisationBody,
  OrganisationAccountManagerSchema,
  OrganisationCoachSchema,
  OrganisationPage,
  OrganisationParams,
  OrganisationQuery,
  OrganisationSchema,
  UpdateOrganisationBody,
} from './organisations.schemas';
import {
  createOrganisation,
  findOrganisationAccountManagers,
  findOrganisationCoaches,
  findOrganisations,
  getOrganisation,
  updateOrganisation,
} from './organisations.service';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/organisations',
    {
      config: { permission: 'organisation.read' },
      schema: {
        tags: ['organisations'],
        summary: 'The network directory of organisations',
        querystring: OrganisationQuery,
        response: { 200: OrganisationPage },
      },
    },
    async (request) => findOrganisations(request.ctx(), request.query),
  );

  app.get(
    '/organisations/:id',
    {
      config: { permission: 'organisation.read' },
      schema: {
        tags: ['organisations'],
        summary: 'One organisation',
        params: OrganisationParams,
        response: { 200: OrganisationSchema },
      },
    },
    async (request) => getOrganisation(request.ctx(), request.params.id),
  );

  app.get(
    '/organisations/:id/coaches',
    {
      // Whoever may assign a coach to a participant (referral start, hand-over) picks from this list.
      config: { permission: 'participant.update' },
      schema: {
        tags: ['organisations'],
        summary: 'Active coaches of an organisation, to assign a participant to',
        params: OrganisationParams,
        response: { 200: z.array(OrganisationCoachSchema) },
      },
    },
    async (request) => findOrganisationCoaches(request.ctx(), request.params.id),
  );

  app.get(
    '/organisations/:id/account-managers',
    {
      // Whoever may assign an employer's account owner (or decide a take-over) picks the point of contact here.
      config: { permission: 'employer.write' },
      schema: {
        tags: ['organisations'],
        summary: "Active account managers of an organisation, to make one an employer's point of contact",
        params: OrganisationParams,
        response: { 200: z.array(OrganisationAccountManagerSchema) },
      },
    },
    async (request) => findOrganisationAccountManagers(request.ctx(), request.params.id),
  );

  app.post(
    '/organisations',
    {
      config: { permission: 'organisation.create' },
      schema: {
        tags: ['organisations'],
        summary: 'Register an organisation (network admin)',
        body: CreateOrganisationBody,
        response: { 201: OrganisationSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createOrganisation(request.ctx(), request.body)),
  );

  app.patch(
    '/organisations/:id',
    {
      config: { permission: 'organisation.update' },
      schema: {
        tags: ['organisations'],
        summary: 'Update an organisation (409 with the current record on a stale version)',
        params: OrganisationParams,
        body: UpdateOrganisationBody,
        response: { 200: OrganisationSchema },
      },
    },
    async (request) => updateOrganisation(request.ctx(), request.params.id, request.body),
  );
};

export default routes;
