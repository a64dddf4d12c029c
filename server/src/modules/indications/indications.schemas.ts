import { z } from 'zod';
import { ADVICES, ICF_SOURCES, INDICATION_CHANNELS, INDICATION_STATUSES } from '../../db/schema';
import { OptionalText, PageQuery, paged, Uuid, Version } from '../../lib/validation';

export const IndicationStatusSchema = z.enum(INDICATION_STATUSES).meta({ id: 'IndicationStatus' });
export const IndicationChannelSchema = z.enum(INDICATION_CHANNELS).meta({ id: 'IndicationChannel' });
export const AdviceSchema = z.enum(ADVICES).meta({ id: 'Advice' });
export const IcfSourceSchema = z.enum(ICF_SOURCES).meta({ id: 'IcfSource' });

/** How many ICF categories a submitted indication holds (the network's rule). */
export const MIN_ICF_ITEMS = 20;
export const MAX_ICF_ITEMS = 43;
/** How long an approved advice stays valid unless the validator sets otherwise. */
export const DEFAULT_VALID_MONTHS = 24;

const IcfCode = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(10)
  .describe('ICF category code of body functions (b), activities and participation (d) or environment (e)');

export const IcfItemInput = z.object({
  code: IcfCode,
  qualifier: z
    .number()
    .int()
    .refine((q) => (q >= 0 && q <= 4) || q === 8 || q === 9, { params: { code: 'icf_qualifier_range' } })
    .describe('0 no problem … 4 complete problem; 8 not specified, 9 not applicable'),
  note: OptionalText(1000),
  source: IcfSourceSchema,
});
export type IcfItemInput = z.infer<typeof IcfItemInput>;

const Ref = z.object({ id: z.string(), name: z.string() });

export const IndicationListItem = z
  .object({
    id: z.string(),
    participant: z.object({ id: z.string(), firstName: z.string(), lastName: z.string() }),
    referral: z.object({ id: z.string(), channel: z.string(), referredOn: z.string() }).nullable(),
    organisation: Ref,
    consultant: Ref,
    channel: IndicationChannelSchema,
    status: IndicationStatusSchema,
    itemCount: z.number().int(),
    startedAt: z.string(),
    submittedAt: z.string().nullable(),
    validatedAt: z.string().nullable(),
    validUntil: z.string().nullable(),
    isExpired: z.boolean(),
    daysWaitingForValidation: z
      .number()
      .int()
      .nullable()
      .describe('Days since submission while it waits for a validator'),
  })
  .meta({ id: 'IndicationListItem' });

export const IndicationDetail = IndicationListItem.extend({
  advice: AdviceSchema.nullable(),
  adviceMotivation: z.string().nullable(),
  items: z.array(
    z.object({
      code: z.string(),
      title: z.string(),
      titleEn: z.string(),
      component: z.enum(['b', 'd', 'e']),
      qualifier: z.number().int(),
      note: z.string().nullable(),
      source: IcfSourceSchema,
    }),
  ),
  firstSubmittedAt: z.string().nullable(),
  validator: Ref.nullable(),
  validationRemarks: z.string().nullable(),
  reviews: z.array(
    z.object({
      id: z.string(),
      decision: z.enum(['approved', 'returned']),
      remarks: z.string().nullable(),
      validator: Ref,
      decidedAt: z.string(),
    }),
  ),
  version: z.number().int(),
  ground: z
    .enum(['author', 'indication_cell', 'validator', 'self', 'consent'])
    .describe('Why you may read this health data (recorded in the audit log)'),
  abilities: z.object({ update: z.boolean(), submit: z.boolean(), review: z.boolean() }),
}).meta({ id: 'IndicationDetail' });
export type IndicationDetailDto = z.infer<typeof IndicationDetail>;

export const IndicationQuery = PageQuery.extend({
  box: z
    .enum(['mine', 'organisation', 'review', 'all'])
    .default('all')
    .describe(
      'mine: you wrote them; organisation: your indication cell; review: submitted, awaiting a validator; all: what you may see',
    ),
  status: IndicationStatusSchema.optional(),
  participantId: Uuid.optional(),
  channel: IndicationChannelSchema.optional(),
});
export type IndicationQuery = z.infer<typeof IndicationQuery>;

export const CreateIndicationBody = z.object({
  participantId: Uuid,
  referralId: Uuid.optional().describe("Default: the participant's latest referral without an indication"),
  organisationId: Uuid.optional().describe('Your indication organisation (default: your own)'),
});
export type CreateIndicationBody = z.infer<typeof CreateIndicationBody>;

export const UpdateIndicationBody = z.object({
  version: Version,
  data: z
    .object({
      items: z.array(IcfItemInput).max(60).describe('Replaces all ICF items'),
      advice: AdviceSchema.nullable(),
      adviceMotivation: OptionalText(4000),
    })
    .partial(),
});
export type UpdateIndicationBody = z.infer<typeof UpdateIndicationBody>;

export const SubmitIndicationBody = z.object({ version: Version });
export type SubmitIndicationBody = z.infer<typeof SubmitIndicationBody>;

export const ReviewIndicationBody = z.object({
  version: Version,
  decision: z.enum(['approved', 'returned']),
  remarks: OptionalText(4000).describe('Required when returning'),
  validMonths: z
    .number()
    .int()
    .min(1)
    .max(60)
    .default(DEFAULT_VALID_MONTHS)
    .describe('How long an approved advice stays valid'),
});
export type ReviewIndicationBody = z.infer<typeof ReviewIndicationBody>;

export const IndicationParams = z.object({ id: z.uuid() });
export const IndicationPage = paged(IndicationListItem);
