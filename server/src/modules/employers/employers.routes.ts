import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AssignOwnerBody,
  ContactLoginList,
  ContactPersonList,
  ContactPersonParams,
  ContactPersonSchema,
  CreateContactPersonBody,
  CreateEmployerBody,
  CreateSiteBody,
  EmployerDetail,
  EmployerPage,
  EmployerParams,
  EmployerQuery,
  EmployerSiteSchema,
  SiteList,
  SiteParams,
  UpdateContactPersonBody,
  UpdateEmployerBody,
  UpdateSiteBody,
  VersionQuery,
} from './employers.schemas';
import {
  assignOwner,
  createContactPerson,
  createEmployer,
  createSite,
  deleteContactPerson,
  deleteSite,
  findContactLogins,
  findContactPersons,
  findEmployers,
  findSites,
  getEmployer,
  updateContactPerson,
  updateEmployer,
  updateSite,
} from './employers.service';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/employers',
    {
      config: { permission: 'employer.read' },
      schema: {
        tags: ['employers'],
        summary:
          'The shared employer register: filter by owner organisation, NACE prefix, municipality, "mine" (employer contacts: their own employer)',
        querystring: EmployerQuery,
        response: { 200: EmployerPage },
      },
    },
    async (request) => findEmployers(request.ctx(), request.query),
  );

  app.post(
    '/employers',
    {
      config: { permission: 'employer.write' },
      schema: {
        tags: ['employers'],
        summary:
          'Register an employer (KBO number checked, unique: 409 naming it); your organisation becomes the account owner',
        body: CreateEmployerBody,
        response: { 201: EmployerDetail },
      },
    },
    async (request, reply) => reply.status(201).send(await createEmployer(request.ctx(), request.body)),
  );

  app.get(
    '/employers/:id',
    {
      config: { permission: 'employer.read' },
      schema: {
        tags: ['employers'],
        summary:
          'One employer with its owner, sites, contact persons, joint actions, your relation to it and your abilities',
        params: EmployerParams,
        response: { 200: EmployerDetail },
      },
    },
    async (request) => getEmployer(request.ctx(), request.params.id),
  );

  app.patch(
    '/employers/:id',
    {
      config: { permission: 'employer.write' },
      schema: {
        tags: ['employers'],
        summary: "Edit the employer's record (owner organisation; 409 on a stale version)",
        params: EmployerParams,
        body: UpdateEmployerBody,
        response: { 200: EmployerDetail },
      },
    },
    async (request) => updateEmployer(request.ctx(), request.params.id, request.body),
  );

  app.put(
    '/employers/:id/owner',
    {
      config: { permission: 'employer.write' },
      schema: {
        tags: ['employers'],
        summary:
          'Assign the account owner: an organisation and its account manager (network admin, the owner organisation, or anyone for an employer without owner)',
        params: EmployerParams,
        body: AssignOwnerBody,
        response: { 200: EmployerDetail },
      },
    },
    async (request) => assignOwner(request.ctx(), request.params.id, request.body),
  );

  app.get(
    '/employers/:id/sites',
    {
      config: { permission: 'employer.read' },
      schema: {
        tags: ['employers'],
        summary: "The employer's sites",
        params: EmployerParams,
        response: { 200: SiteList },
      },
    },
    async (request) => findSites(request.ctx(), request.params.id),
  );

  app.post(
    '/employers/:id/sites',
    {
      config: { permission: 'employer.write' },
      schema: {
        tags: ['employers'],
        summary: 'Add a site (owner or joint organisations)',
        params: EmployerParams,
        body: CreateSiteBody,
        response: { 201: EmployerSiteSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createSite(request.ctx(), request.params.id, request.body)),
  );

  app.patch(
    '/employers/:id/sites/:siteId',
    {
      config: { permission: 'employer.write' },
      schema: {
        tags: ['employers'],
        summary: 'Edit a site (409 on a stale version)',
        params: SiteParams,
        body: UpdateSiteBody,
        response: { 200: EmployerSiteSchema },
      },
    },
    async (request) => updateSite(request.ctx(), request.params.id, request.params.siteId, request.body),
  );

  app.delete(
    '/employers/:id/sites/:siteId',
    {
      config: { permission: 'employer.write' },
      schema: {
        tags: ['employers'],
        summary:
          'Delete a site without jobs (409 while it has jobs or on a stale version); returns the sites left',
        params: SiteParams,
        querystring: VersionQuery,
        response: { 200: SiteList },
      },
    },
    async (request) =>
      deleteSite(request.ctx(), request.params.id, request.params.siteId, request.query.version),
  );

  app.get(
    '/employers/:id/contact-persons',
    {
      config: { permission: 'employer.read' },
      schema: {
        tags: ['employers'],
        summary: "The employer's contact persons",
        params: EmployerParams,
        response: { 200: ContactPersonList },
      },
    },
    async (request) => findContactPersons(request.ctx(), request.params.id),
  );

  app.get(
    '/employers/:id/contact-logins',
    {
      config: { permission: 'employer.write' },
      schema: {
        tags: ['employers'],
        summary:
          "The employer's employer_contact logins, to link one to a contact person (owner or joint organisations)",
        params: EmployerParams,
        response: { 200: ContactLoginList },
      },
    },
    async (request) => findContactLogins(request.ctx(), request.params.id),
  );

  app.post(
    '/employers/:id/contact-persons',
    {
      config: { permission: 'employer.write' },
      schema: {
        tags: ['employers'],
        summary: 'Add a contact person (owner or joint organisations); link their employer_contact login',
        params: EmployerParams,
        body: CreateContactPersonBody,
        response: { 201: ContactPersonSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createContactPerson(request.ctx(), request.params.id, request.body)),
  );

  app.patch(
    '/employers/:id/contact-persons/:personId',
    {
      config: { permission: 'employer.write' },
      schema: {
        tags: ['employers'],
        summary: 'Edit a contact person (409 on a stale version)',
        params: ContactPersonParams,
        body: UpdateContactPersonBody,
        response: { 200: ContactPersonSchema },
      },
    },
    async (request) =>
      updateContactPerson(request.ctx(), request.params.id, request.params.personId, request.body),
  );

  app.delete(
    '/employers/:id/contact-persons/:personId',
    {
      config: { permission: 'employer.write' },
      schema: {
        tags: ['employers'],
        summary: 'Remove a contact person (409 on a stale version); returns the contact persons left',
        params: ContactPersonParams,
        querystring: VersionQuery,
        response: { 200: ContactPersonList },
      },
    },
    async (request) =>
      deleteContactPerson(request.ctx(), request.params.id, request.params.personId, request.query.version),
  );
};

export default routes;
