import { z } from 'zod';

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
