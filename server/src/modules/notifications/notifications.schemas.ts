import { z } from 'zod';

export const NotificationSchema = z
  .object({
    id: z.string(),
    kind: z.string().describe('Translation key in the UI (notifications.kinds.<kind>)'),
    entityType: z.string(),
    entityId: z.string().nullable(),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    createdAt: z.string(),
    isRead: z.boolean(),
  })
  .meta({ id: 'Notification' });

export const NotificationQuery = z.object({
  unread: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type NotificationQuery = z.infer<typeof NotificationQuery>;

export const NotificationList = z.object({ items: z.array(NotificationSchema), unread: z.number().int() });
export const NotificationParams = z.object({ id: z.uuid() });
