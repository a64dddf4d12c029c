import { z } from 'zod';
import {
  CEFR_LEVELS,
  CONSENT_PURPOSES,
  EDUCATION_LEVELS,
  MEASURES,
  PARTICIPANT_STATUSES,
  SHIFTS,
  WEEKDAYS,
} from '../../db/schema';
import {
  IsoDate,
  NationalNumber,
  NisCode,
  NonEmpty,
  OptionalText,
  PageQuery,
  Postcode,
  paged,
  Uuid,
  Version,
} from '../../lib/validation';

export const ParticipantStatusSchema = z.enum(PARTICIPANT_STATUSES).meta({ id: 'ParticipantStatus' });
export const MeasureSchema = z.enum(MEASURES).meta({ id: 'Measure' });
export const CefrLevelSchema = z.enum(CEFR_LEVELS).meta({ id: 'CefrLevel' });
export const EducationLevelSchema = z.enum(EDUCATION_LEVELS).meta({ id: 'EducationLevel' });
/** ISO 639-1 language code (nl, fr, ar, …). */
export const LanguageCode = z.string().regex(/^[a-z]{2}$/);
/** ISCO-08 code at any level (1–4 digits); checked against the reference table by the service. */
export const IscoCode = z.string().regex(/^[0-9]{1,4}$/);
const YearMonth = z.string().regex(/^[0-9]{4}-(0[1-9]|1[0-2])$/);

const ParticipantRef = z.object({ id: z.string(), name: z.string() });
const MunicipalityRef = z.object({ nisCode: z.string(), name: z.string() });

export const Mobility = z.object({
  hasDrivingLicence: z.boolean().nullable(),
  hasCar: z.boolean().nullable(),
  hasBike: z.boolean().nullable(),
  publicTransportOnly: z.boolean(),
  maxCommuteMinutes: z.number().int().min(0).max(300).nullable(),
  maxCommuteKm: z.number().int().min(0).max(300).nullable(),
});

export const Availability = z.object({
  hoursPerWeek: z.number().int().min(1).max(50).nullable(),
  days: z.array(z.enum(WEEKDAYS)).max(7),
  shifts: z.array(z.enum(SHIFTS)).max(5),
});

export const WorkHistoryEntrySchema = z
  .object({
    jobTitle: NonEmpty(150),
    employerName: OptionalText(150).transform((v) => v ?? null),
    iscoCode: IscoCode.nullable()
      .optional()
      .transform((v) => v ?? null),
    from: YearMonth,
    to: YearMonth.nullable()
      .optional()
      .transform((v) => v ?? null),
    description: OptionalText(500).transform((v) => v ?? null),
  })
  .refine((e) => e.to === null || e.to >= e.from, {
    path: ['to'],
    params: { code: 'date_order', other: 'from' },
  });

export const CompletenessSchema = z
  .object({
    percent: z.number().int().describe('Share of what matching needs that is filled in'),
    missing: z
      .array(z.string())
      .describe('Keys of what is still missing (UI: participantRecord.completenessItems.<key>)'),
  })
  .meta({ id: 'ProfileCompleteness' });

export const ParticipantListItem = z
  .object({
    id: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    birthDate: z.string(),
    nationalNumberMasked: z.string(),
    municipality: MunicipalityRef.nullable(),
    organisation: ParticipantRef.nullable(),
    coach: ParticipantRef.nullable(),
    status: z.string(),
    currentMeasure: z.string().nullable(),
    waitingSince: z.string().nullable(),
    waitingDays: z.number().int().nullable(),
    lastActivityAt: z.string(),
    isInNetworkPool: z.boolean(),
    completeness: CompletenessSchema,
  })
  .meta({ id: 'ParticipantListItem' });

export const ParticipantDetail = ParticipantListItem.extend({
  nationalNumber: z.string().describe('In full only for those who edit the record; masked otherwise'),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  street: z.string().nullable(),
  postcode: z.string().nullable(),
  languages: z.array(z.string()),
  dutchLevel: z.string().nullable(),
  mobility: Mobility,
  availability: Availability,
  occupationInterests: z.array(z.object({ code: z.string(), title: z.string() })),
  educationLevel: z.string().nullable(),
  workHistory: z.array(
    z.object({
      jobTitle: z.string(),
      employerName: z.string().nullable(),
      iscoCode: z.string().nullable(),
      from: z.string(),
      to: z.string().nullable(),
      description: z.string().nullable(),
    }),
  ),
  mergedInto: z.string().nullable(),
  version: z.number().int(),
  access: z.enum(['edit', 'read']),
  abilities: z.object({
    update: z.boolean(),
    changeCoach: z.boolean(),
    manageConsents: z.boolean(),
    merge: z.boolean(),
  }),
}).meta({ id: 'ParticipantDetail' });
export type ParticipantDetailDto = z.infer<typeof ParticipantDetail>;

