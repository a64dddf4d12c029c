import { z } from 'zod';
import { PageQuery, paged } from '../../lib/validation';

export const EmployerSchema = z
  .object({
    id: z.string(),
    enterpriseNumber: z.string(),
    name: z.string(),
    naceCode: z.string().nullable(),
    sizeClass: z.string().nullable(),
    street: z.string().nullable(),
    postcode: z.string().nullable(),
    municipality: z.object({ nisCode: z.string(), name: z.string() }).nullable(),
    website: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Employer' });

export const EmployerQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
  municipalityNis: z
    .string()
    .regex(/^[0-9]{5}$/)
    .optional(),
});
export type EmployerQuery = z.infer<typeof EmployerQuery>;

export const EmployerParams = z.object({ id: z.uuid() });
export const EmployerPage = paged(EmployerSchema);
