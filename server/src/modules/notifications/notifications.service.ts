import type { RequestContext } from '../../lib/context';
import { NotFoundError } from '../../lib/errors';
import { notificationsRepository } from './notifications.repository';
import type { NotificationQuery } from './notifications.schemas';

/** The signed-in user's notifications, newest first, with the number still unread. */
export async function findMyNotifications(ctx: RequestContext, query: NotificationQuery) {
  const [rows, unread] = await Promise.all([
    notificationsRepository.findForUser(ctx.db, ctx.actor.userId, query),
    notificationsRepository.countUnread(ctx.db, ctx.actor.userId),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      entityType: r.entity_type,
      entityId: r.entity_id,
      params: r.params,
      createdAt: r.created_at.toISOString(),
      isRead: r.read_at !== null,
    })),
    unread,
  };
}

/** Marks one of the user's notifications read (another user's is "not found"). */
export async function markNotificationRead(ctx: RequestContext, id: string) {
  if (!(await notificationsRepository.exists(ctx.db, ctx.actor.userId, id))) {
    throw new NotFoundError();
  }
  await notificationsRepository.markRead(ctx.db, ctx.actor.userId, id);
  return { unread: await notificationsRepository.countUnread(ctx.db, ctx.actor.userId) };
}

/** Marks all of the user's notifications read. */
export async function markAllNotificationsRead(ctx: RequestContext) {
  await notificationsRepository.markRead(ctx.db, ctx.actor.userId);
  return { unread: 0 };
}
