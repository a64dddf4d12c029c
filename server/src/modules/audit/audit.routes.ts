import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { presentAuditEvent } from './audit.presenter';
import { AuditPage, AuditQuery } from './audit.schemas';
import { findAuditEvents } from './audit.service';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'Search the audit log (network admin: all; org admin: actions within your organisations)',
        querystring: AuditQuery,
        response: { 200: AuditPage },
      },
    },
    async (request) => {
      const page = await findAuditEvents(request.ctx(), request.query);
      return { items: page.items.map(presentAuditEvent), nextCursor: page.nextCursor };
    },
  );
};

export default routes;
