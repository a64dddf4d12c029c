import { z } from 'zod';

export const CalendarFeedStatus = z
  .object({
    isActive: z.boolean(),
    prefix: z.string().nullable().describe('The first characters of the secret, to recognise it'),
    createdAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
  })
  .meta({ id: 'CalendarFeedStatus' });

export const CalendarFeedCreated = z
  .object({
    url: z.string().describe('Shown once: the secret feed address to subscribe to in a calendar app'),
    prefix: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'CalendarFeedCreated' });

export const FeedParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}\.ics$/) });
