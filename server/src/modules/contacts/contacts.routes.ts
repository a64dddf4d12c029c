import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ContactCheckQuery,
  ContactCheckResponse,
  ContactPage,
  ContactQuery,
  EmployerContactParams,
  LogContactBody,
  LoggedContactResponse,
  UncoordinatedQuery,
  UncoordinatedResponse,
} from './contacts.schemas';
import { checkContact, findContacts, findUncoordinatedCases, logContact } from './contacts.service';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/employers/uncoordinated-approaches',
    {
      config: { permission: 'contact.read' },
      schema: {
        tags: ['employer contacts'],
        summary:
          'Employers contacted by more than one organisation in the last 90 days (or `days`), with the organisations and dates',
        querystring: UncoordinatedQuery,
        response: { 200: UncoordinatedResponse },
      },
    },
    async (request) => findUncoordinatedCases(request.ctx(), request.query),
  );

  app.get(
    '/employers/:id/contacts',
    {
      config: { permission: 'contact.read' },
      schema: {
        tags: ['employer contacts'],
        summary: "The employer's contact timeline (every network organisation sees it), newest first",
        params: EmployerContactParams,
        querystring: ContactQuery,
        response: { 200: ContactPage },
      },
    },
    async (request) => findContacts(request.ctx(), request.params.id, request.query),
  );

  app.get(
    '/employers/:id/contact-check',
    {
      config: { permission: 'contact.write' },
      schema: {
        tags: ['employer contacts'],
        summary:
          'Before logging a contact: for which organisation, owner / joint / uncoordinated, and the warning to show',
        params: EmployerContactParams,
        querystring: ContactCheckQuery,
        response: { 200: ContactCheckResponse },
      },
    },
    async (request) => checkContact(request.ctx(), request.params.id, request.query),
  );

  app.post(
    '/employers/:id/contacts',
    {
      config: { permission: 'contact.write' },
      schema: {
        tags: ['employer contacts'],
        summary:
          'Log a contact; by an organisation that is neither owner nor in a joint action it is recorded but flagged, with a warning',
        params: EmployerContactParams,
        body: LogContactBody,
        response: { 201: LoggedContactResponse },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await logContact(request.ctx(), request.params.id, request.body)),
  );
};

export default routes;
