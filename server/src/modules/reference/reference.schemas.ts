import { z } from 'zod';
import { DIMENSION_GROUPS } from '../profiles/dimensions';

export const MunicipalityQuery = z.object({
  q: z.string().trim().max(100).optional(),
  region: z.enum(['flanders', 'wallonia', 'brussels']).optional(),
  province: z
    .string()
    .regex(/^[0-9]{5}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(600).default(50),
});

export const MunicipalitySchema = z
  .object({
    nisCode: z.string(),
    name: z.string(),
    nameFr: z.string(),
    province: z.string().nullable(),
    region: z.string(),
    lat: z.number(),
    lon: z.number(),
  })
  .meta({ id: 'Municipality' });

export const PostcodeQuery = z.object({
  q: z.string().trim().min(1).max(100),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const PostcodeSchema = z.object({
  postcode: z.string(),
  locality: z.string(),
  nisCode: z.string(),
  municipality: z.string(),
  lat: z.number(),
  lon: z.number(),
});

export const OccupationQuery = z.object({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .describe('ISCO-08 code prefix or words of the Dutch or English title'),
  level: z.coerce.number().int().min(1).max(4).optional().describe('Only this level (4 = unit groups)'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const OccupationSchema = z
  .object({ code: z.string(), level: z.number().int(), title: z.string(), titleEn: z.string() })
  .meta({ id: 'Occupation' });

export const IcfQuery = z.object({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .describe('A code prefix (d45) or words of the Dutch or English title (lopen, walking)'),
  codes: z
    .string()
    .regex(/^[a-z0-9]+(,[a-z0-9]+)*$/)
    .max(1000)
    .optional()
    .describe('Comma-separated exact codes, to look up titles'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const IcfCategorySchema = z
  .object({
    code: z.string(),
    component: z.enum(['b', 'd', 'e']),
    level: z.number().int().nullable(),
    title: z
      .string()
      .describe('Dutch where the repository has a Dutch title (nl-BE), else the WHO English title'),
    titleEn: z.string(),
    hasDutchTitle: z.boolean(),
    definition: z.string().nullable().describe('WHO definition (English)'),
  })
  .meta({ id: 'IcfCategory' });

export const IcfSuggestedSchema = z
  .object({
    code: z.string(),
    group: z.string(),
    title: z.string(),
    titleEn: z.string(),
    rationale: z.string(),
  })
  .meta({ id: 'IcfSuggestedCategory' });

export const DimensionCatalogueSchema = z
  .object({
    dimensions: z.array(
      z.object({
        key: z.string(),
        group: z.enum(DIMENSION_GROUPS),
        label: z.string().describe('In the language of the request'),
        labelEn: z.string(),
        icf: z.array(z.string()).describe('The ICF categories that inform the dimension'),
      }),
    ),
    levels: z.object({
      demand: z.array(z.string()).describe('Anchors of demand levels 0–4'),
      capability: z.array(z.string()).describe('Anchors of capability levels 0–4'),
    }),
  })
  .meta({ id: 'DimensionCatalogue' });
