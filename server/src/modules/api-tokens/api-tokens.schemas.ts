import { z } from 'zod';

export const ApiTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().describe('First characters, to recognise the token; the rest is never shown again'),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });

export const CreateApiTokenBody = z.object({
  name: z.string().trim().min(1).max(100),
  expiresInDays: z.number().int().min(1).max(366).nullable().default(90),
});
export type CreateApiTokenBody = z.infer<typeof CreateApiTokenBody>;

export const CreatedApiToken = ApiTokenSchema.extend({
  token: z.string().describe('The secret: shown once, send as Authorization: Bearer <token>'),
});

export const ApiTokenParams = z.object({ id: z.uuid() });
