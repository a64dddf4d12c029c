import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NotificationList, NotificationParams, NotificationQuery } from './notifications.schemas';
import { findMyNotifications, markAllNotificationsRead, markNotificationRead } from './notifications.service';

const UnreadCount = z.object({ unread: z.number().int() });

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/notifications',
    {
      config: { permission: 'self' },
      schema: {
        tags: ['notifications'],
        summary: 'Your notifications (referral reminders, referrals closed without answer)',
        querystring: NotificationQuery,
        response: { 200: NotificationList },
      },
    },
    async (request) => findMyNotifications(request.ctx(), request.query),
  );

  app.post(
    '/notifications/:id/read',
    {
      config: { permission: 'self' },
      schema: {
        tags: ['notifications'],
        summary: 'Mark one notification read',
        params: NotificationParams,
        response: { 200: UnreadCount },
      },
    },
    async (request) => markNotificationRead(request.ctx(), request.params.id),
  );

  app.post(
    '/notifications/read-all',
    {
      config: { permission: 'self' },
      schema: {
        tags: ['notifications'],
        summary: 'Mark all your notifications read',
        response: { 200: UnreadCount },
      },
    },
    async (request) => markAllNotificationsRead(request.ctx()),
  );
};

export default routes;
