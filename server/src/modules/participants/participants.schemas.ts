import { z } from 'zod';
import { PageQuery, paged, Uuid } from '../../lib/validation';

export const ParticipantListItem = z
  .object({
    id: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    birthDate: z.string(),
    nationalNumberMasked: z.string(),
    municipality: z.object({ nisCode: z.string(), name: z.string() }).nullable(),
    organisation: z.object({ id: z.string(), name: z.string() }).nullable(),
    coach: z.object({ id: z.string(), name: z.string() }).nullable(),
    status: z.string(),
    waitingSince: z.string().nullable(),
  })
  .meta({ id: 'ParticipantListItem' });

export const ParticipantDetail = ParticipantListItem.extend({
  nationalNumber: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  street: z.string().nullable(),
  postcode: z.string().nullable(),
  version: z.number().int(),
}).meta({ id: 'ParticipantDetail' });

export const ParticipantQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
  status: z.string().max(40).optional(),
  coachId: z.union([Uuid, z.literal('me'), z.literal('none')]).optional(),
  organisationId: Uuid.optional(),
});
export type ParticipantQuery = z.infer<typeof ParticipantQuery>;

export const ParticipantParams = z.object({ id: z.uuid() });
export const ParticipantPage = paged(ParticipantListItem);
