import { z } from 'zod';
import { ADAPTATION_FUNDERS, COST_BANDS } from '../../db/schema';
import { NonEmpty, Version } from '../../lib/validation';
import { DIMENSION_GROUPS } from '../profiles/dimensions';

export const CostBandSchema = z
  .enum(COST_BANDS)
  .meta({ id: 'CostBand' })
  .describe('Typical cost: none, low (< €500), medium (€500–5,000), high (> €5,000)');
export const FunderSchema = z
  .enum(ADAPTATION_FUNDERS)
  .meta({ id: 'AdaptationFunder' })
  .describe(
    'employer; VDAB workplace adaptation, work tools or interpreter hours; vop (Flemish support premium); sector_fund; health_insurer (re-integration); esf; support_organisation',
  );

export const WorkplaceAdaptationSchema = z
  .object({
    id: z.string(),
    key: z.string(),
    name: z.string().describe('In the language of the request'),
    description: z.string(),
    nameNl: z.string(),
    nameEn: z.string(),
    descriptionNl: z.string(),
    descriptionEn: z.string(),
    costBand: CostBandSchema,
    funders: z.array(FunderSchema),
    dimensions: z
      .array(z.object({ key: z.string(), group: z.enum(DIMENSION_GROUPS), label: z.string() }))
      .describe('The dimensions whose gap it can close'),
    isActive: z.boolean(),
    closes: z
      .array(z.string())
      .describe('With `dimensions` in the query: which of those gaps it can close (else empty)'),
    version: z.number().int(),
    abilities: z.object({ update: z.boolean() }),
  })
  .meta({ id: 'WorkplaceAdaptation' });
export type WorkplaceAdaptationDto = z.infer<typeof WorkplaceAdaptationSchema>;

export const AdaptationQuery = z.object({
  dimensions: z
    .string()
    .max(1000)
    .optional()
    .describe(
      'Comma-separated dimension keys (the gaps): only adaptations closing at least one, those closing most first',
    ),
  costBand: CostBandSchema.optional(),
  q: z.string().trim().max(100).optional(),
  includeInactive: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(false),
});
export type AdaptationQuery = z.infer<typeof AdaptationQuery>;

const Fields = {
  nameNl: NonEmpty(150),
  nameEn: NonEmpty(150),
  descriptionNl: z.string().trim().max(2000),
  descriptionEn: z.string().trim().max(2000),
  costBand: CostBandSchema,
  funders: z.array(FunderSchema).max(ADAPTATION_FUNDERS.length),
  dimensions: z
    .array(z.string())
    .min(1)
    .max(43)
    .describe('Matching dimension keys (GET /reference/dimensions)'),
};

export const CreateAdaptationBody = z.object({
  key: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/)
    .max(60)
    .describe('A stable key: lower case, digits and underscores'),
  ...Fields,
  descriptionNl: Fields.descriptionNl.default(''),
  descriptionEn: Fields.descriptionEn.default(''),
  funders: Fields.funders.default([]),
});
export type CreateAdaptationBody = z.infer<typeof CreateAdaptationBody>;

export const UpdateAdaptationBody = z.object({
  version: Version,
  data: z.object({ ...Fields, isActive: z.boolean().describe('false deactivates it') }).partial(),
});
export type UpdateAdaptationBody = z.infer<typeof UpdateAdaptationBody>;

export const AdaptationParams = z.object({ id: z.uuid() });
export const AdaptationList = z.object({ items: z.array(WorkplaceAdaptationSchema) });
