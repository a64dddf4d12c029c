import { z } from 'zod';
import { SESSION_LOCATIONS, SESSION_ROLES, SESSION_TOPICS } from '../../db/schema';
import { IsoDate, NonEmpty, OptionalText, Uuid, Version } from '../../lib/validation';

export const SessionLocationSchema = z.enum(SESSION_LOCATIONS).meta({ id: 'SessionLocation' });
export const SessionTopicSchema = z.enum(SESSION_TOPICS).meta({ id: 'SessionTopic' });
const Ref = z.object({ id: z.string(), name: z.string() });

export const CoachingSessionSchema = z
  .object({
    id: z.string(),
    sessionOn: z.string(),
    durationMinutes: z.number().int(),
    byRole: z.enum(SESSION_ROLES),
    author: Ref,
    location: SessionLocationSchema,
    topics: z.array(SessionTopicSchema),
    notes: z.string().nullable(),
    confidentialNotes: z
      .string()
      .nullable()
      .describe("Only for the coach's organisation; null for everyone else"),
    hasConfidentialNotes: z.boolean().describe('Whether a confidential part exists (you may not see it)'),
    createdAt: z.string(),
  })
  .meta({ id: 'CoachingSession' });
export type CoachingSessionDto = z.infer<typeof CoachingSessionSchema>;

export const CoachingSessionList = z.object({ items: z.array(CoachingSessionSchema) });

export const CreateSessionBody = z.object({
  sessionOn: IsoDate,
  durationMinutes: z.number().int().min(5).max(600),
  location: SessionLocationSchema,
  topics: z.array(SessionTopicSchema).max(SESSION_TOPICS.length).default([]),
  notes: OptionalText(8000),
  confidentialNotes: OptionalText(8000).describe("Visible only to the coach's organisation; not for mentors"),
});
export type CreateSessionBody = z.infer<typeof CreateSessionBody>;

const HalfHours = z
  .number()
  .min(0.5)
  .max(2000)
  .refine((v) => Number.isInteger(v * 2), { params: { code: 'half_hours' } });

export const BudgetSchema = z
  .object({
    periods: z.array(
      z.object({
        id: z.string(),
        startsOn: z.string(),
        endsOn: z.string(),
        initialHours: z.number(),
        plannedHours: z.number().describe('Initial hours plus moves in, minus moves out'),
        usedHours: z.number().describe("Logged coach sessions' durations in the period"),
        remainingHours: z.number(),
        isCurrent: z.boolean(),
      }),
    ),
    moves: z.array(
      z.object({
        id: z.string(),
        fromPeriodId: z.string(),
        toPeriodId: z.string(),
        hours: z.number(),
        reason: z.string(),
        by: z.string(),
        at: z.string(),
      }),
    ),
    totals: z.object({ plannedHours: z.number(), usedHours: z.number() }),
    version: z.number().int().describe('The trajectory’s version: send it with a change'),
  })
  .meta({ id: 'SupportBudget' });
export type BudgetDto = z.infer<typeof BudgetSchema>;

export const CreateBudgetPeriodBody = z.object({
  version: Version,
  startsOn: IsoDate,
  endsOn: IsoDate,
  hours: z.number().min(0).max(2000),
});
export type CreateBudgetPeriodBody = z.infer<typeof CreateBudgetPeriodBody>;

export const MoveBudgetBody = z.object({
  version: Version,
  fromPeriodId: Uuid,
  toPeriodId: Uuid,
  hours: HalfHours,
  reason: NonEmpty(1000),
});
export type MoveBudgetBody = z.infer<typeof MoveBudgetBody>;

export const TrajectoryParams = z.object({ id: z.uuid() });