export const ParticipantQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
  status: ParticipantStatusSchema.optional(),
  measure: MeasureSchema.optional(),
  municipalityNis: NisCode.optional(),
  coachId: z.union([Uuid, z.literal('me'), z.literal('none')]).optional(),
  organisationId: Uuid.optional(),
  waitingMinDays: z.coerce.number().int().min(0).max(10_000).optional(),
  needsAttention: z
    .enum(['no_coach', 'inactive', 'lost'])
    .optional()
    .describe('no_coach: without a coach; inactive: no activity for 90 days; lost: either'),
  consent: z.enum(CONSENT_PURPOSES).optional().describe('Only participants with this active consent'),
  sort: z.enum(['name', 'waiting', 'activity']).default('name'),
});
export type ParticipantQuery = z.infer<typeof ParticipantQuery>;

const EditableFields = {
  firstName: NonEmpty(100),
  lastName: NonEmpty(100),
  birthDate: IsoDate,
  email: z
    .union([z.email(), z.literal('')])
    .transform((v) => (v === '' ? null : v))
    .nullable(),
  phone: OptionalText(50),
  street: OptionalText(200),
  postcode: z
    .union([Postcode, z.literal('')])
    .transform((v) => (v === '' ? null : v))
    .nullable(),
  municipalityNis: NisCode.nullable(),
  languages: z.array(LanguageCode).max(20),
  dutchLevel: CefrLevelSchema.nullable(),
  mobility: Mobility.partial(),
  availability: Availability.partial(),
  occupationInterests: z.array(IscoCode).max(10),
  educationLevel: EducationLevelSchema.nullable(),
  workHistory: z.array(WorkHistoryEntrySchema).max(30),
  currentMeasure: MeasureSchema.nullable(),
  status: ParticipantStatusSchema.exclude(['merged']),
  waitingSince: IsoDate.nullable(),
};

export const CreateParticipantBody = z.object({
  nationalNumber: NationalNumber,
  ...EditableFields,
  email: EditableFields.email.optional(),
  postcode: EditableFields.postcode.optional(),
  municipalityNis: EditableFields.municipalityNis.optional(),
  languages: EditableFields.languages.default([]),
  dutchLevel: EditableFields.dutchLevel.optional(),
  mobility: EditableFields.mobility.default({}),
  availability: EditableFields.availability.default({}),
  occupationInterests: EditableFields.occupationInterests.default([]),
  educationLevel: EditableFields.educationLevel.optional(),
  workHistory: EditableFields.workHistory.default([]),
  currentMeasure: EditableFields.currentMeasure.optional(),
  status: EditableFields.status.default('referred'),
  waitingSince: EditableFields.waitingSince.optional(),
  organisationId: Uuid.optional().describe('The organisation that holds the record; default: your own'),
  coachUserId: Uuid.nullable().optional(),
  confirmNotDuplicate: z
    .boolean()
    .default(false)
    .describe('Set after checking that a namesake with the same birth date is another person'),
});
export type CreateParticipantBody = z.infer<typeof CreateParticipantBody>;

export const UpdateParticipantBody = z.object({
  version: Version,
  data: z.object({ nationalNumber: NationalNumber, ...EditableFields }).partial(),
});
export type UpdateParticipantBody = z.infer<typeof UpdateParticipantBody>;

export const ChangeCoachBody = z.object({
  version: Version,
  coachUserId: Uuid.nullable(),
  organisationId: Uuid.optional().describe('Move the participant to another organisation as well'),
  reason: OptionalText(500),
});
export type ChangeCoachBody = z.infer<typeof ChangeCoachBody>;

export const MergeParticipantBody = z.object({
  version: Version,
  duplicateId: Uuid,
  duplicateVersion: Version,
});
export type MergeParticipantBody = z.infer<typeof MergeParticipantBody>;

export const CoachAssignment = z
  .object({
    id: z.string(),
    organisation: ParticipantRef.nullable(),
    coach: ParticipantRef.nullable(),
    startedAt: z.string(),
    endedAt: z.string().nullable(),
    readAccessUntil: z.string().nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'CoachAssignment' });

export const DuplicateCandidate = z
  .object({
    id: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    birthDate: z.string(),
    nationalNumberMasked: z.string(),
    organisation: ParticipantRef.nullable(),
    reason: z.enum(['same_national_number', 'same_name_and_birth_date']),
  })
  .meta({ id: 'DuplicateCandidate' });

export const DuplicatePair = z
  .object({ a: DuplicateCandidate, b: DuplicateCandidate })
  .meta({ id: 'DuplicatePair' });

export const ParticipantParams = z.object({ id: z.uuid() });
export const ParticipantPage = paged(ParticipantListItem).extend({
  isTotalCapped: z
    .boolean()
    .describe('More matches than the total says (counting stops at 10,000): narrow the filters'),
});
