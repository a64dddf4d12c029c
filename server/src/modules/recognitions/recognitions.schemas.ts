import { z } from 'zod';
import { RECOGNITION_STATUSES, RECOGNITION_SUBJECT_KINDS } from '../../db/schema';
import { IsoDate, NonEmpty, OptionalText, PageQuery, paged, Uuid, Version } from '../../lib/validation';

export const RecognitionStatusSchema = z.enum(RECOGNITION_STATUSES).meta({ id: 'RecognitionStatus' });
export const RecognitionSubjectKindSchema = z
  .enum(RECOGNITION_SUBJECT_KINDS)
  .meta({ id: 'RecognitionSubjectKind' });
const Ref = z.object({ id: z.string(), name: z.string() });

export const RecognitionSchema = z
  .object({
    id: z.string(),
    subjectKind: RecognitionSubjectKindSchema,
    organisation: Ref,
    coach: Ref.nullable().describe('The coach recognised (subjectKind coach)'),
    scheme: z.string().describe('What is recognised, e.g. "Erkenning begeleidingsorganisatie maatwerk"'),
    authority: z.string().describe('Who granted it, e.g. "Departement Werk en Sociale Economie"'),
    referenceNumber: z.string(),
    validFrom: z.string(),
    validUntil: z.string().nullable().describe('Last day of validity; null: no end date'),
    documentReference: z.string().nullable(),
    note: z.string().nullable(),
    withdrawnOn: z.string().nullable(),
    withdrawalReason: z.string().nullable(),
    status: RecognitionStatusSchema,
    daysLeft: z.number().int().nullable().describe('Days until the last day of validity (negative: expired)'),
    renewedBy: z
      .object({ id: z.string(), validFrom: z.string() })
      .nullable()
      .describe('A later recognition of the same subject and scheme that follows on without a gap'),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    abilities: z.object({ update: z.boolean(), withdraw: z.boolean() }),
  })
  .meta({ id: 'Recognition' });
export type RecognitionDto = z.infer<typeof RecognitionSchema>;

export const RecognitionQuery = PageQuery.extend({
  organisationId: Uuid.optional(),
  subjectKind: RecognitionSubjectKindSchema.optional(),
  status: RecognitionStatusSchema.optional(),
  expiringWithinDays: z.coerce
    .number()
    .int()
    .min(0)
    .max(730)
    .optional()
    .describe('Only recognitions still valid that end within this many days (withdrawn ones excluded)'),
  q: z.string().trim().max(100).optional().describe('Scheme, authority, reference number or coach name'),
});
export type RecognitionQuery = z.infer<typeof RecognitionQuery>;

export const RecognitionPage = paged(RecognitionSchema).extend({
  expiringWithinDays: z.number().int().describe('The horizon of "expiring" (the first warning, in days)'),
});

const RecognitionFields = z.object({
  scheme: NonEmpty(200),
  authority: NonEmpty(200),
  referenceNumber: NonEmpty(100),
  validFrom: IsoDate,
  validUntil: IsoDate.nullable().optional().describe('Last day of validity; null or absent: no end date'),
  documentReference: OptionalText(300).describe('Where the decision is kept: a document number or link'),
  note: OptionalText(2000),
});

export const CreateRecognitionBody = RecognitionFields.extend({
  subjectKind: RecognitionSubjectKindSchema,
  organisationId: Uuid,
  coachUserId: Uuid.optional().describe(
    'Required when subjectKind is coach: an active coach of the organisation',
  ),
});
export type CreateRecognitionBody = z.infer<typeof CreateRecognitionBody>;

export const UpdateRecognitionBody = z.object({
  version: Version,
  data: RecognitionFields.partial(),
});
export type UpdateRecognitionBody = z.infer<typeof UpdateRecognitionBody>;

export const WithdrawRecognitionBody = z.object({
  version: Version,
  withdrawnOn: IsoDate.optional().describe('Default: today'),
  reason: NonEmpty(500),
});
export type WithdrawRecognitionBody = z.infer<typeof WithdrawRecognitionBody>;

export const RecognitionParams = z.object({ id: z.uuid() });

export const RecognitionSchemeList = z
  .object({
    items: z.array(z.object({ scheme: z.string(), authority: z.string(), count: z.number().int() })),
  })
  .meta({ id: 'RecognitionSchemes' });
