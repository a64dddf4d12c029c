import { z } from 'zod';
import { ORGANISATION_KINDS } from '../../db/schema';
import {
  EnterpriseNumber,
  NisCode,
  NonEmpty,
  OptionalText,
  PageQuery,
  Postcode,
  paged,
  Version,
} from '../../lib/validation';

export const OrganisationKindSchema = z.enum(ORGANISATION_KINDS).meta({ id: 'OrganisationKind' });

export const OrganisationSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: OrganisationKindSchema,
    enterpriseNumber: z.string().describe('Formatted as 0123.456.789'),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    street: z.string().nullable(),
    postcode: z.string().nullable(),
    municipality: z.object({ nisCode: z.string(), name: z.string() }).nullable(),
    municipalitiesServed: z.array(z.object({ nisCode: z.string(), name: z.string() })),
    hasIndicationCell: z.boolean(),
    isActive: z.boolean(),
    userCount: z.number().int(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    abilities: z.object({ update: z.boolean(), updateNetworkFields: z.boolean(), manageUsers: z.boolean() }),
  })
  .meta({ id: 'Organisation' });
export type OrganisationDto = z.infer<typeof OrganisationSchema>;

export const OrganisationQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
  kind: OrganisationKindSchema.optional(),
  servesMunicipality: NisCode.optional(),
  isActive: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type OrganisationQuery = z.infer<typeof OrganisationQuery>;

const EditableFields = {
  name: NonEmpty(200),
  email: z
    .union([z.email(), z.literal('')])
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
  phone: OptionalText(50),
  street: OptionalText(200),
  postcode: z
    .union([Postcode, z.literal('')])
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
  municipalityNis: NisCode.nullable().optional(),
  municipalitiesServed: z.array(NisCode).max(600),
};

export const CreateOrganisationBody = z.object({
  ...EditableFields,
  kind: OrganisationKindSchema,
  enterpriseNumber: EnterpriseNumber,
  municipalitiesServed: EditableFields.municipalitiesServed.default([]),
  hasIndicationCell: z.boolean().default(false),
});
export type CreateOrganisationBody = z.infer<typeof CreateOrganisationBody>;

export const UpdateOrganisationBody = z.object({
  version: Version,
  data: z
    .object({
      ...EditableFields,
      kind: OrganisationKindSchema,
      enterpriseNumber: EnterpriseNumber,
      hasIndicationCell: z.boolean(),
      isActive: z.boolean(),
    })
    .partial(),
});
export type UpdateOrganisationBody = z.infer<typeof UpdateOrganisationBody>;

export const OrganisationParams = z.object({ id: z.uuid() });

export const OrganisationCoachSchema = z
  .object({ id: z.string(), name: z.string() })
  .meta({ id: 'OrganisationCoach' });
export type OrganisationCoachDto = z.infer<typeof OrganisationCoachSchema>;
export const OrganisationAccountManagerSchema = z
  .object({ id: z.string(), name: z.string(), email: z.string() })
  .meta({ id: 'OrganisationAccountManager' });
export const OrganisationPage = paged(OrganisationSchema);
