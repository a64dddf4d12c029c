import { z } from 'zod';
import { DIMENSION_GROUPS, DIMENSION_KEYS } from '../profiles/dimensions';

export const DimensionKeySchema = z
  .enum(DIMENSION_KEYS as [string, ...string[]])
  .meta({ id: 'DimensionKey' });

export const CapabilityProfileSchema = z
  .object({
    participantId: z.string(),
    indication: z
      .object({
        id: z.string(),
        validatedAt: z.string().nullable(),
        validUntil: z.string().nullable(),
        isExpired: z.boolean(),
      })
      .nullable()
      .describe('The approved indication the levels were derived from'),
    derivedAt: z.string().nullable(),
    version: z.number().int().describe('0 while the participant has no profile yet'),
    levels: z.array(
      z.object({
        dimension: z.string(),
        group: z.enum(DIMENSION_GROUPS),
        label: z.string(),
        level: z.number().int().nullable().describe('0 not possible … 4 fully capable; null = not assessed'),
        derivedLevel: z.number().int().nullable(),
        source: z.enum(['indication', 'coach']).nullable(),
        basedOn: z
          .array(z.object({ code: z.string(), title: z.string(), qualifier: z.number().int() }))
          .describe('The ICF items that decided the derived level'),
      }),
    ),
    adjustments: z.array(
      z.object({
        id: z.string(),
        dimension: z.string(),
        fromLevel: z.number().int().nullable(),
        toLevel: z.number().int(),
        reason: z.string(),
        adjustedBy: z.object({ id: z.string(), name: z.string() }),
        adjustedAt: z.string(),
      }),
    ),
    ground: z.enum(['author', 'indication_cell', 'validator', 'self', 'consent']),
    abilities: z.object({ adjust: z.boolean() }),
  })
  .meta({ id: 'CapabilityProfile' });
export type CapabilityProfileDto = z.infer<typeof CapabilityProfileSchema>;

export const AdjustCapabilityBody = z.object({
  version: z.number().int().min(0).describe('The profile version you read (0 when there was no profile yet)'),
  dimension: z.string().describe('A matching dimension key'),
  level: z.number().int().min(0).max(4),
  reason: z.string().trim().min(1).max(1000),
});
export type AdjustCapabilityBody = z.infer<typeof AdjustCapabilityBody>;

export const CapabilityParams = z.object({ id: z.uuid() });
