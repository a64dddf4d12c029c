import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CalendarFeedCreated, CalendarFeedStatus, FeedParams } from './calendar-feed.schemas';
import { getFeedStatus, renderFeed, revokeFeed, rotateFeed } from './calendar-feed.service';

const tags = ['trajectories'];

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/calendar/feed',
    {
      config: { permission: 'calendar.feed' },
      schema: {
        tags,
        summary: 'Whether you have a calendar feed address',
        response: { 200: CalendarFeedStatus },
      },
    },
    async (request) => getFeedStatus(request.ctx()),
  );

  app.post(
    '/calendar/feed',
    {
      config: { permission: 'calendar.feed' },
      schema: {
        tags,
        summary:
          'Create or replace your secret calendar feed address (shown once; the old one stops working)',
        response: { 201: CalendarFeedCreated },
      },
    },
    async (request, reply) => {
      const created = await rotateFeed(request.ctx());
      const url = `${request.protocol}://${request.host}/api/calendar/feed/${created.token}.ics`;
      return reply.status(201).send({ url, prefix: created.prefix, createdAt: created.createdAt });
    },
  );

  app.delete(
    '/calendar/feed',
    {
      config: { permission: 'calendar.feed' },
      schema: { tags, summary: 'Revoke your calendar feed address', response: { 200: CalendarFeedStatus } },
    },
    async (request) => revokeFeed(request.ctx()),
  );

  // Calendar apps cannot sign in: the secret in the address is the key (revocable, stored hashed).
  app.get(
    '/calendar/feed/:token',
    {
      config: { public: true, rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: "A coach's appointments as iCalendar (aftercare contacts, phase terms, internship dates)",
        params: FeedParams,
        produces: ['text/calendar'],
        response: { 200: z.string() },
      },
    },
    async (request, reply) => {
      const body = await renderFeed(
        app.database.db,
        request.params.token,
        `${request.protocol}://${request.host}`,
      );
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .send(body);
    },
  );
};

export default routes;
