import { z } from 'zod';
import { COST_PAYERS, COST_PERIODS } from '../../db/schema';
import { NonEmpty, OptionalText, Version } from '../../lib/validation';
import { isHalfHour } from '../jobs/jobs.policy';

export const CostPayerSchema = z.enum(COST_PAYERS).meta({ id: 'CostPayer' });
export const CostPeriodSchema = z.enum(COST_PERIODS).meta({ id: 'CostPeriod' });
const Ref = z.object({ id: z.string(), name: z.string() });

export const CostInput = z.object({
  item: NonEmpty(200).describe(
    'What it is: work clothes, travel costs, internship allowance, insurance premium …',
  ),
  paidBy: CostPayerSchema,
  amount: z
    .number()
    .min(0)
    .max(100_000)
    .nullable()
    .optional()
    .describe('In euros; leave out when not known yet'),
  period: CostPeriodSchema.default('once'),
});

const SheetFields = {
  costs: z.array(CostInput).max(30).describe('Who pays what'),
  insurance: NonEmpty(1000).describe('How the intern is insured (accidents at work, liability) and by whom'),
  mentorHoursPerWeek: z
    .number()
    .min(0)
    .max(40)
    .refine(isHalfHour, { params: { code: 'half_hours' } })
    .describe('Time the internal mentor is expected to spend, hours a week'),
  learningGoals: z.array(NonEmpty(300)).min(1).max(20),
  expectations: OptionalText(4000).describe(
    'What the employer may expect, and what is expected of the employer',
  ),
};

export const CreateInternshipSheetBody = z.object({ ...SheetFields, costs: SheetFields.costs.default([]) });
export type CreateInternshipSheetBody = z.infer<typeof CreateInternshipSheetBody>;

export const UpdateInternshipSheetBody = z.object({
  version: Version,
  data: z.object(SheetFields).partial().describe('A change resets an earlier acceptance by the employer'),
});
export type UpdateInternshipSheetBody = z.infer<typeof UpdateInternshipSheetBody>;

export const AcceptInternshipSheetBody = z.object({
  version: Version.describe(
    'The version of the sheet you were shown; a changed sheet gets 409 with the new one',
  ),
});
export type AcceptInternshipSheetBody = z.infer<typeof AcceptInternshipSheetBody>;

export const InternshipSheetSchema = z
  .object({
    job: z.object({
      id: z.string(),
      title: z.string(),
      employer: Ref,
      site: Ref,
      hoursPerWeek: z.number(),
    }),
    costs: z.array(
      z.object({
        item: z.string(),
        paidBy: CostPayerSchema,
        amount: z.number().nullable(),
        period: CostPeriodSchema,
      }),
    ),
    insurance: z.string(),
    mentorHoursPerWeek: z.number(),
    learningGoals: z.array(z.string()),
    expectations: z.string().nullable(),
    isAccepted: z.boolean().describe('The employer accepted this version'),
    acceptance: z
      .object({
        acceptedAt: z.string(),
        acceptedBy: Ref.describe('The employer contact’s login'),
        contactPerson: Ref.nullable().describe('Their contact person record, when linked'),
        version: z.number().int(),
      })
      .nullable(),
    updatedBy: Ref.nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    abilities: z.object({ update: z.boolean(), accept: z.boolean() }),
  })
  .meta({ id: 'InternshipSheet' });
export type InternshipSheetDto = z.infer<typeof InternshipSheetSchema>;

export const InternshipSheetParams = z.object({ id: z.uuid() });
