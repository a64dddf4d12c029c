import { z } from 'zod';
import { SERVICE_REQUEST_STATUSES } from '../../db/schema';
import { IsoDate, NonEmpty, OptionalText, PageQuery, paged, Uuid, Version } from '../../lib/validation';

export const ServiceRequestStatusSchema = z
  .enum(SERVICE_REQUEST_STATUSES)
  .meta({ id: 'ServiceRequestStatus' });
const Ref = z.object({ id: z.string(), name: z.string() });
export const ServiceKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/)
  .max(60)
  .describe('Key of a service in the catalogue (job_carving, internship, …)');

export const NetworkServiceSchema = z
  .object({
    key: z.string(),
    name: z.string().describe('In the language of the request'),
    description: z.string(),
    nameNl: z.string(),
    nameEn: z.string(),
    descriptionNl: z.string(),
    descriptionEn: z.string(),
    isActive: z.boolean(),
    providers: z.array(Ref).describe('The organisations that offer the service in the network'),
    version: z.number().int(),
    abilities: z.object({ update: z.boolean() }),
  })
  .meta({ id: 'NetworkService' });
export type NetworkServiceDto = z.infer<typeof NetworkServiceSchema>;

export const NetworkServiceList = z.object({ items: z.array(NetworkServiceSchema) });
export const NetworkServiceQuery = z.object({
  includeInactive: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(false),
  providerOrganisationId: Uuid.optional().describe('Only services this organisation offers'),
});
export type NetworkServiceQuery = z.infer<typeof NetworkServiceQuery>;

export const UpdateNetworkServiceBody = z.object({
  version: Version,
  data: z
    .object({
      nameNl: NonEmpty(150),
      nameEn: NonEmpty(150),
      descriptionNl: z.string().trim().max(2000),
      descriptionEn: z.string().trim().max(2000),
      isActive: z.boolean(),
    })
    .partial(),
});
export type UpdateNetworkServiceBody = z.infer<typeof UpdateNetworkServiceBody>;

export const SetProvidersBody = z.object({
  version: Version,
  organisationIds: z.array(Uuid).max(200).describe('Replaces the providers of the service'),
});
export type SetProvidersBody = z.infer<typeof SetProvidersBody>;

export const ServiceRequestSchema = z
  .object({
    id: z.string(),
    employer: Ref,
    service: z.object({ key: z.string(), name: z.string() }),
    handlingOrganisation: Ref,
    requestedBy: Ref.nullable(),
    requestedByOrganisation: Ref.nullable(),
    status: ServiceRequestStatusSchema,
    requestedOn: z.string(),
    startedOn: z.string().nullable(),
    doneOn: z.string().nullable(),
    cancelledOn: z.string().nullable(),
    note: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    abilities: z.object({
      nextStatuses: z.array(ServiceRequestStatusSchema).describe('The statuses you may move it to'),
    }),
  })
  .meta({ id: 'ServiceRequest' });
export type ServiceRequestDto = z.infer<typeof ServiceRequestSchema>;

export const ServiceRequestQuery = PageQuery.extend({
  box: z
    .enum(['handling', 'requested', 'all'])
    .default('all')
    .describe('handling: requests your organisations carry out; requested: requests your organisations made'),
  status: z
    .union([ServiceRequestStatusSchema, z.literal('open')])
    .optional()
    .describe('open = requested or in progress'),
  serviceKey: ServiceKey.optional(),
  employerId: Uuid.optional(),
});
export type ServiceRequestQuery = z.infer<typeof ServiceRequestQuery>;

export const CreateServiceRequestBody = z.object({
  serviceKey: ServiceKey,
  handlingOrganisationId: Uuid.describe('One of the organisations that offer the service'),
  requestedOn: IsoDate.optional().describe('Default: today'),
  note: OptionalText(2000),
});
export type CreateServiceRequestBody = z.infer<typeof CreateServiceRequestBody>;

export const ChangeServiceRequestStatusBody = z.object({
  version: Version,
  status: z.enum(['in_progress', 'done', 'cancelled']),
  date: IsoDate.optional().describe('When it started, was done or was cancelled (default: today)'),
  note: OptionalText(2000).describe('Replaces the note when given'),
});
export type ChangeServiceRequestStatusBody = z.infer<typeof ChangeServiceRequestStatusBody>;

export const NetworkServiceParams = z.object({ key: ServiceKey });
export const ServiceRequestParams = z.object({ id: z.uuid() });
export const EmployerServiceParams = z.object({ id: z.uuid() });
export const ServiceRequestPage = paged(ServiceRequestSchema);
export const ServiceRequestList = z.object({ items: z.array(ServiceRequestSchema) });
