import { z } from 'zod';
import { MEASURES, NO_START_REASONS, REFERRAL_CHANNELS, REFERRAL_STATUSES } from '../../db/schema';
import { IsoDate, OptionalText, PageQuery, paged, Uuid, Version } from '../../lib/validation';
import { CreateParticipantBody } from '../participants/participants.schemas';

export const ReferralChannelSchema = z.enum(REFERRAL_CHANNELS).meta({ id: 'ReferralChannel' });
export const ReferralStatusSchema = z.enum(REFERRAL_STATUSES).meta({ id: 'ReferralStatus' });
export const NoStartReasonSchema = z.enum(NO_START_REASONS).meta({ id: 'NoStartReason' });
const MeasureSchema = z.enum(MEASURES);
const Ref = z.object({ id: z.string(), name: z.string() });

export const ReferralSchema = z
  .object({
    id: z.string(),
    participant: z.object({
      id: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      birthDate: z.string(),
      nationalNumberMasked: z.string(),
    }),
    channel: ReferralChannelSchema,
    referrerOrganisation: Ref.nullable(),
    referrerUser: Ref.nullable(),
    referrerName: z.string().nullable(),
    referrerContact: z.string().nullable(),
    measure: MeasureSchema,
    targetOrganisation: Ref,
    motivation: z.string().nullable(),
    referredOn: z.string(),
    firstContactOn: z.string().nullable(),
    startedOn: z.string().nullable(),
    noStartReason: NoStartReasonSchema.nullable(),
    noStartText: z.string().nullable(),
    status: ReferralStatusSchema,
    daysWaiting: z
      .number()
      .int()
      .describe('Days since the referral without a first contact; 0 once contacted'),
    reminderSentAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    abilities: z.object({
      update: z.boolean(),
      recordContact: z.boolean(),
      start: z.boolean(),
      recordNoStart: z.boolean(),
      withdraw: z.boolean(),
    }),
  })
  .meta({ id: 'Referral' });
export type ReferralDto = z.infer<typeof ReferralSchema>;

export const ReferralQuery = PageQuery.extend({
  box: z
    .enum(['inbox', 'outbox', 'all'])
    .default('all')
    .describe('inbox: referrals to your organisations; outbox: referrals you sent'),
  status: z
    .union([ReferralStatusSchema, z.literal('open')])
    .optional()
    .describe('open = pending or in contact'),
  channel: ReferralChannelSchema.optional(),
  measure: MeasureSchema.optional(),
  participantId: Uuid.optional(),
  organisationId: Uuid.optional(),
  sort: z.enum(['oldest', 'newest']).default('oldest'),
});
export type ReferralQuery = z.infer<typeof ReferralQuery>;

const NewParticipant = CreateParticipantBody.pick({
  nationalNumber: true,
  firstName: true,
  lastName: true,
  birthDate: true,
  email: true,
  phone: true,
  street: true,
  postcode: true,
  municipalityNis: true,
  languages: true,
  dutchLevel: true,
  confirmNotDuplicate: true,
});

export const CreateReferralBody = z.object({
  participantId: Uuid.optional().describe('An existing participant you can see'),
  participant: NewParticipant.optional().describe(
    'A new person; when the national number is already registered, the referral is linked to that record',
  ),
  channel: ReferralChannelSchema,
  referrerOrganisationId: Uuid.optional().describe('Default: your own organisation (not for self-referrals)'),
  referrerName: OptionalText(150),
  referrerContact: OptionalText(200),
  measure: MeasureSchema,
  targetOrganisationId: Uuid,
  motivation: OptionalText(2000),
  referredOn: IsoDate,
});
export type CreateReferralBody = z.infer<typeof CreateReferralBody>;

export const UpdateReferralBody = z.object({
  version: Version,
  data: z
    .object({
      referrerName: OptionalText(150),
      referrerContact: OptionalText(200),
      motivation: OptionalText(2000),
      measure: MeasureSchema,
    })
    .partial(),
});
export type UpdateReferralBody = z.infer<typeof UpdateReferralBody>;

export const RecordContactBody = z.object({ version: Version, firstContactOn: IsoDate });
export type RecordContactBody = z.infer<typeof RecordContactBody>;

export const StartReferralBody = z.object({
  version: Version,
  startedOn: IsoDate,
  firstContactOn: IsoDate.optional().describe('When no first contact was recorded yet'),
  coachUserId: Uuid.nullable().optional().describe('The coach in your organisation'),
});
export type StartReferralBody = z.infer<typeof StartReferralBody>;

export const NoStartBody = z.object({
  version: Version,
  noStartReason: NoStartReasonSchema,
  noStartText: OptionalText(1000),
  firstContactOn: IsoDate.optional(),
});
export type NoStartBody = z.infer<typeof NoStartBody>;

export const WithdrawReferralBody = z.object({ version: Version, note: OptionalText(500) });
export type WithdrawReferralBody = z.infer<typeof WithdrawReferralBody>;

export const ReferralParams = z.object({ id: z.uuid() });
export const ReferralPage = paged(ReferralSchema);

export const StatsQuery = z.object({
  from: IsoDate.optional().describe('Referred on or after (default: one year ago)'),
  to: IsoDate.optional().describe('Referred on or before (default: today)'),
  channel: ReferralChannelSchema.optional(),
  measure: MeasureSchema.optional(),
  targetOrganisationId: Uuid.optional(),
  groupBy: z
    .enum(['referral_channel', 'indication_channel'])
    .default('referral_channel')
    .describe(
      'referral_channel: the channel that referred; indication_channel: the channel that did the indication (VDAB, GTB, OCMW cell), referrals with an indication only',
    ),
});
export type StatsQuery = z.infer<typeof StatsQuery>;

const Figure = z
  .object({
    n: z.number().int().describe('Referrals that went through both steps'),
    medianDays: z.number().nullable(),
    p90Days: z.number().nullable(),
    isSuppressed: z.boolean().describe('Fewer than 5 cases: figures hidden to protect people'),
  })
  .meta({ id: 'LeadTimeFigure' });

export const LEAD_TIME_STEPS = [
  'referralToFirstContact',
  'firstContactToIndication',
  'indicationToAdvice',
  'adviceToValidation',
  'referralToValidation',
  'referralToStart',
] as const;

export const LeadTimeResponse = z
  .object({
    from: z.string(),
    to: z.string(),
    minimumCell: z.number().int(),
    channels: z.array(
      z.object({
        channel: ReferralChannelSchema,
        referrals: z.number().int(),
        started: z.number().int(),
        noStart: z.number().int(),
        noAnswer: z.number().int(),
        open: z.number().int(),
        steps: z.object(
          Object.fromEntries(LEAD_TIME_STEPS.map((s) => [s, Figure])) as Record<
            (typeof LEAD_TIME_STEPS)[number],
            typeof Figure
          >,
        ),
      }),
    ),
  })
  .meta({ id: 'LeadTimes' });

export const NoStartReasonsResponse = z
  .object({
    from: z.string(),
    to: z.string(),
    minimumCell: z.number().int(),
    rows: z.array(
      z.object({
        channel: ReferralChannelSchema,
        reason: z.union([NoStartReasonSchema, z.literal('no_answer')]),
        count: z.number().int().nullable().describe('null when fewer than the minimum cell'),
      }),
    ),
  })
  .meta({ id: 'NoStartReasons' });
