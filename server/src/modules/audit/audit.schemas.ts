import { z } from 'zod';
import { IsoDate, Uuid } from '../../lib/validation';

export const AuditOutcomeSchema = z.enum(['success', 'denied', 'failure']);

export const AuditQuery = z.object({
  actorUserId: Uuid.optional(),
  organisationId: Uuid.optional(),
  action: z.string().max(100).optional().describe('Exact action, or a prefix ending in "." (auth.)'),
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  participantId: Uuid.optional(),
  outcome: AuditOutcomeSchema.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  beforeId: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .describe('Cursor: the nextCursor of the previous page'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditEventSchema = z
  .object({
    id: z.number().int(),
    occurredAt: z.string(),
    actor: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
    organisation: z.object({ id: z.string(), name: z.string() }).nullable(),
    viaApiToken: z.boolean(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    participantId: z.string().nullable(),
    outcome: AuditOutcomeSchema,
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEvent' });

export const AuditPage = z.object({
  items: z.array(AuditEventSchema),
  nextCursor: z.number().int().nullable(),
});
