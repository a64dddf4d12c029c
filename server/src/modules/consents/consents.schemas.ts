import { z } from 'zod';
import { CONSENT_BASES, CONSENT_PURPOSES } from '../../db/schema';
import { IsoDate, OptionalText, Uuid, Version } from '../../lib/validation';

export const ConsentPurposeSchema = z.enum(CONSENT_PURPOSES).meta({ id: 'ConsentPurpose' });
export const ConsentBasisSchema = z.enum(CONSENT_BASES).meta({ id: 'ConsentBasis' });

export const ConsentSchema = z
  .object({
    id: z.string(),
    purpose: ConsentPurposeSchema,
    organisation: z.object({ id: z.string(), name: z.string() }).nullable(),
    basis: ConsentBasisSchema,
    givenOn: z.string(),
    note: z.string().nullable(),
    recordedBy: z.object({ id: z.string(), name: z.string() }),
    recordedByOrganisation: z.object({ id: z.string(), name: z.string() }).nullable(),
    recordedAt: z.string(),
    isActive: z.boolean(),
    withdrawnAt: z.string().nullable(),
    withdrawnBy: z.object({ id: z.string(), name: z.string() }).nullable(),
    withdrawalNote: z.string().nullable(),
    version: z.number().int(),
    abilities: z.object({ withdraw: z.boolean() }),
  })
  .meta({ id: 'Consent' });
export type ConsentDto = z.infer<typeof ConsentSchema>;

export const RecordConsentBody = z.object({
  purpose: ConsentPurposeSchema,
  organisationId: Uuid.optional().describe(
    'The organisation the profile is shared with (share_profile only)',
  ),
  basis: ConsentBasisSchema,
  givenOn: IsoDate,
  note: OptionalText(500),
});
export type RecordConsentBody = z.infer<typeof RecordConsentBody>;

export const WithdrawConsentBody = z.object({
  version: Version,
  note: OptionalText(500),
});
export type WithdrawConsentBody = z.infer<typeof WithdrawConsentBody>;

export const ConsentParams = z.object({ id: z.uuid(), consentId: z.uuid() });
export const ParticipantParams = z.object({ id: z.uuid() });
